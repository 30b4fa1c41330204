using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// A breakdown some of whose counts are not published exactly (a protected table: "minder dan 5", "niet
/// gepubliceerd") as a table in one language: each part and the total as it is shown, without percentages, for a
/// percentage of a hidden count would show it. The counterpart of <see cref="BreakdownTable"/> for a
/// <see cref="BoundedBreakdown"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BoundedBreakdownTable
{
    private readonly Phrasebook _phrases;

    private BoundedBreakdownTable(Report report, BoundedBreakdown breakdown, string title, IReadOnlyList<BoundedBreakdownTableRow> rows,
        BoundedBreakdownTableRow total, TextCulture culture, IReadOnlyList<string> notes)
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
    public BoundedBreakdown Breakdown { get; }

    /// <summary>The table's title: "Contacten per kanaal", as for a <see cref="BreakdownTable"/>.</summary>
    public string Title { get; }

    /// <summary>The parts, in the breakdown's order.</summary>
    public IReadOnlyList<BoundedBreakdownTableRow> Rows { get; }

    /// <summary>The total, labelled "Totaal" / "Total".</summary>
    public BoundedBreakdownTableRow Total { get; }

    /// <summary>The language.</summary>
    public TextCulture Culture { get; }

    /// <summary>The notes under the table: what "fewer than k" stands for, and why a count is not published, each when
    /// the table has one.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The tables of every bounded breakdown of a report (<see cref="Report.BoundedBreakdowns"/>), in the report's order.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The tables; empty when every breakdown is published exactly.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<BoundedBreakdownTable> Of(Report report, TextCulture culture)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(culture, nameof(culture));
        var wording = new Wording(culture, new[] { report.Helpline }, null);
        return report.BoundedBreakdowns.Select(b => Of(report, b, wording)).ToList().AsReadOnly();
    }

    internal static BoundedBreakdownTable Of(Report report, BoundedBreakdown breakdown, Wording w)
    {
        string title = BreakdownTable.TitleOf(report, breakdown.Total.Key, breakdown.Dimension, w);
        var rows = breakdown.Parts
            .Select(part => Row(part, part.Key.Category is Category category ? w.Category(category) : w.Channel(part.Key.Channel!), w))
            .ToList();
        BoundedBreakdownTableRow total = Row(breakdown.Total, w.Phrases.Total, w);
        BoundedObservation[] counts = breakdown.Counts.ToArray();
        var notes = counts.Where(c => DisclosureStatements.IsFewerThan(c.Bounds))
            .Select(c => c.Bounds.High!.Value).Distinct().Order()
            .Select(high => w.F(w.Phrases.SmallCountsNote, w.Number(high), w.Number(high + 1)))
            .ToList();
        if (counts.Any(c => c.Bounds.IsUnknown))
        {
            notes.Add(w.Phrases.HiddenCountsNote);
        }
        return new BoundedBreakdownTable(report, breakdown, title, rows.AsReadOnly(), total, w.Culture, notes.AsReadOnly());
    }

    private static BoundedBreakdownTableRow Row(BoundedObservation count, string label, Wording w) =>
        new(count, label, DisclosureStatements.Shown(count.Bounds, w.Culture));

    /// <summary>The table as text with aligned columns, indented by <paramref name="indent"/> spaces: the title, a line
    /// per part, a rule, and the total.</summary>
    /// <param name="indent">The spaces before each line.</param>
    /// <returns>The lines, each ending in a newline.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indent"/> is negative.</exception>
    public string ToText(int indent)
    {
        string pad = new(' ', (int)Guard.NonNegative(indent, nameof(indent)));
        BoundedBreakdownTableRow[] rows = Rows.Append(Total).ToArray();
        int labelWidth = rows.Max(r => r.Label.Length);
        int countWidth = rows.Max(r => r.Shown.Length);
        var text = new StringBuilder(pad).Append(Title).Append('\n');
        foreach (BoundedBreakdownTableRow row in rows)
        {
            if (ReferenceEquals(row, Total))
            {
                text.Append(pad).Append("  ").Append(new string('-', labelWidth + 2 + countWidth)).Append('\n');
            }
            text.Append(pad).Append("  ").Append(row.Label.PadRight(labelWidth)).Append("  ").Append(row.Shown.PadLeft(countWidth)).Append('\n');
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
        var markdown = new StringBuilder("#### ").Append(Title).Append("\n\n")
            .Append("| ").Append(_phrases.ColumnPart).Append(" | ").Append(_phrases.ColumnCount).Append(" |\n| --- | ---: |\n");
        foreach (BoundedBreakdownTableRow row in Rows.Append(Total))
        {
            markdown.Append("| ").Append(row.Label.Replace("|", "\\|", StringComparison.Ordinal)).Append(" | ").Append(row.Shown).Append(" |\n");
        }
        foreach (string note in Notes)
        {
            markdown.Append('\n').Append(note).Append('\n');
        }
        return markdown.ToString();
    }

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
