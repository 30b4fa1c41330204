using System;
using FsCheck.Xunit;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class CountTests
{
    [Property]
    public bool Of_AnyLong_RejectsExactlyTheNegatives(long value)
    {
        try
        {
            return Count.Of(value, Metric.Calls).Value == value && value >= 0;
        }
        catch (ArgumentOutOfRangeException e)
        {
            return value < 0 && e.ParamName == "value";
        }
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Add_SameMetric_AddsValuesOrThrowsOnOverflow(Count a, long otherValue)
    {
        Count b = Count.Of(otherValue == long.MinValue ? 0 : Math.Abs(otherValue), a.Metric);
        bool fits = long.MaxValue - a.Value >= b.Value;
        try
        {
            Count sum = a + b;
            return fits && sum.Value == a.Value + b.Value && sum.Metric == a.Metric && (b + a) == sum;
        }
        catch (OverflowException)
        {
            return !fits;
        }
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Subtract_ThenAdd_GivesBackTheCount(Count a, Count b)
    {
        Count part = Count.Of(Math.Min(a.Value, b.Value), a.Metric);
        return (a - part) + part == a;
    }

    [Fact]
    public void Add_AtLongMaxValue_ThrowsOverflowInsteadOfWrapping()
    {
        Count max = Count.Of(long.MaxValue, Metric.Calls);
        Assert.Throws<OverflowException>(() => max + Count.Of(1, Metric.Calls));
        Assert.Throws<OverflowException>(() => Count.Sum(Metric.Calls, new[] { max, max }));
    }

    [Fact]
    public void Add_PastTheLargestCount_ThrowsNamingBothCountsAndTheMetric()
    {
        var e = Assert.Throws<OverflowException>(() => Count.Of(long.MaxValue, Metric.Contacts) + Count.Of(1, Metric.Contacts));
        Assert.Equal("The sum of 9223372036854775807 and 1 contacts is larger than a count can hold (9223372036854775807).", e.Message);
        Assert.IsType<OverflowException>(e.InnerException);
    }

    [Fact]
    public void Sum_PastTheLargestCount_ThrowsNamingTheTotalSoFarTheCountAndTheMetric()
    {
        Count[] counts = { Count.Of(5, Metric.WebsiteVisitors), Count.Of(long.MaxValue - 5, Metric.WebsiteVisitors), Count.Of(3, Metric.WebsiteVisitors) };
        var e = Assert.Throws<OverflowException>(() => Count.Sum(Metric.WebsiteVisitors, counts));
        Assert.Equal("The sum of 9223372036854775807 and 3 website visitors is larger than a count can hold (9223372036854775807).", e.Message);
    }

    [Fact]
    public void Add_CallsAndWebsiteVisitors_ThrowsNamingBothMetrics()
    {
        var e = Assert.Throws<MetricMismatchException>(() => Count.Of(8515, Metric.Calls) + Count.Of(174063, Metric.WebsiteVisitors));
        Assert.Contains("'calls'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'website-visitors'", e.Message, StringComparison.Ordinal);
        Assert.Equal(Metric.Calls, e.Expected);
        Assert.Equal(Metric.WebsiteVisitors, e.Actual);
    }

    [Fact]
    public void Compare_DifferentMetrics_Throws()
    {
        Assert.Throws<MetricMismatchException>(() => Count.Of(1, Metric.Calls) < Count.Of(2, Metric.Conversations));
    }

    [Fact]
    public void Subtract_CumulativeTotals_DerivesTheYear()
    {
        // Stop it Now!: 1,913 contacts to the end of 2021, 1,503 to the end of 2020, so 410 in 2021.
        Assert.Equal(410, (Count.Of(1913, Metric.Contacts) - Count.Of(1503, Metric.Contacts)).Value);
    }

    [Fact]
    public void Subtract_LargerFromSmaller_ThrowsNamingTheNumbers()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Count.Of(3, Metric.Calls) - Count.Of(5, Metric.Calls));
        Assert.Contains("Cannot subtract 5 calls from 3 calls", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_NoCounts_IsZeroOfTheMetric()
    {
        Assert.Equal(Count.Zero(Metric.Referrals), Count.Sum(Metric.Referrals, Array.Empty<Count>()));
    }

    [Fact]
    public void ToString_IsInvariant()
    {
        Assert.Equal("8515 calls", Count.Of(8515, Metric.Calls).ToString());
    }
}
