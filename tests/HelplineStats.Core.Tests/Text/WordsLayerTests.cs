using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using HelplineStats.Core.Audit;
using Xunit;

namespace HelplineStats.Core.Tests.Text;

/// <summary>
/// Words live in one layer (issue 27): the audit, the composer, the disclosure check, the kinds and the reasoning hand
/// over facts (codes, counts, numbers, references) and the Text layer words them in every culture. Two checks hold it:
/// the public types of those layers carry no text (no property of type string), and their source builds no sentence
/// (no string literal of three words or more) outside the messages of exceptions, which are for programmers, and the
/// <c>ToString()</c> of a type, which is for logs.
/// </summary>
public sealed class WordsLayerTests
{
    private static readonly string[] FactLayers = { "Audit", "Compose", "Disclosure", "Figures", "Kinds", "Reasoning", "Uncertainty" };

    /// <summary>A string literal, plain or interpolated, with three words of two letters or more.</summary>
    private static readonly Regex Sentence = new(@"\$?""[^""\n]*\b\p{L}{2,} \p{L}{2,} \p{L}{2,}[^""\n]*""");

    /// <summary>What a statement that may hold a sentence says of itself: it throws or makes an exception, it is a
    /// <c>ToString()</c> (or a figure's debug text, <c>Printed</c>), or it words a problem of the data for a reader's
    /// error (<c>ProblemIn</c>: errors are not yet values; issue 27 part 4).</summary>
    private static readonly Regex Allowed = new(@"\bthrow\b|Exception\(|override string ToString\(\)|\bPrinted\(string|\bProblemIn\(");

    /// <summary>Text properties that are identifiers, not words: an apportioned item's key is the caller's own name for it.</summary>
    private static readonly string[] Identifiers = { "ApportionedItem.Key" };

    /// <summary>A member's declaration: its access, then anything but a body, then a parameter list.</summary>
    private static readonly Regex Member = new(@"^\s+(public|internal|private|protected)\b[^=;{]*\(");

    [Fact]
    public void TheFactLayers_HandOverNoText()
    {
        Type[] types = typeof(Auditor).Assembly.GetExportedTypes()
            .Where(type => FactLayers.Any(layer => type.Namespace == "HelplineStats.Core." + layer)).ToArray();
        Assert.NotEmpty(types);
        List<string> text = types.SelectMany(type => type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(property => property.PropertyType == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType))
                .Select(property => $"{type.Name}.{property.Name}"))
            .Except(Identifiers)
            .ToList();
        Assert.True(text.Count == 0, "Text handed over outside the Text layer: " + string.Join(", ", text));
    }

    [Fact]
    public void TheFactLayers_BuildNoSentence()
    {
        List<string> sentences = FactLayers.SelectMany(layer => Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "HelplineStats.Core", layer), "*.cs", SearchOption.AllDirectories))
            .SelectMany(file => Sentences(File.ReadAllLines(file)).Select(line => $"{Path.GetRelativePath(RepoPaths.Root, file)}:{line.Number}: {line.Text.Trim()}"))
            .ToList();
        Assert.True(sentences.Count == 0, "Sentences built outside the Text layer:\n" + string.Join("\n", sentences));
    }

    [Fact]
    public void TheSentenceCheck_CatchesASentence_AndLetsAnExceptionAndALogLineBe()
    {
        string[] code =
        {
            "    internal Draft NotCheckable() => Reason = $\"Not known: {string.Join(\", \", Missing)} and the rest.\";",
            "    throw new ArgumentException(",
            "        $\"The figure kind {kind} has no formula.\", nameof(kind));",
            "    public override string ToString() => $\"{Key} is published as {Low}\";",
            "    string id = \"calls.by-phone\";",
            "    public override string ToString()",
            "    {",
            "        return Value is Rational value ? $\"{value} times as many\" : \"undefined: the count is zero\";",
            "    }",
            "    internal string Words()",
            "    {",
            "        return \"the count is zero\";",
            "    }",
        };
        Assert.Equal(new[] { 1, 12 }, Sentences(code).Select(line => line.Number));
    }

    /// <summary>The lines (not comments) with a sentence in a statement that is none of the allowed kinds, outside a
    /// <c>ToString()</c>. A statement runs from the line after the last one that ends in ';', '{' or '}' to the next that
    /// ends in ';'; its member is the nearest declaration above it.</summary>
    private static IEnumerable<(int Number, string Text)> Sentences(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || !Sentence.IsMatch(line))
            {
                continue;
            }
            int start = i;
            while (start > 0 && !EndsAStatement(lines[start - 1]))
            {
                start--;
            }
            int end = i;
            while (end < lines.Length - 1 && !lines[end].TrimEnd().EndsWith(';'))
            {
                end++;
            }
            string statement = string.Join("\n", lines[start..(end + 1)]);
            int member = i;
            while (member > 0 && !Member.IsMatch(lines[member]))
            {
                member--;
            }
            if (!Allowed.IsMatch(statement) && !lines[member].Contains("ToString()", StringComparison.Ordinal))
            {
                yield return (i + 1, line);
            }
        }
    }

    private static bool EndsAStatement(string line)
    {
        string trimmed = line.TrimEnd();
        return trimmed.EndsWith(';') || trimmed.EndsWith('{') || trimmed.EndsWith('}') || trimmed.TrimStart().StartsWith("///", StringComparison.Ordinal);
    }
}
