using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Text;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Text;

/// <summary>
/// The language statements are written in, with its number conventions: Dutch as in Belgium (<c>nl-BE</c>: 8.515 and
/// -1,1%), French as in Belgium (<c>fr-BE</c>: 8 515 with a narrow no-break space, and -1,1 %) or English (<c>en</c>:
/// 8,515 and -1.1%). Numbers are formatted by the library itself, not by ICU, so the output is the same on a machine
/// running in invariant-globalization mode; every word comes from the culture's phrase file.
/// </summary>
/// <remarks>Three instances exist (<see cref="All"/>); compare them by reference or by <see cref="Name"/>. Immutable and thread-safe.</remarks>
public sealed class TextCulture
{
    private readonly Lazy<Phrasebook> _phrases;

    private TextCulture(string name, char groupSeparator, char decimalSeparator, string language)
    {
        Name = name;
        GroupSeparator = groupSeparator;
        DecimalSeparator = decimalSeparator;
        Language = language;
        _phrases = new Lazy<Phrasebook>(() => Phrasebook.Of(language));
    }

    /// <summary>Dutch as written in Belgium (Flanders).</summary>
    public static TextCulture Dutch { get; } = new("nl-BE", '.', ',', "nl");

    /// <summary>English.</summary>
    public static TextCulture English { get; } = new("en", ',', '.', "en");

    /// <summary>French as written in Belgium (Wallonia and Brussels), with the narrow no-break space (U+202F) of CLDR as
    /// the digit-group separator.</summary>
    public static TextCulture French { get; } = new("fr-BE", '\u202F', ',', "fr");

    /// <summary>The culture name: <c>nl-BE</c>, <c>fr-BE</c> or <c>en</c>.</summary>
    public string Name { get; }

    /// <summary>The digit-group separator: '.' in Dutch, ',' in English, U+202F in French.</summary>
    public char GroupSeparator { get; }

    /// <summary>The decimal separator: ',' in Dutch and French, '.' in English.</summary>
    public char DecimalSeparator { get; }

    /// <summary>The language code labels and descriptions are looked up by, and its phrase file is named by: <c>nl</c>, <c>fr</c> or <c>en</c>.</summary>
    internal string Language { get; }

    /// <summary>Whether a label without a translation in this language may show the model's default label, which is
    /// English (<see cref="Model.CategoryDefinition.Label"/>, <see cref="Model.Helpline.Description"/>); in any other
    /// language it is shown by its code and listed as missing.</summary>
    internal bool ReadsDefaultLabels => Language == "en";

    /// <summary>The sentence patterns of this language.</summary>
    internal Phrasebook Phrases => _phrases.Value;

    /// <summary>Every culture the library writes, in the order of their names.</summary>
    public static IReadOnlyList<TextCulture> All { get; } = new[] { English, French, Dutch };

    /// <summary>The culture with this name (<c>nl-BE</c>, <c>nl</c>, <c>en</c>, <c>en-GB</c>...; case does not matter).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The culture.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The library has no words in that language.</exception>
    public static TextCulture Parse(string name)
    {
        Guard.NotNull(name, nameof(name));
        return TryParse(name, out TextCulture? culture)
            ? culture
            : throw new ArgumentException($"The culture '{name}' is not supported; use {string.Join(", ", All.Select(c => c.Name))}.", nameof(name));
    }

    /// <summary>The culture with this name, by its language (the part before a '-' or '_'; case does not matter), when the
    /// library has words in it: <c>nl-BE</c>, <c>nl</c> and <c>nl-NL</c> give Dutch as written in Belgium.</summary>
    /// <param name="name">The name; <c>null</c> gives <c>false</c>.</param>
    /// <param name="culture">The culture, or <c>null</c> when there is none.</param>
    /// <returns>Whether there is one.</returns>
    public static bool TryParse(string? name, [NotNullWhen(true)] out TextCulture? culture)
    {
        string? language = name?.Split('-', '_')[0];
        culture = All.FirstOrDefault(c => string.Equals(c.Language, language, StringComparison.OrdinalIgnoreCase));
        return culture is not null;
    }

    /// <summary>A number with this culture's separators, exactly as given (no rounding here): 8515 is "8.515" in Dutch.</summary>
    /// <param name="value">The value, already rounded by a named policy.</param>
    /// <returns>The text.</returns>
    public string Number(decimal value)
    {
        string invariant = value.ToString(CultureInfo.InvariantCulture);
        bool negative = invariant.StartsWith('-');
        string digits = negative ? invariant[1..] : invariant;
        int point = digits.IndexOf('.', StringComparison.Ordinal);
        string whole = point < 0 ? digits : digits[..point];
        var text = new StringBuilder(invariant.Length + 4);
        if (negative)
        {
            text.Append('-');
        }
        for (int i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0)
            {
                text.Append(GroupSeparator);
            }
            text.Append(whole[i]);
        }
        if (point >= 0)
        {
            text.Append(DecimalSeparator).Append(digits[(point + 1)..]);
        }
        return text.ToString();
    }

    /// <summary>A number with its sign always shown, as changes are printed: "+6", "-1,1".</summary>
    /// <param name="value">The value, already rounded.</param>
    /// <returns>The text.</returns>
    public string Signed(decimal value) => (value > 0m ? "+" : "") + Number(value);

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
