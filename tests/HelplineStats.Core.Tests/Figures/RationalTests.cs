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
}
