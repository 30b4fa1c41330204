using System;
using System.IO;
using HelplineStats.Cli;
using NodaTime;
using NodaTime.Testing;

namespace HelplineStats.Cli.Tests;

public sealed class ReportCommandTests
{
    // 2021-12-31 23:30 UTC is already 2022-01-01 in Brussels: "today" must be read in the helplines' zone.
    private static readonly FakeClock NewYearsEve = new(Instant.FromUtc(2021, 12, 31, 23, 30));

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error, NewYearsEve);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Report_NoOptions_ListsTheThreeHelplinesAndExitsZero()
    {
        (int code, string output, string error) = Run("report");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("ages on 2022-01-01", output, StringComparison.Ordinal);
        Assert.Contains("1712  [id: 1712]", output, StringComparison.Ordinal);
        Assert.Contains("Tele-Onthaal (also: 106)", output, StringComparison.Ordinal);
        Assert.Contains("Launched:  unknown", output, StringComparison.Ordinal);
        Assert.Contains("phone, chat since 2002", output, StringComparison.Ordinal);
        Assert.Contains("Stop it Now! Flanders", output, StringComparison.Ordinal);
        // 1712 launched 2012-03-12: on 2022-01-01 it is 9 years, 9 months and 20 days old.
        Assert.Contains("Age:       9 years, 9 months and 20 days", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_AsOfTenthAnniversary_SaysTenYears()
    {
        (int code, string output, _) = Run("report", "--helpline", "1712", "--as-of", "2022-03-12");
        Assert.Equal(0, code);
        Assert.Contains("Age:       10 years, 0 months and 0 days", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Tele-Onthaal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownHelpline_NamesTheOptionAndTheKnownIdsAndExitsTwo()
    {
        (int code, string output, string error) = Run("report", "--helpline", "awel");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--helpline: there is no built-in helpline 'awel'", error, StringComparison.Ordinal);
        Assert.Contains("tele-onthaal", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_BadDate_NamesTheOptionAndExitsTwo()
    {
        (int code, _, string error) = Run("report", "--as-of", "31/12/2021");
        Assert.Equal(2, code);
        Assert.Contains("--as-of: '31/12/2021' is not a date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_ExitsTwoWithoutAStackTrace()
    {
        (int code, _, string error) = Run("report", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_OnReport_ExitsZeroAndDescribesTheOptions()
    {
        (int code, string output, _) = Run("report", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--as-of", output, StringComparison.Ordinal);
        Assert.Contains("--helpline", output, StringComparison.Ordinal);
    }
}
