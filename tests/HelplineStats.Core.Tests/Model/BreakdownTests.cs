using System;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class BreakdownTests
{
    private static readonly ObservationKey Contacts2021 =
        new(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021), Metric.Contacts);

    private static readonly ObservationKey Victims2021 =
        new(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.PossibleVictims);

    [Fact]
    public void ByChannel_StopItNow2021_IsComplete()
    {
        // 173 by e-mail, 162 by phone and 75 by chat make the 410 contacts of 2021.
        Breakdown breakdown = Breakdown.ByChannel(Contacts2021.Observe(410), BreakdownCoverage.Complete,
            (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75));
        Assert.Equal(CountBounds.Exactly(410), breakdown.PartsSum);
        Assert.Equal(75, breakdown.Find(Channel.Chat)!.Value);
        Assert.Null(breakdown.Unknown);
        Assert.Equal(CountBounds.Exactly(410), breakdown.Known);
    }

    [Fact]
    public void Create_CompleteButShort_SaysTheSumAndTheTotal()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.ByChannel(Contacts2021.Observe(410), BreakdownCoverage.Complete,
            (Channel.Email, 173), (Channel.Phone, 162)));
        Assert.Contains("add up to 335, not to the total 410", e.Message, StringComparison.Ordinal);
        Assert.Contains("stop-it-now-flanders/2021/contacts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_IncompleteOverTheTotal_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.ByChannel(Contacts2021.Observe(100), BreakdownCoverage.Incomplete,
            (Channel.Email, 60), (Channel.Phone, 50)));
        Assert.Contains("add up to 110, more than the total 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_PartOverTheTotal_NamesThePart()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.ByChannel(Contacts2021.Observe(100), BreakdownCoverage.MultiLabel,
            (Channel.Email, 60), (Channel.Phone, 101)));
        Assert.Contains("parts[1] (stop-it-now-flanders/2021/contacts/phone) is 101, more than the total 100", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MultiLabel_MayAddUpToMoreThanTheTotal()
    {
        Breakdown breakdown = Breakdown.ByCategory(Victims2021.Observe(100), Taxonomies.KindOfViolence, BreakdownCoverage.MultiLabel,
            ("child-abuse", 70), ("partner-violence", 40));
        Assert.True(breakdown.IsMultiLabel);
        Assert.Equal(CountBounds.Exactly(110), breakdown.PartsSum);
    }

    [Fact]
    public void Create_NestedPartsInASingleLabelBreakdown_AreRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.ByCategory(Victims2021.Observe(100), Taxonomies.ViolenceContext,
            BreakdownCoverage.Incomplete, ("family", 60), ("household", 30)));
        Assert.Contains("'household' lies inside the part 'family'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_IsTheTotalWithoutTheUnknownBucket()
    {
        Breakdown byGender = Breakdown.ByCategory(Contacts2021.WithMetric(Metric.ContactPersons).Observe(100), Taxonomies.Gender,
            BreakdownCoverage.Complete, ("woman", 60), ("man", 20), ("unknown", 20));
        Assert.Equal(20, byGender.Unknown!.Value);
        Assert.Equal(CountBounds.Exactly(80), byGender.Known);
    }

    [Fact]
    public void Create_PartOfAnotherKey_IsRejected()
    {
        Observation stranger = Contacts2021.WithPeriod(ReportingPeriod.Year(2020)).WithChannel(Channel.Chat).Observe(5);
        Assert.Throws<ArgumentException>(() => Breakdown.Create(Contacts2021.Observe(10), BreakdownDimension.Channel, BreakdownCoverage.Incomplete, new[] { stranger }));
        Observation categoryPart = Contacts2021.WithCategory(Taxonomies.Gender.Get("man")).Observe(5);
        Assert.Throws<ArgumentException>(() => Breakdown.Create(Contacts2021.Observe(10), BreakdownDimension.Of(Taxonomies.AgeGroup), BreakdownCoverage.Incomplete, new[] { categoryPart }));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Create_Complete_PartsAddUpToTheTotal(Breakdown breakdown) =>
        breakdown.Coverage != BreakdownCoverage.Complete || breakdown.PartsSum == breakdown.Total.Bounds;

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Equals_PartsInAnotherOrder_IsEqual(Breakdown breakdown)
    {
        Breakdown reversed = Breakdown.Create(breakdown.Total, breakdown.Dimension, breakdown.Coverage, breakdown.Parts.Reverse());
        return reversed == breakdown && reversed.GetHashCode() == breakdown.GetHashCode();
    }
}
