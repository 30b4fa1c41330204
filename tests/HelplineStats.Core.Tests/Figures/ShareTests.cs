using System;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Figures;

public sealed class ShareTests
{
    private static Count Calls(long value) => Count.Of(value, Metric.Calls);

    [Fact]
    public void Of_PhoneCallsOfTeleOnthaal_Is86Percent()
    {
        // 118,408 of 137,669 calls came by phone: 86.0%, not the 84.2% of conversations.
        Share phone = Share.Of(Calls(118_408), Calls(137_669));
        Assert.Equal(86m, RoundingPolicy.HalfAwayFromZero(0).Round(phone.Percent!.Value));
        Assert.Equal(86.0m, RoundingPolicy.HalfAwayFromZero(1).Round(phone.Percent!.Value));
        Assert.Equal(Rational.Of(118_408, 137_669), phone.Fraction);
    }

    [Fact]
    public void Of_ZeroWhole_IsUndefined_AndPartOverWholeIsAnError()
    {
        Share none = Share.Of(Calls(0), Calls(0));
        Assert.False(none.IsDefined);
        Assert.Null(none.Fraction);
        Assert.Null(none.Percent);
        // A part over a zero whole is undefined for the zero whole, not "larger than the whole".
        Share oneOfNothing = Share.Of(Calls(1), Calls(0));
        Assert.False(oneOfNothing.IsDefined);
        Assert.StartsWith("undefined: the whole is zero", oneOfNothing.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Share.Of(Calls(11), Calls(10)));
    }

    [Fact]
    public void ToString_IsThePercentToOneDecimalWithTheCounts()
    {
        Assert.Equal("18.3% (75 of 410 contacts)", Share.Of(Count.Of(75, Metric.Contacts), Count.Of(410, Metric.Contacts)).ToString());
        Assert.Equal("73.0% of the known (584 of 800 contact persons)",
            Share.Of(Count.Of(584, Metric.ContactPersons), Count.Of(800, Metric.ContactPersons), ShareBasis.Known).ToString());
    }

    [Fact]
    public void Of_DifferentMetrics_NeedsOfSubset()
    {
        // 263 referrals since launch are 14% of the 1,913 contacts since launch: every referral is a contact.
        Count referrals = Count.Of(263, Metric.Referrals);
        Count contacts = Count.Of(1913, Metric.Contacts);
        Assert.Throws<MetricMismatchException>(() => Share.Of(referrals, contacts));
        Assert.Equal(14m, RoundingPolicy.HalfAwayFromZero(0).Round(Share.OfSubset(referrals, contacts).Percent!.Value));
    }

    [Fact]
    public void OfParts_KnownBasis_LeavesTheUnknownOut()
    {
        var key = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.ContactPersons);
        Breakdown byGender = Breakdown.ByCategory(key.Observe(1000), Taxonomies.Gender, BreakdownCoverage.Complete,
            ("woman", 584), ("man", 216), ("unknown", 200));
        Share women = Share.OfParts(byGender, ShareBasis.Known)[0];
        Assert.Equal(Rational.Of(584, 800), women.Fraction);
        Assert.Equal(73m, RoundingPolicy.HalfAwayFromZero(0).Round(women.Percent!.Value));
        Assert.Equal(2, Share.OfParts(byGender, ShareBasis.Known).Count);
        Assert.Equal(3, Share.OfParts(byGender, ShareBasis.Total).Count);
    }

    [Fact]
    public void OfParts_SingleCategory_IsOne()
    {
        var key = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Breakdown single = Breakdown.ByChannel(key.Observe(5), BreakdownCoverage.Complete, (Channel.Phone, 5));
        Assert.Equal(Rational.One, Assert.Single(Share.OfParts(single, ShareBasis.Total)).Fraction);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool OfParts_CompleteBreakdown_AddUpToExactlyOne(Breakdown breakdown)
    {
        if (breakdown.Coverage != BreakdownCoverage.Complete || breakdown.Total.Value == 0)
        {
            return true;
        }
        Rational total = Share.OfParts(breakdown, ShareBasis.Total).Aggregate(Rational.Zero, (sum, share) => sum + share.Fraction!.Value);
        bool knownDefined = breakdown.Known != CountBounds.Exactly(0);
        Rational known = knownDefined
            ? Share.OfParts(breakdown, ShareBasis.Known).Aggregate(Rational.Zero, (sum, share) => sum + share.Fraction!.Value)
            : Rational.One;
        return total == Rational.One && known == Rational.One;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Of_AnyCounts_RejectsExactlyPartsOverANonZeroWhole_AndLeavesZeroWholesUndefined(Count part, Count whole)
    {
        Count sameMetricWhole = Count.Of(whole.Value, part.Metric);
        try
        {
            Share share = Share.Of(part, sameMetricWhole);
            return whole.Value == 0
                ? !share.IsDefined
                : part.Value <= whole.Value && share.Fraction * whole.Value == part.Value;
        }
        catch (ArgumentException)
        {
            return part.Value > whole.Value && whole.Value > 0;
        }
    }

    [Fact]
    public void OfParts_ChannelsOfTheKnown_KeepEveryChannel()
    {
        // A channel breakdown has no unknown bucket: of the known, it is every channel over the whole total.
        var key = new ObservationKey(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021), Metric.Contacts);
        Breakdown byChannel = Breakdown.ByChannel(key.Observe(410), BreakdownCoverage.Complete, (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75));
        Assert.Equal(new[] { Rational.Of(173, 410), Rational.Of(162, 410), Rational.Of(75, 410) },
            Share.OfParts(byChannel, ShareBasis.Known).Select(share => share.Fraction!.Value));
    }

    [Fact]
    public void Of_UndefinedBasis_IsRefused() =>
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => Share.Of(Count.Of(1, Metric.Calls), Count.Of(2, Metric.Calls), (ShareBasis)7)).ParamName);

    [Fact]
    public void Of_NullArguments_NameTheParameter()
    {
        // Without the null checks the metric comparison would fail first, with a NullReferenceException.
        Assert.Equal("part", Assert.Throws<ArgumentNullException>(() => Share.Of(null!, Calls(2))).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentNullException>(() => Share.Of(Calls(1), null!)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentNullException>(() => Share.OfSubset(null!, Calls(2))).ParamName);
        Assert.Equal("whole", Assert.Throws<ArgumentNullException>(() => Share.OfSubset(Calls(1), null!)).ParamName);
        Assert.Equal("breakdown", Assert.Throws<ArgumentNullException>(() => Share.OfParts(null!, ShareBasis.Total)).ParamName);
        Assert.Contains("take a share of", Assert.Throws<MetricMismatchException>(() => Share.Of(Calls(1), Count.Of(2, Metric.Contacts))).Message, StringComparison.Ordinal);
    }
}
