using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace HelplineStats.Core.Text;

/// <summary>
/// One language's phrase file (<c>Text/Phrases/{culture}.json</c>, embedded in the assembly): every fixed word the text
/// layer writes, under a kebab-case key, with named placeholders (<c>"{noun} via {channel}"</c>), plural forms as
/// <c>{"one": ..., "other": ...}</c>, lists as arrays and families as objects (<c>"rounding-modes"</c>). The format
/// is <c>helplinestats-phrases/1</c>; docs/text.md says how to add a language.
/// </summary>
internal sealed partial class PhraseFile
{
    internal const string Format = "helplinestats-phrases/1";

    private readonly Dictionary<string, string> _texts;
    private readonly Dictionary<string, string[]> _lists;

    private PhraseFile(string name, string culture, PluralRule plural, Dictionary<string, string> texts, Dictionary<string, string[]> lists)
    {
        Name = name;
        Culture = culture;
        Plural = plural;
        _texts = texts;
        _lists = lists;
    }

    /// <summary>The file's name, for messages: <c>nl.json</c>.</summary>
    internal string Name { get; }

    /// <summary>The culture it is written for: <c>nl-BE</c>.</summary>
    internal string Culture { get; }

    /// <summary>Which numbers take the "one" form.</summary>
    internal PluralRule Plural { get; }

    /// <summary>Every key of the file: a text's key, a plural form's or a family member's with its part (<c>count.one</c>), a list's.</summary>
    internal IEnumerable<string> Keys => _texts.Keys.Concat(_lists.Keys);

    /// <summary>The phrase file embedded for <paramref name="code"/> (<c>nl</c>, <c>en</c>).</summary>
    /// <exception cref="InvalidOperationException">No such file is embedded, or it is not a valid phrase file.</exception>
    internal static PhraseFile Embedded(string code)
    {
        string name = code + ".json";
        if (typeof(PhraseFile).Assembly.GetManifestResourceStream("HelplineStats.Core.Text.Phrases." + name) is not Stream stream)
        {
            throw new InvalidOperationException($"No phrase file {name} is embedded in the assembly.");
        }
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), name);
    }

    /// <summary>Reads a phrase file's text.</summary>
    /// <exception cref="InvalidOperationException">The text is not a phrase file of this format; the message names the file and the JSON path.</exception>
    internal static PhraseFile Parse(string json, string name)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw Bad(name, "$", $"is not JSON (line {(e.LineNumber ?? 0) + 1}: {e.Message})");
        }
        using (document)
        {
            return Parse(document.RootElement, name);
        }
    }

    private static PhraseFile Parse(JsonElement root, string name)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad(name, "$", "is not an object");
        }
        string Required(string property) => root.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() ?? ""
            : throw Bad(name, "$." + property, "is missing or not a string");
        if (Required("format") != Format)
        {
            throw Bad(name, "$.format", $"is not \"{Format}\"");
        }
        string culture = Required("culture");
        if (PluralRule.Named(Required("plural")) is not PluralRule plural)
        {
            throw Bad(name, "$.plural", "is not one-if-1 or one-if-below-2");
        }
        if (!root.TryGetProperty("phrases", out JsonElement phrases) || phrases.ValueKind != JsonValueKind.Object)
        {
            throw Bad(name, "$.phrases", "is missing or not an object");
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (JsonProperty phrase in phrases.EnumerateObject())
        {
            string path = "$.phrases." + phrase.Name;
            switch (phrase.Value.ValueKind)
            {
                case JsonValueKind.String:
                    AddOnce(texts, lists, phrase.Name, phrase.Value.GetString() ?? "", path, name);
                    break;
                case JsonValueKind.Array:
                    RefuseRepeat(texts, lists, phrase.Name, path, name);
                    lists.Add(phrase.Name, phrase.Value.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.String
                        ? item.GetString() ?? ""
                        : throw Bad(name, $"{path}[{i}]", "is not a string")).ToArray());
                    break;
                case JsonValueKind.Object:
                    AddFamily(texts, phrase.Name, phrase.Value, path, name);
                    break;
                default:
                    throw Bad(name, path, "is not a string, a list of strings or an object of strings");
            }
        }
        return new PhraseFile(name, culture, plural, texts, lists);
    }

    /// <summary>A family of phrases (plural forms, the words of each metric...): each member under its dotted key, to any depth.</summary>
    private static void AddFamily(Dictionary<string, string> texts, string key, JsonElement family, string path, string name)
    {
        foreach (JsonProperty member in family.EnumerateObject())
        {
            string memberKey = key + "." + member.Name;
            string memberPath = path + "." + member.Name;
            switch (member.Value.ValueKind)
            {
                case JsonValueKind.String:
                    AddOnce(texts, null, memberKey, member.Value.GetString() ?? "", memberPath, name);
                    break;
                case JsonValueKind.Object:
                    AddFamily(texts, memberKey, member.Value, memberPath, name);
                    break;
                default:
                    throw Bad(name, memberPath, "is not a string or an object of strings");
            }
        }
    }

    /// <summary>Adds a text under a key no text or list of the file has yet: a key given twice (<c>"count.one"</c> beside
    /// <c>"count": {"one": ...}</c>, or a name repeated) is refused at its path.</summary>
    private static void AddOnce(Dictionary<string, string> texts, Dictionary<string, string[]>? lists, string key, string text, string path, string name)
    {
        RefuseRepeat(texts, lists, key, path, name);
        texts.Add(key, text);
    }

    private static void RefuseRepeat(Dictionary<string, string> texts, Dictionary<string, string[]>? lists, string key, string path, string name)
    {
        if (texts.ContainsKey(key) || (lists?.ContainsKey(key) ?? false))
        {
            throw Bad(name, path, "is given twice");
        }
    }

    /// <summary>Whether the file has a phrase under <paramref name="key"/>: the words of reference data, which may be missing.</summary>
    internal bool Has(string key) => _texts.ContainsKey(key);

    /// <summary>
    /// The phrase under <paramref name="key"/> as a composite format: each named placeholder becomes the position of its
    /// name in <paramref name="holes"/>, the order in which the code passes the values.
    /// </summary>
    /// <exception cref="InvalidOperationException">The file has no such phrase, or the phrase names a placeholder that is not one of <paramref name="holes"/>.</exception>
    internal string Composite(string key, string[] holes)
    {
        if (!_texts.TryGetValue(key, out string? text))
        {
            throw new InvalidOperationException($"The phrase file {Name} has no phrase '{key}'.");
        }
        return Placeholder().Replace(text, match =>
        {
            if (match.Groups["name"].Success)
            {
                int index = Array.IndexOf(holes, match.Groups["name"].Value);
                return index >= 0
                    ? "{" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"
                    : throw new InvalidOperationException($"The phrase '{key}' of {Name} names {match.Value}, which is not one of its placeholders ({(holes.Length == 0 ? "it has none" : string.Join(", ", holes.Select(h => "{" + h + "}")))}).");
            }
            throw new InvalidOperationException($"The phrase '{key}' of {Name} has a brace that opens or closes no placeholder: {match.Value}.");
        });
    }

    /// <summary>The list under <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException">The file has no such list.</exception>
    internal IReadOnlyList<string> List(string key) =>
        _lists.TryGetValue(key, out string[]? list) ? list : throw new InvalidOperationException($"The phrase file {Name} has no list '{key}'.");

    private static InvalidOperationException Bad(string name, string path, string what) =>
        new($"The phrase file {name} is not valid: {path} {what}.");

    [GeneratedRegex(@"\{(?<name>[a-z][a-z0-9-]*)\}|[{}]")]
    private static partial Regex Placeholder();
}
