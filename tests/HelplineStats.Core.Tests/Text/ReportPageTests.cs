using System;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Text;

/// <summary>
/// The embedded 2021 page worded in both languages, held against the figures the page printed (listed here by hand from
/// the source page) and the parts of its breakdowns.
/// </summary>
public sealed class ReportPageTests
{
    private static readonly Dataset Page = EmbeddedData.FlemishHelplines2021;
    private static readonly AuditResult Audit = Auditor.Default.Audit(Page);
    private static readonly LocalDate NewYear2022 = new(2022, 1, 1);

    private static ReportPage Of(TextCulture culture) => ReportPage.Of(Page, Audit, culture, NewYear2022);

    /// <summary>What the page printed, as each language's report must say it.</summary>
    public static TheoryData<string, string> Printed() => new()
    {
        { "8.515 oproepen", "8,515 calls" },
        { "11.312 mogelijke slachtoffers", "11,312 possible victims" },
        { "met +6% tegenover 2020", "by +6% compared with 2020" },
        { "met +57% tegenover 2019", "by +57% compared with 2019" },
        { "Er waren 3 keer zoveel oproepen als in 2012.", "There were 3 times as many calls as in 2012." },
        { "68% van de oproepen kwam binnen via telefoon", "68% of the calls came in by phone" },
        { "Bijna één op de 5 gesprekken kwam binnen via chat", "Almost one in 5 conversations came in by chat" },
        { "Één op de 10 gesprekken in 2020", "One in 10 conversations in 2020" },
        { "Meer dan 58% van de mogelijke slachtoffers", "More than 58% of the possible victims" },
        { "54% van de mogelijke slachtoffers valt in de categorie ‘kindermishandeling’", "54% of the possible victims fall under ‘child abuse’" },
        { "73% van de contactnemers van wie het gegeven gekend is", "73% of the people who got in touch for whom it is known" },
        { "1712 bestaat 10 jaar in 2022", "1712 is 10 years old in 2022" },
        { "Het aantal oproepen in 2021 is het hoogste sinds de start", "The number of calls in 2021 is the highest since the start" },
        { "86% van de oproepen kwam binnen via telefoon", "86% of the calls came in by phone" },
        { "Gemiddeld waren er 377 oproepen per dag", "On average there were 377 calls a day" },
        { "Gemiddeld waren er 287 gesprekken per dag", "On average there were 287 conversations a day" },
        { "Het aantal websitebezoekers veranderde met -36.460 tegenover 2020", "The number of website visitors changed by -36,460 compared with 2020" },
        { "Het aantal websitebezoekers veranderde met -17,9% tegenover 2020", "The number of website visitors changed by -17.9% compared with 2020" },
        { "Het aantal websitebezoekers veranderde met +84,2% tegenover 2019", "The number of website visitors changed by +84.2% compared with 2019" },
        { "24,1% van de gesprekken in 2020", "24.1% of the conversations in 2020" },
        { "1.913 contacten sinds de lancering in mei 2017", "1,913 contacts since the launch in May 2017" },
        { "De doorverwijzingen sinds de lancering in mei 2017 zijn goed voor 14% van de contacten", "The referrals since the launch in May 2017 amount to 14% of the contacts" },
        { "80% van de doorverwijzingen sinds de lancering in mei 2017", "80% of the referrals since the launch in May 2017" },
        { "48% van de contacten valt in de categorie ‘bezorgd over zichzelf’", "48% of the contacts fall under ‘worried about themselves’" },
        { "Het aantal contacten veranderde met -11% tegenover 2020", "The number of contacts changed by -11% compared with 2020" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void EmbeddedPage_SaysEveryPrintedFigure_InBothLanguages(string dutch, string english)
    {
        Assert.Contains(dutch, Of(TextCulture.Dutch).ToText(), StringComparison.Ordinal);
        Assert.Contains(english, Of(TextCulture.English).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedPage_TablesHoldTheBreakdownsParts()
    {
        // Stop it Now! 2021: 173 + 162 + 75 = 410 contacts, 42/40/18%; Tele-Onthaal: 118,408 + 19,261 = 137,669 calls
        // (86/14%) and 88,128 + 16,553 = 104,681 conversations (84.2/15.8% → 84/16).
        ReportPage dutch = Of(TextCulture.Dutch);
        Assert.Equal(3, dutch.Tables.Count);
        BreakdownTable contacts = dutch.Tables.Single(t => t.Title == "Contacten per kanaal");
        Assert.Equal(new (string, long?, decimal)[] { ("e-mail", 173L, 42m), ("telefoon", 162L, 40m), ("chat", 75L, 18m) },
            contacts.Rows.Select(r => (r.Label, r.Count, r.Percent!.Value)));
        Assert.Equal(410, contacts.Total.Count);
        BreakdownTable conversations = Of(TextCulture.English).Tables.Single(t => t.Title == "Conversations by channel");
        Assert.Equal(new (string, long?, decimal)[] { ("phone", 88128L, 84m), ("chat", 16553L, 16m) }, conversations.Rows.Select(r => (r.Label, r.Count, r.Percent!.Value)));
        string text = dutch.ToText();
        Assert.Contains("    Oproepen per kanaal\n      deel       aantal    %\n      ----------------------\n      telefoon  118.408   86\n"
            + "      chat       19.261   14\n      ----------------------\n      totaal    137.669  100\n", text, StringComparison.Ordinal);
        Assert.Contains("| chat | 75 | 18 |", dutch.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("| total | 104,681 | 100 |", Of(TextCulture.English).ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedPage_TheDisagreement_ShowsPrintedComputedAndWhy()
    {
        // −36,460 from 174,063 puts 2020 at 210,523, which gives −36,460 / 210,523 = −17.32%, not −17.9%; −17.9% (rounded
        // from [−17.95%, −17.85%)) would need 2020 in [211,885, 212,142]; −17.3% and −17.9% differ in one digit.
        Assert.Contains("  - [tele-onthaal/2021/visitors-vs-2020] Het aantal websitebezoekers veranderde met -17,9% tegenover 2020. "
            + "Dat klopt niet: de andere cijfers zetten het aantal websitebezoekers in 2020 op precies 210.523, wat -17,32% geeft, niet -17,9%. "
            + "Juist gedrukt is het -17,3%. Dit cijfer zet het aantal websitebezoekers in 2020 tussen 211.885 en 212.142, en zonder dit cijfer passen alle andere. "
            + "Het juiste getal is -17,3%: één cijfer is anders of twee cijfers staan omgewisseld.\n", Of(TextCulture.Dutch).ToText(), StringComparison.Ordinal);
        Assert.Contains("  - [tele-onthaal/2021/visitors-vs-2020] The number of website visitors changed by -17.9% compared with 2020. "
            + "This does not hold: the other figures put the number of website visitors in 2020 at exactly 210,523, which gives -17.32%, not -17.9%. "
            + "Printed correctly, it reads -17.3%. This figure puts the number of website visitors in 2020 between 211,885 and 212,142, and without this figure all the others fit. "
            + "The right number is -17.3%: one digit differs or two digits are swapped.\n", Of(TextCulture.English).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedPage_HasEveryWordInBothLanguages()
    {
        foreach (TextCulture culture in new[] { TextCulture.Dutch, TextCulture.English })
        {
            ReportPage page = Of(culture);
            Assert.Empty(page.MissingTranslations);
            Assert.DoesNotContain("[", page.Statements.Select(s => s.Text).Aggregate(string.Concat), StringComparison.Ordinal);
        }
        Assert.Contains("Vlaamse hulplijn voor iedereen met een vraag over geweld", Of(TextCulture.Dutch).ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Flemish", Of(TextCulture.Dutch).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedPage_Summary_CountsTheVerdicts()
    {
        // The numbers are the audit's; the words are the phrasebook's.
        int Count(VerdictKind kind) => Audit.Verdicts.Count(v => v.Kind == kind);
        Assert.Equal(55, Audit.Verdicts.Count);
        Assert.Equal(1, Count(VerdictKind.Contradicted));
        Assert.Equal($"55 cijfers: {Count(VerdictKind.Confirmed)} bevestigd, 1 in tegenspraak met de tellingen, {Count(VerdictKind.ConsistentTogether)} samen consistent, "
            + $"{Count(VerdictKind.NotCheckable)} niet na te gaan met de gepubliceerde tellingen.", Of(TextCulture.Dutch).Summary);
        Assert.Equal($"55 figures: {Count(VerdictKind.Confirmed)} confirmed, 1 contradicted by the counts, {Count(VerdictKind.ConsistentTogether)} consistent together, "
            + $"{Count(VerdictKind.NotCheckable)} not checkable from the published counts.", Of(TextCulture.English).Summary);
    }

    [Fact]
    public void EmbeddedPage_PinnedFigures_SayTheOtherFiguresPinTheCount()
    {
        // +79,554 and +84.2% against 2019 pin 2019's website visitors: 174,063 − 79,554 = 94,509, and 79,554 / 94,509 = 84.18%.
        Assert.Contains("Het aantal websitebezoekers veranderde met +84,2% tegenover 2019. Dat klopt samen met de andere cijfers: die zetten het aantal "
            + "websitebezoekers in 2019 op precies 94.509, wat +84,18% geeft.", Of(TextCulture.Dutch).ToText(), StringComparison.Ordinal);
        Assert.Contains("The number of website visitors changed by +84.2% compared with 2019. Confirmed together with the other figures: they put the number of "
            + "website visitors in 2019 at exactly 94,509, which gives +84.18%.", Of(TextCulture.English).ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReportJsonAndCsv_CarryTheTablesAsData()
    {
        ReportPage page = Of(TextCulture.English);
        using var json = System.Text.Json.JsonDocument.Parse(AuditJsonWriter.ToJson(page));
        Assert.Equal("helplinestats-report/3", json.RootElement.GetProperty("format").GetString());
        System.Text.Json.JsonElement table = json.RootElement.GetProperty("tables").EnumerateArray()
            .Single(t => t.GetProperty("total-key").GetString() == "stop-it-now-flanders/2021/contacts");
        Assert.Equal(410, table.GetProperty("total").GetInt64());
        Assert.Equal(new[] { 42m, 40m, 18m }, table.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("percent").GetDecimal()));
        string csv = ReportCsvWriter.ToCsv(page);
        Assert.StartsWith("record,helpline,report,figure,id,kind,verdict,table,part,count,percent,adjusted,percent-of-known,low,high,shown,text\n", csv, StringComparison.Ordinal);
        Assert.Contains("\ntable-row,stop-it-now-flanders,2021,,,,,stop-it-now-flanders/2021/contacts,stop-it-now-flanders/2021/contacts/email,173,42,false,,,,,e-mail\n", csv, StringComparison.Ordinal);
        Assert.Contains("\ntable-total,stop-it-now-flanders,2021,,,,,stop-it-now-flanders/2021/contacts,,410,100,,,,,,Contacts by channel\n", csv, StringComparison.Ordinal);
        Assert.Equal(55, csv.Split('\n').Count(line => line.StartsWith("statement,", StringComparison.Ordinal)));
        Assert.Empty(json.RootElement.GetProperty("bounded-tables").EnumerateArray());
        Assert.DoesNotContain("\nbounded-table-", csv, StringComparison.Ordinal);
    }
}
