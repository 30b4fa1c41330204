using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// A breakdown as a table in one language: each part with its count and, when every count is exact, its whole
/// percentage, and the total. The percentages of a complete breakdown are apportioned by the largest remainder method so
/// that they add up to 100 (a part rounded the other way is marked); those of an incomplete or multi-label breakdown are
/// each rounded on their own and say so. When the breakdown has an unknown part, a second column gives the shares of the
/// known parts. Every number comes from the counts through <see cref="Apportionment"/>.
/// </summary>
/// <remarks>
/// <para>A breakdown some of whose counts are not published exactly (a protected table: "minder dan 5", "niet
/// gepubliceerd") shows each part and the total as it is shown, without percentages, for a percentage of a hidden
/// count would show it; its notes say what "fewer than k" stands for and why a count is not published.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class BreakdownTable
{
    private readonly Phrasebook _phrases;

    private BreakdownTable(Report report, Breakdown breakdown, string title, IReadOnlyList<BreakdownTableRow> rows, BreakdownTableRow total, TextCulture culture, IReadOnlyList<string> notes)
    {
        Helpline = report.Helpline.Id;
        ReportPeriod = report.Period;
        Breakdown = breakdown;
        Title = title;
        Rows = rows;
        Total = total;
        Culture = culture;
        _phrases = culture.Phrases;
        Notes = notes;
    }

    /// <summary>The helpline of the report the breakdown belongs to.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The period of the report the breakdown belongs to.</summary>
    public ReportingPeriod ReportPeriod { get; }

    /// <summary>The breakdown.</summary>
    public Breakdown Breakdown { get; }

    /// <summary>The table's title: "Contacten per kanaal".</summary>
    public string Title { get; }

    /// <summary>The parts: the known ones in the breakdown's order, then the unknown part.</summary>
    public IReadOnlyList<BreakdownTableRow> Rows { get; }

    /// <summary>The total, labelled "Totaal" / "Total"; its percentage is 100 when the column is apportioned.</summary>
    public BreakdownTableRow Total { get; }

    /// <summary>Whether every count of the table is exact, so that it has percentages.</summary>
    public bool IsExact => Breakdown.IsExact;

    /// <summary>Whether the percentages are apportioned to add up to 100 (a complete, single-label breakdown whose
    /// counts are exact).</summary>
    public bool IsApportioned => IsExact && Breakdown.IsComplete;

    /// <summary>Whether the table has a column of shares of the known parts.</summary>
    public bool HasKnownColumn => IsExact && Rows.Any(r => r.IsUnknown);

    /// <summary>The language.</summary>
    public TextCulture Culture { get; }

    /// <summary>The notes under the table: what a marked percentage means, why the column does not add up to 100, what
    /// "fewer than k" stands for and why a count is not published, each when the table has one.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The tables of every breakdown of a report, in the report's order.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The tables.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<BreakdownTable> Of(Report report, TextCulture culture)
    {
        Internal.Guard.NotNull(report, nameof(report));
        Internal.Guard.NotNull(culture, nameof(culture));
        var wording = new Wording(culture, new[] { report.Helpline }, null);
        return report.Breakdowns.Select(b => Of(report, b, wording)).ToList().AsReadOnly();
    }

    internal static BreakdownTable Of(Report report, Breakdown breakdown, Wording w)
    {
        string title = TitleOf(report, breakdown.Total.Key, breakdown.Dimension, w);
        IEnumerable<(Observation Part, int Index)> ordered = breakdown.Parts.Select((part, i) => (part, i))
            .OrderBy(x => x.part.Key.Category?.IsUnknown == true).ThenBy(x => x.i);
        return breakdown.IsExact ? WithPercentages(report, breakdown, title, ordered, w) : Shown(report, breakdown, title, ordered, w);
    }

    private static BreakdownTable WithPercentages(Report report, Breakdown breakdown, string title, IEnumerable<(Observation Part, int Index)> ordered, Wording w)
    {
        Phrasebook p = w.Phrases;
        ApportionedPercentages percents = breakdown.IsComplete
            ? Apportionment.LargestRemainder(breakdown, ShareBasis.Total, 0, 100)
            : Apportionment.RoundIndependently(breakdown, ShareBasis.Total, RoundingPolicy.Whole, 100);
        ApportionedPercentages? known = breakdown.Unknown is null ? null
            : breakdown.IsComplete ? Apportionment.LargestRemainder(breakdown, ShareBasis.Known, 0, 100)
            : Apportionment.RoundIndependently(breakdown, ShareBasis.Known, RoundingPolicy.Whole, 100);
        var rows = new List<BreakdownTableRow>();
        foreach ((Observation part, int i) in ordered)
        {
            bool unknown = part.Key.Category?.IsUnknown == true;
            ApportionedItem item = percents[i];
            decimal? ofKnown = known is null || unknown ? null : known.First(k => k.Key == Key(part)).Value;
            rows.Add(new BreakdownTableRow(part, Label(part, w), w.Culture.Number(part.Bounds.Low), item.Value, breakdown.IsComplete && item.IsAdjusted, ofKnown, unknown));
        }
        bool hundred = breakdown.IsComplete && breakdown.Total.Bounds.Low > 0;
        var total = new BreakdownTableRow(breakdown.Total, p.Total, w.Culture.Number(breakdown.Total.Bounds.Low), hundred ? 100 : null, false,
            hundred && known is not null ? 100 : null, false);
        var notes = new List<string>();
        if (rows.Any(r => r.IsAdjusted))
        {
            notes.Add(p.AdjustedNote);
        }
        if (breakdown.IsMultiLabel)
        {
            notes.Add(p.MultiLabelNote);
        }
        else if (!breakdown.IsComplete)
        {
            notes.Add(p.IncompleteNote);
        }
        return new BreakdownTable(report, breakdown, title, rows.AsReadOnly(), total, w.Culture, notes.AsReadOnly());
    }

    private static BreakdownTable Shown(Report report, Breakdown breakdown, string title, IEnumerable<(Observation Part, int Index)> ordered, Wording w)
    {
        var rows = ordered.Select(x => ShownRow(x.Part, Label(x.Part, w), w)).ToList();
        BreakdownTableRow total = ShownRow(breakdown.Total, w.Phrases.Total, w);
        var notes = breakdown.Counts.Select(c => DisclosureStatements.FewerThan(c.Bounds)).OfType<long>().Distinct().Order()
            .Select(limit => w.F(w.Phrases.SmallCountsNote, w.Number(limit - 1), w.Number(limit)))
            .ToList();
        if (breakdown.Counts.Any(c => c.Bounds.IsUnknown))
        {
            notes.Add(w.Phrases.HiddenCountsNote);
        }
        return new BreakdownTable(report, breakdown, title, rows.AsReadOnly(), total, w.Culture, notes.AsReadOnly());
    }

    private static BreakdownTableRow ShownRow(Observation count, string label, Wording w) =>
        new(count, label, DisclosureStatements.Shown(count.Bounds, w.Culture), null, false, null, count.Key.Category?.IsUnknown == true);

    private static string Label(Observation part, Wording w) =>
        part.Key.Category is Category category ? w.Category(category) : part.Key.Channel is Channel channel ? w.Channel(channel) : w.Key(part.Key, part.Key.Period);

    /// <summary>A table's title: "Contacten per kanaal", "Oproepen per leeftijdsgroep".</summary>
    internal static string TitleOf(Report report, ObservationKey total, BreakdownDimension dimension, Wording w)
    {
        string noun = Wording.Capitalise(w.Key(total, report.Period));
        return dimension.Taxonomy is Taxonomy taxonomy ? w.F(w.Phrases.TableByCategory, noun, w.Taxonomy(taxonomy)) : w.F(w.Phrases.TableByChannel, noun);
    }

    private static string Key(Observation part) => part.Key.Channel?.Value ?? part.Key.Category?.Id.Value ?? "";

    /// <summary>The table as text with aligned columns, indented by <paramref name="indent"/> spaces: the title, the
    /// rows, a rule, and the total.</summary>
    /// <param name="indent">The spaces before each line.</param>
    /// <returns>The lines, each ending in a newline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indent"/> is negative.</exception>
    public string ToText(int indent)
    {
        string pad = new(' ', (int)Internal.Guard.NonNegative(indent, nameof(indent)));
        List<string[]> cells = Cells();
        // An exact table has a header row and a rule under it; a table of counts as shown has neither.
        int first = IsExact ? 0 : 1;
        int columns = cells[0].Length;
        int[] widths = Enumerable.Range(0, columns).Select(c => cells.Skip(first).Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        text.Append(pad).Append(Title).Append('\n');
        foreach ((string[] row, int r) in cells.Select((row, r) => (row, r)).Skip(first))
        {
            // A rule above the total, unless the header's rule is just above it (an exact table without parts).
            if (r == cells.Count - 1 && (!IsExact || r > 1))
            {
                text.Append(pad).Append("  ").Append(new string('-', widths.Sum() + (2 * (columns - 1)))).Append('\n');
            }
            var line = new StringBuilder(pad).Append("  ");
            for (int c = 0; c < columns; c++)
            {
                line.Append(c == 0 ? row[c].PadRight(widths[c]) : "  " + row[c].PadLeft(widths[c]));
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
            if (r == 0)
            {
                text.Append(pad).Append("  ").Append(new string('-', widths.Sum() + (2 * (columns - 1)))).Append('\n');
            }
        }
        foreach (string note in Notes)
        {
            text.Append(pad).Append("  ").Append(note).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The table in markdown, under a fourth-level heading.</summary>
    /// <returns>The lines, each ending in a newline.</returns>
    public string ToMarkdown()
    {
        List<string[]> cells = Cells();
        var text = new StringBuilder();
        text.Append("#### ").Append(Title).Append("\n\n");
        text.Append("| ").Append(string.Join(" | ", cells[0])).Append(" |\n");
        text.Append("| --- |").Append(string.Concat(Enumerable.Repeat(" ---: |", cells[0].Length - 1))).Append('\n');
        foreach (string[] row in cells.Skip(1))
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }
        foreach (string note in Notes)
        {
            text.Append('\n').Append(note.StartsWith('*') ? "\\" + note : note).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);

    /// <summary>Header, one row per part, and the total: the count as shown, and the percentages when the counts are exact.</summary>
    private List<string[]> Cells()
    {
        bool known = HasKnownColumn;
        string[] Row(BreakdownTableRow row)
        {
            if (!IsExact)
            {
                return new[] { row.Label, row.Shown };
            }
            string percent = row.Percent is decimal v ? Culture.Number(v) + (row.IsAdjusted ? "*" : "") : "";
            return known
                ? new[] { row.Label, row.Shown, percent, row.PercentOfKnown is decimal k ? Culture.Number(k) : "" }
                : new[] { row.Label, row.Shown, percent };
        }
        var cells = new List<string[]>();
        cells.Add(!IsExact ? new[] { _phrases.ColumnPart, _phrases.ColumnCount }
            : known ? new[] { _phrases.ColumnPart, _phrases.ColumnCount, _phrases.ColumnPercent, _phrases.ColumnPercentOfKnown }
            : new[] { _phrases.ColumnPart, _phrases.ColumnCount, _phrases.ColumnPercent });
        cells.AddRange(Rows.Select(Row));
        cells.Add(Row(Total));
        return cells;
    }
}
