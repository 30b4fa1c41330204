using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// One text in several languages, keyed by a language code (<c>nl</c>, <c>en</c>: two or three lowercase letters): a
/// category's label or a helpline's description as a reader of each language sees it. Data, carried by the file formats;
/// a language it lacks is lacking, not filled in from another.
/// </summary>
/// <remarks>Equality is by every language and text (ordinal). <c>default</c> is not used: the type is a class;
/// <see cref="Empty"/> has no language. Immutable and thread-safe.</remarks>
public sealed record LocalizedText
{
    private readonly SortedDictionary<string, string> _texts;

    private LocalizedText(SortedDictionary<string, string> texts) => _texts = texts;

    /// <summary>No text in any language.</summary>
    public static LocalizedText Empty { get; } = new(new SortedDictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The languages it has a text in, in ordinal order.</summary>
    public IReadOnlyList<string> Languages => _texts.Keys.ToList().AsReadOnly();

    /// <summary>Whether it has no text at all.</summary>
    public bool IsEmpty => _texts.Count == 0;

    /// <summary>The texts given, one per language.</summary>
    /// <param name="texts">Pairs of a language code (two or three lowercase ASCII letters) and a one-line, non-blank text.</param>
    /// <returns>The localized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/>, a code or a text is null.</exception>
    /// <exception cref="ArgumentException">A code is not two or three lowercase letters, is given twice, or a text is blank or more than one line.</exception>
    public static LocalizedText Of(IEnumerable<KeyValuePair<string, string>> texts)
    {
        Guard.NotNull(texts, nameof(texts));
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in texts)
        {
            string language = Guard.NotNull(pair.Key, nameof(texts));
            if (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower))
            {
                throw new ArgumentException($"The language code {Quoted.Of(language)} is not two or three lowercase letters (nl, en).", nameof(texts));
            }
            string text = Guard.NotBlank(pair.Value, nameof(texts)).Trim();
            if (text.Contains('\n', StringComparison.Ordinal) || text.Contains('\r', StringComparison.Ordinal))
            {
                throw new ArgumentException($"The {language} text must be one line.", nameof(texts));
            }
            if (!result.TryAdd(language, text))
            {
                throw new ArgumentException($"The language '{language}' is given twice.", nameof(texts));
            }
        }
        return result.Count == 0 ? Empty : new LocalizedText(result);
    }

    /// <summary>The texts given, one per language: <c>LocalizedText.Of(("nl", "kindermishandeling"), ("en", "child abuse"))</c>.</summary>
    /// <param name="texts">Pairs of a language code and a text.</param>
    /// <returns>The localized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/>, a code or a text is null.</exception>
    /// <exception cref="ArgumentException">A code is not two or three lowercase letters, is given twice, or a text is blank or more than one line.</exception>
    public static LocalizedText Of(params (string Language, string Text)[] texts) =>
        Of(Guard.NotNull(texts, nameof(texts)).Select(t => new KeyValuePair<string, string>(t.Language, t.Text)));

    /// <summary>The text in <paramref name="language"/>, when there is one.</summary>
    /// <param name="language">The language code.</param>
    /// <param name="text">The text, or null.</param>
    /// <returns><c>true</c> when there is a text in that language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public bool TryGet(string language, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text)
    {
        Guard.NotNull(language, nameof(language));
        return _texts.TryGetValue(language, out text);
    }

    /// <summary>Whether <paramref name="other"/> has the same texts in the same languages.</summary>
    /// <param name="other">The text to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(LocalizedText? other) =>
        other is not null && _texts.Count == other._texts.Count
        && _texts.All(pair => other._texts.TryGetValue(pair.Key, out string? text) && string.Equals(pair.Value, text, StringComparison.Ordinal));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (KeyValuePair<string, string> pair in _texts)
        {
            hash.Add(pair.Key, StringComparer.Ordinal);
            hash.Add(pair.Value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <summary>The texts as <c>nl: ...; en: ...</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", _texts.Select(pair => $"{pair.Key}: {pair.Value}"));
}
