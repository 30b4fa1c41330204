using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class CountBoundsTests
{
    private static readonly ObservationKey Calls = new(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);

    [Property]
    public bool Between_ContainsExactlyTheValuesFromLowToHigh(NonNegativeInt a, NonNegativeInt b, int probe)
    {
        long low = Math.Min(a.Get, b.Get), high = Math.Max(a.Get, b.Get);
        CountBounds bounds = CountBounds.Between(low, high);
        return bounds.Contains(probe) == (probe >= low && probe <= high) && bounds.Low == low && bounds.High == high;
    }

    [Property]
    public bool Intersect_HoldsAValueExactlyWhenBothDo(NonNegativeInt a, NonNegativeInt b, NonNegativeInt c, bool open, int probe)
    {
        CountBounds first = CountBounds.Between(Math.Min(a.Get, b.Get), Math.Max(a.Get, b.Get));
        CountBounds second = open ? CountBounds.AtLeast(c.Get) : CountBounds.AtMost(c.Get);
        bool both = first.Contains(probe) && second.Contains(probe);
        return first.Intersect(second) is CountBounds common ? common.Contains(probe) == both : !both;
    }

    [Fact]
    public void Default_IsUnknown_NotExactlyZero()
    {
        Assert.Equal(CountBounds.Unknown, default);
        Assert.True(default(CountBounds).IsUnknown);
        Assert.Null(default(CountBounds).High);
        Assert.False(default(CountBounds).IsExact);
        Assert.True(CountBounds.Exactly(0).IsExact);
        Assert.NotEqual(CountBounds.Exactly(0), CountBounds.Unknown);
        Assert.True(CountBounds.Unknown.Contains(long.MaxValue));
    }

    [Fact]
    public void Between_UpToLongMaxValue_HasNoUpperEnd()
    {
        Assert.Equal(CountBounds.AtLeast(7), CountBounds.Between(7, long.MaxValue));
        Assert.Null(CountBounds.AtLeast(7).High);
    }

    [Fact]
    public void Factories_RefuseNegativeOrInvertedBounds()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CountBounds.Between(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => CountBounds.Between(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => CountBounds.AtLeast(-3));
        Assert.Throws<ArgumentOutOfRangeException>(() => CountBounds.AtMost(-1));
    }

    [Fact]
    public void ToString_SaysTheBoundsInWords()
    {
        Assert.Equal("unknown", CountBounds.Unknown.ToString());
        Assert.Equal("exactly 5", CountBounds.Exactly(5).ToString());
        Assert.Equal("between 1 and 4", CountBounds.Between(1, 4).ToString());
        Assert.Equal("at least 7201", CountBounds.AtLeast(7201).ToString());
        Assert.Equal("at most 4", CountBounds.AtMost(4).ToString());
        Assert.Equal("1712/2021/calls: between 1 and 4", new Observation(Calls, CountBounds.Between(1, 4)).ToString());
    }

    [Fact]
    public void Observation_OfBoundsOfOneValue_IsTheExactObservation()
    {
        var exact = new Observation(Calls, CountBounds.Exactly(8515));
        Assert.Equal(Calls.Observe(8515), exact);
        Assert.Equal(Calls.Observe(8515).GetHashCode(), exact.GetHashCode());
        Assert.True(exact.IsExact);
        Assert.Equal(Count.Of(8515, Calls.Metric), exact.Count);
        var bounded = new Observation(Calls, CountBounds.AtMost(8515));
        Assert.False(bounded.IsExact);
        Assert.Null(bounded.Count);
        Assert.Null(bounded.Value);
        Assert.NotEqual(Calls.Observe(8515), bounded);
    }
}
