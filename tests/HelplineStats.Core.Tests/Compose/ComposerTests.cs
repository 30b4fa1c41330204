using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Text;
using Xunit;

namespace HelplineStats.Core.Tests.Compose;

public sealed class ComposerTests
{
    /// <summary>
    /// Made-up records of one to three helplines over some of the years 2016 to 2021 (gaps included; none before a
    /// launch; Stop it Now! starts on 19 May 2017), a few dozen a year so that zero counts are common.
    /// </summary>
    private static readonly Gen<ContactRecord[]> Records =
        Gen.SubListOf(Helplines.All.ToArray()).Where(h => h.Count > 0).SelectMany(helplines =>
            Gen.SubListOf(Enumerable.Range(2016, 6).ToArray()).Where(y => y.Count > 0).SelectMany(years =>
                Gen.Choose(0, 40).ArrayOf(helplines.Count * years.Count).Zip(Gen.Choose(0, 1000)).Select(t =>
                    helplines.SelectMany((helpline, h) => years
                        .Where(year => helpline.LaunchDate is null || helpline.LaunchDate.Value.Year <= year)
                        .SelectMany((year, y) => SyntheticRecords.Generate(helpline, year, t.Item1[(h * years.Count) + y], t.Item2 + year)))
                    .ToArray())));

    private static Dataset Counted(IEnumerable<ContactRecord> records)
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        aggregator.AddRange(records);
        return aggregator.ToAggregate().ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
    }

    [Property(MaxTest = 40)]
    public Property Compose_DefaultPlan_EveryFigureIsConfirmedByTheAudit() =>
        Prop.ForAll(Records.ToArbitrary(), records =>
        {
            Composition composition = Composer.Default.Compose(Counted(records), FigurePlan.Default);
            AuditResult audit = Auditor.Default.Audit(composition.Dataset);
            return audit.Verdicts.All(v => v.Kind == VerdictKind.Confirmed) && audit.IsClean
                && audit.Verdicts.Count == composition.Dataset.Reports.Sum(r => r.Figures.Count);
        });

    [Property(MaxTest = 25)]
    public Property Compose_Twice_OrReportsReversed_GivesTheSamePage() =>
        Prop.ForAll(Records.ToArbitrary(), records =>
        {
            Dataset counts = Counted(records);
            Dataset once = Composer.Default.Compose(counts, FigurePlan.Default).Dataset;
            Dataset twice = Composer.Default.Compose(once, FigurePlan.Default).Dataset;
            Dataset reversed = Composer.Default.Compose(Dataset.Of(counts.Reports.Reverse()), FigurePlan.Default).Dataset;
            return once.Equals(twice) && once.Equals(reversed);
        });

    [Property(MaxTest = 40)]
    public Property Compose_ApportionedSharesOfEveryCompleteBreakdown_AddUpTo100() =>
        Prop.ForAll(Records.ToArbitrary(), records =>
        {
            Dataset page = Composer.Default.Compose(Counted(records), FigurePlan.Default).Dataset;
            return page.Reports.All(report => report.Breakdowns.Where(b => b.IsComplete).All(breakdown =>
            {
                decimal[] printed = report.Figures.OfType<ShareFigure>()
                    .Where(f => f.IsApportioned && f.Whole == breakdown.Total.Key
                        && (breakdown.Dimension.IsChannel ? f.Subject.Channel is not null : f.Subject.Category?.TaxonomyId == breakdown.Dimension.Taxonomy!.Id))
                    .Select(f => f.Percent).ToArray();
                // Nothing is printed where the known whole is zero (the shares are undefined); otherwise they add up to 100.
                return printed.Length == 0 ? breakdown.Known == CountBounds.Exactly(0) || !breakdown.Parts.Any(p => p.Key.Category?.IsUnknown != true) : printed.Sum() == 100m;
            }));
        });

    [Property(MaxTest = 25)]
    public Property Compose_RecordsAggregatedInShardsAndMerged_GivesTheSamePageAsAtOnce() =>
        Prop.ForAll(Records.ToArbitrary(), Gen.Choose(0, 100).ToArbitrary(), (records, cut) =>
        {
            int at = records.Length * cut / 100;
            var first = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
            first.AddRange(records.Take(at));
            var second = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
            second.AddRange(records.Skip(at));
            Dataset merged = first.ToAggregate().Merge(second.ToAggregate()).ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
            return Composer.Default.Compose(merged, FigurePlan.Default).Dataset.Equals(Composer.Default.Compose(Counted(records), FigurePlan.Default).Dataset);
        });

    [Property(MaxTest = 25)]
    public Property Compose_LikeACorrectlyPrintedPage_ReproducesItsValuesExactly() =>
        Prop.ForAll(Records.ToArbitrary(), records =>
        {
            Dataset counts = Counted(records);
            Dataset page = Composer.Default.Compose(counts, FigurePlan.Default).Dataset;
            Composition again = Composer.Default.Compose(counts, FigurePlan.Like(page));
            return again.Skipped.Count == 0 && again.Dataset.Equals(page);
        });

    [Fact]
    public void Compose_LikeThe2021Page_GivesBackEveryFigureItsCountsSupport_AsPrinted()
    {
        // Written by hand from the 2021 page: the figures whose counts the page also printed, with the printed values.
        var expected = new Dictionary<string, decimal>
        {
            ["stop-it-now-flanders/2021/contacts-by-email"] = 42m,
            ["stop-it-now-flanders/2021/contacts-by-phone"] = 40m,
            ["stop-it-now-flanders/2021/contacts-by-chat"] = 18m,
            ["stop-it-now-flanders/2021/referrals-of-contacts"] = 14m,
            ["tele-onthaal/2021/calls-per-day"] = 377m,
            ["tele-onthaal/2021/conversations-per-day"] = 287m,
            ["tele-onthaal/2021/calls-vs-2020"] = -1m,
            ["tele-onthaal/2021/calls-by-phone"] = 86m,
            ["tele-onthaal/2021/calls-by-chat"] = 14m,
            ["1712/2022/years-of-1712"] = 10m,
        };
        Dataset page = EmbeddedData.FlemishHelplines2021;
        Composition composition = Composer.Default.Compose(page, FigurePlan.Like(page));
        Dictionary<string, decimal> composed = composition.Dataset.Reports
            .SelectMany(r => r.Figures.Select(f => (Reference: FigureReference.Of(r, f).ToString(), f.Value)))
            .ToDictionary(x => x.Reference, x => x.Value!.Value);
        Assert.Equal(expected.OrderBy(p => p.Key), composed.OrderBy(p => p.Key));
        // Everything else the page printed needs a count it did not print, such as Tele-Onthaal's website visitors of
        // 2020 (the figure the page got wrong): left out, never invented.
        int printed = page.Reports.Sum(r => r.Figures.Count);
        Assert.Equal(printed - expected.Count, composition.Skipped.Count);
        Assert.All(composition.Skipped, s => Assert.Equal(SkipReason.CountMissing, s.Reason));
        Assert.Contains(composition.Skipped, s => s.Figure.ToString() == "tele-onthaal/2021/visitors-vs-2020");
    }

    [Fact]
    public void Compose_DefaultPlanOnThe2021Counts_IsAtLeastAsRichAsTheLikePage()
    {
        Dataset page = EmbeddedData.FlemishHelplines2021;
        int like = Composer.Default.Compose(page, FigurePlan.Like(page)).Dataset.Reports.Sum(r => r.Figures.Count);
        Dataset composed = Composer.Default.Compose(page, FigurePlan.Default).Dataset;
        Assert.True(composed.Reports.Sum(r => r.Figures.Count) >= like);
        // Stop it Now!'s contacts by channel, apportioned: 173, 162 and 75 of 410 are 42, 40 and 18.
        Report stopItNow = composed.Find(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021))!;
        Assert.Equal(new[] { 18m, 42m, 40m }, new[] { "chat", "email", "phone" }.Select(c => stopItNow.FindFigure($"contacts.{c}.share")!.Value!.Value));
        Assert.True(Auditor.Default.Audit(composed).Verdicts.All(v => v.Kind == VerdictKind.Confirmed));
    }

    [Fact]
    public void Compose_ThreeEqualThirds_AreApportioned34And33And33_AndTheAuditAcceptsThat()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Breakdown thirds = Breakdown.ByChannel(calls.Observe(3), BreakdownCoverage.Complete, (Channel.Phone, 1), (Channel.Chat, 1), (Channel.Email, 1));
        Dataset counts = Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), breakdowns: new[] { thirds }));
        Dataset page = Composer.Default.Compose(counts, FigurePlan.Create(new[] { PlanRule.Of(FigureKind.Share, Precision.Whole, apportion: true) })).Dataset;
        Report report = page.Reports.Single();
        // Ties go to the smaller key: chat gets the extra unit.
        Assert.Equal(new[] { 34m, 33m, 33m }, new[] { "chat", "email", "phone" }.Select(c => report.FindFigure($"calls.{c}.share")!.Value!.Value));
        Assert.True(Auditor.Default.Audit(page).Verdicts.All(v => v.Kind == VerdictKind.Confirmed));
        // The same printed 33/33/33 with the apportioned mark is contradicted for chat: the apportionment gives 34.
        Report wrong = Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), breakdowns: new[] { thirds },
            figures: new[] { ShareFigure.Apportioned("chat", calls.WithChannel(Channel.Chat), calls, ShareBasis.Total, 33m) });
        FigureVerdict verdict = Auditor.Default.Audit(Dataset.Of(wrong)).Verdicts.Single();
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(34m, verdict.Expected!.Value.Value);
    }

    [Fact]
    public void Compose_MissingYearOrZeroBase_IsLeftOutWithItsReason()
    {
        Helpline line = Helplines.Line1712;
        var calls = new ObservationKey(line.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Dataset counts = Dataset.Of(
            Report.Create(line, ReportingPeriod.Year(2021), new[] { calls.Observe(40) }),
            Report.Create(line, ReportingPeriod.Year(2020), new[] { calls.WithPeriod(ReportingPeriod.Year(2020)).Observe(0) }));
        var plan = FigurePlan.Create(new[] { PlanRule.Of(FigureKind.RelativeChange, Precision.Whole, yearsBack: new[] { 1, 2 }) });
        Composition composition = Composer.Default.Compose(counts, plan);
        SkippedFigure fromZero = composition.Skipped.Single(s => s.Figure == FigureReference.Parse("1712/2021/calls.vs-2020"));
        SkippedFigure missing = composition.Skipped.Single(s => s.Figure == FigureReference.Parse("1712/2021/calls.vs-2019"));
        Assert.Equal(SkipReason.Undefined, fromZero.Reason);
        Assert.Equal(SkipReason.CountMissing, missing.Reason);
        Assert.Equal("1712/2019/calls", Assert.Single(missing.Counts).ToString());
        Assert.Equal("There is no count of calls in 2019.", Statements.Skipped(missing, counts, TextCulture.English));
        Assert.Equal(new[] { "1712/2021/calls", "1712/2020/calls" }, fromZero.Counts.Select(c => c.ToString()));
        Assert.Empty(composition.Dataset.Reports.SelectMany(r => r.Figures));
    }

    [Fact]
    public void Compose_LaunchYear_RatePerDayIsOverTheDaysSinceTheLaunch_AndTheTotalSinceLaunchIsDerived()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var contacts = new ObservationKey(stopItNow.Id, ReportingPeriod.Year(2017), Metric.Contacts);
        // 19 May to 31 December 2017 is 227 days: 454 contacts are 2 a day, not 454 / 365 = 1.24.
        Dataset counts = Dataset.Of(
            Report.Create(stopItNow, ReportingPeriod.Year(2017), new[] { contacts.Observe(454) }),
            Report.Create(stopItNow, ReportingPeriod.Year(2018), new[] { contacts.WithPeriod(ReportingPeriod.Year(2018)).Observe(500) }));
        var plan = FigurePlan.Create(new[] { PlanRule.Of(FigureKind.RatePerDay, Precision.Whole), PlanRule.Of(FigureKind.CumulativeSinceLaunch, Precision.Whole) });
        Dataset page = Composer.Default.Compose(counts, plan).Dataset;
        Assert.Equal(2m, page.Find(stopItNow.Id, ReportingPeriod.Year(2017))!.FindFigure("contacts.per-day")!.Value);
        Report y2018 = page.Find(stopItNow.Id, ReportingPeriod.Year(2018))!;
        Assert.Equal(954m, y2018.FindFigure("contacts.since-launch")!.Value);
        Assert.Equal(954L, y2018.Find(contacts.WithPeriod(stopItNow.SinceLaunch(ReportingPeriod.Year(2018))))!.Value);
        Assert.True(Auditor.Default.Audit(page).Verdicts.All(v => v.Kind == VerdictKind.Confirmed));
    }

    [Fact]
    public void PlanJson_DefaultPlan_ReadsBackEqual_AndABadRuleIsLocated()
    {
        Assert.Equal(FigurePlan.Default, FigurePlanJson.FromJson(FigurePlanJson.ToJson(FigurePlan.Default), "plan.json"));
        var e = Assert.Throws<DataFormatException>(() => FigurePlanJson.FromJson(
            "{\"format\": \"helplinestats-plan/1\", \"rules\": [{\"kind\": \"count\"}, {\"kind\": \"relative-change\"}]}", "plan.json"));
        Assert.Contains("plan.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.rules[1]", e.Message, StringComparison.Ordinal);
        Assert.Contains("years back", e.Message, StringComparison.Ordinal);
        Assert.Throws<DataFormatException>(() => FigurePlanJson.FromJson("{\"format\": \"helplinestats-plan/1\", \"rules\": [{\"kind\": \"sum\"}]}", "plan.json"));
    }

    [Fact]
    public void Compose_OverAPeriodEndingOnAnUnknownDayOfAMonth_ComposesTheTotalAndLeavesOutWhatNeedsItsDays()
    {
        Helpline line = Helplines.Line1712; // launched on 12 March 2012
        ReportingPeriod upToMay = ReportingPeriod.ToSomeDayIn(line.LaunchDate!.Value, new NodaTime.YearMonth(2013, 5));
        ReportingPeriod upToMarch = ReportingPeriod.ToSomeDayIn(line.LaunchDate.Value, new NodaTime.YearMonth(2022, 3));
        var calls = new ObservationKey(line.Id, upToMay, Metric.Calls);
        ReportingPeriod y2013 = ReportingPeriod.Year(2013);
        Dataset counts = Dataset.Of(Report.Create(line, y2013, new[] { calls.Observe(9000), calls.WithPeriod(ReportingPeriod.Year(2012)).Observe(5000) }));
        var plan = FigurePlan.Create(Array.Empty<PlanRule>(), new[]
        {
            PlannedFigure.Of(line.Id, y2013, SinceLaunchFigure.Of("since-launch", calls, 0m)),
            PlannedFigure.Of(line.Id, y2013, RateFigure.PerDay("a-day", calls, 0m)),
            PlannedFigure.Of(line.Id, y2013, SinceLaunchFigure.Of("up-to-june", calls.WithPeriod(ReportingPeriod.ToSomeDayIn(line.LaunchDate.Value, new NodaTime.YearMonth(2013, 6))), 0m)),
            PlannedFigure.Of(line.Id, y2013, AgeFigure.Of("age-in-may", line.Id, upToMay, 0)),
            PlannedFigure.Of(line.Id, y2013, AgeFigure.Of("age-in-march", line.Id, upToMarch, 0)),
        });
        Composition composition = Composer.Default.Compose(counts, plan);
        Report page = composition.Dataset.Reports.Single();
        Assert.Equal(9000m, page.FindFigure("since-launch")!.Value);
        Assert.Equal(1m, page.FindFigure("age-in-may")!.Value); // 12 March 2013 has passed on any day of May 2013
        SkippedFigure perDay = composition.Skipped.Single(s => s.Figure.FigureId == "a-day");
        Assert.Equal(SkipReason.EndDayUnknown, perDay.Reason);
        Assert.Equal("The period ends on a day in May 2013 that is not given.", Statements.Skipped(perDay, counts, TextCulture.English));
        Assert.Equal(SkipReason.EndDayUnknown, composition.Skipped.Single(s => s.Figure.FigureId == "age-in-march").Reason); // 9 or 10 years old
        SkippedFigure june = composition.Skipped.Single(s => s.Figure.FigureId == "up-to-june");
        Assert.Equal(SkipReason.CountMissing, june.Reason);
        Assert.Equal(new[] { calls.WithPeriod(ReportingPeriod.ToSomeDayIn(line.LaunchDate.Value, new NodaTime.YearMonth(2013, 6))) }, june.Counts);
        Assert.Equal("The period ends on a day in March 2022 that is not given.",
            Statements.Skipped(composition.Skipped.Single(s => s.Figure.FigureId == "age-in-march"), counts, TextCulture.English));
        Assert.True(Auditor.Default.Audit(composition.Dataset).Verdicts.All(v => v.Kind == VerdictKind.Confirmed));
    }

    [Fact]
    public void Compose_TheDefaultPlan_OnAReportWhosePeriodEndsOnAnUnknownDay_SkipsWhatNeedsItsDays()
    {
        Helpline line = Helplines.Line1712;
        ReportingPeriod upToMay = ReportingPeriod.ToSomeDayIn(new NodaTime.LocalDate(2013, 1, 1), new NodaTime.YearMonth(2013, 5));
        var calls = new ObservationKey(line.Id, upToMay, Metric.Calls);
        Dataset counts = Dataset.Of(Report.Create(line, upToMay, new[] { calls.Observe(2000) },
            new[] { Breakdown.ByChannel(calls.WithMetric(Metric.Conversations).Observe(100), BreakdownCoverage.Complete, (Channel.Phone, 60), (Channel.Chat, 40)) }));
        Composition composition = Composer.Default.Compose(counts, FigurePlan.Default);
        Assert.Contains(composition.Skipped, s => s.Kind == FigureKind.RatePerDay && s.Reason == SkipReason.EndDayUnknown);
        Assert.Equal(2000m, composition.Dataset.Reports.Single().FindFigure("calls")!.Value);
        Assert.DoesNotContain(composition.Dataset.Reports.Single().Figures, f => f.Kind is FigureKind.RatePerDay or FigureKind.RatePerWeek);
        Assert.DoesNotContain(Auditor.Default.Audit(composition.Dataset).Verdicts, v => v.Kind == VerdictKind.Contradicted);
    }
}
