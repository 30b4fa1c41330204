using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HelplineStats.Rendering.Charts;

/// <summary>
/// Counts by year as SVG: one row a year with the year, a bar as long as its count and the count after it, and the
/// running total at the right. A year without a count has no bar and says so in words: a gap, never a zero.
/// </summary>
internal static class SeriesChart
{
    internal const int YearWidth = 44;
    internal const int BarMaxWidth = 150;
    internal const int RowHeight = 22;
    internal const int BarHeight = 14;
    internal const int HeaderHeight = 20;

    /// <exception cref="ArgumentException">There are no years.</exception>
    internal static string Build(string id, string title, string description, IReadOnlyList<YearBar> years,
        string yearHeading, string countHeading, string cumulativeHeading)
    {
        if (years.Count == 0)
        {
            throw new ArgumentException("A series chart needs at least one year.", nameof(years));
        }
        long max = years.Max(y => y.Count ?? 0L);
        int height = HeaderHeight + (years.Count * RowHeight) + 4;
        var svg = new StringBuilder();
        Svg.Open(svg, id, height, title, description);
        svg.Append("<g class=\"head\" aria-hidden=\"true\">")
           .Append("<text x=\"0\" y=\"13\">").Append(Svg.Escape(yearHeading)).Append("</text>")
           .Append("<text x=\"").Append(Svg.N(YearWidth)).Append("\" y=\"13\">").Append(Svg.Escape(countHeading)).Append("</text>")
           .Append("<text x=\"").Append(Svg.N(Svg.Width - 2)).Append("\" y=\"13\" text-anchor=\"end\">").Append(Svg.Escape(cumulativeHeading)).Append("</text>")
           .Append("</g>");
        int y = HeaderHeight;
        foreach (YearBar year in years)
        {
            int baseline = y + 15;
            svg.Append("<g class=\"year").Append(year.Count is null ? " gap" : "").Append("\">");
            svg.Append("<text class=\"label\" x=\"0\" y=\"").Append(Svg.N(baseline)).Append("\">").Append(Svg.N(year.Year)).Append("</text>");
            if (year.Count is long count)
            {
                decimal width = max == 0 ? 0m : (decimal)BarMaxWidth * count / max;
                svg.Append("<rect x=\"").Append(Svg.N(YearWidth)).Append("\" y=\"").Append(Svg.N(y + 4)).Append("\" width=\"").Append(Svg.N(width))
                   .Append("\" height=\"").Append(Svg.N(BarHeight)).Append("\"/>");
                svg.Append("<text class=\"value\" x=\"").Append(Svg.N(YearWidth + width + 5)).Append("\" y=\"").Append(Svg.N(baseline)).Append('"')
                   .Append(year.Reference is null ? "" : " data-count=\"" + Svg.Escape(year.Reference) + "\"").Append('>')
                   .Append(Svg.Escape(year.CountText)).Append("</text>");
            }
            else
            {
                svg.Append("<text class=\"nodata\" x=\"").Append(Svg.N(YearWidth)).Append("\" y=\"").Append(Svg.N(baseline)).Append("\">")
                   .Append(Svg.Escape(year.CountText)).Append("</text>");
            }
            if (year.CumulativeText is string cumulative)
            {
                svg.Append("<text class=\"total\" x=\"").Append(Svg.N(Svg.Width - 2)).Append("\" y=\"").Append(Svg.N(baseline))
                   .Append("\" text-anchor=\"end\">").Append(Svg.Escape(cumulative)).Append("</text>");
            }
            svg.Append("</g>");
            y += RowHeight;
        }
        svg.Append("</svg>");
        return svg.ToString();
    }
}
