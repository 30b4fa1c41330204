using System;
using System.IO;
using System.Linq;

namespace HelplineStats.Cli.Tests;

/// <summary><c>report --format html</c> and <c>report --output</c>: the page written whole, the inputs never overwritten, bad input one line and exit 2.</summary>
public sealed class ReportHtmlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-html").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Report_FormatHtml_WritesOneSelfContainedPageInTheCulture()
    {
        (int code, string output, string error) = CliRunner.Run("report", "--format", "html", "--as-of", "2022-03-12");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nl-BE\">", output, StringComparison.Ordinal);
        Assert.Contains("<h1>Hulplijnen in cijfers</h1>", output, StringComparison.Ordinal);
        Assert.Contains("data-count=\"1712/2021/calls\">8.515</span>", output, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", output, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_FormatHtmlToAFile_IsTheSamePageAsOnStandardOutput()
    {
        string file = Path.Combine(_folder, "page.html");
        (int code, string output, string error) = CliRunner.Run("report", "--format", "html", "--culture", "en", "--as-of", "2022-03-12", "--output", file);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal("", error);
        Assert.Equal(CliRunner.Run("report", "--format", "html", "--culture", "en", "--as-of", "2022-03-12").Output, File.ReadAllText(file));
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(file), StringComparison.Ordinal);
        Assert.Equal(new[] { "page.html" }, Directory.GetFiles(_folder).Select(Path.GetFileName).ToArray());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Report_Output_WritesWhatStandardOutputWouldShowForEveryFormat(string format)
    {
        string file = Path.Combine(_folder, "report." + format);
        File.WriteAllText(file, "an older report, longer than nothing\n");
        (int code, string output, _) = CliRunner.Run("report", "--format", format, "--as-of", "2022-03-12", "--output", file);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        Assert.Equal(CliRunner.Run("report", "--format", format, "--as-of", "2022-03-12").Output, File.ReadAllText(file));
    }

    [Fact]
    public void Report_OutputIsTheInput_IsRefusedBeforeAnythingIsWritten()
    {
        string data = Path.Combine(_folder, "d.json");
        Assert.Equal(0, CliRunner.Run("export", "--output", data).Code);
        byte[] before = File.ReadAllBytes(data);
        (int code, string output, string error) = CliRunner.Run("report", data, "--format", "html", "--output", data);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"helpline-stats: --output: {data} is also an input", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void Report_OutputInAMissingFolder_SaysSoInOneLineAndExitsTwo()
    {
        (int code, _, string error) = CliRunner.Run("report", "--format", "html", "--output", Path.Combine(_folder, "missing", "page.html"));
        Assert.Equal(2, code);
        Assert.Contains("--output: the directory", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void Report_AnUnknownFormat_NamesTheFormatsIncludingHtml()
    {
        (int code, _, string error) = CliRunner.Run("report", "--format", "pdf");
        Assert.Equal(2, code);
        Assert.Contains("html", error, StringComparison.Ordinal);
        Assert.StartsWith("helpline-stats: --format", error, StringComparison.Ordinal);
    }
}
