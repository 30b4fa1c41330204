using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;

namespace HelplineStats.Core.Tests;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection
{
}

/// <summary>
/// Docs run: every C# sample in README.md and docs/*.md is a snippet of a compiled file in docs/samples, shown to the
/// letter, and every printed output shown beside it is what that code prints.
/// </summary>
[Collection(nameof(ConsoleCollection))]
public sealed class DocSampleTests
{
    private static readonly Regex Snippet = new(@"<!-- snippet: (?<name>[a-z0-9-]+) -->\n```csharp\n(?<code>.*?)```\n", RegexOptions.Singleline);
    private static readonly Regex Output = new(@"<!-- output: (?<name>[a-z0-9-]+) -->\n```text\n(?<text>.*?)```\n", RegexOptions.Singleline);

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (string page in MarkdownPages())
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, page));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_EveryCSharpBlock_IsACompiledSnippet(string page)
    {
        if (Updating)
        {
            Rewrite(page, Snippet, "code", name => SampleCode(name));
        }
        string markdown = Read(page);
        int blocks = Regex.Matches(markdown, "```csharp\n").Count;
        MatchCollection snippets = Snippet.Matches(markdown);
        Assert.Equal(blocks, snippets.Count);
        foreach (Match snippet in snippets)
        {
            Assert.Equal(SampleCode(snippet.Groups["name"].Value), snippet.Groups["code"].Value);
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_EveryShownOutput_IsWhatTheSamplePrints(string page)
    {
        if (Updating)
        {
            Rewrite(page, Output, "text", name => RunsHere(name) ? RunSample(name) : null);
        }
        foreach (Match output in Output.Matches(Read(page)).Where(output => RunsHere(output.Groups["name"].Value)))
        {
            Assert.Equal(output.Groups["text"].Value, RunSample(output.Groups["name"].Value));
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_EveryJsonBlock_IsADatasetOrAPlanTheReaderAccepts(string page)
    {
        foreach (Match block in Regex.Matches(Read(page), "```json\n(?<json>.*?)```\n", RegexOptions.Singleline))
        {
            string json = block.Groups["json"].Value;
            if (json.Contains($"\"{HelplineStats.Core.IO.FigurePlanJson.FormatName}\"", StringComparison.Ordinal))
            {
                Assert.NotEmpty(HelplineStats.Core.IO.FigurePlanJson.FromJson(json, page).Rules);
                continue;
            }
            HelplineStats.Core.Model.Dataset dataset = HelplineStats.Core.IO.DatasetJsonReader.FromJson(json, page);
            Assert.NotEmpty(dataset.Reports);
        }
    }

    [Fact]
    public void Pages_HaveSamplesToCheck()
    {
        Assert.Contains(MarkdownPages(), page => Snippet.IsMatch(Read(page)) && Output.IsMatch(Read(page)));
        Assert.True(MarkdownPages().Count() >= 4, "README.md and the docs pages were not found.");
    }

    /// <summary>
    /// With <c>HELPLINESTATS_UPDATE_DOCS=1</c> (scripts/update-doc-samples), the page tests first write each sample's code
    /// and output into the pages, then check them as always; a reviewer reads the diff.
    /// </summary>
    private static bool Updating => Environment.GetEnvironmentVariable("HELPLINESTATS_UPDATE_DOCS") == "1";

    private static void Rewrite(string page, Regex block, string group, Func<string, string?> content)
    {
        string path = Path.Combine(RepoPaths.Root, page);
        string markdown = Read(path);
        string updated = block.Replace(markdown, match =>
        {
            Group old = match.Groups[group];
            string? replacement = content(match.Groups["name"].Value);
            return replacement is null ? match.Value
                : match.Value[..(old.Index - match.Index)] + replacement + match.Value[(old.Index - match.Index + old.Length)..];
        });
        if (updated != markdown)
        {
            File.WriteAllText(path, updated);
        }
    }

    private static IEnumerable<string> MarkdownPages() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Prepend(Path.Combine(RepoPaths.Root, "README.md"))
            .Concat(PackageReadmes())
            .Order(StringComparer.Ordinal);

    /// <summary>The READMEs packed into the packages (each project's PackageReadmeFile), shown on the package's page.</summary>
    private static IEnumerable<string> PackageReadmes() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src"))
            .Select(project => Path.Combine(project, "README.md"))
            .Where(File.Exists);

    /// <summary>
    /// Whether the sample with this snippet is compiled into these tests: the ones directly in docs/samples are; those in a
    /// folder below (docs/samples/Rendering) need another package and are run by that package's tests.
    /// </summary>
    private static bool RunsHere(string name) =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "samples"), "*.cs").Any(path => Read(path).Contains($"// begin-snippet: {name}\n", StringComparison.Ordinal));

    /// <summary>The lines between a snippet's markers in docs/samples (or a folder below it), without their common indentation.</summary>
    private static string SampleCode(string name)
    {
        string begin = $"// begin-snippet: {name}\n";
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "samples"), "*.cs", SearchOption.AllDirectories))
        {
            string source = Read(file);
            int from = source.IndexOf(begin, StringComparison.Ordinal);
            if (from < 0)
            {
                continue;
            }
            from += begin.Length;
            int to = source.IndexOf("// end-snippet", from, StringComparison.Ordinal);
            string[] lines = source[from..to].TrimEnd(' ').Split('\n');
            int indent = lines.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
            return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart()));
        }
        throw new InvalidOperationException($"No sample in docs/samples has the snippet '{name}'.");
    }

    /// <summary>Runs the sample class whose file holds the snippet (GettingStarted.cs for getting-started) and captures what it prints.</summary>
    private static string RunSample(string name)
    {
        string file = Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "samples"), "*.cs")
            .Single(path => Read(path).Contains($"// begin-snippet: {name}\n", StringComparison.Ordinal));
        return SampleOutput.Of(typeof(DocSampleTests).Assembly.GetType("HelplineStats.Docs.Samples." + Path.GetFileNameWithoutExtension(file), throwOnError: true)!);
    }

    private static string Read(string path) =>
        File.ReadAllText(Path.IsPathRooted(path) ? path : Path.Combine(RepoPaths.Root, path)).ReplaceLineEndings("\n");
}
