using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace HelplineStats.Rendering.Charts;

/// <summary>The small pieces every chart is written with: escaped text, invariant coordinates, wrapped labels.</summary>
internal static class Svg
{
    /// <summary>The width of every chart's view box; charts scale to their container through it.</summary>
    internal const int Width = 320;

    /// <summary>Text for an element or an attribute: the five XML specials escaped, nothing else touched.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>A coordinate with at most two decimals, invariant ("12.5"), whatever the current culture.</summary>
    internal static string N(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A coordinate in whole units.</summary>
    internal static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A label broken into lines of at most <paramref name="maxChars"/> characters at spaces; a word longer than a line
    /// is broken inside. Never returns an empty list.
    /// </summary>
    internal static IReadOnlyList<string> Wrap(string text, int maxChars)
    {
        if (maxChars < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxChars), maxChars, "A line holds at least one character.");
        }
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string rest = word;
            while (rest.Length > 0)
            {
                int room = line.Length == 0 ? maxChars : maxChars - line.Length - 1;
                if (rest.Length <= room)
                {
                    line.Append(line.Length == 0 ? "" : " ").Append(rest);
                    rest = "";
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else
                {
                    lines.Add(rest[..maxChars]);
                    rest = rest[maxChars..];
                }
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }

    /// <summary>The opening of an accessible chart: role img, labelled by its title and described by its description.</summary>
    internal static void Open(StringBuilder svg, string id, int height, string title, string description)
    {
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(height))
           .Append("\" role=\"img\" aria-labelledby=\"").Append(id).Append("-title ").Append(id).Append("-desc\">")
           .Append("<title id=\"").Append(id).Append("-title\">").Append(Escape(title)).Append("</title>")
           .Append("<desc id=\"").Append(id).Append("-desc\">").Append(Escape(description)).Append("</desc>");
    }
}
