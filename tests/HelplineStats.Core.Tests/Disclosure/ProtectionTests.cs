using System;
using System.Linq;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Disclosure;

/// <summary>Small-count protection on tables worked by hand.</summary>
public sealed class ProtectionTests
{
    private static readonly Helpline Line = Helplines.Line1712;
    private static readonly ReportingPeriod Y2022 = ReportingPeriod.Year(2022);
    private static readonly ObservationKey Calls = new(Line.Id, Y2022, Metric.Calls);
    private static readonly DisclosurePolicy Five = DisclosurePolicy.Default;

    private static Report Year(params Breakdown[] breakdowns) => Report.Create(Line, Y2022, breakdowns: breakdowns);

    private static CountBounds? Shown(Dataset dataset, ObservationKey key) =>
        dataset.Reports.Select(r => r.FindBounds(key)).FirstOrDefault(b => b is not null);

    [Fact]
    public void Protect_ASmallPartOfAPublishedTotal_HidesTheSmallestOtherPartToo()
    {
        // 40 = 30 + 7 + 3: e-mail (3) is small, and 40 − 30 − 7 would give it away; chat (7) is the smallest other part.
        Dataset dataset = Dataset.Of(Year(Breakdown.ByChannel(Calls.Observe(40), BreakdownCoverage.Complete, (Channel.Phone, 30), (Channel.Chat, 7), (Channel.Email, 3))));
        Protection protection = Five.Protect(dataset);

        Assert.Equal(new[] { Calls.WithChannel(Channel.Email) }, protection.Primary);
        Assert.Equal(new[] { Calls.WithChannel(Channel.Chat) }, protection.Secondary);
        Assert.Equal(CountBounds.Between(1, 4), Shown(protection.Dataset, Calls.WithChannel(Channel.Email)));
        Assert.Equal(CountBounds.Unknown, Shown(protection.Dataset, Calls.WithChannel(Channel.Chat)));
        Assert.Equal(CountBounds.Exactly(40), Shown(protection.Dataset, Calls));
        Assert.Equal(CountBounds.Exactly(30), Shown(protection.Dataset, Calls.WithChannel(Channel.Phone)));
        Assert.True(protection.Check.IsSafe);
        Assert.Equal(2, protection.Suppressed);
    }

    [Fact]
    public void Protect_AHiddenZero_IsShownAgainBeforeTheLargerCountsItWouldOtherwiseKeepHidden()
    {
        // k = 10, calls by channel × gender with both margins (found by a property on a random seed):
        //            man  other  woman | total
        //   chat     188      0      4 |   192
        //   e-mail     4      6  1,127 | 1,137
        //   phone     33     38     48 |   119
        //   total    225     44  1,179 | 1,448
        // With the three small counts (4, 4, 6) and chat-man, phone-other and phone-woman hidden, phone-man (33) may be shown:
        // chat-man + chat-woman = 192 = chat-man + e-mail-man, so chat-woman = e-mail-man = c; e-mail-other = 10 − c;
        // phone-other = 44 − (10 − c) = 34 + c; phone-woman = 52 − c; phone-other + phone-woman = 86 holds for every c,
        // so c is anything from 1 to 9. The zero (chat-other) is shown too. Before, the zero was shown again last: while it
        // was still hidden, showing 33 narrowed it to 0 to 8, which counts as giving it away, so 33 stayed hidden for nothing.
        var counts = new (Channel Channel, long Man, long Other, long Woman)[] { (Channel.Chat, 188, 0, 4), (Channel.Email, 4, 6, 1127), (Channel.Phone, 33, 38, 48) };
        string[] genders = { "man", "other", "woman" };
        long[] Row(int c) => new[] { counts[c].Man, counts[c].Other, counts[c].Woman };
        long Column(int g) => counts.Select((_, c) => Row(c)[g]).Sum();
        var breakdowns = new System.Collections.Generic.List<Breakdown>
        {
            Breakdown.ByChannel(Calls.Observe(1448), BreakdownCoverage.Complete, counts.Select(c => (c.Channel, c.Man + c.Other + c.Woman)).ToArray()),
            Breakdown.ByCategory(Calls.Observe(1448), Taxonomies.Gender, BreakdownCoverage.Complete, genders.Select((g, i) => (g, Column(i))).ToArray()),
        };
        breakdowns.AddRange(counts.Select((c, i) => Breakdown.ByCategory(Calls.WithChannel(c.Channel).Observe(Row(i).Sum()), Taxonomies.Gender,
            BreakdownCoverage.Complete, genders.Select((g, j) => (g, Row(i)[j])).ToArray())));
        breakdowns.AddRange(genders.Select((g, j) => Breakdown.ByChannel(Calls.WithCategory(Taxonomies.Gender.Get(g)).Observe(Column(j)),
            BreakdownCoverage.Complete, counts.Select((c, i) => (c.Channel, Row(i)[j])).ToArray())));
        Protection protection = new DisclosurePolicy(10).Protect(Dataset.Of(Year(breakdowns.ToArray())));

        ObservationKey Cell(Channel channel, string gender) => Calls.WithChannel(channel).WithCategory(Taxonomies.Gender.Get(gender));
        Assert.Equal(new[] { Cell(Channel.Chat, "woman"), Cell(Channel.Email, "man"), Cell(Channel.Email, "other") }.Order(), protection.Primary.Order());
        Assert.Equal(CountBounds.Exactly(33), Shown(protection.Dataset, Cell(Channel.Phone, "man")));
        Assert.Equal(CountBounds.Exactly(0), Shown(protection.Dataset, Cell(Channel.Chat, "other")));
        Assert.DoesNotContain(Cell(Channel.Phone, "man"), protection.Secondary);
        Assert.True(protection.Check.IsSafe);
    }

    [Fact]
    public void Protect_ATotalOfTwoSmallParts_IsHidden()
    {
        // 6 = 2 + 4: both parts are small, and with the total a reader knows each is at least 2 (6 − 4).
        Dataset dataset = Dataset.Of(Year(Breakdown.ByChannel(Calls.Observe(6), BreakdownCoverage.Complete, (Channel.Phone, 2), (Channel.Chat, 4))));
        Protection protection = Five.Protect(dataset);

        Assert.Equal(new[] { Calls.WithChannel(Channel.Phone), Calls.WithChannel(Channel.Chat) }.OrderBy(k => k), protection.Primary);
        Assert.Equal(new[] { Calls }, protection.Secondary);
        Assert.True(Five.Check(protection.Dataset).IsSafe);
    }

    [Fact]
    public void Protect_AHiddenTotalThatItsOwnBreakdownWouldPin_HidesAPartOfThatBreakdown()
    {
        // Calls 100 = phone 6 + chat 94, and phone 6 = women 2 + men 4. Hiding phone (6) is not enough:
        // 100 − 94 gives it back, so chat (94) goes too.
        ObservationKey phone = Calls.WithChannel(Channel.Phone);
        Dataset dataset = Dataset.Of(Year(
            Breakdown.ByChannel(Calls.Observe(100), BreakdownCoverage.Complete, (Channel.Phone, 6), (Channel.Chat, 94)),
            Breakdown.ByCategory(phone.Observe(6), Taxonomies.Gender, BreakdownCoverage.Complete, ("woman", 2), ("man", 4))));
        Protection protection = Five.Protect(dataset);

        Assert.Equal(2, protection.Primary.Count);
        Assert.Equal(new[] { phone, Calls.WithChannel(Channel.Chat) }.OrderBy(k => k), protection.Secondary);
        Assert.Equal(CountBounds.Exactly(100), Shown(protection.Dataset, Calls));
        Assert.True(protection.Check.IsSafe);
    }

    [Fact]
    public void Protect_AYearBetweenTwoPublishedSinceLaunchTotals_HidesOneOfTheTotals()
    {
        Helpline line = Helplines.StopItNowFlanders; // launched 19 May 2017
        ObservationKey year = new(line.Id, ReportingPeriod.Year(2019), Metric.Calls);
        ObservationKey upTo2018 = year.WithPeriod(line.SinceLaunch(ReportingPeriod.Year(2018)));
        ObservationKey upTo2019 = year.WithPeriod(line.SinceLaunch(ReportingPeriod.Year(2019)));
        // 2019 had 3 calls: 503 − 500 gives it away.
        Dataset dataset = Dataset.Of(
            Report.Create(line, ReportingPeriod.Year(2018), new[] { upTo2018.Observe(500) }),
            Report.Create(line, ReportingPeriod.Year(2019), new[] { year.Observe(3), upTo2019.Observe(503) }));
        Protection protection = Five.Protect(dataset);

        Assert.Equal(new[] { year }, protection.Primary);
        Assert.Equal(new[] { upTo2018 }, protection.Secondary); // the part of the chain before the total
        Assert.True(protection.Check.IsSafe);
        Assert.False(Five.Check(dataset).IsSafe);
    }

    [Fact]
    public void Protect_AShareOfASmallCount_IsWithheld_AndAShareOfAShownCountStays()
    {
        Report report = Report.Create(Line, Y2022,
            breakdowns: new[] { Breakdown.ByChannel(Calls.Observe(200), BreakdownCoverage.Complete, (Channel.Phone, 150), (Channel.Chat, 47), (Channel.Email, 3)) },
            figures: new[]
            {
                ShareFigure.Of("phone-share", Calls.WithChannel(Channel.Phone), Calls, ShareBasis.Total, 75m),
                ShareFigure.Of("email-share", Calls.WithChannel(Channel.Email), Calls, ShareBasis.Total, 1.5m, precision: Precision.DecimalPlaces(1)),
            });
        Protection protection = Five.Protect(Dataset.Of(report));

        // 1.5% of 200 is exactly 3: the share would give e-mail back.
        WithheldFigure withheld = Assert.Single(protection.Withheld);
        Assert.Equal("email-share", withheld.Figure.Id);
        Assert.Contains(Calls.WithChannel(Channel.Email), withheld.Reveals);
        Assert.Equal(new[] { "phone-share" }, protection.Dataset.Reports.Single().Figures.Select(f => f.Id));
        Assert.True(protection.Check.IsSafe);
    }

    [Fact]
    public void Protect_ACoarseShareOfASmallCount_Stays()
    {
        // "less than 10%" of 200 says fewer than 20: it leaves e-mail anywhere from 1 to 4.
        Report report = Report.Create(Line, Y2022,
            breakdowns: new[] { Breakdown.ByChannel(Calls.Observe(200), BreakdownCoverage.Complete, (Channel.Phone, 150), (Channel.Chat, 47), (Channel.Email, 3)) },
            figures: new[] { ShareFigure.Of("email-share", Calls.WithChannel(Channel.Email), Calls, ShareBasis.Total, 10m, Qualifier.LessThan) });
        Protection protection = Five.Protect(Dataset.Of(report));
        Assert.Empty(protection.Withheld);
        Assert.Single(protection.Dataset.Reports.Single().Figures);
    }

    [Fact]
    public void Check_AnUnprotectedTable_NamesThePublishedAndTheRecoveredCounts_WithTheSumThatRecovers()
    {
        // E-mail is printed as "fewer than 5", but 40 − 30 − 7 gives 3.
        Report report = Report.Create(Line, Y2022,
            breakdowns: new[]
            {
                Breakdown.Create(Calls.Observe(40), BreakdownDimension.Channel, BreakdownCoverage.Complete, new[]
                {
                    Calls.WithChannel(Channel.Phone).Observe(30),
                    Calls.WithChannel(Channel.Chat).Observe(7),
                    new Observation(Calls.WithChannel(Channel.Email), CountBounds.Between(1, 4)),
                }),
            });
        DisclosureFinding finding = Assert.Single(Five.Check(Dataset.Of(report)).Findings);
        Assert.Equal(DisclosureFindingKind.Recovered, finding.Kind);
        Assert.Equal(Calls.WithChannel(Channel.Email), finding.Key);
        Assert.Equal(CountBounds.Exactly(3), finding.Learned);
        Assert.Equal(new[] { Calls }, finding.SumTotals);

        DisclosureCheck published = Five.Check(Dataset.Of(Year(Breakdown.ByChannel(Calls.Observe(40), BreakdownCoverage.Complete, (Channel.Phone, 37), (Channel.Email, 3)))));
        Assert.Equal(DisclosureFindingKind.Published, Assert.Single(published.Findings).Kind);
    }

    [Theory]
    [InlineData(35, 33, 37)] // 33/5 = 6.6 and 37/5 = 7.4 round to 7; 32 and 38 to 6 and 8
    [InlineData(13, 13, 17)] // 12.5 is not a count; 13 is the first to round up to 15
    [InlineData(2, 0, 2)]
    [InlineData(0, 0, 2)]
    public void Rounded_BaseFive_GivesEveryCountThatRoundsHalfUpToTheSameMultiple(long count, long low, long high)
    {
        Assert.Equal(CountBounds.Between(low, high), new DisclosurePolicy(5, 5).Rounded(count));
    }

    [Fact]
    public void Rounded_BaseFour_CoversFourCounts()
    {
        // 16: 14/4 = 3.5 rounds up to 4, 17/4 = 4.25 down to 4, 18/4 = 4.5 up to 5.
        Assert.Equal(CountBounds.Between(14, 17), new DisclosurePolicy(5, 4).Rounded(16));
        Assert.Equal(CountBounds.Exactly(16), Five.Rounded(16));
    }

    [Fact]
    public void Protect_WithRounding_ShowsEveryOtherCountAsItsRoundingBounds()
    {
        Dataset dataset = Dataset.Of(Year(Breakdown.ByChannel(Calls.Observe(40), BreakdownCoverage.Complete, (Channel.Phone, 30), (Channel.Chat, 7), (Channel.Email, 3))));
        Protection protection = new DisclosurePolicy(5, 5).Protect(dataset);
        Assert.Equal(CountBounds.Between(38, 42), Shown(protection.Dataset, Calls));
        Assert.Equal(CountBounds.Between(28, 32), Shown(protection.Dataset, Calls.WithChannel(Channel.Phone)));
        Assert.Equal(CountBounds.Between(1, 4), Shown(protection.Dataset, Calls.WithChannel(Channel.Email)));
        Assert.Equal(3, protection.Rounded);
        Assert.True(protection.Check.IsSafe);
    }

    [Theory]
    [InlineData(2, null)]
    [InlineData(0, null)]
    [InlineData(5, 1)]
    public void Policy_OutOfRange_IsRefused(int minimum, int? roundingBase)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosurePolicy(minimum, roundingBase));
    }

    [Fact]
    public void Protect_CountsThatDoNotAddUp_AreRefused()
    {
        // 500 since launch to 2018 and 503 to 2019 leave 3 for 2019, not 10.
        Helpline line = Helplines.StopItNowFlanders;
        ObservationKey year = new(line.Id, ReportingPeriod.Year(2019), Metric.Calls);
        Dataset dataset = Dataset.Of(
            Report.Create(line, ReportingPeriod.Year(2018), new[] { year.WithPeriod(line.SinceLaunch(ReportingPeriod.Year(2018))).Observe(500) }),
            Report.Create(line, ReportingPeriod.Year(2019), new[] { year.Observe(10), year.WithPeriod(line.SinceLaunch(ReportingPeriod.Year(2019))).Observe(503) }));
        DataConflictException e = Assert.Throws<DataConflictException>(() => Five.Protect(dataset));
        // The message names the sum that cannot hold by its total: the total since the launch to 2019.
        Assert.Contains("the sums of stop-it-now-flanders/2017-05-19/2019-12-31/calls", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Protect_AZeroPart_MayBeHiddenInsteadOfTheTotal_WhenNoOtherPartIsShown()
    {
        // Phone 6 = women 2 + men 4 + other 0: hiding "other" (0, now anything from 0 up) leaves women and men each
        // anywhere from 1 to 4 (6 − 4 − 0 = 2 no longer holds), at a smaller loss than hiding the total.
        ObservationKey phone = Calls.WithChannel(Channel.Phone);
        Dataset dataset = Dataset.Of(Year(Breakdown.ByCategory(phone.Observe(6), Taxonomies.Gender, BreakdownCoverage.Complete, ("woman", 2), ("man", 4), ("other", 0))));
        Protection protection = Five.Protect(dataset);
        Assert.Equal(new[] { phone.WithCategory(Taxonomies.Gender.Get("other")) }, protection.Secondary);
        Assert.Equal(CountBounds.Exactly(6), Shown(protection.Dataset, phone));
        Assert.True(protection.Check.IsSafe);
    }

    [Fact]
    public void Protect_ACountGivenWithinBoundsInOneReportAndExactlyInAnother_IsShownExactlyInBoth()
    {
        // The 2021 report gives 2021's calls as "at least 100"; the 2022 report gives them as 120 (and 2022's as 130).
        ObservationKey earlier = Calls.WithPeriod(ReportingPeriod.Year(2021));
        Dataset dataset = Dataset.Of(
            Report.Create(Line, ReportingPeriod.Year(2021), observations: new[] { new Observation(earlier, CountBounds.AtLeast(100)) }),
            Report.Create(Line, Y2022, new[] { Calls.Observe(130), earlier.Observe(120) }));
        Protection protection = Five.Protect(dataset);
        Assert.Empty(protection.Primary);
        Assert.All(protection.Dataset.Reports, r => Assert.Equal(120, r.Find(earlier)!.Value));
    }
}

