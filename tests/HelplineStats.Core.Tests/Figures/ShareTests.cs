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
        Assert.Equal(86m, RoundingPolicy.HalfAwayFromZero(0).Round(phone.Percent));
        Assert.Equal(86.0m, RoundingPolicy.HalfAwayFromZero(1).Round(phone.Percent));
        Assert.Equal(Rational.Of(118_408, 137_669), phone.Fraction);
    }

    [Fact]
    public void Of_ZeroWhole_IsUndefined_AndPartOverWholeIsAnError()
    {
        var e = Assert.Throws<UndefinedFigureException>(() => Share.Of(Calls(0), Calls(0)));
        Assert.Contains("the whole is zero", e.Message, StringComparison.Ordinal);
        Assert.False(Share.TryOf(Calls(0), Calls(0), ShareBasis.Total, out Share? none));
        Assert.Null(none);
        Assert.Throws<ArgumentException>(() => Share.Of(Calls(11), Calls(10)));
        Assert.Throws<ArgumentException>(() => Share.TryOf(Calls(1), Calls(0), ShareBasis.Total, out _));
    }

    [Fact]
    public void Of_DifferentMetrics_NeedsOfSubset()
    {
        // 263 referrals since launch are 14% of the 1,913 contacts since launch: every referral is a contact.
        Count referrals = Count.Of(263, Metric.Referrals);
        Count contacts = Count.Of(1913, Metric.Contacts);
        Assert.Throws<MetricMismatchException>(() => Share.Of(referrals, contacts));
        Assert.Equal(14m, RoundingPolicy.HalfAwayFromZero(0).Round(Share.OfSubset(referrals, contacts).Percent));
    }

    [Fact]
    public void OfParts_KnownBasis_LeavesTheUnknownOut()
    {
        var key = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.ContactPersons);
        Breakdown byGender = Breakdown.ByCategory(key.Observe(1000), Taxonomies.Gender, BreakdownCoverage.Complete,
            ("woman", 584), ("man", 216), ("unknown", 200));
        Share women = Share.OfParts(byGender, ShareBasis.Known)[0];
        Assert.Equal(Rational.Of(584, 800), women.Fraction);
        Assert.Equal(73m, RoundingPolicy.HalfAwayFromZero(0).Round(women.Percent));
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
        Rational total = Share.OfParts(breakdown, ShareBasis.Total).Aggregate(Rational.Zero, (sum, share) => sum + share.Fraction);
        bool knownDefined = !breakdown.Known.IsZero;
        Rational known = knownDefined
            ? Share.OfParts(breakdown, ShareBasis.Known).Aggregate(Rational.Zero, (sum, share) => sum + share.Fraction)
            : Rational.One;
        return total == Rational.One && known == Rational.One;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Of_AnyCounts_RejectsExactlyPartsOverTheWholeAndZeroWholes(Count part, Count whole)
    {
        Count sameMetricWhole = Count.Of(whole.Value, part.Metric);
        try
        {
            Share share = Share.Of(part, sameMetricWhole);
            return part.Value <= whole.Value && whole.Value > 0 && share.Fraction * whole.Value == part.Value;
        }
        catch (UndefinedFigureException)
        {
            return whole.Value == 0 && part.Value == 0;
        }
        catch (ArgumentException)
        {
            return part.Value > whole.Value;
        }
    }
}
