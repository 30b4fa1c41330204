using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using HelplineStats.Cli;

namespace HelplineStats.Cli.Tests;

/// <summary>
/// Issue 25: every <c>--output</c> is written in the format its name says; a <c>--format</c> that contradicts the name, or
/// a kind of file the command cannot write, is one line on standard error and exit 2, and nothing is written.
/// </summary>
public sealed class OutputFormatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-formats").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    /// <summary>Runs the command and checks it was refused the way every refusal is: exit 2, nothing on standard output, one line.</summary>
    private static string Refused(params string[] args)
    {
        (int code, string output, string error) = CliRunner.Run(args);
        Assert.True(code == CliApp.ExitBadInput, $"exit {code}: {error}");
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        return error.ReplaceLineEndings("\n");
    }

    /// <summary>The file a command wrote, after checking that it succeeded.</summary>
    private static string Written(string path, params string[] args)
    {
        (int code, _, string error) = CliRunner.Run(args);
        Assert.True(code is 0 or 1, $"exit {code}: {error}");
        return File.ReadAllText(path);
    }

    /// <summary>Five generated records in a new file.</summary>
    private string Records(string name = "r.csv")
    {
        string path = PathOf(name);
        Assert.Equal(0, CliRunner.Run("generate", "--count", "5", "--output", path).Code);
        return path;
    }

    [Fact]
    public void Export_OutputNamedCsv_WritesCsvWithoutAFormat()
    {
        string file = PathOf("x.csv");
        string text = Written(file, "export", "--output", file);
        Assert.StartsWith("record,helpline,report,", text, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run("export", "--format", "csv").Output, text);
    }

    [Fact]
    public void Report_OutputNamedHtml_WritesTheHtmlPageWithoutAFormat()
    {
        string file = PathOf("page.html");
        string text = Written(file, "report", "--as-of", "2022-03-12", "--output", file);
        Assert.StartsWith("<!DOCTYPE html>", text, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run("report", "--format", "html", "--as-of", "2022-03-12").Output, text);
    }

    [Theory]
    [InlineData("page.txt", "text")]
    [InlineData("page.md", "markdown")]
    [InlineData("page.json", "json")]
    [InlineData("page.csv", "csv")]
    [InlineData("page.htm", "html")]
    [InlineData("PAGE.MD", "markdown")]
    public void Report_OutputByExtension_IsWhatTheFormatWritesToStandardOutput(string name, string format)
    {
        string file = PathOf(name);
        Assert.Equal(CliRunner.Run("report", "--format", format, "--as-of", "2022-03-12").Output,
            Written(file, "report", "--as-of", "2022-03-12", "--output", file));
    }

    [Theory]
    [InlineData("report", "json", "x.html", "HTML", "html")]
    [InlineData("report", "text", "x.md", "markdown", "markdown")]
    [InlineData("audit", "text", "x.json", "JSON", "json")]
    [InlineData("export", "json", "x.csv", "CSV", "csv")]
    [InlineData("compose", "csv", "x.json", "JSON", "json")]
    [InlineData("aggregate", "json", "x.csv", "CSV", "csv")]
    public void AnyCommand_FormatContradictingTheExtension_IsRefusedNamingTheOptionTheExtensionAndTheFormat(
        string command, string format, string name, string kind, string byName)
    {
        string file = PathOf(name);
        string[] args = command == "aggregate" ? ["aggregate", Records()] : [command];
        string error = Refused([.. args, "--format", format, "--output", file]);
        Assert.Equal($"helpline-stats: --format: {format} contradicts --output {file} (a {Path.GetExtension(name)} file is {kind}); leave --format out or use {byName}.\n", error);
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData("audit", "a.csv", "audit writes text or json, not CSV (a .csv file is CSV); name the file .txt or .json.")]
    [InlineData("audit", "a.md", "audit writes text or json, not markdown (a .md file is markdown); name the file .txt or .json.")]
    [InlineData("export", "x.html", "export writes json or csv, not HTML (a .html file is HTML); name the file .json or .csv.")]
    [InlineData("compose", "x.txt", "compose writes json or csv, not text (a .txt file is text); name the file .json or .csv.")]
    [InlineData("generate", "r.json", "generate writes csv, not JSON (a .json file is JSON); name the file .csv.")]
    [InlineData("aggregate --partial", "p.csv", "aggregate --partial writes json, not CSV (a .csv file is CSV); name the file .json.")]
    [InlineData("aggregate", "d.html", "aggregate writes json or csv, not HTML (a .html file is HTML); name the file .json or .csv.")]
    public void AnyCommand_OutputOfAKindItCannotWrite_IsRefusedNamingTheFormatsItWrites(string command, string name, string message)
    {
        string file = PathOf(name);
        string[] args = command.StartsWith("aggregate", StringComparison.Ordinal) ? ["aggregate", Records(), .. command.Split(' ').Skip(1)] : [command];
        string error = Refused([.. args, "--output", file]);
        Assert.Equal($"helpline-stats: --output: {message}\n", error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Aggregate_PartialWithFormatCsvToStandardOutput_IsRefusedNamingJson()
    {
        string error = Refused("aggregate", Records(), "--partial", "--format", "csv");
        Assert.Equal("helpline-stats: --format: aggregate --partial writes json, not csv.\n", error);
    }

    [Fact]
    public void Aggregate_OutputNamedCsv_WritesTheDatasetAsCsv()
    {
        string records = Records();
        string file = PathOf("d.csv");
        string text = Written(file, "aggregate", records, "--output", file);
        Assert.Equal(CliRunner.Run("aggregate", records, "--format", "csv").Output, text);
        Assert.StartsWith("record,helpline,report,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x.dat", null, "{")]
    [InlineData("x.dat", "csv", "record,")]
    [InlineData("x", "csv", "record,")]
    [InlineData("x.CSV", null, "record,")]
    [InlineData("x.Json", "json", "{")]
    public void Export_UnknownExtensionTakesTheFormatOrTheDefault_AKnownOneInAnyCase(string name, string? format, string start)
    {
        string file = PathOf(name);
        string[] args = format is null ? ["export", "--output", file] : ["export", "--format", format, "--output", file];
        Assert.StartsWith(start, Written(file, args), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_PositionalFiles_AreReadLikeInputFiles()
    {
        // Tele-Onthaal's 2015 counted from records, beside the embedded 2021 page as CSV: two files that merge.
        string records = PathOf("r.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--helpline", "tele-onthaal", "--year", "2015", "--count", "50", "--output", records).Code);
        string counts = PathOf("counts.json");
        Assert.Equal(0, CliRunner.Run("aggregate", records, "--output", counts).Code);
        string page = PathOf("page.csv");
        Assert.Equal(0, CliRunner.Run("export", "--output", page).Code);
        (int code, string output, string error) = CliRunner.Run("export", counts, page, "--format", "csv");
        Assert.True(code == 0, error);
        Assert.Equal(CliRunner.Run("export", "--input", counts, "--input", page, "--format", "csv").Output, output);
        Assert.Equal(CliRunner.Run("export", counts, "--input", page, "--format", "csv").Output, output);
        Assert.Contains("\nreport,1712,2021,", output, StringComparison.Ordinal);
        Assert.Contains("\nreport,tele-onthaal,2015,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_APositionalFileThatIsTheOutput_IsRefusedAndTheFileIsUnchanged()
    {
        string data = PathOf("d.json");
        Assert.Equal(0, CliRunner.Run("export", "--output", data).Code);
        byte[] before = File.ReadAllBytes(data);
        string error = Refused("export", data, "--output", data);
        Assert.Contains($"--output: {data} is also an input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void Audit_OutputFile_HoldsWhatStandardOutputShowsAndTheExitCodeStays()
    {
        string file = PathOf("audit.txt");
        File.WriteAllText(file, "an older audit, longer than nothing at all\n");
        (int code, string output, string error) = CliRunner.Run("audit", "--output", file);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal("", error);
        Assert.Equal(CliRunner.Run("audit").Output, File.ReadAllText(file));
        Assert.Equal(new[] { "audit.txt" }, Directory.GetFiles(_folder).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void Audit_OutputNamedJson_WritesTheAuditAsJson()
    {
        string file = PathOf("audit.json");
        string text = Written(file, "audit", "--helpline", "stop-it-now-flanders", "--disclosure", "5", "--output", file);
        Assert.Equal(CliRunner.Run("audit", "--helpline", "stop-it-now-flanders", "--disclosure", "5", "--format", "json").Output, text);
        using JsonDocument json = JsonDocument.Parse(text);
        Assert.Equal("helplinestats-audit/2", json.RootElement.GetProperty("format").GetString());
        Assert.True(json.RootElement.TryGetProperty("disclosure", out _));
    }

    [Fact]
    public void Audit_OutputIsTheInput_IsRefusedAndTheInputIsUnchanged()
    {
        string data = PathOf("d.json");
        Assert.Equal(0, CliRunner.Run("export", "--output", data).Code);
        byte[] before = File.ReadAllBytes(data);
        string error = Refused("audit", data, "--format", "json", "--output", data);
        Assert.Equal($"helpline-stats: --output: {data} is also an input ({data}); write to another file, so the input is not lost.\n", error);
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void Audit_OutputInAMissingFolder_IsRefused()
    {
        string error = Refused("audit", "--output", PathOf(Path.Combine("missing", "audit.txt")));
        Assert.Contains("--output: the directory", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "x.csv", "csv")]
    [InlineData("csv", null, "csv")]
    [InlineData(null, null, "json")]
    [InlineData("json", "/dev/stdout", "json")]
    [InlineData(null, "archive.tar.CSV", "csv")]
    public void Choose_TheExtensionThenTheFormatThenTheDefault(string? format, string? output, string expected)
    {
        Assert.Equal(expected, OutputFormat.Choose(format, output, "export", ["json", "csv"]));
    }

    [Fact]
    public void Report_CountsTooLargeToAddUp_IsOneLineNamingTheCountsAndTheMetric()
    {
        // Two years of calls whose sum, the page's running total, passes the largest count.
        string file = PathOf("big.json");
        File.WriteAllText(file, """
            {"format": "helplinestats/1", "reports": [
              {"helpline": "1712", "period": "2020", "observations": [{"period": "2020", "metric": "calls", "value": 9223372036854775806}]},
              {"helpline": "1712", "period": "2021", "observations": [{"period": "2021", "metric": "calls", "value": 5}]}]}
            """);
        string error = Refused("report", file, "--format", "html", "--as-of", "2022-03-12");
        Assert.Equal("helpline-stats: the counts are too large to work with: The sum of 9223372036854775806 and 5 calls is larger than a count can hold (9223372036854775807).\n", error);
    }
}
