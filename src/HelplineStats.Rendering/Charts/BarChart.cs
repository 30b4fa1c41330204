using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HelplineStats.Rendering.Charts;

/// <summary>
/// A horizontal bar chart of shares as SVG: each part's label on its own line (wrapped when long), under it a bar as long
/// as its share of <c>scale</c>, and the printed value with the verdict's mark after the bar. Horizontal bars keep long
/// Dutch labels readable on a 360-pixel phone. Text is the page's; the chart computes only lengths.
/// </summary>
internal static class BarChart
{
    internal const int LabelChars = 46;
    internal const int BarLeft = 0;
    internal const int BarMaxWidth = 210;
    internal const int LineHeight = 15;
    internal const int BarHeight = 14;
    internal const int RowGap = 10;
    internal const int Top = 4;

    /// <summary>The SVG of the bars, scaled so that <paramref name="scale"/> fills the bar area.</summary>
    /// <exception cref="ArgumentException">There are no bars, or the scale is not positive.</exception>
    internal static string Build(string id, string title, string description, IReadOnlyList<Bar> bars, decimal scale)
    {
        if (bars.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one bar.", nameof(bars));
        }
        if (scale <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be positive.");
        }
        decimal full = Math.Max(scale, bars.Max(b => b.Value));
        var rows = new StringBuilder();
        int y = Top;
        foreach (Bar bar in bars)
        {
            IReadOnlyList<string> lines = Svg.Wrap(bar.Label, LabelChars);
            rows.Append("<g class=\"bar ").Append(bar.MarkClass).Append("\">");
            rows.Append("<text class=\"label\" x=\"0\" y=\"").Append(Svg.N(y + 12)).Append("\">");
            for (int i = 0; i < lines.Count; i++)
            {
                rows.Append("<tspan x=\"0\"").Append(i == 0 ? "" : " dy=\"" + Svg.N(LineHeight) + "\"").Append('>').Append(Svg.Escape(lines[i])).Append("</tspan>");
            }
            rows.Append("</text>");
            y += (lines.Count * LineHeight) + 3;
            decimal width = BarMaxWidth * bar.Value / full;
            rows.Append("<rect x=\"").Append(Svg.N(BarLeft)).Append("\" y=\"").Append(Svg.N(y)).Append("\" width=\"").Append(Svg.N(width))
                .Append("\" height=\"").Append(Svg.N(BarHeight)).Append("\"/>");
            rows.Append("<text class=\"value\" x=\"").Append(Svg.N(BarLeft + width + 5)).Append("\" y=\"").Append(Svg.N(y + 11)).Append('"')
                .Append(bar.Reference is null ? "" : " data-figure=\"" + Svg.Escape(bar.Reference) + "\"").Append('>')
                .Append(Svg.Escape(bar.ValueText)).Append("</text>");
            if (bar.Mark.Length > 0)
            {
                rows.Append("<text class=\"mark\" x=\"").Append(Svg.N(Svg.Width - 2)).Append("\" y=\"").Append(Svg.N(y + 11))
                    .Append("\" text-anchor=\"end\" aria-hidden=\"true\">").Append(Svg.Escape(bar.Mark)).Append("</text>");
            }
            rows.Append("</g>");
            y += BarHeight + RowGap;
        }
        var svg = new StringBuilder();
        Svg.Open(svg, id, y, title, description);
        svg.Append(rows).Append("</svg>");
        return svg.ToString();
    }
}
