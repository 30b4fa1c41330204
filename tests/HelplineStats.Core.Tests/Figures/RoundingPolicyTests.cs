using System;
using System.Globalization;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Figures;

public sealed class RoundingPolicyTests
{
    [Theory]
    [InlineData("12.5", RoundingMode.HalfAwayFromZero, "13")]
    [InlineData("12.5", RoundingMode.HalfToEven, "12")]
    [InlineData("2.75", RoundingMode.HalfAwayFromZero, "3.0")]
    [InlineData("2.74", RoundingMode.HalfAwayFromZero, "2.5")]
    [InlineData("2.74", RoundingMode.TowardPositiveInfinity, "3.0")]
    [InlineData("-2.74", RoundingMode.TowardZero, "-2.5")]
    [InlineData("2.25", RoundingMode.HalfToEven, "2.0")]
    public void Round_ToHalves_FollowsTheMode(string value, RoundingMode mode, string expected)
    {
        decimal step = expected.Contains('.', StringComparison.Ordinal) ? 0.5m : 1m;
        var policy = RoundingPolicy.Of(mode, Precision.OfStep(step));
        Assert.Equal(expected, policy.Round(Rational.FromDecimal(decimal.Parse(value, CultureInfo.InvariantCulture))).ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Default_IsHalfAwayFromZeroToWholeUnits()
    {
        Assert.Equal(RoundingPolicy.HalfAwayFromZero(0), default);
        Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.Of((RoundingMode)42, Precision.Whole));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Round_NearestWithinHalfAStep_DirectedWithinOneStepOnTheirSide(Rational value, RoundingPolicy policy)
    {
        Rational step = Rational.FromDecimal(policy.Precision.Step);
        Rational rounded = Rational.FromDecimal(policy.Round(value));
        Rational error = rounded - value;
        bool onGrid = (rounded / step).IsInteger && policy.RoundExact(value) == rounded;
        return onGrid && policy.Mode switch
        {
            RoundingMode.HalfAwayFromZero or RoundingMode.HalfToEven => error.Abs() * 2 <= step,
            RoundingMode.TowardZero => rounded.Abs() <= value.Abs() && error.Abs() < step,
            RoundingMode.AwayFromZero => rounded.Abs() >= value.Abs() && error.Abs() < step,
            RoundingMode.TowardPositiveInfinity => rounded >= value && error < step,
            _ => rounded <= value && -error < step,
        };
    }

    [Fact]
    public void ToString_NamesTheModeAndTheStep()
    {
        Assert.Equal("HalfAwayFromZero to 1", RoundingPolicy.Whole.ToString());
        Assert.Equal("HalfAwayFromZero to 0.01", RoundingPolicy.TwoDecimals.ToString());
        Assert.Equal("TowardZero to 0.5", RoundingPolicy.Of(RoundingMode.TowardZero, Precision.OfStep(0.5m)).ToString());
    }
}
