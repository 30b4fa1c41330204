using System;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Figures;

public sealed class ChangeTests
{
    private static Count Calls(long value) => Count.Of(value, Metric.Calls);

    private static readonly RoundingPolicy OneDecimal = RoundingPolicy.HalfAwayFromZero(1);

    [Fact]
    public void Between_TeleOnthaalCalls2020To2021_IsMinusOnePercent()
    {
        Change change = Change.Between(Calls(139_092), Calls(137_669));
        Assert.Equal(-1_423, change.Absolute);
        Assert.Equal(-1m, RoundingPolicy.HalfAwayFromZero(0).Round(change.RelativePercent!.Value));
        Assert.Equal(-1.0m, OneDecimal.Round(change.RelativePercent!.Value));
    }

    [Fact]
    public void Between_WebsiteVisitors_DividesByTheEarlierYear()
    {
        // 174,063 visitors in 2021 and 36,460 fewer than in 2020: 2020 had 210,523, and the change is -17.3% of that.
        Change change = Change.Between(Count.Of(210_523, Metric.WebsiteVisitors), Count.Of(174_063, Metric.WebsiteVisitors));
        Assert.Equal(-36_460, change.Absolute);
        Assert.Equal(-17.3m, OneDecimal.Round(change.RelativePercent!.Value));
        // +79,554 against 2019's 94,509 is +84.2%.
        Assert.Equal(84.2m, OneDecimal.Round(Change.Between(Count.Of(94_509, Metric.WebsiteVisitors), Count.Of(174_063, Metric.WebsiteVisitors)).RelativePercent!.Value));
    }

    [Fact]
    public void Between_ZeroBase_RelativeIsUndefinedButZeroToZeroIsNoChange()
    {
        Change fromNothing = Change.Between(Calls(0), Calls(5));
        Assert.False(fromNothing.IsRelativeDefined);
        Assert.Null(fromNothing.Relative);
        Assert.Equal(5, fromNothing.Absolute);
        Assert.Equal(Rational.Zero, Change.Between(Calls(0), Calls(0)).Relative);
        Assert.Equal(-long.MaxValue, Change.Between(Calls(long.MaxValue), Calls(0)).Absolute);
        Assert.Throws<MetricMismatchException>(() => Change.Between(Calls(1), Count.Of(1, Metric.Conversations)));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool RelativeChanges_ComposeExactly(Count a, Count b, Count c)
    {
        Count bb = Count.Of(b.Value, a.Metric);
        Count cc = Count.Of(c.Value, a.Metric);
        if (a.IsZero || bb.IsZero)
        {
            return true;
        }
        Rational ab = Change.Between(a, bb).Relative!.Value;
        Rational bc = Change.Between(bb, cc).Relative!.Value;
        Rational ac = Change.Between(a, cc).Relative!.Value;
        return (Rational.One + ab) * (Rational.One + bc) == Rational.One + ac;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Between_AbsoluteIsTheSignedDifference_AndRelativeIsItOverTheEarlier(Count a, Count b)
    {
        Count later = Count.Of(b.Value, a.Metric);
        Change change = Change.Between(a, later);
        bool absolute = (System.Numerics.BigInteger)change.Absolute == (System.Numerics.BigInteger)later.Value - a.Value;
        return absolute && (a.IsZero ? change.IsRelativeDefined == later.IsZero : change.Relative!.Value * a.Value == change.Absolute);
    }

    [Fact]
    public void PercentagePointChange_CoronaTopic_IsMinus11Point1NotMinus46Percent()
    {
        Share in2020 = Share.Of(Count.Of(241, Metric.Conversations), Count.Of(1000, Metric.Conversations));
        Share in2021 = Share.Of(Count.Of(130, Metric.Conversations), Count.Of(1000, Metric.Conversations));
        PercentagePointChange points = PercentagePointChange.Between(in2020, in2021);
        Assert.Equal(Rational.Of(-111, 10), points.Points);
        Assert.Equal(-46m, RoundingPolicy.HalfAwayFromZero(0).Round((in2021.Fraction!.Value - in2020.Fraction!.Value) / in2020.Fraction.Value * 100));
        Assert.Throws<ArgumentException>(() => PercentagePointChange.Between(in2020, Share.Of(Count.Of(1, Metric.Calls), Count.Of(2, Metric.Calls))));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool PercentagePointChange_IsTheDifferenceOfTheTwoShares(Share a, Share b) =>
        PercentagePointChange.Between(a, b).Points == (b.Fraction * 100) - (a.Fraction * 100)
        && PercentagePointChange.Between(a, b).Points == -PercentagePointChange.Between(b, a).Points;
}
