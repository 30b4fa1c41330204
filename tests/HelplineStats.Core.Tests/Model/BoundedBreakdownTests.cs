using System;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class BoundedBreakdownTests
{
    private static readonly Helpline Line = Helplines.Line1712;
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.Year(2021);
    private static readonly ObservationKey Contacts = new(Line.Id, Year2021, Metric.Contacts);

    private static BoundedObservation At(Channel channel, CountBounds bounds) => new(Contacts.WithChannel(channel), bounds);

    private static BoundedObservation Exact(Channel channel, long value) => BoundedObservation.Of(Contacts.WithChannel(channel).Observe(value));

    [Fact]
    public void Create_UnknownTotalWithExactParts_KeepsEveryCount()
    {
        BoundedBreakdown breakdown = BoundedBreakdown.Create(new BoundedObservation(Contacts, CountBounds.Unknown), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { Exact(Channel.Phone, 7000), At(Channel.Chat, CountBounds.Between(1, 4)) });
        Assert.Equal(3, breakdown.Counts.Count());
        Assert.Equal(CountBounds.Unknown, breakdown.Total.Bounds);
    }

    [Fact]
    public void Create_EveryCountExact_AsksForABreakdown()
    {
        var e = Assert.Throws<ArgumentException>(() => BoundedBreakdown.Create(BoundedObservation.Of(Contacts.Observe(10)), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { Exact(Channel.Phone, 10) }));
        Assert.Contains("make a Breakdown", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PartsWhoseLeastIsAboveTheTotal_IsRefused()
    {
        // 6 + at least 5 cannot be at most 10 in a single-label breakdown.
        var e = Assert.Throws<ArgumentException>(() => BoundedBreakdown.Create(new BoundedObservation(Contacts, CountBounds.AtMost(10)), BreakdownDimension.Channel,
            BreakdownCoverage.Incomplete, new[] { Exact(Channel.Phone, 6), At(Channel.Chat, CountBounds.AtLeast(5)) }));
        Assert.Contains("at least 11", e.Message, StringComparison.Ordinal);
        // A multi-label breakdown's parts may add up to more than the total, each one not.
        BoundedBreakdown.Create(new BoundedObservation(Contacts, CountBounds.AtMost(10)), BreakdownDimension.Channel,
            BreakdownCoverage.MultiLabel, new[] { Exact(Channel.Phone, 6), At(Channel.Chat, CountBounds.AtLeast(5)) });
        Assert.Throws<ArgumentException>(() => BoundedBreakdown.Create(new BoundedObservation(Contacts, CountBounds.AtMost(10)), BreakdownDimension.Channel,
            BreakdownCoverage.MultiLabel, new[] { Exact(Channel.Phone, 11), At(Channel.Chat, CountBounds.AtLeast(5)) }));
    }

    [Fact]
    public void Create_CompletePartsThatCannotReachTheTotal_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => BoundedBreakdown.Create(BoundedObservation.Of(Contacts.Observe(100)), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { Exact(Channel.Phone, 90), At(Channel.Chat, CountBounds.Between(1, 4)) }));
        Assert.Contains("at most 94", e.Message, StringComparison.Ordinal);
        // Incomplete: the rest may lie outside the parts.
        BoundedBreakdown.Create(BoundedObservation.Of(Contacts.Observe(100)), BreakdownDimension.Channel,
            BreakdownCoverage.Incomplete, new[] { Exact(Channel.Phone, 90), At(Channel.Chat, CountBounds.Between(1, 4)) });
    }

    [Fact]
    public void Create_PartOfAnotherKey_IsRefusedAsABreakdownWouldBe()
    {
        var e = Assert.Throws<ArgumentException>(() => BoundedBreakdown.Create(new BoundedObservation(Contacts, CountBounds.Unknown), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { new BoundedObservation(Contacts.WithMetric(Metric.Calls).WithChannel(Channel.Phone), CountBounds.AtMost(3)) }));
        Assert.Contains("does not fit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_SplitsTheCountsIntoExactAndBounded()
    {
        BoundedBreakdown breakdown = BoundedBreakdown.Create(new BoundedObservation(Contacts, CountBounds.Unknown), BreakdownDimension.Channel,
            BreakdownCoverage.Complete, new[] { Exact(Channel.Phone, 7000), At(Channel.Chat, CountBounds.Between(1, 4)) });
        Report report = Report.Create(Line, Year2021, boundedBreakdowns: new[] { breakdown, breakdown });
        Assert.Equal(new[] { Contacts.WithChannel(Channel.Phone).Observe(7000) }, report.Observations);
        Assert.Equal(new[] { Contacts, Contacts.WithChannel(Channel.Chat) }.Order(), report.BoundedObservations.Select(b => b.Key));
        Assert.Equal(CountBounds.Between(1, 4), report.FindBounds(Contacts.WithChannel(Channel.Chat)));
        Assert.Equal(CountBounds.Exactly(7000), report.FindBounds(Contacts.WithChannel(Channel.Phone)));
        Assert.Null(report.FindBounds(Contacts.WithChannel(Channel.Email)));
        Assert.Single(report.BoundedBreakdowns);
    }

    [Fact]
    public void Report_OneKeyExactAndBounded_IsAConflict()
    {
        Assert.Throws<DataConflictException>(() => Report.Create(Line, Year2021, new[] { Contacts.Observe(10) },
            boundedObservations: new[] { new BoundedObservation(Contacts, CountBounds.AtMost(20)) }));
        Assert.Throws<DataConflictException>(() => Report.Create(Line, Year2021, boundedObservations: new[]
        {
            new BoundedObservation(Contacts, CountBounds.AtMost(20)), new BoundedObservation(Contacts, CountBounds.AtMost(21)),
        }));
    }

    [Fact]
    public void Report_BoundsOfOneValue_AreAnObservation()
    {
        Report report = Report.Create(Line, Year2021, boundedObservations: new[] { new BoundedObservation(Contacts, CountBounds.Exactly(12)) });
        Assert.Equal(new[] { Contacts.Observe(12) }, report.Observations);
        Assert.Empty(report.BoundedObservations);
    }
}
