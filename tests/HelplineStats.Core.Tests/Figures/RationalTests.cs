using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Tests.Figures;

public sealed class RationalTests
{
    [Fact]
    public void Of_ReducesAndMovesTheSignUp()
    {
        Rational half = Rational.Of(-2, -4);
        Assert.Equal(BigInteger.One, half.Numerator);
        Assert.Equal(new BigInteger(2), half.Denominator);
        Assert.Equal("-1/2", Rational.Of(3, -6).ToString());
        Assert.Equal(Rational.Zero, default);
        Assert.Equal("0", default(Rational).ToString());
        Assert.Throws<DivideByZeroException>(() => Rational.Of(1, 0));
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
    }

    [Theory]
    [InlineData("12.5", 0, RoundingMode.HalfAwayFromZero, "13")]
    [InlineData("12.5", 0, RoundingMode.HalfToEven, "12")]
    [InlineData("13.5", 0, RoundingMode.HalfToEven, "14")]
    [InlineData("-12.5", 0, RoundingMode.HalfAwayFromZero, "-13")]
    [InlineData("12.9", 0, RoundingMode.TowardZero, "12")]
    [InlineData("-12.9", 0, RoundingMode.TowardZero, "-12")]
    [InlineData("12.1", 0, RoundingMode.AwayFromZero, "13")]
    [InlineData("-12.1", 0, RoundingMode.AwayFromZero, "-13")]
    [InlineData("-12.9", 0, RoundingMode.TowardPositiveInfinity, "-12")]
    [InlineData("-12.1", 0, RoundingMode.TowardNegativeInfinity, "-13")]
    [InlineData("0.125", 2, RoundingMode.HalfAwayFromZero, "0.13")]
    [InlineData("0.125", 2, RoundingMode.HalfToEven, "0.12")]
    [InlineData("12.6", 0, RoundingMode.HalfToEven, "13")]
    [InlineData("-12.5", 0, RoundingMode.HalfToEven, "-12")]
    [InlineData("-13.5", 0, RoundingMode.HalfToEven, "-14")]
    [InlineData("12.4", 0, RoundingMode.HalfAwayFromZero, "12")]
    [InlineData("12.1", 0, RoundingMode.TowardPositiveInfinity, "13")]
    [InlineData("12.9", 0, RoundingMode.TowardNegativeInfinity, "12")]
    [InlineData("-0.5", 0, RoundingMode.HalfAwayFromZero, "-1")]
    [InlineData("7", 2, RoundingMode.AwayFromZero, "7.00")]
    public void Round_HalvesAndDirections_FollowTheNamedMode(string value, int decimals, RoundingMode mode, string expected)
    {
        Rational exact = Rational.FromDecimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, exact.Round(decimals, mode).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Round_ShareOfCalls_IsExact()
    {
        // 118,408 of 137,669 calls by phone is 86.0% (0.86009...), and 1,533.../8,515 style ratios never go through double.
        Rational share = Rational.Of(118_408 * 100L, 137_669);
        Assert.Equal(86.0m, share.Round(1, RoundingMode.HalfAwayFromZero));
        Assert.Equal(1.33m, Rational.Of(11_312, 8_515).Round(2, RoundingMode.HalfAwayFromZero));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Round_NearestModes_LandWithinHalfAUnit(Rational value, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 6;
        Rational unit = Rational.Of(1, BigInteger.Pow(10, decimals));
        foreach (RoundingMode mode in new[] { RoundingMode.HalfAwayFromZero, RoundingMode.HalfToEven })
        {
            Rational rounded = Rational.FromDecimal(value.Round(decimals, mode));
            if ((rounded - value).Abs() * 2 > unit)
            {
                return false;
            }
        }
        return true;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Round_DirectedModes_LandWithinOneUnitOnTheirSide(Rational value, byte decimalsSeed)
    {
        int decimals = decimalsSeed % 6;
        Rational unit = Rational.Of(1, BigInteger.Pow(10, decimals));
        Rational Rounded(RoundingMode mode) => Rational.FromDecimal(value.Round(decimals, mode));
        Rational ceiling = Rounded(RoundingMode.TowardPositiveInfinity);
        Rational floor = Rounded(RoundingMode.TowardNegativeInfinity);
        Rational toZero = Rounded(RoundingMode.TowardZero);
        Rational awayFromZero = Rounded(RoundingMode.AwayFromZero);
        return ceiling >= value && ceiling - value < unit
            && floor <= value && value - floor < unit
            && toZero.Abs() <= value.Abs() && value.Abs() - toZero.Abs() < unit
            && awayFromZero.Abs() >= value.Abs() && awayFromZero.Abs() - value.Abs() < unit;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Arithmetic_FieldLaws_HoldExactly(Rational a, Rational b, Rational c) =>
        (a + b) + c == a + (b + c) && a * (b + c) == (a * b) + (a * c) && a - a == Rational.Zero
        && (b.IsZero || (a / b) * b == a);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool CompareTo_AgreesWithSubtraction(Rational a, Rational b) =>
        Math.Sign(a.CompareTo(b)) == (a - b).Sign && (a == b) == (a.GetHashCode() == b.GetHashCode() && a.Equals(b));

    [Property]
    public bool FromDecimal_IsExact(decimal value) =>
        Rational.FromDecimal(value).Round(value.Scale, RoundingMode.TowardZero) == value;

    [Fact]
    public void Round_TooLargeForDecimal_ThrowsOverflow()
    {
        Rational huge = Rational.Of(BigInteger.Pow(10, 40));
        Assert.Throws<OverflowException>(() => huge.Round(0, RoundingMode.HalfAwayFromZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.One.Round(29, RoundingMode.HalfAwayFromZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rational.Of(1, 3).Round(0, (RoundingMode)99));
    }

    [Fact]
    public void Round_DecimalsBelowZero_AreRefused() =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Rational.One.Round(-1, RoundingMode.HalfAwayFromZero)).ParamName);

    [Fact]
    public void Round_TwentyEightDecimals_IsTheMostADecimalHolds()
    {
        // 1/3 to 28 places: 0.3333333333333333333333333333 (28 threes).
        Assert.Equal(decimal.Parse("0." + new string('3', 28), System.Globalization.CultureInfo.InvariantCulture), Rational.Of(1, 3).Round(28, RoundingMode.HalfAwayFromZero));
        // The largest decimal is 2^96 - 1 units: it fits, one more does not.
        BigInteger largest = BigInteger.Pow(2, 96) - 1;
        Assert.Equal(decimal.MaxValue, Rational.Of(largest).Round(0, RoundingMode.TowardZero));
        Assert.Equal(decimal.MinValue, Rational.Of(-largest).Round(0, RoundingMode.TowardZero));
        Assert.Throws<OverflowException>(() => Rational.Of(largest + 1).Round(0, RoundingMode.TowardZero));
    }

    [Fact]
    public void CompareTo_AnObject_NullIsSmallerAndOtherTypesAreRefused()
    {
        IComparable half = Rational.Of(1, 2);
        Assert.Equal(1, half.CompareTo(null));
        Assert.True(half.CompareTo(Rational.Of(1, 3)) > 0);
        Assert.True(half.CompareTo(Rational.Of(2, 3)) < 0);
        Assert.Equal(0, half.CompareTo(Rational.Of(2, 4)));
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => half.CompareTo(0.5)).ParamName);
    }

    [Fact]
    public void Operators_SignsAbsAndText_AreWorkedByHand()
    {
        Rational threeQuarters = Rational.Of(3, 4);
        Assert.Equal(Rational.Of(-3, 4), -threeQuarters);
        Assert.Equal(threeQuarters, (-threeQuarters).Abs());
        Assert.Equal(threeQuarters, threeQuarters.Abs());
        Assert.Equal(Rational.Zero, Rational.Zero.Abs());
        Assert.Equal(-1, (-threeQuarters).Sign);
        Assert.Equal(0, Rational.Zero.Sign);
        Assert.True(Rational.Zero.IsZero);
        Assert.False(threeQuarters.IsZero);
        Assert.True(Rational.Of(8, 4).IsInteger);
        Assert.False(threeQuarters.IsInteger);
        Assert.Equal("2", Rational.Of(8, 4).ToString());
        Assert.Equal("-3/4", (-threeQuarters).ToString());
        // 3/4 + 1/6 = 11/12; 3/4 - 1/6 = 7/12; 3/4 × 1/6 = 1/8; 3/4 ÷ 1/6 = 9/2.
        Rational sixth = Rational.Of(1, 6);
        Assert.Equal(Rational.Of(11, 12), threeQuarters + sixth);
        Assert.Equal(Rational.Of(7, 12), threeQuarters - sixth);
        Assert.Equal(Rational.Of(1, 8), threeQuarters * sixth);
        Assert.Equal(Rational.Of(9, 2), threeQuarters / sixth);
        Assert.Equal(Rational.Of(0, 7), Rational.Zero);
        Assert.Equal(BigInteger.One, Rational.Of(0, 7).Denominator);
        Assert.Equal(Rational.Of(5), (Rational)5L);
        Assert.True(threeQuarters > sixth && sixth < threeQuarters && threeQuarters >= Rational.Of(6, 8) && sixth <= Rational.Of(2, 12));
        Assert.False(threeQuarters < sixth || sixth > threeQuarters || sixth >= threeQuarters || threeQuarters <= sixth);
    }

    [Fact]
    public void ToDouble_SmallAndHugeFractions_AreClose()
    {
        Assert.Equal(0.25, Rational.Of(1, 4).ToDouble());
        Assert.Equal(-1.5, Rational.Of(-3, 2).ToDouble());
        Assert.Equal(0.0, Rational.Zero.ToDouble());
        // 3·10^400 / 10^400 is 3, though neither part fits in a double; and its negative.
        BigInteger big = BigInteger.Pow(10, 400);
        Assert.Equal(3.0, Rational.Of(3 * big + 1, big).ToDouble(), 9);
        Assert.Equal(-3.0, Rational.Of(-3 * big - 1, big).ToDouble(), 9);
        // A huge numerator over a small denominator, and the other way round.
        Assert.Equal(2.0, Rational.Of(big * 2, big - 1).ToDouble(), 9);
        Assert.Equal(0.5, Rational.Of(big, big * 2 + 1).ToDouble(), 9);
    }

    [Fact]
    public void FromDecimal_NegativeAndScaled_AreExact()
    {
        Assert.Equal(Rational.Of(-1234, 100), Rational.FromDecimal(-12.34m));
        Assert.Equal(Rational.Of(1, 8), Rational.FromDecimal(0.125m));
        Assert.Equal(Rational.Of(BigInteger.Pow(2, 96) - 1), Rational.FromDecimal(decimal.MaxValue));
        Assert.Equal(Rational.Of(1, BigInteger.Pow(10, 28)), Rational.FromDecimal(new decimal(1, 0, 0, false, 28)));
    }
}
