using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Rendering.Charts;
using NodaTime;

namespace HelplineStats.Rendering;

/// <summary>
/// Lays a dataset and its audit out as a <see cref="FiguresPage"/>: picks which figures go where and builds the charts.
/// Every word comes from the core's text layer (<see cref="PageWords"/>, <see cref="ReportPage"/>); every number from the
/// dataset's counts and figures or the core's <c>Figures</c> layer (running totals, apportioned percentages).
/// </summary>
internal static class PageBuilder
{
    /// <summary>The longest run of years a series chart shows (a helpline launched long ago shows its last ones).</summary>
    internal const int MostYears = 40;

    private const string FromCountsKind = "from-counts";

    internal static FiguresPage Build(Dataset dataset, AuditResult audit, TextCulture culture, LocalDate asOf)
    {
        PageWords words = PageWords.For(dataset, audit, culture);
        ReportPage text = ReportPage.Of(dataset, audit, culture, asOf);
        var context = new Context(dataset, audit, words, text.Statements.ToDictionary(s => s.Verdict.Reference));
        var helplines = new List<HelplineSection>();
        foreach (Helpline helpline in dataset.Helplines)
        {
            var years = new List<YearSection>();
            foreach (Report report in dataset.ForHelpline(helpline.Id))
            {
                years.Add(Year(helpline, report, context));
            }
            helplines.Add(new HelplineSection(helpline.Id.Value, context.Anchor("h-" + helpline.Id.Value), helpline.Name, words.AlsoKnownAs(helpline),
                words.Description(helpline), words.Facts(helpline, asOf).Select(f => new Fact(f.Key, f.Value)).ToList().AsReadOnly(), years.AsReadOnly()));
        }
        List<FigureLine> disagreements = audit.Contradicted.Select(v => context.Line(v, null)).ToList();
        VerdictMark[] legend =
        {
            context.Mark(VerdictKind.Confirmed), context.Mark(VerdictKind.ConsistentTogether), context.Mark(VerdictKind.NotCheckable),
            context.Mark(VerdictKind.Contradicted), context.FromCounts,
        };
        var labels = new PageLabels(words.KeyFigures, words.Shares, words.ByYear, words.AtAGlance, words.EveryFigure, words.AboutTheHelpline,
            words.Disagreements, words.None, words.Legend, words.Note);
        return new FiguresPage(culture, asOf, words.Title, words.AgesOn(asOf), labels, helplines.AsReadOnly(), disagreements.AsReadOnly(),
            text.Findings, text.Summary, legend, words.MissingTranslationsLine(text.MissingTranslations));
    }

    private static YearSection Year(Helpline helpline, Report report, Context c)
    {
        List<FigureVerdict> verdicts = c.VerdictsOf(helpline.Id, report.Period);
        var keyFigures = new List<KeyFigure>();
        foreach (Observation count in report.Observations.Where(o => o.Key.Channel is null && o.Key.Category is null && o.Key.Period.Equals(report.Period)))
        {
            if (count.Value is not long value)
            {
                continue;
            }
            FigureVerdict? perDay = verdicts.FirstOrDefault(v => FigureRoles.Of(v.Figure) == FigureRole.DailyAverage && count.Key.Equals(v.Figure.Subject));
            ReportingPeriod lastYear = report.Period.YearsEarlier(1);
            FigureVerdict? change = verdicts.FirstOrDefault(v => FigureRoles.Of(v.Figure) == FigureRole.Change && IsChange(v, count.Key, lastYear))
                ?? verdicts.FirstOrDefault(v => FigureRoles.Of(v.Figure) == FigureRole.Difference && IsChange(v, count.Key, lastYear));
            keyFigures.Add(new KeyFigure(count.Key.ToString(), c.Words.Number(value), c.Words.Noun(count.Key, report.Period, value),
                perDay is null ? null : c.Line(perDay, c.Words.PerDay(perDay.Figure)),
                change is null ? null : c.Line(change, c.Words.Change(change.Figure))));
        }
        List<Chart> shareCharts = ShareCharts(report, verdicts, c);
        List<Chart> seriesCharts = report.Period.Kind == PeriodKind.Year
            ? keyFigures.Count == 0 ? new List<Chart>() : SeriesCharts(helpline, report, c)
            : new List<Chart>();
        List<FigureLine> highlights = verdicts.Where(v => FigureRoles.Of(v.Figure) == FigureRole.Highlight)
            .Select(v => c.Line(v, null)).ToList();
        List<FigureLine> statements = verdicts.Select(v => c.Line(v, null)).ToList();
        string heading = c.Words.FiguresFor(report.Period);
        return new YearSection(heading, c.Anchor("y-" + helpline.Id.Value + "-" + report.Period), keyFigures.AsReadOnly(), shareCharts.AsReadOnly(),
            seriesCharts.AsReadOnly(), highlights.AsReadOnly(), statements.AsReadOnly());
    }

    private static bool IsChange(FigureVerdict verdict, ObservationKey key, ReportingPeriod lastYear) =>
        verdict.Figure is ComparedFigure { Value: not null } change && change.Subject.Equals(key) && change.ComparisonPeriod.Equals(lastYear);

    /// <summary>What a share's part is a part of its whole by: "channel", a taxonomy id, or null when it is no part of a breakdown.</summary>
    internal static string? Dimension(ObservationKey part, ObservationKey whole)
    {
        if (!part.Period.Equals(whole.Period) || !part.Metric.Equals(whole.Metric))
        {
            return null;
        }
        if (part.Channel is not null && whole.Channel is null && part.Category == whole.Category)
        {
            return "channel";
        }
        return part.Category is Category category && whole.Category is null && part.Channel == whole.Channel ? "taxonomy:" + category.TaxonomyId.Value : null;
    }

    private static string Dimension(Breakdown breakdown) => breakdown.Dimension.Taxonomy is Taxonomy taxonomy ? "taxonomy:" + taxonomy.Id.Value : "channel";

    private static List<Chart> ShareCharts(Report report, List<FigureVerdict> verdicts, Context c)
    {
        var charts = new List<Chart>();
        var used = new HashSet<Breakdown>();
        var groups = verdicts
            .Select(v => (Verdict: v, Share: FigureRoles.AsShare(v.Figure)))
            .Where(v => v.Share is not null && Dimension(v.Share.Subject, v.Share.Whole) is not null)
            .Select(v => (v.Verdict, Share: v.Share!))
            .GroupBy(v => (v.Share.Whole, v.Share.Basis, Dimension: Dimension(v.Share.Subject, v.Share.Whole)));
        foreach (var group in groups)
        {
            Breakdown? breakdown = report.Breakdowns.FirstOrDefault(b => b.IsExact && b.Total.Key.Equals(group.Key.Whole) && Dimension(b) == group.Key.Dimension);
            List<(FigureVerdict Verdict, ShareFigure Share)> parts = group.ToList();
            if (breakdown is not null)
            {
                used.Add(breakdown);
                var order = breakdown.Parts.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i);
                parts = parts.OrderBy(v => order.TryGetValue(v.Share.Subject, out int i) ? i : int.MaxValue).ToList();
            }
            string title = c.Words.SharesTitle(group.Key.Whole, parts[0].Share.Subject, report.Period, group.Key.Basis);
            var bars = new List<Bar>();
            var rows = new List<ChartRow>();
            var notes = new List<string>();
            foreach ((FigureVerdict verdict, ShareFigure figure) in parts)
            {
                VerdictMark mark = c.Mark(verdict.Kind);
                string label = c.Words.PartLabel(figure.Subject);
                string reference = verdict.Reference.ToString();
                string value = c.Words.Value(figure);
                bars.Add(new Bar(label, Math.Max(0m, figure.Percent), value, mark.Symbol, mark.Kind, reference));
                var cells = new List<ChartCell> { new(label, false, null, null, null) };
                if (breakdown is not null)
                {
                    Observation? part = breakdown.Parts.FirstOrDefault(p => p.Key.Equals(figure.Subject));
                    cells.Add(part is { Value: long n } ? new ChartCell(c.Words.Number(n), true, null, part.Key.ToString(), null) : new ChartCell("", true, null, null, null));
                }
                cells.Add(new ChartCell(value, true, reference, null, null));
                cells.Add(new ChartCell(mark.ToString(), false, null, null, c.StatementAnchor(verdict)));
                rows.Add(new ChartRow(cells.AsReadOnly(), false, mark.Kind));
                if (verdict.Kind == VerdictKind.Contradicted)
                {
                    notes.Add(mark.Symbol + " " + value + ": " + c.Statement(verdict));
                }
            }
            var columns = new List<string> { c.Words.ColumnPart };
            if (breakdown?.Total.Value is long total)
            {
                columns.Add(c.Words.ColumnCount);
                rows.Add(new ChartRow(new[]
                {
                    new ChartCell(c.Words.Total, false, null, null, null),
                    new ChartCell(c.Words.Number(total), true, null, breakdown.Total.Key.ToString(), null),
                    new ChartCell("", true, null, null, null),
                    new ChartCell("", false, null, null, null),
                }, true, ""));
            }
            columns.Add(c.Words.ColumnPercent);
            columns.Add(c.Words.ColumnVerdict);
            string description = c.Words.SharesDescription(bars.Zip(parts, (b, v) => b.Label + " " + b.ValueText + " (" + c.Words.Verdict(v.Verdict.Kind) + ")"));
            string id = c.ChartId();
            charts.Add(new Chart(id, "shares", title, description, BarChart.Build(id, title, description, bars, 100m),
                new ChartTable(c.Words.TableCaption(title), columns.AsReadOnly(), rows.AsReadOnly()), notes.AsReadOnly()));
        }
        IReadOnlyList<BreakdownTable> tables = BreakdownTable.Of(report, c.Words.Culture);
        foreach (BreakdownTable table in tables.Where(t => t.IsExact && !used.Contains(t.Breakdown) && t.Total.Count > 0))
        {
            charts.Add(CountsChart(table, c));
        }
        foreach (BreakdownTable table in tables.Where(t => !t.IsExact))
        {
            charts.Add(ShownChart(table, c));
        }
        return charts;
    }

    /// <summary>
    /// A breakdown with counts not published exactly (a protected table): the counts as published ("fewer than 5", "not
    /// published") in a table, with no bars and no percentages, for either would show a hidden count.
    /// </summary>
    private static Chart ShownChart(BreakdownTable table, Context c)
    {
        static ChartRow Row(BreakdownTableRow row, bool isTotal) => new(new[]
        {
            new ChartCell(row.Label, false, null, null, null),
            new ChartCell(row.Shown, true, null, row.Part.IsExact ? row.Part.Key.ToString() : null, null),
        }, isTotal, "");
        var rows = table.Rows.Select(row => Row(row, false)).Append(Row(table.Total, true)).ToList();
        return new Chart(c.ChartId(), "counts-shown", table.Title, table.Title, "",
            new ChartTable(c.Words.TableCaption(table.Title), new[] { c.Words.ColumnPart, c.Words.ColumnCount }, rows.AsReadOnly()), table.Notes);
    }

    /// <summary>A breakdown no published share speaks of, charted by its apportioned percentages (the same as the text's table).</summary>
    private static Chart CountsChart(BreakdownTable table, Context c)
    {
        VerdictMark mark = c.FromCounts;
        var bars = new List<Bar>();
        var rows = new List<ChartRow>();
        foreach (BreakdownTableRow row in table.Rows)
        {
            string percent = row.Percent is decimal p ? c.Words.Percent(p) + (row.IsAdjusted ? "*" : "") : "";
            bars.Add(new Bar(row.Label, row.Percent ?? 0m, percent, mark.Symbol, mark.Kind, null));
            var cells = new List<ChartCell>
            {
                new(row.Label, false, null, null, null),
                new(row.Shown, true, null, row.Part.Key.ToString(), null),
                new(percent, true, null, null, null),
            };
            if (table.HasKnownColumn)
            {
                cells.Add(new ChartCell(row.PercentOfKnown is decimal k ? c.Words.Percent(k) : "", true, null, null, null));
            }
            rows.Add(new ChartRow(cells.AsReadOnly(), false, mark.Kind));
        }
        var total = new List<ChartCell>
        {
            new(c.Words.Total, false, null, null, null),
            new(table.Total.Shown, true, null, table.Breakdown.Total.Key.ToString(), null),
            new(table.IsApportioned ? c.Words.Percent(100) : "", true, null, null, null),
        };
        var columns = new List<string> { c.Words.ColumnPart, c.Words.ColumnCount, c.Words.ColumnPercent };
        if (table.HasKnownColumn)
        {
            total.Add(new ChartCell(table.IsApportioned ? c.Words.Percent(100) : "", true, null, null, null));
            columns.Add(c.Words.ColumnPercentOfKnown);
        }
        rows.Add(new ChartRow(total.AsReadOnly(), true, ""));
        var notes = new List<string> { mark.Symbol + " " + mark.Words };
        notes.AddRange(table.Notes);
        string description = c.Words.SharesDescription(bars.Select(b => b.Label + " " + b.ValueText));
        string id = c.ChartId();
        return new Chart(id, "shares", table.Title, description, BarChart.Build(id, table.Title, description, bars, 100m),
            new ChartTable(c.Words.TableCaption(table.Title), columns.AsReadOnly(), rows.AsReadOnly()), notes.AsReadOnly());
    }

    private static List<Chart> SeriesCharts(Helpline helpline, Report report, Context c)
    {
        var charts = new List<Chart>();
        int end = report.Period.Start.Year;
        List<Report> reports = c.Dataset.ForHelpline(helpline.Id).ToList();
        foreach (Metric metric in report.Observations.Where(o => o.IsExact && o.Key.Channel is null && o.Key.Category is null && o.Key.Period.Equals(report.Period))
                     .Select(o => o.Key.Metric).Distinct())
        {
            int? firstCounted = reports.SelectMany(r => r.Observations)
                .Where(o => o.IsExact && o.Key.Metric.Equals(metric) && o.Key.Channel is null && o.Key.Category is null && o.Key.Period.Kind == PeriodKind.Year)
                .Select(o => (int?)o.Key.Period.Start.Year).Min();
            int start = Math.Max(helpline.LaunchDate?.Year ?? firstCounted ?? end, end - MostYears + 1);
            if (end - start < 1)
            {
                continue;
            }
            List<ReportingPeriod> periods = Enumerable.Range(start, end - start + 1).Select(year => (ReportingPeriod)ReportingPeriod.Year(year)).ToList();
            Series series = Series.From(c.Dataset, helpline, metric, periods);
            IReadOnlyList<RunningTotal> totals = series.RunningTotals();
            var years = new List<YearBar>();
            var rows = new List<ChartRow>();
            for (int i = 0; i < series.Points.Count; i++)
            {
                SeriesPoint point = series.Points[i];
                int year = point.Period.Start.Year;
                long? cumulative = totals[i].Total?.Value ?? PrintedSinceLaunch(helpline, reports, metric, point.Period);
                var key = new ObservationKey(helpline.Id, point.Period, metric);
                string countText = point.Count is Count known ? c.Words.Number(known.Value) : c.Words.NoData;
                string? cumulativeText = cumulative is long sum ? c.Words.Number(sum) : null;
                years.Add(new YearBar(year, point.Count?.Value, countText, cumulativeText, point.IsKnown ? key.ToString() : null));
                rows.Add(new ChartRow(new[]
                {
                    new ChartCell(year.ToString(System.Globalization.CultureInfo.InvariantCulture), false, null, null, null),
                    new ChartCell(countText, point.IsKnown, null, point.IsKnown ? key.ToString() : null, null),
                    new ChartCell(cumulativeText ?? c.Words.NoData, cumulative is not null, null, null, null),
                }, false, point.IsKnown ? "" : "gap"));
            }
            bool gaps = series.Points.Any(p => !p.IsKnown);
            string title = c.Words.SeriesTitle(metric);
            string description = c.Words.SeriesDescription(metric, start, end, gaps);
            string cumulativeHeading = c.Words.ColumnCumulative(helpline, start);
            string id = c.ChartId();
            string svg = SeriesChart.Build(id, title, description, years, c.Words.ColumnYear, c.Words.ColumnCount, cumulativeHeading);
            var columns = new[] { c.Words.ColumnYear, c.Words.ColumnCount, cumulativeHeading };
            charts.Add(new Chart(id, "series", title, description, svg, new ChartTable(c.Words.TableCaption(title), columns, rows.AsReadOnly()),
                gaps ? new[] { c.Words.SeriesGaps } : Array.Empty<string>()));
        }
        return charts;
    }

    /// <summary>A since-launch count some report gives for the launch to the end of <paramref name="year"/>, when the yearly counts cannot give it.</summary>
    private static long? PrintedSinceLaunch(Helpline helpline, List<Report> reports, Metric metric, ReportingPeriod year)
    {
        if (helpline.LaunchDate is null || year.End < helpline.LaunchDate.Value)
        {
            return null;
        }
        var key = new ObservationKey(helpline.Id, helpline.SinceLaunch(year), metric);
        return reports.Select(r => r.Find(key)?.Value).FirstOrDefault(value => value is not null);
    }

    /// <summary>The page-wide state of one build: the words, the statements, and the ids handed out so far.</summary>
    private sealed class Context(Dataset dataset, AuditResult audit, PageWords words, Dictionary<FigureReference, Statement> statements)
    {
        private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);
        private readonly Dictionary<FigureReference, string> _statementAnchors = new();
        private readonly Dictionary<(HelplineId, ReportingPeriod), List<FigureVerdict>> _verdicts = audit.Verdicts
            .GroupBy(v => (v.Helpline, v.ReportPeriod)).ToDictionary(g => g.Key, g => g.ToList());
        private int _charts;

        internal Dataset Dataset { get; } = dataset;

        internal AuditResult Audit { get; } = audit;

        internal PageWords Words { get; } = words;

        internal VerdictMark FromCounts { get; } = new(FromCountsKind, "·", words.FromTheCounts);

        internal VerdictMark Mark(VerdictKind kind) => kind switch
        {
            VerdictKind.Confirmed => new VerdictMark("confirmed", "✓", Words.Verdict(kind)),
            VerdictKind.Contradicted => new VerdictMark("contradicted", "✗", Words.Verdict(kind)),
            VerdictKind.ConsistentTogether => new VerdictMark("consistent-together", "≈", Words.Verdict(kind)),
            VerdictKind.NotCheckable => new VerdictMark("not-checkable", "?", Words.Verdict(kind)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The verdict kind has no mark yet."),
        };

        internal string Statement(FigureVerdict verdict) => statements[verdict.Reference].Text;

        /// <summary>The verdicts on one report's figures, in the audit's order (one pass over the audit, not one per report).</summary>
        internal List<FigureVerdict> VerdictsOf(HelplineId helpline, ReportingPeriod period) =>
            _verdicts.TryGetValue((helpline, period), out List<FigureVerdict>? verdicts) ? verdicts : new List<FigureVerdict>();

        /// <summary>The id of the figure's sentence in the list of every figure: one per figure, the same wherever it is linked from.</summary>
        internal string StatementAnchor(FigureVerdict verdict)
        {
            if (!_statementAnchors.TryGetValue(verdict.Reference, out string? anchor))
            {
                anchor = Anchor("f-" + verdict.Reference);
                _statementAnchors.Add(verdict.Reference, anchor);
            }
            return anchor;
        }

        /// <summary>A figure as a line: the whole sentence (when <paramref name="text"/> is null) or the given short text.</summary>
        internal FigureLine Line(FigureVerdict verdict, string? text)
        {
            string sentence = Statement(verdict);
            string value = verdict.Figure.Value is null ? "" : Words.Value(verdict.Figure);
            return new FigureLine(verdict.Reference.ToString(), StatementAnchor(verdict), value, text ?? sentence, Mark(verdict.Kind),
                verdict.Kind == VerdictKind.Contradicted ? sentence : null);
        }

        internal string ChartId() => "c" + (++_charts).ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A unique HTML id made of lower-case letters, digits and dashes.</summary>
        internal string Anchor(string text)
        {
            var slug = new StringBuilder(text.Length);
            foreach (char ch in text.ToLowerInvariant())
            {
                slug.Append(ch is >= 'a' and <= 'z' or >= '0' and <= '9' ? ch : '-');
            }
            string anchor = slug.ToString();
            for (int n = 2; !_anchors.Add(anchor); n++)
            {
                anchor = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return anchor;
        }
    }
}
