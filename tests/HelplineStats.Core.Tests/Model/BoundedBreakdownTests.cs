using System;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class BoundedBreakdownTests
{
    private static readonly Helpline Line = Helplines.Line1712;
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.Year(2021);
    private static readonly ObservationKey Contacts = new(Line.Id, Year2021, Metric.Contacts);

    private static Observation At(Channel channel, CountBounds bounds) => new(Contacts.WithChannel(channel), bounds);

    private static Observation Exact(Channel channel, long value) => Contacts.WithChannel(channel).Observe(value);

    [Fact]
    public void Create_UnknownTotalWithExactParts_KeepsEveryCount()
    {
        Breakdown breakdown = Breakdown.Create(new Observation(Contacts, CountBounds.Unknown), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { Exact(Channel.Phone, 7000), At(Channel.Chat, CountBounds.Between(1, 4)) });
        Assert.Equal(3, breakdown.Counts.Count());
        Assert.Equal(CountBounds.Unknown, breakdown.Total.Bounds);
    }

    [Fact]
    public void Create_EveryCountExactAsBounds_IsTheExactBreakdown()
    {
        Breakdown viaBounds = Breakdown.Create(new Observation(Contacts, CountBounds.Exactly(10)), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { new Observation(Contacts.WithChannel(Channel.Phone), CountBounds.Exactly(10)) });
        Breakdown exact = Breakdown.ByChannel(Contacts.Observe(10), BreakdownCoverage.Complete, (Channel.Phone, 10));
        Assert.True(viaBounds.IsExact);
        Assert.Equal(exact, viaBounds);
        Assert.Equal(exact.GetHashCode(), viaBounds.GetHashCode());
    }

    [Fact]
    public void Create_ExactCountsThatDoNotAddUp_SaysSoAsAnExactBreakdownWould()
    {
        // Exact counts are checked by the exact rules whichever constructor of Observation made them.
        var e = Assert.Throws<ArgumentException>(() => Breakdown.Create(new Observation(Contacts, CountBounds.Exactly(10)), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { new Observation(Contacts.WithChannel(Channel.Phone), CountBounds.Exactly(9)) }));
        Assert.Contains("add up to 9", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PartsWhoseLeastIsAboveTheTotal_IsRefused()
    {
        // 6 + at least 5 cannot be at most 10 in a single-label breakdown.
        var e = Assert.Throws<ArgumentException>(() => Breakdown.Create(new Observation(Contacts, CountBounds.AtMost(10)), BreakdownDimension.Channel,
            BreakdownCoverage.Incomplete, new[] { Exact(Channel.Phone, 6), At(Channel.Chat, CountBounds.AtLeast(5)) }));
        Assert.Contains("at least 11", e.Message, StringComparison.Ordinal);
        // A multi-label breakdown's parts may add up to more than the total, each one not.
        Breakdown.Create(new Observation(Contacts, CountBounds.AtMost(10)), BreakdownDimension.Channel,
            BreakdownCoverage.MultiLabel, new[] { Exact(Channel.Phone, 6), At(Channel.Chat, CountBounds.AtLeast(5)) });
        Assert.Throws<ArgumentException>(() => Breakdown.Create(new Observation(Contacts, CountBounds.AtMost(10)), BreakdownDimension.Channel,
            BreakdownCoverage.MultiLabel, new[] { Exact(Channel.Phone, 11), At(Channel.Chat, CountBounds.AtLeast(5)) }));
    }

    [Fact]
    public void Create_CompletePartsThatCannotReachTheTotal_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.Create(Contacts.Observe(100), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { Exact(Channel.Phone, 90), At(Channel.Chat, CountBounds.Between(1, 4)) }));
        Assert.Contains("at most 94", e.Message, StringComparison.Ordinal);
        // Incomplete: the rest may lie outside the parts.
        Breakdown.Create(Contacts.Observe(100), BreakdownDimension.Channel,
            BreakdownCoverage.Incomplete, new[] { Exact(Channel.Phone, 90), At(Channel.Chat, CountBounds.Between(1, 4)) });
    }

    [Fact]
    public void Create_PartOfAnotherKey_IsRefusedAsABreakdownWouldBe()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.Create(new Observation(Contacts, CountBounds.Unknown), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { new Observation(Contacts.WithMetric(Metric.Calls).WithChannel(Channel.Phone), CountBounds.AtMost(3)) }));
        Assert.Contains("does not fit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_KeepsExactAndBoundedCountsInOneList()
    {
        Breakdown breakdown = Breakdown.Create(new Observation(Contacts, CountBounds.Unknown), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { Exact(Channel.Phone, 7000), At(Channel.Chat, CountBounds.Between(1, 4)) });
        Report report = Report.Create(Line, Year2021, breakdowns: new[] { breakdown, breakdown });
        Assert.Equal(new[] { Contacts, Contacts.WithChannel(Channel.Chat), Contacts.WithChannel(Channel.Phone) }.Order(), report.Observations.Select(o => o.Key));
        Assert.Equal(new[] { Contacts.WithChannel(Channel.Phone).Observe(7000) }, report.Observations.Where(o => o.IsExact));
        Assert.Equal(CountBounds.Between(1, 4), report.FindBounds(Contacts.WithChannel(Channel.Chat)));
        Assert.Equal(CountBounds.Exactly(7000), report.FindBounds(Contacts.WithChannel(Channel.Phone)));
        Assert.Null(report.FindBounds(Contacts.WithChannel(Channel.Email)));
        Assert.False(Assert.Single(report.Breakdowns).IsExact);
    }

    [Fact]
    public void Report_OneKeyExactAndBounded_IsAConflict()
    {
        Assert.Throws<DataConflictException>(() => Report.Create(Line, Year2021, new[] { Contacts.Observe(10), new Observation(Contacts, CountBounds.AtMost(20)) }));
        Assert.Throws<DataConflictException>(() => Report.Create(Line, Year2021, observations: new[]
        {
            new Observation(Contacts, CountBounds.AtMost(20)), new Observation(Contacts, CountBounds.AtMost(21)),
        }));
    }

    [Fact]
    public void Report_BoundsOfOneValue_AreAnObservation()
    {
        Report report = Report.Create(Line, Year2021, observations: new[] { new Observation(Contacts, CountBounds.Exactly(12)) });
        Assert.Equal(new[] { Contacts.Observe(12) }, report.Observations);
        Assert.DoesNotContain(report.Observations, o => !o.IsExact);
    }
}
