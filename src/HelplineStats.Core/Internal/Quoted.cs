using System;
using System.Globalization;
using System.Text;

namespace HelplineStats.Core.Internal;

/// <summary>
/// A value from a file or an argument as an error message shows it: in double quotes, with control characters, quotes
/// and backslashes escaped (a CR or LF never splits the message), and cut to <see cref="MaxShown"/> characters with the
/// full length said, so a 10 MB field makes a short line.
/// </summary>
internal static class Quoted
{
    /// <summary>The most characters of a value a message shows.</summary>
    internal const int MaxShown = 60;

    /// <summary>The value in quotes, escaped and cut.</summary>
    internal static string Of(ReadOnlySpan<char> value)
    {
        var text = new StringBuilder(Math.Min(value.Length, MaxShown) + 24);
        text.Append('"');
        int shown = Math.Min(value.Length, MaxShown);
        for (int i = 0; i < shown; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    text.Append("\\r");
                    break;
                case '\t':
                    text.Append("\\t");
                    break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }
                    break;
            }
        }
        text.Append('"');
        if (value.Length > MaxShown)
        {
            text.Append(CultureInfo.InvariantCulture, $"... ({value.Length} characters)");
        }
        return text.ToString();
    }

    /// <summary>The value in quotes, escaped and cut; <c>null</c> shows as null.</summary>
    internal static string Of(string? value) => value is null ? "null" : Of(value.AsSpan());
}
