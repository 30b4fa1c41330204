using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Core.Tests.Audit;

/// <summary>
/// Since-launch totals whose end is known only to the month ("since launch, up to May 2013"): the total to an unknown day
/// of a month lies between the totals at the end of the month before and at the end of that month. Worked by hand, then
/// as laws over a world of daily counts.
/// </summary>
public sealed class MonthEndAuditTests
{
    private static readonly Helpline Line = Helplines.Line1712; // launched on 12 March 2012
    private static readonly LocalDate Launch = new(2012, 3, 12);
    private static readonly ObservationKey Calls = new(Line.Id, ReportingPeriod.Year(2013), Metric.Calls);

    private static ObservationKey SinceLaunchTo(LocalDate day) => Calls.WithPeriod(ReportingPeriod.Between(Launch, day));

    private static ObservationKey SinceLaunchToSomeDayIn(int year, int month) => Calls.WithPeriod(ReportingPeriod.ToSomeDayIn(Launch, new YearMonth(year, month)));

    private static FigureVerdict AuditOne(IEnumerable<Observation> counts, PublishedFigure figure, ReportingPeriod? report = null) =>
        Auditor.Default.Audit(Dataset.Of(Report.Create(Line, report ?? ReportingPeriod.Year(2013), counts, figures: new[] { figure }))).Verdicts.Single();

    [Theory]
    [InlineData(8000, true)]  // the total at the end of April: nothing yet in May
    [InlineData(8500, true)]
    [InlineData(9000, true)]  // the total at the end of May: the last day of May
    [InlineData(7999, false)] // less than at the end of April
    [InlineData(9001, false)] // more than at the end of May
    public void Audit_ATotalUpToMay_LiesBetweenThePublishedTotalsAtTheEndsOfAprilAndMay(int printed, bool fits)
    {
        FigureVerdict verdict = AuditOne(
            new[] { SinceLaunchTo(new LocalDate(2013, 4, 30)).Observe(8000), SinceLaunchTo(new LocalDate(2013, 5, 31)).Observe(9000) },
            SinceLaunchFigure.Of("up-to-may", SinceLaunchToSomeDayIn(2013, 5), printed));
        Assert.Equal(fits ? VerdictKind.NotCheckable : VerdictKind.Contradicted, verdict.Kind);
    }

    [Theory]
    [InlineData(5000, true)]   // nothing yet in 2013
    [InlineData(11000, true)]  // all of 2013 by May
    [InlineData(4999, false)]
    [InlineData(11001, false)]
    public void Audit_ATotalUpToMay_LiesBetweenTheYearEndsThroughTheChain(int printed, bool fits)
    {
        FigureVerdict verdict = AuditOne(
            new[] { Calls.WithPeriod(ReportingPeriod.Year(2012)).Observe(5000), Calls.Observe(6000) },
            SinceLaunchFigure.Of("up-to-may", SinceLaunchToSomeDayIn(2013, 5), printed));
        Assert.Equal(fits, verdict.Kind != VerdictKind.Contradicted);
    }

    [Theory]
    [InlineData(1, 5000, 5400, true)]    // January: from the end of December 2012 (the launch year's count) ...
    [InlineData(1, 5401, 5400, false)]   // ... to the published total at the end of January
    [InlineData(1, 4999, 5400, false)]
    [InlineData(12, 11000, 0, true)]     // December: up to the end of 2013, the two years' counts
    [InlineData(12, 11001, 0, false)]
    public void Audit_DecemberAndJanuary_BoundByTheYearEnds(int month, int printed, int endOfJanuary, bool fits)
    {
        var counts = new List<Observation> { Calls.WithPeriod(ReportingPeriod.Year(2012)).Observe(5000), Calls.Observe(6000) };
        if (endOfJanuary > 0)
        {
            counts.Add(SinceLaunchTo(new LocalDate(2013, 1, 31)).Observe(endOfJanuary));
        }
        FigureVerdict verdict = AuditOne(counts, SinceLaunchFigure.Of("up-to-month", SinceLaunchToSomeDayIn(2013, month), printed));
        Assert.Equal(fits, verdict.Kind != VerdictKind.Contradicted);
    }

    [Theory]
    [InlineData(1000, true)]
    [InlineData(1001, false)] // the end of February 2020 is the 29th: a total to the 28th would not bind it
    [InlineData(899, false)]
    public void Audit_LeapFebruary_EndsOnThe29th(int printed, bool fits)
    {
        FigureVerdict verdict = AuditOne(
            new[] { SinceLaunchTo(new LocalDate(2020, 1, 31)).Observe(900), SinceLaunchTo(new LocalDate(2020, 2, 29)).Observe(1000) },
            SinceLaunchFigure.Of("up-to-february", SinceLaunchToSomeDayIn(2020, 2), printed), ReportingPeriod.Year(2020));
        Assert.Equal(fits, verdict.Kind != VerdictKind.Contradicted);
    }

    [Fact]
    public void Audit_TwoTotalsUpToMonths_AreBoundByEachOther()
    {
        // Up to some day of May is at most the total at the end of May, which is at most up to some day of June.
        Report report = Report.Create(Line, ReportingPeriod.Year(2013), figures: new[]
        {
            SinceLaunchFigure.Of("up-to-may", SinceLaunchToSomeDayIn(2013, 5), 9000),
            SinceLaunchFigure.Of("up-to-june", SinceLaunchToSomeDayIn(2013, 6), 8000),
        });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        Assert.All(result.Verdicts, v => Assert.NotEqual(VerdictKind.ConsistentTogether, v.Kind));
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.FiguresDisagree);
    }

    [Fact]
    public void Audit_APublishedTotalUpToMayOutsideTheMonthEnds_IsAStructuralFinding()
    {
        Report report = Report.Create(Line, ReportingPeriod.Year(2013), new[]
        {
            SinceLaunchTo(new LocalDate(2013, 4, 30)).Observe(8000), SinceLaunchToSomeDayIn(2013, 5).Observe(7000), SinceLaunchTo(new LocalDate(2013, 5, 31)).Observe(9000),
        });
        StructuralFinding finding = Assert.Single(Auditor.Default.Audit(Dataset.Of(report)).Findings);
        Assert.Equal(FindingKind.CumulativeChainBroken, finding.Kind);
        Assert.Equal("1712/2012-03-12/2013-04-30/calls", finding.Counts[1].ToString());
        Assert.Equal(new[] { 7000m, 8000m }, finding.Numbers);
    }

    [Fact]
    public void Audit_APerDayAverageUpToMay_IsNotCheckableForItsDaysAreNotKnown()
    {
        ObservationKey upToMay = SinceLaunchToSomeDayIn(2013, 5);
        FigureVerdict verdict = AuditOne(new[] { upToMay.Observe(9000) }, RateFigure.PerDay("a-day", upToMay, 20m));
        Assert.Equal(VerdictKind.NotCheckable, verdict.Kind);
        Assert.Empty(verdict.Missing);
        Assert.Equal(VerdictReason.EndDayUnknown, verdict.Reason);
        Assert.Equal("Sinds de lancering, tot mei 2013", Capitalised(new Wording(TextCulture.Dutch, new[] { Line }, null).Period(upToMay.Period, Line.Id)));
        Assert.Equal("Since launch, up to May 2013", Capitalised(new Wording(TextCulture.English, new[] { Line }, null).Period(upToMay.Period, Line.Id)));
        var dataset = Dataset.Of(Report.Create(Line, ReportingPeriod.Year(2013), new[] { upToMay.Observe(9000) }, figures: new[] { verdict.Figure }));
        AuditResult audit = Auditor.Default.Audit(dataset);
        Assert.Equal(
            "Gemiddeld waren er 20 oproepen per dag sinds de lancering, tot mei 2013. Niet na te gaan: de periode eindigt op een niet vermelde dag in mei 2013, dus het aantal dagen is niet gekend.",
            Statements.Of(audit, dataset, TextCulture.Dutch).Single().Text);
        Assert.Equal(
            "On average there were 20 calls a day since launch, up to May 2013. Cannot be checked: the period ends on a day in May 2013 that is not given, so its number of days is not known.",
            Statements.Of(audit, dataset, TextCulture.English).Single().Text);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    [Theory]
    [InlineData(2022, 5, 10, VerdictKind.Confirmed)]     // 12 March 2022 has passed by any day of May
    [InlineData(2022, 3, 10, VerdictKind.NotCheckable)]  // 9 or 10 years, depending on the day of March
    [InlineData(2022, 2, 10, VerdictKind.Contradicted)]  // not yet 10 on any day of February
    public void Audit_AnAgeAtAnEndKnownOnlyToTheMonth_IsJudgedWhenEveryDayGivesTheSameAge(int year, int month, int printed, VerdictKind expected)
    {
        ReportingPeriod period = ReportingPeriod.ToSomeDayIn(Launch, new YearMonth(year, month));
        FigureVerdict verdict = AuditOne(Array.Empty<Observation>(), AgeFigure.Of("age", Line.Id, period, printed), ReportingPeriod.Year(year));
        Assert.Equal(expected, verdict.Kind);
    }

    [Fact]
    public void Audit_ThroughJsonVersion2_FindsTheTotalUpToMayTooLarge()
    {
        const string json = """
            { "format": "helplinestats/2", "reports": [
              { "helpline": "1712", "period": "2012", "observations": [ { "period": "2012", "metric": "calls", "value": 5000 } ] },
              { "helpline": "1712", "period": "2013",
                "observations": [ { "period": "2013", "metric": "calls", "value": 6000 } ],
                "figures": [ { "id": "since-launch", "kind": "cumulative-since-launch",
                               "subject": { "period": "2012-03-12/2013-05", "metric": "calls" },
                               "value": 12000, "precision": 1, "qualifier": "none" } ] } ] }
            """;
        Dataset dataset = DatasetJsonReader.FromJson(json, "articles.json");
        FigureVerdict verdict = Auditor.Default.Audit(dataset).Verdicts.Single();
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        Assert.Equal("1712/2013/since-launch", verdict.Reference.ToString());
        Assert.Equal(VerdictKind.NotCheckable, Auditor.Default.Audit(DatasetJsonReader.FromJson(json.Replace("12000", "10500", StringComparison.Ordinal), "fits.json")).Verdicts.Single().Kind);
    }

    // ---- laws over a world of daily counts ----

    /// <summary>A world: calls on each day from the launch to the end of 2014, and a month of 2013 or 2014 with a day in it.</summary>
    private sealed record World(int[] Daily, int Year, int Month, int Day)
    {
        internal long TotalTo(LocalDate day) => Daily.Take(Period.DaysBetween(Launch, day) + 1).Sum(c => (long)c);

        internal LocalDate TrueEnd => new(Year, Month, Day);

        internal LocalDate FirstOfMonth => new(Year, Month, 1);

        internal LocalDate LastOfMonth => new(Year, Month, CalendarSystem.Iso.GetDaysInMonth(Year, Month));

        internal long YearCount(int year) => Enumerable.Range(0, Daily.Length).Where(i => Launch.PlusDays(i).Year == year).Sum(i => (long)Daily[i]);
    }

    private static readonly Gen<World> Worlds =
        Gen.Choose(0, 40).ArrayOf(Period.DaysBetween(Launch, new LocalDate(2014, 12, 31)) + 1)
            .Zip(Gen.Elements(2013, 2014).Zip(Gen.Choose(1, 12)))
            .SelectMany(t => Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(t.Item2.Item1, t.Item2.Item2))
                .Select(day => new World(t.Item1, t.Item2.Item1, t.Item2.Item2, day)));

    /// <summary>What may be published about the world: the yearly counts, the totals at the ends of the month and of the month before.</summary>
    private static IEnumerable<Observation> Counts(World world, int mask)
    {
        var counts = new List<Observation>();
        if ((mask & 1) != 0)
        {
            counts.AddRange(new[] { 2012, 2013, 2014 }.Select(y => Calls.WithPeriod(ReportingPeriod.Year(y)).Observe(world.YearCount(y))));
        }
        if ((mask & 2) != 0)
        {
            counts.Add(SinceLaunchTo(world.FirstOfMonth.PlusDays(-1)).Observe(world.TotalTo(world.FirstOfMonth.PlusDays(-1))));
        }
        if ((mask & 4) != 0)
        {
            counts.Add(SinceLaunchTo(world.LastOfMonth).Observe(world.TotalTo(world.LastOfMonth)));
        }
        return counts;
    }

    [Property(MaxTest = 80)]
    public Property Soundness_ATrueTotalToSomeDayOfTheMonth_IsNeverContradicted() =>
        Prop.ForAll(Worlds.Zip(Gen.Choose(0, 7)).ToArbitrary(), t =>
        {
            (World world, int mask) = t;
            ObservationKey key = SinceLaunchToSomeDayIn(world.Year, world.Month);
            FigureVerdict verdict = AuditOne(Counts(world, mask), SinceLaunchFigure.Of("up-to-month", key, world.TotalTo(world.TrueEnd)), ReportingPeriod.Year(2014));
            return verdict.Kind != VerdictKind.Contradicted ? true : throw new InvalidOperationException($"{key} to {world.TrueEnd}: {verdict.Reason}");
        });

    [Property(MaxTest = 80)]
    public Property Completeness_ATotalOutsideTheMonthEnds_IsContradicted_WhenThoseAreKnown() =>
        Prop.ForAll(Worlds.Zip(Gen.Choose(1, 500).Zip(Gen.Elements(true, false))).Zip(Gen.Elements(1, 6)).ToArbitrary(), t =>
        {
            ((World world, (int by, bool above)), int mask) = t;
            long low = world.TotalTo(world.FirstOfMonth.PlusDays(-1)), high = world.TotalTo(world.LastOfMonth);
            long printed = above ? high + by : low - by;
            if (printed < 0)
            {
                return true;
            }
            // mask 6: the two month-end totals are published; mask 1: only the years, which bound them when the month is January or December.
            bool known = mask == 6 || (world.Month == 1 && !above) || (world.Month == 12 && above);
            ObservationKey key = SinceLaunchToSomeDayIn(world.Year, world.Month);
            FigureVerdict verdict = AuditOne(Counts(world, mask), SinceLaunchFigure.Of("up-to-month", key, printed), ReportingPeriod.Year(2014));
            return !known || verdict.Kind == VerdictKind.Contradicted ? true : throw new InvalidOperationException($"{key} printed {printed} outside [{low}, {high}]: {verdict.Kind} {verdict.Reason}");
        });
}
