using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace HelplineStats.Cli.Tests;

/// <summary><c>compose --min-count</c>, <c>export --min-count</c> and <c>audit --disclosure</c> on a synthetic small helpline's monthly tables.</summary>
public sealed class DisclosureCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-disclosure").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    /// <summary>A small helpline's year counted by month (300 contacts: many cells of 1 to 4).</summary>
    private string MonthlyCounts()
    {
        string records = Path.Combine(_folder, "records.csv");
        string counts = Path.Combine(_folder, "counts.json");
        Assert.Equal(0, Run("generate", "--helpline", "stop-it-now-flanders", "--count", "300", "--seed", "7", "--output", records).Code);
        Assert.Equal(0, Run("aggregate", records, "--granularity", "month", "--output", counts).Code);
        return counts;
    }

    /// <summary>Every count written exactly in a dataset file (a <c>value</c> in an object with a <c>metric</c>).</summary>
    private static long[] ExactValues(string path)
    {
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        return Descendants(json.RootElement).Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("metric", out _) && e.TryGetProperty("value", out JsonElement v) && v.ValueKind == JsonValueKind.Number)
            .Select(e => e.GetProperty("value").GetInt64()).ToArray();
    }

    private static System.Collections.Generic.IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => Enumerable.Empty<JsonElement>(),
        };
        foreach (JsonElement child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }

    /// <summary>The counts of a dataset file, as it gives them exactly.</summary>
    private static System.Collections.Generic.Dictionary<HelplineStats.Core.Model.ObservationKey, long> Truth(string path) =>
        HelplineStats.Core.IO.DatasetJsonReader.ReadFile(path).Reports.SelectMany(r => r.Observations).Where(o => o.IsExact).GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.First().Bounds.Low);

    /// <summary>An independent linear program (<see cref="IndependentLinearAttack"/>) on what a protecting command
    /// wrote: every count that is truly from 1 to k − 1 may still be anything from 1 to k − 1.</summary>
    [Theory]
    [InlineData("export", "10", null)]
    [InlineData("export", "5", null)]
    [InlineData("compose", "10", "5")]
    [InlineData("compose", "5", "3")]
    public void ProtectedOutput_AnIndependentLinearProgram_NarrowsNoSmallCount(string command, string minimum, string? roundTo)
    {
        string counts = MonthlyCounts();
        string plain = Path.Combine(_folder, "plain.json"), safe = Path.Combine(_folder, "safe.json");
        Assert.Equal(0, Run(command == "export" ? new[] { "export", counts, "--output", plain } : new[] { "compose", counts, "--output", plain }).Code);
        string[] protect = new[] { command, counts, "--min-count", minimum, "--output", safe }.Concat(roundTo is null ? Array.Empty<string>() : new[] { "--round-to", roundTo }).ToArray();
        (int code, _, string error) = Run(protect);
        Assert.True(code == 0, error);
        int k = int.Parse(minimum, System.Globalization.CultureInfo.InvariantCulture);
        var small = Truth(plain).Where(p => p.Value >= 1 && p.Value < k).Select(p => p.Key).ToList();
        Assert.True(small.Count > 10, $"only {small.Count} small counts");

        using var attack = new IndependentLinearAttack(HelplineStats.Core.IO.DatasetJsonReader.ReadFile(safe));
        var narrowed = small.Select(key => (key, Range: attack.Range(key))).Where(p => p.Range is not (double least, var most)
            || least > 1 + IndependentLinearAttack.Tolerance || (most is double m && m < k - 1 - IndependentLinearAttack.Tolerance)).ToList();

        Assert.True(narrowed.Count == 0, string.Join("; ", narrowed.Select(n => $"{n.key}: {n.Range}")));
        // The attacker is not blind: on the unprotected dataset it pins every small count.
        using var open = new IndependentLinearAttack(HelplineStats.Core.IO.DatasetJsonReader.ReadFile(plain));
        Assert.All(small.Take(5), key =>
        {
            (double least, double? most) = open.Range(key)!.Value;
            Assert.Equal(Truth(plain)[key], least, 6);
            Assert.Equal(Truth(plain)[key], most!.Value, 6);
        });
    }

    [Fact]
    public void ComposeWithMinCount_WritesNoSmallCount_AndPassesTheDisclosureAudit_WhichTheUnprotectedTablesFail()
    {
        string counts = MonthlyCounts();
        string plain = Path.Combine(_folder, "plain.json");
        string safe = Path.Combine(_folder, "safe.json");
        Assert.Equal(0, Run("compose", counts, "--output", plain).Code);
        (int code, _, string error) = Run("compose", counts, "--min-count", "5", "--output", safe);
        Assert.Equal(0, code);
        Assert.Contains("small counts protected", error, StringComparison.Ordinal);
        Assert.Contains("safe under minimum count 5", error, StringComparison.Ordinal);

        Assert.Contains(ExactValues(plain), v => v is >= 1 and <= 4);
        Assert.DoesNotContain(ExactValues(safe), v => v is >= 1 and <= 4);
        Assert.Contains("\"format\": \"helplinestats/2\"", File.ReadAllText(safe), StringComparison.Ordinal);

        (int safeCode, string safeAudit, _) = Run("audit", safe, "--disclosure", "5", "--format", "json");
        Assert.Equal(0, safeCode);
        using (JsonDocument json = JsonDocument.Parse(safeAudit))
        {
            Assert.True(json.RootElement.GetProperty("disclosure").GetProperty("safe").GetBoolean());
        }
        (int plainCode, string plainAudit, _) = Run("audit", plain, "--disclosure", "5", "--format", "json");
        Assert.Equal(1, plainCode);
        using (JsonDocument json = JsonDocument.Parse(plainAudit))
        {
            JsonElement disclosure = json.RootElement.GetProperty("disclosure");
            Assert.False(disclosure.GetProperty("safe").GetBoolean());
            Assert.All(disclosure.GetProperty("findings").EnumerateArray(), f => Assert.InRange(f.GetProperty("high").GetInt64(), 1, 4));
            Assert.Contains(disclosure.GetProperty("findings").EnumerateArray(), f => f.GetProperty("kind").GetString() == "published");
        }
    }

    [Fact]
    public void AuditDisclosure_ASmallCountPrintedAsFewerThanFiveButRecoverable_NamesTheSumThatRecoversIt()
    {
        // E-mail is written as 1 to 4, but 40 − 30 − 7 gives 3.
        string file = Path.Combine(_folder, "leaky.json");
        File.WriteAllText(file, """
            {
              "format": "helplinestats/2",
              "reports": [
                {
                  "helpline": "1712",
                  "period": "2022",
                  "breakdowns": [
                    {
                      "total": { "period": "2022", "metric": "calls", "value": 40 },
                      "dimension": "channel",
                      "coverage": "complete",
                      "parts": [
                        { "period": "2022", "metric": "calls", "channel": "phone", "value": 30 },
                        { "period": "2022", "metric": "calls", "channel": "chat", "value": 7 },
                        { "period": "2022", "metric": "calls", "channel": "email", "min": 1, "max": 4 }
                      ]
                    }
                  ]
                }
              ]
            }
            """);
        (int code, string output, string error) = Run("audit", file, "--disclosure", "5", "--culture", "en");
        Assert.True(code == 1, error);
        Assert.Contains("! 1712: the number of calls by e-mail in 2022 can be worked out, exactly 3, from the split of the calls in 2022.", output, StringComparison.Ordinal);

        string safe = Path.Combine(_folder, "safe.json");
        Assert.Equal(0, Run("export", "--input", file, "--min-count", "5", "--output", safe).Code);
        Assert.Equal(0, Run("audit", safe, "--disclosure", "5").Code);
    }

    [Theory]
    [InlineData("compose", "--min-count", "2", "--min-count must be at least 3")]
    [InlineData("compose", "--round-to", "5", "--round-to needs --min-count")]
    [InlineData("export", "--min-count", "1", "--min-count must be at least 3")]
    [InlineData("audit", "--disclosure", "0", "--disclosure must be at least 3")]
    public void BadDisclosureOptions_AreOneLineAndExitTwo(string command, string option, string value, string message)
    {
        (int code, string output, string error) = Run(command, option, value);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("helpline-stats: " + message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }
}
