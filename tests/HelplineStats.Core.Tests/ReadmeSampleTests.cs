using System;
using System.IO;
using System.Linq;
using HelplineStats.Docs.Samples;

namespace HelplineStats.Core.Tests;

[CollectionDefinition(nameof(ConsoleCollection), DisableParallelization = true)]
public sealed class ConsoleCollection
{
}

/// <summary>The README's code is the compiled sample, and its printed output is what the sample prints.</summary>
[Collection(nameof(ConsoleCollection))]
public sealed class ReadmeSampleTests
{
    // Found by walking up from the test binaries: CI builds map source paths (ContinuousIntegrationBuild), so the
    // compiler's idea of this file's path is not a real path there.
    private static string RepoRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HelplineStats.Core.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No HelplineStats.Core.sln above {AppContext.BaseDirectory}.");
    }

    [Fact]
    public void Readme_TourCode_IsTheCompiledSample()
    {
        string sample = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "samples", "ReadmeTour.cs"));
        string snippet = Dedent(Between(sample, "// begin-snippet: readme-tour\n", "        // end-snippet"));
        Assert.Equal(snippet, Block(ReadMe(), "<!-- snippet: readme-tour -->", "```csharp\n"));
    }

    [Fact]
    public void Readme_TourOutput_IsWhatTheSamplePrints()
    {
        TextWriter original = Console.Out;
        var captured = new StringWriter { NewLine = "\n" };
        try
        {
            Console.SetOut(captured);
            ReadmeTour.Run();
        }
        finally
        {
            Console.SetOut(original);
        }
        Assert.Equal(Block(ReadMe(), "<!-- output: readme-tour -->", "```text\n"), captured.ToString());
    }

    private static string ReadMe() => File.ReadAllText(Path.Combine(RepoRoot(), "README.md")).ReplaceLineEndings("\n");

    private static string Block(string markdown, string marker, string fence)
    {
        int at = markdown.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"README.md has no {marker}");
        return Between(markdown[at..], fence, "```\n");
    }

    private static string Between(string text, string start, string end)
    {
        text = text.ReplaceLineEndings("\n");
        int from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(from >= start.Length && to >= from, $"Markers '{start.Trim()}' and '{end.Trim()}' not found.");
        return text[from..to];
    }

    private static string Dedent(string code)
    {
        string[] lines = code.Split('\n');
        int indent = lines.Where(line => line.Trim().Length > 0).Min(line => line.Length - line.TrimStart().Length);
        return string.Join('\n', lines.Select(line => line.Length >= indent ? line[indent..] : line.TrimStart()));
    }
}
