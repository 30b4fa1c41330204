using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// A breakdown some of whose counts are not published exactly (a protected table: "minder dan 5", "niet
/// gepubliceerd"), as the page shows it: each part and the total as it is shown, without percentages (a percentage of a
/// hidden count would show it).
/// </summary>
internal static class ShownBreakdown
{
    internal static (string Text, string Markdown) Of(Report report, BoundedBreakdown breakdown, Wording w, int indent)
    {
        string title = BreakdownTable.TitleOf(report, breakdown.Total.Key, breakdown.Dimension, w);
        var rows = breakdown.Parts
            .Select(part => (Label: part.Key.Category is Category category ? w.Category(category) : w.Channel(part.Key.Channel!), Shown: DisclosureStatements.Shown(part.Bounds, w.Culture)))
            .Append((Label: w.Phrases.Total, Shown: DisclosureStatements.Shown(breakdown.Total.Bounds, w.Culture)))
            .ToList();
        string pad = new(' ', indent);
        int labelWidth = rows.Max(r => r.Label.Length);
        int countWidth = rows.Max(r => r.Shown.Length);
        var text = new StringBuilder(pad).Append(title).Append('\n');
        for (int i = 0; i < rows.Count; i++)
        {
            if (i == rows.Count - 1)
            {
                text.Append(pad).Append("  ").Append(new string('-', labelWidth + 2 + countWidth)).Append('\n');
            }
            text.Append(pad).Append("  ").Append(rows[i].Label.PadRight(labelWidth)).Append("  ").Append(rows[i].Shown.PadLeft(countWidth)).Append('\n');
        }
        var markdown = new StringBuilder("#### ").Append(title).Append("\n\n")
            .Append("| ").Append(w.Phrases.ColumnPart).Append(" | ").Append(w.Phrases.ColumnCount).Append(" |\n| --- | ---: |\n");
        foreach ((string label, string shown) in rows)
        {
            markdown.Append("| ").Append(label.Replace("|", "\\|", System.StringComparison.Ordinal)).Append(" | ").Append(shown).Append(" |\n");
        }
        return (text.ToString(), markdown.ToString());
    }
}
