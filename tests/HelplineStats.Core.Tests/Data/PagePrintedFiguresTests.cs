using System;
using System.Linq;
using HelplineStats.Core.Data;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Data;

/// <summary>
/// The 2021 page's figures as printed, written down from the page itself (not from the data file or the code): the
/// embedded data must hold exactly these, with these values and words.
/// </summary>
public sealed class PagePrintedFiguresTests
{
    // helpline, report year, figure id, printed value, qualifier as printed ("" for none).
    public static TheoryData<string, int, string, decimal, string> Printed => new()
    {
        // 1712: "+6% t.o.v. 2020 en +57% t.o.v. 2019", "3x meer oproepen dan in 2012", "68% ... telefoon, 18% via chat en 14% via email".
        { "1712", 2021, "calls-vs-2020", 6m, "" },
        { "1712", 2021, "calls-vs-2019", 57m, "" },
        { "1712", 2021, "calls-vs-2012", 3m, "" },
        { "1712", 2021, "calls-by-phone", 68m, "" },
        { "1712", 2021, "calls-by-chat", 18m, "" },
        { "1712", 2021, "calls-by-email", 14m, "" },
        // "bijna één op de vijf gesprekken via chat", "In 2020 was dit nog één op de 10".
        { "1712", 2021, "conversations-by-chat", 5m, "almost" },
        { "1712", 2021, "conversations-by-chat-2020", 10m, "" },
        // "54% ... kindermishandeling, 19% ... partnergeweld en 8% ... geweld tegen volwassenen".
        { "1712", 2021, "victims-child-abuse", 54m, "" },
        { "1712", 2021, "victims-partner-violence", 19m, "" },
        { "1712", 2021, "victims-violence-against-adults", 8m, "" },
        // "90% ... bij wie de context van geweld bekend is ... familie", "ongeveer 75% ... in het gezin", "10% van de oproepen ... buiten de familiale context".
        { "1712", 2021, "victims-in-family", 90m, "" },
        { "1712", 2021, "victims-in-household", 75m, "about" },
        { "1712", 2021, "calls-outside-family", 10m, "" },
        // "Meer dan 58% van de slachtoffers zijn minderjarig".
        { "1712", 2021, "victims-minors", 58m, "more-than" },
        // "37% ... zelf slachtoffer en 20% ... (stief)ouder", "73% ... van wie het geslacht bekend is, is vrouw", "75% kiest voor anonimiteit".
        { "1712", 2021, "callers-victim-themselves", 37m, "" },
        { "1712", 2021, "callers-parent", 20m, "" },
        { "1712", 2021, "callers-women", 73m, "" },
        { "1712", 2021, "callers-anonymous", 75m, "" },
        // "1712, 10 jaar samen tegen geweld" (the tenth anniversary falls in 2022).
        { "1712", 2022, "years-of-1712", 10m, "" },
        // Tele-Onthaal: "-1% ... t.o.v. 2020 en +13,9% ... t.o.v. 2019", "-1,1% gesprekken ... en +15,3%".
        { "tele-onthaal", 2021, "calls-vs-2020", -1m, "" },
        { "tele-onthaal", 2021, "calls-vs-2019", 13.9m, "" },
        { "tele-onthaal", 2021, "conversations-vs-2020", -1.1m, "" },
        { "tele-onthaal", 2021, "conversations-vs-2019", 15.3m, "" },
        // "Gemiddeld 377 oproepen per dag en 287 gesprekken per dag", "13% ... coronagerelateerd", "In 2020 ... 24,1%".
        { "tele-onthaal", 2021, "calls-per-day", 377m, "" },
        { "tele-onthaal", 2021, "conversations-per-day", 287m, "" },
        { "tele-onthaal", 2021, "conversations-corona", 13m, "" },
        { "tele-onthaal", 2021, "conversations-corona-2020", 24.1m, "" },
        // Phone: "-1,1% ... +12,7%", "-1,1% ... +11,6%", "86% via telefoon".
        { "tele-onthaal", 2021, "phone-calls-vs-2020", -1.1m, "" },
        { "tele-onthaal", 2021, "phone-calls-vs-2019", 12.7m, "" },
        { "tele-onthaal", 2021, "phone-conversations-vs-2020", -1.1m, "" },
        { "tele-onthaal", 2021, "phone-conversations-vs-2019", 11.6m, "" },
        { "tele-onthaal", 2021, "calls-by-phone", 86m, "" },
        // Chat: "-0,8% ... +21,8%", "-0,9% ... +39,7%", "14% via chat".
        { "tele-onthaal", 2021, "chat-calls-vs-2020", -0.8m, "" },
        { "tele-onthaal", 2021, "chat-calls-vs-2019", 21.8m, "" },
        { "tele-onthaal", 2021, "chat-conversations-vs-2020", -0.9m, "" },
        { "tele-onthaal", 2021, "chat-conversations-vs-2019", 39.7m, "" },
        { "tele-onthaal", 2021, "calls-by-chat", 14m, "" },
        // Website: "-36.460 of -17,9% t.o.v. 2020 en +79.554 of + 84,2% t.o.v. 2019".
        { "tele-onthaal", 2021, "visitors-minus-2020", -36460m, "" },
        { "tele-onthaal", 2021, "visitors-vs-2020", -17.9m, "" },
        { "tele-onthaal", 2021, "visitors-plus-2019", 79554m, "" },
        { "tele-onthaal", 2021, "visitors-vs-2019", 84.2m, "" },
        // Stop it Now!: "-11% t.o.v. 2020 en +46% t.o.v. 2019", "173 of 42% via email", "162 of 40% via telefoon", "75 of 18% via chat".
        { "stop-it-now-flanders", 2021, "contacts-vs-2020", -11m, "" },
        { "stop-it-now-flanders", 2021, "contacts-vs-2019", 46m, "" },
        { "stop-it-now-flanders", 2021, "contacts-by-email", 42m, "" },
        { "stop-it-now-flanders", 2021, "contacts-by-phone", 40m, "" },
        { "stop-it-now-flanders", 2021, "contacts-by-chat", 18m, "" },
        // "48% bezorgd over zichzelf, 19% ... over een naaste en 10% ... als professional".
        { "stop-it-now-flanders", 2021, "worried-about-self", 48m, "" },
        { "stop-it-now-flanders", 2021, "worried-about-someone-close", 19m, "" },
        { "stop-it-now-flanders", 2021, "worried-as-professional", 10m, "" },
        // "263 doorverwijzingen ... 14% van het totaal aantal contacten. Daarvan meldde 80% zich aan".
        { "stop-it-now-flanders", 2021, "referrals-of-contacts", 14m, "" },
        { "stop-it-now-flanders", 2021, "referrals-registered", 80m, "" },
        // "een stijging met 16% t.o.v. 2020 en een daling met 5% t.o.v. 2019".
        { "stop-it-now-flanders", 2021, "visitors-vs-2020", 16m, "" },
        { "stop-it-now-flanders", 2021, "visitors-vs-2019", -5m, "" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void Embedded_HoldsThePrintedFigure(string helpline, int year, string id, decimal value, string qualifier)
    {
        PublishedFigure figure = EmbeddedData.FlemishHelplines2021.Find(HelplineId.Of(helpline), ReportingPeriod.Year(year))!.FindFigure(id)!;
        Assert.Equal(value, figure.Value);
        Assert.Equal(qualifier.Length == 0 ? Qualifier.None : Enum.Parse<Qualifier>(qualifier.Replace("-", "", StringComparison.Ordinal), ignoreCase: true), figure.Qualifier);
    }

    [Fact]
    public void Embedded_HoldsTheRecordClaimAndNothingElse()
    {
        Assert.Equal(FigureKind.HighestSinceLaunch, EmbeddedData.FlemishHelplines2021.Find(HelplineId.Of("1712"), ReportingPeriod.Year(2021))!.FindFigure("calls-record")!.Kind);
        // 54 printed values above and the record claim ("het hoogst aantal oproepen sinds de oprichting").
        Assert.Equal(Printed.Count + 1, EmbeddedData.FlemishHelplines2021.Reports.Sum(r => r.Figures.Count));
    }

    [Theory]
    [InlineData("1712", "2021", "calls", 8_515)]
    [InlineData("1712", "2021", "possible-victims", 11_312)]
    [InlineData("tele-onthaal", "2021", "calls", 137_669)]
    [InlineData("tele-onthaal", "2021", "conversations", 104_681)]
    [InlineData("tele-onthaal", "2021", "website-visitors", 174_063)]
    [InlineData("stop-it-now-flanders", "2021", "contacts", 410)]
    [InlineData("stop-it-now-flanders", "2017-05-19/2021-12-31", "contacts", 1_913)]
    [InlineData("stop-it-now-flanders", "2017-05-19/2021-12-31", "referrals", 263)]
    [InlineData("stop-it-now-flanders", "2017-05-19/2021-12-31", "website-visitors", 114_215)]
    [InlineData("stop-it-now-flanders", "2021", "website-visitors", 33_523)]
    public void Embedded_HoldsThePrintedCounts(string helpline, string period, string metric, long count)
    {
        var key = new ObservationKey(HelplineId.Of(helpline), ReportingPeriod.Parse(period), Metric.Of(metric));
        Report report = EmbeddedData.FlemishHelplines2021.Find(HelplineId.Of(helpline), ReportingPeriod.Year(2021))!;
        Assert.Equal(count, report.Find(key)!.Value);
    }
}
