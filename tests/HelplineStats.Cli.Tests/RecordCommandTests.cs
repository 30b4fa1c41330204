using System;
using System.IO;
using HelplineStats.Cli;
using NodaTime;
using NodaTime.Testing;

namespace HelplineStats.Cli.Tests;

public sealed class RecordCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-records").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void GenerateThenAggregate_GivesADatasetThatReportAndAuditRead()
    {
        string records = Path.Combine(_folder, "records.csv");
        string dataset = Path.Combine(_folder, "dataset.json");
        Assert.Equal(0, Run("generate", "--helpline", "tele-onthaal", "--year", "2020", "--count", "2500", "--seed", "9", "--output", records).Code);
        Assert.Equal(2501, File.ReadAllLines(records).Length);
        (int code, _, string error) = Run("aggregate", records, "--granularity", "quarter", "--output", dataset);
        Assert.Equal(0, code);
        Assert.Contains("2500 records aggregated into 4 reports", error, StringComparison.Ordinal);
        (int reportCode, string report, _) = Run("report", dataset, "--culture", "en");
        Assert.Equal(0, reportCode);
        Assert.Contains("Figures for quarter 1 of 2020", report, StringComparison.Ordinal);
        Assert.Equal(0, Run("audit", dataset).Code);
    }

    [Fact]
    public void Aggregate_ShardsWrittenAsPartialAggregates_MergeToTheSameDataset()
    {
        string first = Path.Combine(_folder, "first.csv");
        string second = Path.Combine(_folder, "second.csv");
        Assert.Equal(0, Run("generate", "--count", "700", "--seed", "1", "--output", first).Code);
        Assert.Equal(0, Run("generate", "--count", "900", "--seed", "2", "--output", second).Code);
        string firstPartial = Path.Combine(_folder, "first.json");
        string secondPartial = Path.Combine(_folder, "second.json");
        Assert.Equal(0, Run("aggregate", first, "--granularity", "month", "--partial", "--output", firstPartial).Code);
        Assert.Equal(0, Run("aggregate", second, "--granularity", "month", "--partial", "--output", secondPartial).Code);
        (int code, string fromShards, _) = Run("aggregate", firstPartial, secondPartial, "--granularity", "month");
        Assert.Equal(0, code);
        Assert.Equal(Run("aggregate", first, second, "--granularity", "month").Output, fromShards);
        Assert.Equal(2, Run("aggregate", firstPartial, "--granularity", "year").Code);
    }

    [Fact]
    public void Aggregate_LongInput_ShowsProgressOnStandardError()
    {
        // Progress is told after each block of 16,384 records and shown once per million: the first block past a million
        // ends at 62 blocks, record 1,015,808.
        string records = Path.Combine(_folder, "long.csv");
        Assert.Equal(0, Run("generate", "--count", "1020000", "--seed", "4", "--output", records).Code);
        (int code, _, string error) = Run("aggregate", records, "--output", Path.Combine(_folder, "long.json"));
        Assert.Equal(0, code);
        Assert.Contains($"{records}: 1015808 records aggregated...", error, StringComparison.Ordinal);
        Assert.Contains("1020000 records aggregated into 1 report.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_BadRecord_NamesFileLineAndColumnAndExitsTwo()
    {
        string records = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(records, "helpline,date,channel,outcome,caller_relation,caller_gender,anonymous,topics,victims,referred\n1712,2021-13-01,phone,conversation,,,,,,false\n");
        (int code, string output, string error) = Run("aggregate", records);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{records}(2,2): line 2, column \"date\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_UnknownHelpline_ExitsTwo()
    {
        (int code, _, string error) = Run("generate", "--helpline", "awel");
        Assert.Equal(2, code);
        Assert.Contains("--helpline", error, StringComparison.Ordinal);
    }
}
