using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// A breakdown as a table in one language: each part with its count and whole percentage, and the total. The
/// percentages of a complete breakdown are apportioned by the largest remainder method so that they add up to 100 (a
/// part rounded the other way is marked); those of an incomplete or multi-label breakdown are each rounded on their own
/// and say so. When the breakdown has an unknown part, a second column gives the shares of the known parts. Every number
/// comes from the counts through <see cref="Apportionment"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BreakdownTable
{
    private readonly Phrasebook _phrases;

    private BreakdownTable(Report report, Breakdown breakdown, string title, IReadOnlyList<BreakdownTableRow> rows, TextCulture culture, IReadOnlyList<string> notes)
    {
        Helpline = report.Helpline.Id;
        ReportPeriod = report.Period;
        Breakdown = breakdown;
        Title = title;
        Rows = rows;
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

    /// <summary>The parts, in the breakdown's order, the unknown part last.</summary>
    public IReadOnlyList<BreakdownTableRow> Rows { get; }

    /// <summary>The total.</summary>
    public long Total => Breakdown.Total.Value;

    /// <summary>Whether the percentages are apportioned to add up to 100 (a complete, single-label breakdown).</summary>
    public bool IsApportioned => Breakdown.IsComplete;

    /// <summary>Whether the table has a column of shares of the known parts.</summary>
    public bool HasKnownColumn => Rows.Any(r => r.IsUnknown);

    /// <summary>The language.</summary>
    public TextCulture Culture { get; }

    /// <summary>The notes under the table (what a marked percentage means, why the column does not add up to 100).</summary>
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
        Phrasebook p = w.Phrases;
        string title = TitleOf(report, breakdown.Total.Key, breakdown.Dimension, w);
        ApportionedPercentages percents = breakdown.IsComplete
            ? Apportionment.LargestRemainder(breakdown, ShareBasis.Total, 0, 100)
            : Apportionment.RoundIndependently(breakdown, ShareBasis.Total, RoundingPolicy.Whole, 100);
        ApportionedPercentages? known = breakdown.Unknown is null ? null
            : breakdown.IsComplete ? Apportionment.LargestRemainder(breakdown, ShareBasis.Known, 0, 100)
            : Apportionment.RoundIndependently(breakdown, ShareBasis.Known, RoundingPolicy.Whole, 100);
        var rows = new List<BreakdownTableRow>();
        foreach ((Observation part, int i) in breakdown.Parts.Select((part, i) => (part, i)).OrderBy(x => x.part.Key.Category?.IsUnknown == true).ThenBy(x => x.i))
        {
            bool unknown = part.Key.Category?.IsUnknown == true;
            string label = part.Key.Category is Category category ? w.Category(category) : w.Channel(part.Key.Channel!);
            ApportionedItem item = percents[i];
            decimal? ofKnown = known is null || unknown ? null : known.First(k => k.Key == Key(part)).Value;
            rows.Add(new BreakdownTableRow(part, label, item.Value, breakdown.IsComplete && item.IsAdjusted, ofKnown, unknown));
        }
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
        return new BreakdownTable(report, breakdown, title, rows.AsReadOnly(), w.Culture, notes.AsReadOnly());
    }

    /// <summary>A table's title: "Contacten per kanaal", "Oproepen per leeftijdsgroep".</summary>
    internal static string TitleOf(Report report, ObservationKey total, BreakdownDimension dimension, Wording w)
    {
        string noun = Wording.Capitalise(w.Key(total, report.Period));
        return dimension.Taxonomy is Taxonomy taxonomy ? w.F(w.Phrases.TableByCategory, noun, w.Taxonomy(taxonomy)) : w.F(w.Phrases.TableByChannel, noun);
    }

    private static string Key(Observation part) => part.Key.Channel?.Value ?? part.Key.Category!.Id.Value;

    /// <summary>The table as text with aligned columns, indented by <paramref name="indent"/> spaces.</summary>
    /// <param name="indent">The spaces before each line.</param>
    /// <returns>The lines, each ending in a newline.</returns>
    public string ToText(int indent)
    {
        string pad = new(' ', Math.Max(0, indent));
        List<string[]> cells = Cells();
        int columns = cells[0].Length;
        int[] widths = Enumerable.Range(0, columns).Select(c => cells.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        text.Append(pad).Append(Title).Append('\n');
        foreach ((string[] row, int r) in cells.Select((row, r) => (row, r)))
        {
            var line = new StringBuilder(pad).Append("  ");
            for (int c = 0; c < columns; c++)
            {
                line.Append(c == 0 ? row[c].PadRight(widths[c]) : "  " + row[c].PadLeft(widths[c]));
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
            if (r == 0 || r == cells.Count - 2)
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

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal);

    /// <summary>Header, one row per part, and the total.</summary>
    private List<string[]> Cells()
    {
        bool known = HasKnownColumn;
        var cells = new List<string[]>();
        cells.Add(known
            ? new[] { _phrases.ColumnPart, _phrases.ColumnCount, _phrases.ColumnPercent, _phrases.ColumnPercentOfKnown }
            : new[] { _phrases.ColumnPart, _phrases.ColumnCount, _phrases.ColumnPercent });
        foreach (BreakdownTableRow row in Rows)
        {
            string percent = row.Percent is decimal v ? Culture.Number(v) + (row.IsAdjusted ? "*" : "") : "";
            cells.Add(known
                ? new[] { row.Label, Culture.Number(row.Count), percent, row.PercentOfKnown is decimal k ? Culture.Number(k) : "" }
                : new[] { row.Label, Culture.Number(row.Count), percent });
        }
        string totalPercent = IsApportioned && Total > 0 ? Culture.Number(100) : "";
        cells.Add(known
            ? new[] { _phrases.Total, Culture.Number(Total), totalPercent, IsApportioned && Total > 0 ? Culture.Number(100) : "" }
            : new[] { _phrases.Total, Culture.Number(Total), totalPercent });
        return cells;
    }
}
