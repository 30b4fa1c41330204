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
        Assert.Contains("2500 records from 1 file aggregated into 4 reports", error, StringComparison.Ordinal);
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
    public void Aggregate_TheSameRecordsTwice_IsRefused_NamingBoth()
    {
        string a = Path.Combine(_folder, "a.csv"), b = Path.Combine(_folder, "b.csv"), copy = Path.Combine(_folder, "copy.csv");
        string pa = Path.Combine(_folder, "pa.json"), pab = Path.Combine(_folder, "pab.json"), output = Path.Combine(_folder, "out.json");
        Assert.Equal(0, Run("generate", "--count", "500", "--seed", "1", "--output", a).Code);
        Assert.Equal(0, Run("generate", "--count", "300", "--seed", "2", "--output", b).Code);
        File.Copy(a, copy);
        Assert.Equal(0, Run("aggregate", a, "--partial", "--output", pa).Code);
        Assert.Equal(0, Run("aggregate", a, b, "--partial", "--output", pab).Code);

        (int code, _, string error) = Run("aggregate", a, a);
        Assert.Equal((2, $"helpline-stats: {a}: given twice; each input is counted once, so give it once."), (code, error.TrimEnd()));
        (code, _, error) = Run("aggregate", pa, pa);
        Assert.Equal((2, $"helpline-stats: {pa}: given twice; each input is counted once, so give it once."), (code, error.TrimEnd()));
        (code, _, error) = Run("aggregate", a, copy, "--output", output);
        Assert.Equal(2, code);
        Assert.StartsWith($"helpline-stats: {copy}: holds the same records as {a} (500 records, fingerprint ", error, StringComparison.Ordinal);
        Assert.EndsWith("); each record is counted once, so nothing was written.", error.TrimEnd(), StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        (code, _, error) = Run("aggregate", pa, pab);
        Assert.Equal(2, code);
        Assert.StartsWith($"helpline-stats: {pab}: counted {a}, which {pa} counted too (500 records, fingerprint ", error, StringComparison.Ordinal);
        (code, _, error) = Run("aggregate", a, pa);
        Assert.Equal(2, code);
        Assert.StartsWith($"helpline-stats: {pa}: counted {a}, which is given too (500 records", error, StringComparison.Ordinal);

        (code, _, error) = Run("aggregate", pa, b);
        Assert.Equal((0, "helpline-stats: 800 records from 1 file and 1 partial aggregate aggregated into 1 report."), (code, error.TrimEnd()));

        // Under other names: the partial aggregate of the copy against the records and the partial aggregate of the original.
        string pcopy = Path.Combine(_folder, "pcopy.json");
        Assert.Equal(0, Run("aggregate", copy, "--partial", "--output", pcopy).Code);
        (code, _, error) = Run("aggregate", a, pcopy);
        Assert.Equal(2, code);
        Assert.StartsWith($"helpline-stats: {pcopy}: counted {copy}, the same records as {a} (500 records", error, StringComparison.Ordinal);
        (code, _, error) = Run("aggregate", pa, pcopy);
        Assert.Equal(2, code);
        Assert.StartsWith($"helpline-stats: {pcopy}: counted {copy}, the same records as {a}, which {pa} counted (500 records", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_ShardsOfNoRecords_AreNotTheSameRecordsTwice_AndVersion1PartialsAreSaidToStateNoCount()
    {
        string empty1 = Path.Combine(_folder, "empty1.csv"), empty2 = Path.Combine(_folder, "empty2.csv"), v1 = Path.Combine(_folder, "v1.json");
        File.WriteAllText(empty1, HelplineStats.Core.IO.ContactRecordCsv.Header + "\n");
        File.WriteAllText(empty2, HelplineStats.Core.IO.ContactRecordCsv.Header + "\n");
        File.WriteAllText(v1, "{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"year\",\"counts\":[{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"value\":3},{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"channel\":\"phone\",\"value\":3}]}");

        (int code, _, string error) = Run("aggregate", empty1, empty2, "--partial");
        Assert.Equal((0, "helpline-stats: 0 records from 2 files aggregated into a partial aggregate of 0 counts."), (code, error.TrimEnd()));
        (code, _, error) = Run("aggregate", v1);
        Assert.Equal((0, "helpline-stats: the records of 1 partial aggregate of format version 1, which does not say how many, aggregated into 1 report."), (code, error.TrimEnd()));
    }

    [Fact]
    public void Aggregate_LongInput_ShowsProgressOnStandardError_OnOneCoreAndOnTwo()
    {
        // Progress is told after each block of 16,384 records and shown once per million: on one core the first block
        // past a million ends at 62 blocks, record 1,015,808; on two the parts' blocks interleave, so only the line is sure.
        string records = Path.Combine(_folder, "long.csv");
        Assert.Equal(0, Run("generate", "--count", "1020000", "--seed", "4", "--output", records).Code);
        (int code, string oneCore, string error) = Run("aggregate", records, "--cores", "1");
        Assert.Equal(0, code);
        Assert.Contains($"{records}: 1015808 records aggregated...", error, StringComparison.Ordinal);
        Assert.Contains("1020000 records from 1 file aggregated into 1 report.", error, StringComparison.Ordinal);
        (code, string twoCores, error) = Run("aggregate", records, "--cores", "2");
        Assert.Equal(0, code);
        Assert.Matches($"{System.Text.RegularExpressions.Regex.Escape(records)}: 10[0-9]{{5}} records aggregated\\.\\.\\.", error);
        Assert.Contains("1020000 records from 1 file aggregated into 1 report.", error, StringComparison.Ordinal);
        Assert.Equal(oneCore, twoCores);
    }

    [Fact]
    public void Aggregate_ABadRowInALateLine_IsTheSameErrorOnOneCoreAndOnFour()
    {
        string records = Path.Combine(_folder, "late.csv");
        Assert.Equal(0, Run("generate", "--count", "40000", "--seed", "6", "--output", records).Code);
        File.AppendAllText(records, "1712,2021-06-31,phone,conversation,,,,,,false\n1712,2021-07-01,phone,conversation,,,,,,false\n");
        (int oneCode, string oneOutput, string oneError) = Run("aggregate", records, "--cores", "1");
        (int fourCode, string fourOutput, string fourError) = Run("aggregate", records, "--cores", "4");
        Assert.Equal((2, "", 2, ""), (oneCode, oneOutput, fourCode, fourOutput));
        Assert.Equal($"helpline-stats: {records}(40002,2): line 40002, column \"date\": \"2021-06-31\" is not a date (YYYY-MM-DD) in the years 0001 to 9999\n", oneError.ReplaceLineEndings("\n"));
        Assert.Equal(oneError, fourError);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1025")]
    [InlineData("-2")]
    public void Aggregate_CoresOutOfRange_IsOneLineNamingTheOption(string cores)
    {
        string records = Path.Combine(_folder, "few.csv");
        Assert.Equal(0, Run("generate", "--count", "10", "--output", records).Code);
        (int code, string output, string error) = Run("aggregate", records, "--cores", cores);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"helpline-stats: --cores: must lie between 1 and 1024; it was {cores}.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Aggregate_AFileInUtf16WithItsMark_GivesWhatTheUtf8FileGives()
    {
        string utf8 = Path.Combine(_folder, "utf8.csv");
        string utf16 = Path.Combine(_folder, "utf16.csv");
        Assert.Equal(0, Run("generate", "--count", "3000", "--seed", "3", "--output", utf8).Code);
        File.WriteAllText(utf16, File.ReadAllText(utf8), System.Text.Encoding.Unicode);
        Assert.Equal(0xFF, File.ReadAllBytes(utf16)[0]);
        (int code, string output, string error) = Run("aggregate", utf16, "--granularity", "month");
        Assert.True(code == 0, error);
        Assert.Equal(Run("aggregate", utf8, "--granularity", "month").Output, output);
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
