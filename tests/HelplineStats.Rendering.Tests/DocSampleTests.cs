using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelplineStats.Rendering.Tests;

/// <summary>
/// The outputs shown beside the samples in docs/samples/Rendering are what those samples print (the core's tests check
/// that every C# block of the docs is a sample's code to the letter, and run the samples that need the core only).
/// </summary>
public sealed class DocSampleTests
{
    private static readonly Regex Output = new(@"<!-- output: (?<name>[a-z0-9-]+) -->\n```text\n(?<text>.*?)```\n", RegexOptions.Singleline);

    [Fact]
    public void HtmlPage_EveryShownOutputOfARenderingSample_IsWhatTheSamplePrints()
    {
        string root = Core.Tests.RepoPaths.Root;
        string[] samples = Directory.GetFiles(Path.Combine(root, "docs", "samples", "Rendering"), "*.cs");
        string page = Path.Combine(root, "docs", "html-page.md");
        string markdown = File.ReadAllText(page).ReplaceLineEndings("\n");
        int checkedOutputs = 0;
        foreach (Match output in Output.Matches(markdown))
        {
            string name = output.Groups["name"].Value;
            string? file = samples.SingleOrDefault(path => File.ReadAllText(path).Contains($"// begin-snippet: {name}\n", StringComparison.Ordinal));
            if (file is null)
            {
                continue;
            }
            string printed = Run(Path.GetFileNameWithoutExtension(file));
            if (Environment.GetEnvironmentVariable("HELPLINESTATS_UPDATE_DOCS") == "1")
            {
                Group old = output.Groups["text"];
                markdown = markdown.Replace(output.Value, output.Value[..(old.Index - output.Index)] + printed + output.Value[(old.Index - output.Index + old.Length)..], StringComparison.Ordinal);
                File.WriteAllText(page, markdown);
            }
            else
            {
                Assert.Equal(output.Groups["text"].Value, printed);
            }
            checkedOutputs++;
        }
        Assert.True(checkedOutputs > 0, "docs/html-page.md shows no output of a sample in docs/samples/Rendering");
    }

    private static string Run(string sample) =>
        Core.Tests.SampleOutput.Of(typeof(DocSampleTests).Assembly.GetType("HelplineStats.Docs.Samples." + sample, throwOnError: true)!);
}
