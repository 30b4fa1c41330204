using System;
using System.IO;
using HelplineStats.Cli;
using NodaTime;
using NodaTime.Testing;

namespace HelplineStats.Cli.Tests;

public sealed class ReportCommandTests
{
    // The runner's clock is 2021-12-31 23:30 UTC, already 2022-01-01 in Brussels: "today" must be read in the helplines' zone.
    private static (int Code, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Report_NoOptions_ListsTheThreeHelplinesAndExitsZero()
    {
        (int code, string output, string error) = Run("report", "--culture", "en");
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
        (int code, string output, _) = Run("report", "--helpline", "1712", "--as-of", "2022-03-12", "--culture", "en");
        Assert.Equal(0, code);
        Assert.Contains("Age:       10 years, 0 months and 0 days", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Tele-Onthaal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Default_IsTheEmbeddedPageInDutchWithTheDisagreementsAndExitsZero()
    {
        (int code, string output, string error) = Run("report");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("Tellingen: 8.515 oproepen; 11.312 mogelijke slachtoffers", output, StringComparison.Ordinal);
        Assert.Contains("Oproepen: +6% t.o.v. 2020. Niet na te gaan", output, StringComparison.Ordinal);
        Assert.Contains("Contacten via telefoon: 40% van de contacten. Klopt: de tellingen geven 39,5%.", output, StringComparison.Ordinal);
        Assert.Contains("Gepubliceerde cijfers die de tellingen niet bevestigen", output, StringComparison.Ordinal);
        Assert.Contains("[tele-onthaal/2021/visitors-vs-2020] Websitebezoekers: -17,9% t.o.v. 2020. Klopt niet.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InEnglish_UsesEnglishNumbers()
    {
        (int code, string output, _) = Run("report", "--culture", "en", "--helpline", "tele-onthaal");
        Assert.Equal(0, code);
        Assert.Contains("Counts: 137,669 calls; 104,681 conversations; 174,063 website visitors", output, StringComparison.Ordinal);
        Assert.Contains("Calls: 377 a day on average. Confirmed: the counts give 377.2.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1712", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown", "- **Websitebezoekers: -17,9% t.o.v. 2020. Klopt niet.")]
    [InlineData("json", "\"figure\": \"tele-onthaal/2021/visitors-vs-2020\"")]
    [InlineData("json", "\"format\": \"helplinestats-report/1\"")]
    [InlineData("csv", "tele-onthaal/2021/visitors-vs-2020,tele-onthaal,2021,visitors-vs-2020,contradicted,")]
    public void Report_OtherFormats_CarryTheSameStatements(string format, string expected)
    {
        (int code, string output, _) = Run("report", "--format", format, "--helpline", "tele-onthaal");
        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownCulture_ExitsTwo()
    {
        (int code, _, string error) = Run("report", "--culture", "fr");
        Assert.Equal(2, code);
        Assert.Contains("--culture: 'fr' is not supported", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownHelpline_NamesTheOptionAndTheKnownIdsAndExitsTwo()
    {
        (int code, string output, string error) = Run("report", "--helpline", "awel");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--helpline: no report of a helpline 'awel'", error, StringComparison.Ordinal);
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
