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
        Assert.Contains("ages on 1 January 2022", output, StringComparison.Ordinal);
        Assert.Contains("1712  [id: 1712]", output, StringComparison.Ordinal);
        Assert.Contains("Tele-Onthaal (also: 106)", output, StringComparison.Ordinal);
        Assert.Contains("Started:   unknown", output, StringComparison.Ordinal);
        Assert.Contains("Channels:  phone and chat since 2002", output, StringComparison.Ordinal);
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
        Assert.Contains("Het aantal oproepen veranderde met +6% tegenover 2020. Niet na te gaan: er is geen telling van oproepen in 2020. "
            + "Volgens dit cijfer ligt dat aantal tussen 7.996 en 8.071.", output, StringComparison.Ordinal);
        // 162 of 410 contacts is 39.51%: printed as 40%.
        Assert.Contains("40% van de contacten kwam binnen via telefoon. Dat klopt: 162 van de 410 contacten geeft 39,5%.", output, StringComparison.Ordinal);
        Assert.Contains("Leeftijd:    9 jaar, 9 maanden en 20 dagen", output, StringComparison.Ordinal);
        Assert.Contains("sinds de lancering in mei 2017", output, StringComparison.Ordinal);
        Assert.DoesNotContain("2017-05-19", output, StringComparison.Ordinal);
        Assert.Contains("Gepubliceerde cijfers die de tellingen niet bevestigen", output, StringComparison.Ordinal);
        Assert.Contains("[tele-onthaal/2021/visitors-vs-2020] Het aantal websitebezoekers veranderde met -17,9% tegenover 2020. Dat klopt niet: "
            + "de andere cijfers zetten het aantal websitebezoekers in 2020 op precies 210.523, wat -17,32% geeft, niet -17,9%.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_InEnglish_UsesEnglishNumbers()
    {
        (int code, string output, _) = Run("report", "--culture", "en", "--helpline", "tele-onthaal");
        Assert.Equal(0, code);
        Assert.Contains("Counts: 137,669 calls; 104,681 conversations; 174,063 website visitors", output, StringComparison.Ordinal);
        Assert.Contains("On average there were 377 calls a day. Confirmed: 137,669 calls over 365 days gives 377.2.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1712", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown", "- **Het aantal websitebezoekers veranderde met -17,9% tegenover 2020. Dat klopt niet: ")]
    [InlineData("markdown", "| telefoon | 118.408 | 86 |")]
    [InlineData("json", "\"title\": \"Oproepen per kanaal\"")]
    [InlineData("json", "\"figure\": \"tele-onthaal/2021/visitors-vs-2020\"")]
    [InlineData("json", "\"format\": \"helplinestats-report/3\"")]
    [InlineData("csv", "statement,tele-onthaal,2021,tele-onthaal/2021/visitors-vs-2020,visitors-vs-2020,relative-change,contradicted,,,,,,,,,,")]
    [InlineData("csv", "table-row,tele-onthaal,2021,,,,,tele-onthaal/2021/calls,tele-onthaal/2021/calls/phone,118408,86,false,,,,,telefoon")]
    [InlineData("csv", "record,helpline,report,figure,id,kind,verdict,table,part,count,percent,adjusted,percent-of-known,low,high,shown,text\n")]
    public void Report_OtherFormats_CarryTheSameStatements(string format, string expected)
    {
        (int code, string output, _) = Run("report", "--format", format, "--helpline", "tele-onthaal");
        Assert.Equal(0, code);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_UnknownCulture_ExitsTwo()
    {
        (int code, _, string error) = Run("report", "--culture", "de");
        Assert.Equal(2, code);
        Assert.Equal("helpline-stats: --culture: 'de' is not supported; use en, fr-BE, nl-BE.", error.TrimEnd());
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

    [Fact]
    public void Report_WithConfidence_AddsIntervalsOnlyWhereAllCountsAreKnown_AndRefusesBadLevelsAndHtml()
    {
        // The embedded 2021 page: its shares of calls by channel have no channel counts, so no interval.
        (int code, string output, _) = Run("report", "--culture", "en", "--confidence", "95", "--within-chance", "--as-of", "2021-12-31");
        Assert.Equal(0, code);
        string[] lines = output.Split('\n');
        Assert.DoesNotContain("confidence", Assert.Single(lines, l => l.Contains("18% of the calls came in by chat.", StringComparison.Ordinal)), StringComparison.Ordinal);
        // Stop it Now's 75 chats of 410 contacts, both counted: Wilson's interval 0.14851 to 0.22323 (worked from the
        // formula outside the library), rounded outward.
        Assert.Contains(lines, l => l.EndsWith("75 of the 410 contacts gives 18.3%. With 95% confidence, the share lies between 14.8% and 22.4%.", StringComparison.Ordinal));
        (int bad, string badOutput, string error) = Run("report", "--confidence", "120");
        Assert.Equal(2, bad);
        Assert.Equal("", badOutput);
        Assert.StartsWith("helpline-stats: --confidence must lie strictly between 0 and 100", error, StringComparison.Ordinal);
        Assert.Equal(2, Run("report", "--format", "html", "--within-chance").Code);
    }
}
