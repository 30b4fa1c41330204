using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Rendering.Tests;

/// <summary>
/// The page's model against numbers worked by hand from the 2021 page (the counts it printed) and against the composed
/// values of a made-up dataset, formatted here by the page's conventions.
/// </summary>
public sealed class FiguresPageTests
{
    private static YearSection Year(FiguresPage page, string helpline, int year) =>
        page.Helplines.Single(h => h.Id == helpline).Years.Single(y => y.Anchor.EndsWith(year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));

    private static string[] Rows(Chart chart) => chart.Table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => c.Text))).ToArray();

    [Fact]
    public void Of_StopItNowByChannel_ChartsThePrintedSharesWithTheirCountsAndVerdicts()
    {
        FiguresPage page = Pages.Model(Pages.Printed, TextCulture.English);
        Chart chart = Year(page, "stop-it-now-flanders", 2021).ShareCharts.Single(c => c.Title == "Contacts by channel");
        // The page printed 173, 162 and 75 of 410 contacts, and 42%, 40% and 18%: each share holds (173/410 = 42.2%).
        Assert.Equal(new[] { "part", "count", "%", "verdict" }, chart.Table.Columns);
        Assert.Equal(new[]
        {
            "e-mail | 173 | 42% | ✓ confirmed",
            "phone | 162 | 40% | ✓ confirmed",
            "chat | 75 | 18% | ✓ confirmed",
            "total | 410 |  | ",
        }, Rows(chart));
        Assert.Contains("e-mail 42% (confirmed), phone 40% (confirmed) and chat 18% (confirmed)", chart.Description, StringComparison.Ordinal);
        Assert.Contains("<title id=\"" + chart.Id + "-title\">Contacts by channel</title>", chart.Svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "137,669", "calls", "377 a day", "-1% compared with 2020: down")]
    [InlineData("nl-BE", "137.669", "oproepen", "377 per dag", "-1% tegenover 2020: minder")]
    public void Of_TeleOnthaalCalls_IsAKeyFigureWithItsPerDayAverageAndChangeInWords(string culture, string value, string label, string perDay, string change)
    {
        KeyFigure calls = Year(Pages.Model(Pages.Printed, Pages.Culture(culture)), "tele-onthaal", 2021).KeyFigures.Single(k => k.Reference == "tele-onthaal/2021/calls");
        Assert.Equal(value, calls.Value);
        Assert.Equal(label, calls.Label);
        Assert.Equal(perDay, calls.PerDay!.Text);
        Assert.Equal("confirmed", calls.PerDay.Verdict.Kind);
        Assert.Equal(change, calls.Change!.Text);
        Assert.Equal("-1%", calls.Change.Value);
        Assert.Equal("confirmed", calls.Change.Verdict.Kind);
    }

    [Fact]
    public void Of_TheContradictedVisitorsChange_IsMarkedWithTheExplanationBesideIt()
    {
        FiguresPage page = Pages.Model(Pages.Printed, TextCulture.English);
        KeyFigure visitors = Year(page, "tele-onthaal", 2021).KeyFigures.Single(k => k.Reference == "tele-onthaal/2021/website-visitors");
        FigureLine change = visitors.Change!;
        Assert.Equal("-17.9% compared with 2020: down", change.Text);
        Assert.Equal("contradicted", change.Verdict.Kind);
        Assert.Equal("✗", change.Verdict.Symbol);
        Assert.True(change.IsContradicted);
        // -36,460 puts 2020 at 210,523, and -36,460 / 210,523 is -17.3%.
        Assert.Contains("-17.3%", change.Note!, StringComparison.Ordinal);
        Assert.Equal(new[] { "tele-onthaal/2021/visitors-vs-2020" }, page.Disagreements.Select(d => d.Reference));
        Assert.Contains(Year(page, "tele-onthaal", 2021).Statements, s => s.Reference == change.Reference && s.IsContradicted);
    }

    [Fact]
    public void Of_TeleOnthaalCallsByYear_RunsFromTheFirstCountWithTheRunningTotal()
    {
        Chart chart = Year(Pages.Model(Pages.Printed, TextCulture.English), "tele-onthaal", 2021).SeriesCharts.Single(c => c.Title == "Calls by year");
        // No launch date: the totals start with the first count, 2020. 139,092 + 137,669 = 276,761.
        Assert.Equal(new[] { "year", "count", "total since 2020" }, chart.Table.Columns);
        Assert.Equal(new[] { "2020 | 139,092 | 139,092", "2021 | 137,669 | 276,761" }, Rows(chart));
        Assert.Empty(chart.Notes);
    }

    [Fact]
    public void Of_YearsWithoutData_AreGapsNeverZeros()
    {
        FiguresPage page = Pages.Model(Pages.Printed, TextCulture.Dutch);
        Chart calls = Year(page, "1712", 2021).SeriesCharts.Single(c => c.Title == "Oproepen per jaar");
        string[] rows = Rows(calls);
        // 1712 started in March 2012; the page printed only 2021's 8,515 calls.
        Assert.Equal(Enumerable.Range(2012, 10).Select(y => y.ToString(CultureInfo.InvariantCulture)), calls.Table.Rows.Select(r => r.Cells[0].Text));
        Assert.All(rows.Take(9), row => Assert.EndsWith("| geen gegevens | geen gegevens", row, StringComparison.Ordinal));
        Assert.Equal("2021 | 8.515 | geen gegevens", rows[9]);
        Assert.DoesNotContain(rows, row => row.Contains("| 0", StringComparison.Ordinal));
        Assert.Equal(9, calls.Svg.Split("class=\"year gap\"").Length - 1);
        Assert.Contains("onbekend, niet nul", calls.Description, StringComparison.Ordinal);
        Assert.Equal(new[] { "Een jaar zonder gegevens blijft leeg: het aantal is onbekend, niet nul." }, calls.Notes);
    }

    [Fact]
    public void Of_StopItNowContactsByYear_TakesTheRunningTotalFromThePrintedSinceLaunchCount()
    {
        Chart chart = Year(Pages.Model(Pages.Printed, TextCulture.English), "stop-it-now-flanders", 2021).SeriesCharts.Single(c => c.Title == "Contacts by year");
        // Launched in May 2017; the page printed 410 contacts in 2021 and 1,913 since the launch, nothing for 2017 to 2020.
        Assert.Equal("total since the launch", chart.Table.Columns[2]);
        Assert.Equal(new[]
        {
            "2017 | no data | no data", "2018 | no data | no data", "2019 | no data | no data", "2020 | no data | no data", "2021 | 410 | 1,913",
        }, Rows(chart));
    }

    [Fact]
    public void Of_OneInNAndMultiples_AreHighlightsWithThePrintedValue()
    {
        YearSection year = Year(Pages.Model(Pages.Printed, TextCulture.English), "1712", 2021);
        Assert.Contains(year.Highlights, h => h.Value == "almost one in 5" && h.Verdict.Kind == "not-checkable");
        Assert.Contains(year.Highlights, h => h.Value == "3" && h.Text.StartsWith("There were 3 times as many calls as in 2012.", StringComparison.Ordinal));
        Assert.All(year.Highlights, h => Assert.Contains(year.Statements, s => s.Reference == h.Reference));
    }

    [Fact]
    public void Of_TheFacts_AreTheHelplinesInWords()
    {
        HelplineSection stopItNow = Pages.Model(Pages.Printed, TextCulture.Dutch).Helplines.Single(h => h.Id == "stop-it-now-flanders");
        Assert.Equal("ook: Stop it Now! Vlaanderen", stopItNow.OtherNames);
        Assert.Equal(new[] { "Gestart: 19 mei 2017", "Leeftijd: 4 jaar, 9 maanden en 21 dagen", "Kanalen: telefoon, chat en e-mail", "Anonimiteit: altijd anoniem" },
            stopItNow.Facts.Select(f => f.ToString()));
    }

    [Theory]
    [InlineData("nl-BE")]
    [InlineData("en")]
    public void Of_AComposedPage_ShowsEveryComposedFigureWithItsValueInTheCulture(string name)
    {
        TextCulture culture = Pages.Culture(name);
        FiguresPage page = Pages.Model(Pages.Composed, culture);
        var lines = page.Helplines.SelectMany(h => h.Years).SelectMany(y => y.Statements).ToDictionary(s => s.Reference);
        int figures = 0;
        foreach (Report report in Pages.Composed.Reports)
        {
            foreach (PublishedFigure figure in report.Figures)
            {
                figures++;
                FigureLine line = lines[FigureReference.Of(report, figure).ToString()];
                Assert.Equal("confirmed", line.Verdict.Kind);
                Assert.Equal(figure.Value is null ? "" : Pages.Expected(figure, culture), line.Value);
            }
        }
        Assert.Equal(figures, lines.Count);
        Assert.True(figures > 100, $"only {figures} composed figures");
    }

    [Fact]
    public void Of_AComposedPage_ChartsApportionedSharesWhosePrintedLabelsAddUpTo100()
    {
        FiguresPage page = Pages.Model(Pages.Composed, TextCulture.English);
        List<Chart> charts = page.Helplines.SelectMany(h => h.Years).SelectMany(y => y.ShareCharts).ToList();
        Assert.NotEmpty(charts);
        int complete = 0;
        foreach (Chart chart in charts)
        {
            Dictionary<string, PublishedFigure> figures = Pages.Composed.Reports
                .SelectMany(r => r.Figures.Select(f => (Reference: FigureReference.Of(r, f).ToString(), Figure: f))).ToDictionary(x => x.Reference, x => x.Figure);
            ChartCell[] shares = chart.Table.Rows.Where(r => !r.IsTotal).Select(r => r.Cells.Single(c => c.Figure is not null)).ToArray();
            // Every bar is a composed figure, shown as the composer's value.
            Assert.All(shares, cell => Assert.Equal(Pages.Expected(figures[cell.Figure!], TextCulture.English), cell.Text));
            if (shares.All(c => figures[c.Figure!] is ShareFigure { IsApportioned: true }))
            {
                complete++;
                Assert.Equal(100m, shares.Sum(c => figures[c.Figure!].Value!.Value));
                Assert.Equal(100m, shares.Sum(c => decimal.Parse(c.Text.TrimEnd('%'), CultureInfo.InvariantCulture)));
            }
        }
        Assert.True(complete > 0, "no apportioned chart");
    }

    [Fact]
    public void Of_EveryFigureOfThePrintedPage_IsListedOnceWithItsVerdict()
    {
        AuditResult audit = Auditor.Default.Audit(Pages.Printed);
        FiguresPage page = FiguresPage.Of(Pages.Printed, audit, TextCulture.English, Pages.AsOf);
        List<FigureLine> lines = page.Helplines.SelectMany(h => h.Years).SelectMany(y => y.Statements).ToList();
        Assert.Equal(audit.Verdicts.Select(v => v.Reference.ToString()).Order(StringComparer.Ordinal), lines.Select(l => l.Reference).Order(StringComparer.Ordinal));
        Assert.Equal(lines.Count, lines.Select(l => l.Anchor).Distinct().Count());
        Assert.Equal("55 figures: 11 confirmed, 1 contradicted by the counts, 11 consistent together, 32 not checkable from the published counts.", page.Summary);
    }

    [Fact]
    public void Of_NullArguments_AreRefused()
    {
        AuditResult audit = Auditor.Default.Audit(Pages.Printed);
        Assert.Throws<ArgumentNullException>(() => FiguresPage.Of(null!, audit, TextCulture.English, Pages.AsOf));
        Assert.Throws<ArgumentNullException>(() => FiguresPage.Of(Pages.Printed, null!, TextCulture.English, Pages.AsOf));
        Assert.Throws<ArgumentNullException>(() => FiguresPage.Of(Pages.Printed, audit, null!, Pages.AsOf));
    }

    [Fact]
    public void Render_PeriodsEndingOnAnUnknownDayOfAMonth_AreWordedAndNeedNoDays()
    {
        Helpline line = Helplines.Line1712;
        ReportingPeriod upToMay = ReportingPeriod.ToSomeDayIn(line.LaunchDate!.Value, new NodaTime.YearMonth(2013, 5));
        var calls = new ObservationKey(line.Id, upToMay, Metric.Calls);
        ReportingPeriod firstMonths = ReportingPeriod.ToSomeDayIn(new NodaTime.LocalDate(2014, 1, 1), new NodaTime.YearMonth(2014, 5));
        Dataset dataset = Dataset.Of(
            Report.Create(line, ReportingPeriod.Year(2013), new[] { calls.Observe(9000), calls.WithPeriod(ReportingPeriod.Year(2012)).Observe(5000), calls.WithPeriod(ReportingPeriod.Year(2013)).Observe(6000) },
                figures: new PublishedFigure[] { SinceLaunchFigure.Of("since-launch", calls, 9000m), RateFigure.PerDay("a-day", calls, 20m) }),
            Report.Create(line, firstMonths, new[] { calls.WithPeriod(firstMonths).Observe(2000) }, figures: new[] { CountFigure.Of("calls", calls.WithPeriod(firstMonths), 2000m) }));
        AuditResult audit = Auditor.Default.Audit(dataset);
        string dutch = PageRenderer.Default.Render(FiguresPage.Of(dataset, audit, TextCulture.Dutch, new NodaTime.LocalDate(2024, 1, 1)));
        string english = PageRenderer.Default.Render(FiguresPage.Of(dataset, audit, TextCulture.English, new NodaTime.LocalDate(2024, 1, 1)));
        Assert.Contains("Sinds de lancering, tot mei 2013", dutch, StringComparison.Ordinal);
        Assert.Contains("Since launch, up to May 2013", english, StringComparison.Ordinal);
        Assert.Contains("niet vermelde dag in mei 2013", dutch, StringComparison.Ordinal);
    }
}
