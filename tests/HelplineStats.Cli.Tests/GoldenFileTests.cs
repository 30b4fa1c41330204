using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using HelplineStats.Core.Tests;

namespace HelplineStats.Cli.Tests;

/// <summary>
/// The outputs of the main paths, kept in tests/HelplineStats.Cli.Tests/Golden and compared byte for byte: the audit
/// JSON, the composed JSON and the report text of the embedded page, of composed pages of several helplines and years
/// (made-up records, aggregated and composed), and of totals up to a month whose day is not given. A refactoring that
/// is meant to change nothing must leave them as they are (issue 26); a change meant to change them rewrites them with
/// <c>HELPLINESTATS_UPDATE_GOLDEN=1 dotnet test --filter GoldenFileTests</c>, and the diff shows what changed.
/// </summary>
public sealed class GoldenFileTests : IDisposable
{
    private const string AsOf = "2022-06-30";
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-golden").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string GoldenFolder => Path.Combine(RepoPaths.Root, "tests", "HelplineStats.Cli.Tests", "Golden");

    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { "embedded" },
        new object[] { "composed-1712-2019-2021" },
        new object[] { "composed-tele-onthaal-2020-2021" },
        new object[] { "composed-stop-it-now-2017-2019" },
        new object[] { "month-end" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Outputs_AreTheGoldenFiles(string name)
    {
        string[] input = Input(name);
        var outputs = new List<(string File, string[] Command)>
        {
            ($"{name}.audit.json", new[] { "audit", "--format", "json" }.Concat(input).ToArray()),
            ($"{name}.audit.nl.txt", new[] { "audit" }.Concat(input).ToArray()),
            ($"{name}.audit.en.txt", new[] { "audit", "--culture", "en" }.Concat(input).ToArray()),
            ($"{name}.audit.fr.txt", new[] { "audit", "--culture", "fr-BE" }.Concat(input).ToArray()),
            ($"{name}.report.nl.txt", new[] { "report", "--as-of", AsOf }.Concat(input).ToArray()),
            ($"{name}.report.en.txt", new[] { "report", "--culture", "en", "--as-of", AsOf }.Concat(input).ToArray()),
            ($"{name}.report.fr.txt", new[] { "report", "--culture", "fr-BE", "--as-of", AsOf }.Concat(input).ToArray()),
        };
        if (name != "month-end")
        {
            outputs.Add(($"{name}.composed.json", new[] { "compose", "--format", "json" }.Concat(input).ToArray()));
        }
        var differ = new List<string>();
        foreach ((string file, string[] command) in outputs)
        {
            (int code, string output, string error) = CliRunner.Run(command);
            Assert.True(code is 0 or 1, $"{string.Join(' ', command)} exited {code}: {error}");
            string text = output.Replace(_folder, "<folder>", StringComparison.Ordinal);
            string golden = Path.Combine(GoldenFolder, file);
            if (Environment.GetEnvironmentVariable("HELPLINESTATS_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(golden, text);
            }
            else if (!File.Exists(golden) || File.ReadAllText(golden) != text)
            {
                differ.Add(file);
            }
        }
        Assert.True(differ.Count == 0, $"Not as the golden files (HELPLINESTATS_UPDATE_GOLDEN=1 rewrites them; the diff shows what changed): {string.Join(", ", differ)}");
    }

    /// <summary>The dataset of a case: none for the embedded page, a committed file, or records made up, aggregated and composed.</summary>
    private string[] Input(string name)
    {
        if (name == "embedded")
        {
            return Array.Empty<string>();
        }
        if (name == "month-end")
        {
            return new[] { Path.Combine(GoldenFolder, "inputs", "month-end.json") };
        }
        string[] parts = name.Split('-');
        int first = int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture), last = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        string helpline = string.Join('-', parts[1..^2]) switch { "stop-it-now" => "stop-it-now-flanders", string other => other };
        var records = new List<string>();
        for (int year = first; year <= last; year++)
        {
            string file = Path.Combine(_folder, $"{helpline}-{year}.csv");
            int count = 2000 + (700 * (year - first));
            Assert.Equal(0, CliRunner.Run("generate", "--helpline", helpline, "--year", $"{year}", "--count", $"{count}", "--seed", $"{year}", "--output", file).Code);
            records.Add(file);
        }
        string counts = Path.Combine(_folder, $"{name}.counts.json");
        (int code, _, string error) = CliRunner.Run(records.Prepend("aggregate").Concat(new[] { "--granularity", "year", "--output", counts }).ToArray());
        Assert.True(code == 0, error);
        string composed = Path.Combine(_folder, $"{name}.json");
        (code, _, error) = CliRunner.Run("compose", counts, "--output", composed);
        Assert.True(code == 0, error);
        return new[] { composed };
    }
}
