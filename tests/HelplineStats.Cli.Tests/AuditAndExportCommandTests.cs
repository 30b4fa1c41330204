using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using HelplineStats.Cli;
using NodaTime;
using NodaTime.Testing;

namespace HelplineStats.Cli.Tests;

public sealed class AuditAndExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Audit_EmbeddedData_ListsTheDisagreementAndExitsOne()
    {
        (int code, string output, string error) = Run("audit", "--culture", "en");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Contains("  ✗ visitors-vs-2020 [-17.9%]: ", output, StringComparison.Ordinal);
        Assert.Contains("  ? visitors-minus-2020 [-36,460]: ", output, StringComparison.Ordinal);
        Assert.Contains("  - Calls in 2020: 7,996 to 8,071\n", output, StringComparison.Ordinal);
        // In Dutch by default, like report.
        (_, string dutch, _) = Run("audit");
        Assert.Contains("  - Oproepen in 2020: 7.996 tot 8.071\n", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("confirmed", dutch, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_AHelplineWithoutDisagreements_ExitsZero()
    {
        (int code, string output, _) = Run("audit", "--helpline", "stop-it-now-flanders");
        Assert.Equal(0, code);
        Assert.DoesNotContain("tele-onthaal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportThenAudit_TheFile_GivesTheSameVerdictsAsJson()
    {
        string file = Path.Combine(_folder, "data.json");
        Assert.Equal(0, Run("export", "--output", file).Code);
        (int code, string output, _) = Run("audit", file, "--format", "json");
        Assert.Equal(1, code);
        using JsonDocument json = JsonDocument.Parse(output);
        Assert.Equal("helplinestats-audit/2", json.RootElement.GetProperty("format").GetString());
        JsonElement verdict = json.RootElement.GetProperty("verdicts").EnumerateArray()
            .Single(v => v.GetProperty("figure").GetString() == "tele-onthaal/2021/visitors-vs-2020");
        Assert.Equal("contradicted", verdict.GetProperty("verdict").GetString());
        Assert.Equal("relative-change", verdict.GetProperty("kind").GetString());
        Assert.Equal(
            json.RootElement.GetProperty("verdicts").EnumerateArray().Count(v => v.GetProperty("verdict").GetString() == "contradicted"),
            json.RootElement.GetProperty("summary").GetProperty("contradicted").GetInt32());
        Assert.False(json.RootElement.GetProperty("summary").GetProperty("clean").GetBoolean());
    }

    [Fact]
    public void Audit_BadFile_NamesFileAndPathWithoutAStackTraceAndExitsTwo()
    {
        string file = Path.Combine(_folder, "bad.json");
        File.WriteAllText(file, "{\"format\":\"helplinestats/1\",\"reports\":[{\"helpline\":\"1712\",\"period\":\"2021\",\"observations\":[{\"period\":\"2021\",\"metric\":\"calls\",\"value\":-3}]}]}");
        (int code, string output, string error) = Run("audit", file);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains($"{file}: $.reports[0].observations[0].value: value must not be negative; it was -3.", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void ExportCsvThenAudit_TheCsvFile_GivesTheSameResult()
    {
        string file = Path.Combine(_folder, "data.csv");
        Assert.Equal(0, Run("export", "--format", "csv", "--output", file).Code);
        Assert.StartsWith("record,helpline,report,", File.ReadAllText(file), StringComparison.Ordinal);
        (int code, string output, _) = Run("audit", file);
        Assert.Equal(1, code);
        Assert.Equal(Run("audit").Output, output);
    }

    [Theory]
    [InlineData("audit", "missing.json")]
    [InlineData("audit", "data.txt")]
    [InlineData("audit", "data.csv")]
    [InlineData("audit", "--helpline", "awel")]
    [InlineData("audit", "--year", "1999")]
    [InlineData("audit", "--format", "xml")]
    public void Audit_BadInput_ExitsTwo(params string[] args)
    {
        if (args.Length == 2 && args[1] is "data.csv" or "data.txt")
        {
            File.WriteAllText(Path.Combine(_folder, args[1]), "helpline\n");
            args[1] = Path.Combine(_folder, args[1]);
        }
        (int code, _, string error) = Run(args);
        Assert.Equal(2, code);
        Assert.NotEqual("", error);
    }

    [Theory]
    [InlineData("audit", "--input")]
    [InlineData("export", "--format")]
    [InlineData("report", "--culture")]
    [InlineData("audit", "--culture")]
    public void Help_OnEveryCommand_ExitsZeroAndListsItsOptions(string command, string option)
    {
        (int code, string output, _) = Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains(option, output, StringComparison.Ordinal);
    }
}
