using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace HelplineStats.Cli.Tests;

public sealed class ComposeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-compose").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void RecordsToACheckedPage_InFourCommands_EveryFigureConfirmed()
    {
        string[] records = Enumerable.Range(2017, 5).Select(year => Path.Combine(_folder, $"r{year}.csv")).ToArray();
        for (int i = 0; i < records.Length; i++)
        {
            Assert.Equal(0, Run("generate", "--helpline", "stop-it-now-flanders", "--year", (2017 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--count", "400", "--seed", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", records[i]).Code);
        }
        // No record before the launch on 19 May 2017.
        Assert.DoesNotContain(File.ReadLines(records[0]).Skip(1), line => string.CompareOrdinal(line.Split(',')[1], "2017-05-19") < 0);
        string counts = Path.Combine(_folder, "counts.json");
        string page = Path.Combine(_folder, "page.json");
        Assert.Equal(0, Run(new[] { "aggregate" }.Concat(records).Concat(new[] { "--granularity", "year", "--output", counts }).ToArray()).Code);
        (int code, _, string skipped) = Run("compose", counts, "--output", page);
        Assert.Equal(0, code);
        Assert.Equal("", skipped);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(page));
        string[] kinds = json.RootElement.GetProperty("reports").EnumerateArray()
            .SelectMany(r => r.GetProperty("figures").EnumerateArray()).Select(f => f.GetProperty("kind").GetString()!).Distinct().Order().ToArray();
        Assert.Equal(new[]
        {
            "absolute-change", "age-in-years", "count", "cumulative-since-launch", "highest-since-launch", "multiple", "one-in-n",
            "percentage-point-change", "rate-per-day", "relative-change", "share",
        }, kinds);
        (int auditCode, string audit, _) = Run("audit", page, "--culture", "en");
        Assert.Equal(0, auditCode);
        Assert.Contains(" 0 contradicted by the counts, 0 consistent together, 0 not checkable", audit, StringComparison.Ordinal);
        Assert.Equal(0, Run("report", page, "--culture", "en").Code);
    }

    [Fact]
    public void Compose_LikeThe2021Page_ListsWhatItLeftOutAndExitsZero()
    {
        string printed = Path.Combine(_folder, "printed.json");
        Assert.Equal(0, Run("export", "--output", printed).Code);
        (int code, string output, string error) = Run("compose", "--like", printed, "--helpline", "tele-onthaal", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Contains("\"id\": \"calls-per-day\"", output, StringComparison.Ordinal);
        Assert.Contains("helpline-stats: left out tele-onthaal/2021/visitors-vs-2020 (count-missing): There is no count of website visitors in 2020.\n", error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("1712", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_PlanAndLikeTogether_OrABadPlan_IsOneLineAndExitTwo()
    {
        string plan = Path.Combine(_folder, "plan.json");
        File.WriteAllText(plan, "{\"format\": \"helplinestats-plan/1\", \"rules\": [{\"kind\": \"count\", \"precision\": 0}]}");
        (int code, _, string error) = Run("compose", "--plan", plan);
        Assert.Equal(2, code);
        Assert.StartsWith($"helpline-stats: {plan}: $.rules[0].precision", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        (int both, _, string bothError) = Run("compose", "--plan", plan, "--like", plan);
        Assert.Equal(2, both);
        Assert.Contains("--plan and --like", bothError, StringComparison.Ordinal);
    }
}
