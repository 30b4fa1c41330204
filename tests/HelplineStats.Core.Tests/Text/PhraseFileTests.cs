using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Text;
using Xunit;

namespace HelplineStats.Core.Tests.Text;

/// <summary>The phrase files (src/HelplineStats.Core/Text/Phrases): every culture has every phrase the code asks for,
/// with the placeholders the code fills, and a bad file is refused naming the file and the JSON path.</summary>
public sealed class PhraseFileTests
{
    private static readonly Phrasebook[] Cultures = { Phrasebook.Dutch, Phrasebook.English, Phrasebook.French };

    /// <summary>Asks <paramref name="book"/> for every phrase it has; what fails is named.</summary>
    private static List<string> Unresolved(Phrasebook book)
    {
        var problems = new List<string>();
        foreach (PropertyInfo property in typeof(Phrasebook).GetProperties(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(property => property.PropertyType != typeof(PhraseFile)))
        {
            try
            {
                _ = property.GetValue(book);
            }
            catch (TargetInvocationException e) when (e.InnerException is InvalidOperationException missing)
            {
                problems.Add($"{property.Name}: {missing.Message}");
            }
        }
        foreach (RoundingMode mode in Enum.GetValues<RoundingMode>())
        {
            try
            {
                _ = book.RoundingModes(mode);
            }
            catch (InvalidOperationException missing)
            {
                problems.Add($"RoundingModes({mode}): {missing.Message}");
            }
        }
        return problems;
    }

    [Fact]
    public void EveryCulture_HasEveryPhraseTheCodeAsksFor_WithItsPlaceholders()
    {
        List<string> problems = Cultures.SelectMany(Unresolved).ToList();
        Assert.True(problems.Count == 0, "Missing or wrong in a phrase file:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void EveryCulture_HasTheSameKeys_AndNoneTheOthersLack()
    {
        HashSet<string> all = Cultures.SelectMany(book => book.File.Keys).ToHashSet(StringComparer.Ordinal);
        List<string> missing = Cultures.SelectMany(book => all.Except(book.File.Keys).Select(key => $"{book.File.Name} lacks '{key}'")).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Keys missing in a culture:\n" + string.Join("\n", missing));
        Assert.True(all.Count > 190, $"only {all.Count} keys: the files were not read whole");
    }

    [Fact]
    public void TheCheck_NamesAPhraseAFileLacks()
    {
        PhraseFile file = PhraseFile.Parse("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"and": " und "}}""", "xx.json");
        var e = Assert.Throws<InvalidOperationException>(() => file.Composite("by-channel", new[] { "noun", "channel" }));
        Assert.Equal("The phrase file xx.json has no phrase 'by-channel'.", e.Message);
        Assert.Equal(" und ", file.Composite("and", Array.Empty<string>()));
    }

    [Fact]
    public void Composite_NamedPlaceholders_BecomeThePositionsTheCodePasses_InAnyOrderAndAsOftenAsUsed()
    {
        PhraseFile file = PhraseFile.Parse("""
            {"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1",
             "phrases": {"in-quarter": "het {quarter}e kwartaal van {year} ({quarter})", "count": {"one": "{value} {noun}", "other": "{value} {noun}s"}, "months": ["a", "b"]}}
            """, "xx.json");
        Assert.Equal("het {1}e kwartaal van {0} ({1})", file.Composite("in-quarter", new[] { "year", "quarter" }));
        Assert.Equal("{0} {1}s", file.Composite("count.other", new[] { "value", "noun" }));
        Assert.Equal(new[] { "a", "b" }, file.List("months"));
    }

    [Theory]
    [InlineData("{noun} via {kanaal}", "The phrase 'by-channel' of xx.json names {kanaal}, which is not one of its placeholders ({noun}, {channel}).")]
    [InlineData("{noun} via {0}", "The phrase 'by-channel' of xx.json has a brace that opens or closes no placeholder: {.")]
    [InlineData("{noun} via channel}", "The phrase 'by-channel' of xx.json has a brace that opens or closes no placeholder: }.")]
    public void Composite_APlaceholderTheCodeDoesNotFill_IsRefusedByName(string text, string message)
    {
        string json = """{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"by-channel": "TEXT"}}""";
        PhraseFile file = PhraseFile.Parse(json.Replace("TEXT", text, StringComparison.Ordinal), "xx.json");
        Assert.Equal(message, Assert.Throws<InvalidOperationException>(() => file.Composite("by-channel", new[] { "noun", "channel" })).Message);
    }

    [Theory]
    [InlineData("""{"culture": "xx", "plural": "one-if-1", "phrases": {}}""", "$.format is missing or not a string")]
    [InlineData("""{"format": "helplinestats-phrases/2", "culture": "xx", "plural": "one-if-1", "phrases": {}}""", "$.format is not \"helplinestats-phrases/1\"")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-2", "phrases": {}}""", "$.plural is not one-if-1 or one-if-below-2")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1"}""", "$.phrases is missing or not an object")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"and": 3}}""", "$.phrases.and is not a string, a list of strings or an object of strings")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"months": ["a", 2]}}""", "$.phrases.months[1] is not a string")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"count": {"one": "x", "other": null}}}""", "$.phrases.count.other is not a string or an object of strings")]
    public void Parse_ABadFile_IsRefusedNamingTheFileAndThePath(string json, string what)
    {
        Assert.Equal($"The phrase file xx.json is not valid: {what}.", Assert.Throws<InvalidOperationException>(() => PhraseFile.Parse(json, "xx.json")).Message);
    }

    [Theory]
    [InlineData("[]", "$ is not an object")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"and": "a", "and": "b"}}""", "$.phrases.and is given twice")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"count.one": "a", "count": {"one": "b"}}}""", "$.phrases.count.one is given twice")]
    [InlineData("""{"format": "helplinestats-phrases/1", "culture": "xx", "plural": "one-if-1", "phrases": {"months": "a", "months": ["b"]}}""", "$.phrases.months is given twice")]
    public void Parse_AKeyGivenTwiceOrARootThatIsNoObject_IsRefusedAtItsPath(string json, string what)
    {
        Assert.Equal($"The phrase file xx.json is not valid: {what}.", Assert.Throws<InvalidOperationException>(() => PhraseFile.Parse(json, "xx.json")).Message);
    }

    [Fact]
    public void Parse_TextThatIsNotJson_IsRefusedNamingTheFileAndTheLine()
    {
        var e = Assert.Throws<InvalidOperationException>(() => PhraseFile.Parse("{\n  \"format\": ", "xx.json"));
        Assert.StartsWith("The phrase file xx.json is not valid: $ is not JSON (line 2: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, true, true)]
    [InlineData(-1, true, true)]
    [InlineData(0, false, true)]
    [InlineData(1.5, false, true)]
    [InlineData(2, false, false)]
    [InlineData(8515, false, false)]
    public void PluralRules_TakeTheOneFormForTheirNumbers(double n, bool oneIfOne, bool oneIfBelowTwo)
    {
        Assert.Equal(oneIfOne, PluralRule.OneIfOne.IsOne((decimal)n));
        Assert.Equal(oneIfBelowTwo, PluralRule.OneIfBelowTwo.IsOne((decimal)n));
    }

    [Fact]
    public void TheEmbeddedFiles_NameTheirCultureAndRule()
    {
        Assert.Equal(("nl-BE", "one-if-1"), (Phrasebook.Dutch.File.Culture, Phrasebook.Dutch.File.Plural.Name));
        Assert.Equal(("en", "one-if-1"), (Phrasebook.English.File.Culture, Phrasebook.English.File.Plural.Name));
        Assert.Equal("Er was {0} {1}.", Phrasebook.Dutch.Count.For(1));
        Assert.Equal("There were {0} {1}.", Phrasebook.English.Count.For(2));
        Assert.Equal("Er waren {0} {1}.", Phrasebook.Dutch.Count.For(0));
        Assert.Equal("There were {0} {1}.", Phrasebook.English.Count.For(0));
        Assert.Throws<InvalidOperationException>(() => PhraseFile.Embedded("xx"));
    }
}
