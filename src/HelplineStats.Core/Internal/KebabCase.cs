using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace HelplineStats.Core.Internal;

/// <summary>Enum values as the kebab-case words data files use: <c>RelativeChange</c> is <c>relative-change</c>.</summary>
internal static class KebabCase
{
    internal static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Names<TEnum>.ToText[value];

    internal static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return text is not null && Names<TEnum>.FromText.TryGetValue(text, out value);
    }

    internal static IEnumerable<string> All<TEnum>() where TEnum : struct, Enum => Names<TEnum>.FromText.Keys;

    private static string Convert(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    private static class Names<TEnum> where TEnum : struct, Enum
    {
        internal static readonly Dictionary<TEnum, string> ToText = Enum.GetValues<TEnum>().ToDictionary(v => v, v => Convert(v.ToString()));
        internal static readonly Dictionary<string, TEnum> FromText = ToText.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
