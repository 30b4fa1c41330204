using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;
using Xunit;

namespace HelplineStats.Core.Tests.Text;

/// <summary>
/// Each figure kind and each verdict kind worded in both languages, against sentences written by hand from the counts
/// below (the arithmetic is in the comments). Stop it Now!'s contacts: 300, 405, 408, 390 and 410 in 2017 to 2021
/// (1,913 since the launch on 19 May 2017), 150 and 162 of them by phone in 2020 and 2021, 1 by e-mail in 2021.
/// </summary>
public sealed class StatementsTests
{
    private static readonly Helpline StopItNow = Helplines.StopItNowFlanders;
    private static readonly ReportingPeriod Y2019 = ReportingPeriod.Year(2019);
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.Year(2020);
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.Year(2021);
    private static readonly ObservationKey Contacts = new(StopItNow.Id, Y2021, Metric.Contacts);
    private static readonly ObservationKey Phone = Contacts.WithChannel(Channel.Phone);

    private static IEnumerable<Observation> Counts()
    {
        yield return Contacts.Observe(410);
        yield return Phone.Observe(162);
        yield return Contacts.WithChannel(Channel.Email).Observe(1);
        yield return Contacts.WithPeriod(Y2020).Observe(390);
        yield return Phone.WithPeriod(Y2020).Observe(150);
        yield return Contacts.WithPeriod(StopItNow.SinceLaunch(Y2021)).Observe(1913);
        yield return Contacts.WithPeriod(ReportingPeriod.Year(2017)).Observe(300);
        yield return Contacts.WithPeriod(ReportingPeriod.Year(2018)).Observe(405);
        yield return Contacts.WithPeriod(Y2019).Observe(408);
    }

    /// <summary>The sentence for <paramref name="figure"/>, audited alone with the counts above (so no other figure explains it).</summary>
    private static string Say(PublishedFigure figure, TextCulture culture, IEnumerable<Observation>? counts = null, Helpline? helpline = null)
    {
        Helpline line = helpline ?? StopItNow;
        Dataset dataset = Dataset.Of(Report.Create(line, Y2021, counts ?? Counts(), figures: new[] { figure }));
        return Assert.Single(Statements.Of(Auditor.Default.Audit(dataset), dataset, culture)).Text;
    }

    private static void Check(PublishedFigure figure, string dutch, string english, IEnumerable<Observation>? counts = null, Helpline? helpline = null)
    {
        Assert.Equal(dutch, Say(figure, TextCulture.Dutch, counts, helpline));
        Assert.Equal(english, Say(figure, TextCulture.English, counts, helpline));
    }

    [Fact]
    public void Count_Confirmed_PluralAndSingular()
    {
        Check(CountFigure.Of("f", Contacts, 410m),
            "Er waren 410 contacten. Dat klopt met de tellingen.",
            "There were 410 contacts. The counts confirm this.");
        Check(CountFigure.Of("f", Contacts.WithChannel(Channel.Email), 1m),
            "Er was 1 contact via e-mail. Dat klopt met de tellingen.",
            "There was 1 contact by e-mail. The counts confirm this.");
    }

    [Fact]
    public void Count_DigitSlip_GivesTheRightNumber()
    {
        // 401 for 410: two swapped digits; no rounding or coarser step gives 401.
        Check(CountFigure.Of("f", Contacts, 401m),
            "Er waren 401 contacten. Dat klopt niet: de tellingen geven 410, niet 401. Juist gedrukt is het 410. "
            + "Het juiste getal is 410: één cijfer is anders of twee cijfers staan omgewisseld.",
            "There were 401 contacts. This does not hold: the counts give 410, not 401. Printed correctly, it reads 410. "
            + "The right number is 410: one digit differs or two digits are swapped.");
    }

    [Fact]
    public void Share_Confirmed_ShowsPartAndWhole()
    {
        // 162 / 410 = 39.51%.
        Check(ShareFigure.Of("f", Phone, Contacts, ShareBasis.Total, 40m),
            "40% van de contacten kwam binnen via telefoon. Dat klopt: 162 van de 410 contacten geeft 39,5%.",
            "40% of the contacts came in by phone. Confirmed: 162 of the 410 contacts gives 39.5%.");
    }

    [Fact]
    public void Share_Contradicted_ShowsPrintedComputedAndExpected()
    {
        // 39.51% cannot be printed as 37%; no rounding mode, coarser step or digit slip of 40 gives 37.
        Check(ShareFigure.Of("f", Phone, Contacts, ShareBasis.Total, 37m),
            "37% van de contacten kwam binnen via telefoon. Dat klopt niet: 162 van de 410 contacten geeft 39,5%, niet 37%. "
            + "Juist gedrukt is het 40%. Geen gekende vergissing verklaart het gedrukte getal.",
            "37% of the contacts came in by phone. This does not hold: 162 of the 410 contacts gives 39.5%, not 37%. "
            + "Printed correctly, it reads 40%. No known slip explains the printed number.");
        // 42 for 40 differs in one digit.
        Check(ShareFigure.Of("f", Phone, Contacts, ShareBasis.Total, 42m),
            "42% van de contacten kwam binnen via telefoon. Dat klopt niet: 162 van de 410 contacten geeft 39,5%, niet 42%. "
            + "Juist gedrukt is het 40%. Het juiste getal is 40%: één cijfer is anders of twee cijfers staan omgewisseld.",
            "42% of the contacts came in by phone. This does not hold: 162 of the 410 contacts gives 39.5%, not 42%. "
            + "Printed correctly, it reads 40%. The right number is 40%: one digit differs or two digits are swapped.");
    }

    [Fact]
    public void ShareOfAnotherMetric_AmountsTo()
    {
        var referrals = new ObservationKey(StopItNow.Id, Y2021, Metric.Referrals);
        // 41 / 410 = 10.0%.
        Check(ShareFigure.OfSubset("f", referrals, Contacts, ShareBasis.Total, 10m),
            "De doorverwijzingen zijn goed voor 10% van de contacten. Dat klopt: 41 van de 410 contacten geeft 10,0%.",
            "The referrals amount to 10% of the contacts. Confirmed: 41 of the 410 contacts gives 10.0%.",
            Counts().Append(referrals.Observe(41)));
    }

    [Fact]
    public void RelativeChange_Confirmed()
    {
        // (410 − 390) / 390 = 5.13%.
        Check(RelativeChangeFigure.Of("f", Contacts, Y2020, 5m),
            "Het aantal contacten veranderde met +5% tegenover 2020. Dat klopt: van 390 naar 410 contacten geeft +5,1%.",
            "The number of contacts changed by +5% compared with 2020. Confirmed: going from 390 to 410 contacts gives +5.1%.");
    }

    [Fact]
    public void RelativeChange_WrongBase_NamesBothCounts()
    {
        // 20 / 410 = 4.88%, printed +4.9%; the right change is 20 / 390 = 5.128%, printed +5.1%.
        Check(RelativeChangeFigure.Of("f", Contacts, Y2020, 4.9m),
            "Het aantal contacten veranderde met +4,9% tegenover 2020. Dat klopt niet: van 390 naar 410 contacten geeft +5,13%, niet +4,9%. "
            + "Juist gedrukt is het +5,1%. Wie het verschil (+20) deelt door het nieuwe aantal 410 in plaats van het oude 390, komt uit op +4,9%.",
            "The number of contacts changed by +4.9% compared with 2020. This does not hold: going from 390 to 410 contacts gives +5.13%, not +4.9%. "
            + "Printed correctly, it reads +5.1%. Dividing the difference (+20) by the later count 410 instead of the earlier 390 gives +4.9%.");
    }

    [Fact]
    public void RelativeChange_NotCheckable_GivesTheIntervalInWords()
    {
        // 410 / 280 = +46.4% and 410 / 281 = +45.9% print as +46%; 279 gives +47.0% and 282 gives +45.4%.
        Check(RelativeChangeFigure.Of("f", Contacts, Y2019, 46m),
            "Het aantal contacten veranderde met +46% tegenover 2019. Niet na te gaan: er is geen telling van contacten in 2019. "
            + "Volgens dit cijfer ligt dat aantal tussen 280 en 281.",
            "The number of contacts changed by +46% compared with 2019. Cannot be checked: there is no count of contacts in 2019. "
            + "According to this figure, that count lies between 280 and 281.",
            Counts().Where(o => o.Key.Period.Kind == PeriodKind.Year && !o.Key.Period.Equals(Y2019)));
    }

    [Fact]
    public void RelativeChange_OpenEnd_SaysAtLeast()
    {
        // More than +50% from 390 needs more than 585 contacts in 2021: at least 586, with no upper end.
        Check(RelativeChangeFigure.Of("f", Contacts, Y2020, 50m, Qualifier.MoreThan),
            "Het aantal contacten veranderde met meer dan +50% tegenover 2020. Niet na te gaan: er is geen telling van contacten. "
            + "Volgens dit cijfer is dat aantal ten minste 586.",
            "The number of contacts changed by more than +50% compared with 2020. Cannot be checked: there is no count of contacts. "
            + "According to this figure, that count is at least 586.",
            new[] { Contacts.WithPeriod(Y2020).Observe(390) });
    }

    [Fact]
    public void AbsoluteChange_Confirmed()
    {
        Check(AbsoluteChangeFigure.Of("f", Contacts, Y2020, 20m),
            "Het aantal contacten veranderde met +20 tegenover 2020. Dat klopt: van 390 naar 410 contacten geeft +20.",
            "The number of contacts changed by +20 compared with 2020. Confirmed: going from 390 to 410 contacts gives +20.");
    }

    [Fact]
    public void PercentagePointChange_Confirmed_SingularPoint()
    {
        // 162/410 − 150/390 = 39.51% − 38.46% = +1.05 points.
        Check(PercentagePointChangeFigure.Of("f", Phone, Contacts, ShareBasis.Total, Y2020, 1m),
            "Het aandeel van telefoon in de contacten veranderde met +1 procentpunt tegenover 2020. Dat klopt: de tellingen geven +1,1.",
            "The share of phone in the contacts changed by +1 percentage point compared with 2020. Confirmed: the counts give +1.1.");
    }

    [Fact]
    public void Multiple_Confirmed()
    {
        // 410 / 390 = 1.051.
        Check(MultipleFigure.Of("f", Contacts, Y2020, 1.1m),
            "Er waren 1,1 keer zoveel contacten als in 2020. Dat klopt: van 390 naar 410 contacten geeft 1,05.",
            "There were 1.1 times as many contacts as in 2020. Confirmed: going from 390 to 410 contacts gives 1.05.");
    }

    [Fact]
    public void RatePerDay_Confirmed_NamesTheDays()
    {
        // 410 / 365 = 1.123 a day.
        Check(RateFigure.PerDay("f", Contacts, 1.1m),
            "Gemiddeld waren er 1,1 contacten per dag. Dat klopt: 410 contacten over 365 dagen geeft 1,12.",
            "On average there were 1.1 contacts a day. Confirmed: 410 contacts over 365 days gives 1.12.");
    }

    [Fact]
    public void RatePerDay_OfAnotherPeriodThanTheReport_NamesThePeriodAfterTheUnit()
    {
        // A 2021 page that recalls 2020's average: the period follows "a day", not the noun ("calls in 2020 a day").
        // 2020 has 366 days; 40,260 calls are 110 a day exactly.
        var calls2020 = new ObservationKey(Helplines.TeleOnthaal.Id, Y2020, Metric.Calls);
        Dataset dataset = Dataset.Of(Report.Create(Helplines.TeleOnthaal, Y2021, new[] { calls2020.Observe(40_260) },
            figures: new[] { RateFigure.PerDay("f", calls2020, 110m), RateFigure.PerWeek("g", calls2020, 770m) }));
        AuditResult audit = Auditor.Default.Audit(dataset);
        Assert.Equal(new[] { "Gemiddeld waren er 110 oproepen per dag in 2020.", "Gemiddeld waren er 770 oproepen per week in 2020." },
            Statements.Of(audit, dataset, TextCulture.Dutch).Select(statement => statement.Text[..statement.Text.IndexOf('.', StringComparison.Ordinal)] + "."));
        Assert.Equal(new[] { "On average there were 110 calls a day in 2020.", "On average there were 770 calls a week in 2020." },
            Statements.Of(audit, dataset, TextCulture.English).Select(statement => statement.Text[..statement.Text.IndexOf('.', StringComparison.Ordinal)] + "."));
    }

    [Fact]
    public void RatePerDay_InTheLaunchYear_SaysTheDaysCountFromTheLaunch()
    {
        // Stop it Now! opened on 19 May 2017: 227 days to 31 December. 454 contacts / 227 days = 2 a day exactly (the
        // computed value is shown with one decimal more than the printed one, as everywhere).
        var contacts2017 = new ObservationKey(StopItNow.Id, ReportingPeriod.Year(2017), Metric.Contacts);
        Dataset dataset = Dataset.Of(Report.Create(StopItNow, ReportingPeriod.Year(2017), new[] { contacts2017.Observe(454) },
            figures: new[] { RateFigure.PerDay("f", contacts2017, 2m) }));
        AuditResult audit = Auditor.Default.Audit(dataset);
        Assert.Equal("Gemiddeld waren er 2 contacten per dag. Dat klopt: 454 contacten over de 227 dagen sinds de lancering in mei 2017 geeft 2,0.",
            Assert.Single(Statements.Of(audit, dataset, TextCulture.Dutch)).Text);
        Assert.Equal("On average there were 2 contacts a day. Confirmed: 454 contacts over the 227 days since the launch in May 2017 gives 2.0.",
            Assert.Single(Statements.Of(audit, dataset, TextCulture.English)).Text);
    }

    [Fact]
    public void RatePerDay_WrongNumberOfDays_AndRoundingUp()
    {
        // Tele-Onthaal, 2020 (366 days): 139,092 / 366 = 380.03, printed 381; 139,092 / 365 = 381.07. Rounded away from
        // zero or upward, 380.03 also gives 381.
        var calls = new ObservationKey(Helplines.TeleOnthaal.Id, Y2020, Metric.Calls);
        Dataset dataset = Dataset.Of(Report.Create(Helplines.TeleOnthaal, Y2020, new[] { calls.Observe(139092) },
            figures: new[] { RateFigure.PerDay("f", calls, 381m) }));
        AuditResult audit = Auditor.Default.Audit(dataset);
        Assert.Equal(
            "Gemiddeld waren er 381 oproepen per dag. Dat klopt niet: 139.092 oproepen over 366 dagen geeft 380,0, niet 381. Juist gedrukt is het 380. "
            + "Wie deelt door 365 dagen in plaats van de 366 dagen dat de lijn open was, komt uit op 381. Van nul weg afgerond wordt het 381. Naar boven afgerond wordt het 381.",
            Assert.Single(Statements.Of(audit, dataset, TextCulture.Dutch)).Text);
        Assert.Equal(
            "On average there were 381 calls a day. This does not hold: 139,092 calls over 366 days gives 380.0, not 381. Printed correctly, it reads 380. "
            + "Dividing by 365 days instead of the 366 days the line was open gives 381. Rounded away from zero, it becomes 381. Rounded upward, it becomes 381.",
            Assert.Single(Statements.Of(audit, dataset, TextCulture.English)).Text);
    }

    [Fact]
    public void RatePerWeek_Confirmed()
    {
        // 410 / 365 × 7 = 7.86 a week.
        Check(RateFigure.PerWeek("f", Contacts, 7.9m),
            "Gemiddeld waren er 7,9 contacten per week. Dat klopt: 410 contacten over 365 dagen geeft 7,86.",
            "On average there were 7.9 contacts a week. Confirmed: 410 contacts over 365 days gives 7.86.");
    }

    [Fact]
    public void OneInN_WithQualifier_Confirmed()
    {
        // 162 / 410 = 39.5%, more than one in 3.
        Check(OneInNFigure.Of("f", Phone, Contacts, ShareBasis.Total, 3m, Qualifier.MoreThan),
            "Meer dan één op de 3 contacten kwam binnen via telefoon. Dat klopt: 162 van de 410 contacten geeft 39,5%.",
            "More than one in 3 contacts came in by phone. Confirmed: 162 of the 410 contacts gives 39.5%.");
    }

    [Fact]
    public void CumulativeSinceLaunch_ReadsAsAPersonSaysIt()
    {
        Check(SinceLaunchFigure.Of("f", Contacts.WithPeriod(StopItNow.SinceLaunch(Y2021)), 1913m),
            "Sinds de lancering in mei 2017 waren er 1.913 contacten. Dat klopt met de tellingen.",
            "Since the launch in May 2017 there have been 1,913 contacts. The counts confirm this.");
    }

    [Fact]
    public void HighestSinceLaunch_Confirmed()
    {
        Check(RecordFigure.Highest("f", Contacts),
            "Het aantal contacten in 2021 is het hoogste sinds de start. Dat klopt voor elk jaar sinds de start.",
            "The number of contacts in 2021 is the highest since the start. Confirmed for every year since the start.");
    }

    [Fact]
    public void LowestSinceLaunch_Contradicted_NamesTheYearThatBeatsIt()
    {
        Check(RecordFigure.Lowest("f", Contacts),
            "Het aantal contacten in 2021 is het laagste sinds de start. Dat klopt niet. In 2017 waren er minder: 300 contacten.",
            "The number of contacts in 2021 is the lowest since the start. This does not hold. In 2017 there were fewer: 300 contacts.");
    }

    [Fact]
    public void AgeInYears_Confirmed_WithTheLaunchDate()
    {
        Check(AgeFigure.Of("f", StopItNow.Id, Y2021, 4),
            "Stop it Now! Flanders bestaat 4 jaar in 2021. Dat klopt: de lijn startte op 19 mei 2017.",
            "Stop it Now! Flanders is 4 years old in 2021. Confirmed: the line started on 19 May 2017.");
    }

    [Fact]
    public void Ratio_Confirmed()
    {
        // 1712: 11,312 possible victims over 8,515 calls = 1.328 a call.
        var calls = new ObservationKey(Helplines.Line1712.Id, Y2021, Metric.Calls);
        var victims = calls.WithMetric(Metric.PossibleVictims);
        Check(RatioFigure.Of("f", victims, calls, 1.3m),
            "Er waren 1,3 mogelijke slachtoffers per oproep. Dat klopt: 11.312 mogelijke slachtoffers op 8.515 oproepen geeft 1,33.",
            "There were 1.3 possible victims per call. Confirmed: 11,312 possible victims to 8,515 calls gives 1.33.",
            new[] { calls.Observe(8515), victims.Observe(11312) }, Helplines.Line1712);
    }

    [Fact]
    public void Share_OfACategory_QuotesTheLabel()
    {
        Category woman = Taxonomies.Gender.Get("woman");
        var callers = new ObservationKey(StopItNow.Id, Y2021, Metric.ContactPersons);
        // 60 / 100 = 60.0%.
        Check(ShareFigure.Of("f", callers.WithCategory(woman), callers, ShareBasis.Total, 60m),
            "60% van de contactnemers valt in de categorie ‘vrouw’. Dat klopt: 60 van de 100 contactnemers geeft 60,0%.",
            "60% of the people who got in touch fall under ‘woman’. Confirmed: 60 of the 100 people who got in touch gives 60.0%.",
            new[] { callers.Observe(100), callers.WithCategory(woman).Observe(60) });
    }

    [Fact]
    public void UnknownChannel_IsShownByItsCodeAndReported()
    {
        var pigeon = Channel.Of("pigeon");
        var helpline = new Helpline(HelplineId.Of("x"), "X", "A test line.", null, new[] { new ChannelOffering(pigeon) }, AnonymityPolicy.Unknown);
        var contacts = new ObservationKey(helpline.Id, Y2021, Metric.Contacts);
        Dataset dataset = Dataset.Of(Report.Create(helpline, Y2021, new[] { contacts.Observe(10), contacts.WithChannel(pigeon).Observe(5) },
            figures: new[] { ShareFigure.Of("f", contacts.WithChannel(pigeon), contacts, ShareBasis.Total, 50m) }));
        ReportPage page = ReportPage.Of(dataset, Auditor.Default.Audit(dataset), TextCulture.Dutch, new NodaTime.LocalDate(2022, 1, 1));
        Assert.Contains("50% van de contacten kwam binnen via [pigeon].", page.ToText(), StringComparison.Ordinal);
        Assert.Equal(new[] { "description:x", "pigeon" }, page.MissingTranslations);
        Assert.Contains("Zonder Nederlandse vertaling (getoond met hun code): description:x, pigeon.", page.ToText(), StringComparison.Ordinal);
    }

    /// <summary>The sentence for figure <paramref name="id"/> of a page holding all of <paramref name="figures"/> and only 2021's 410 contacts.</summary>
    private static string SayOf(string id, TextCulture culture, params PublishedFigure[] figures)
    {
        Dataset dataset = Dataset.Of(Report.Create(StopItNow, Y2021, new[] { Contacts.Observe(410) }, figures: figures));
        return Statements.Of(Auditor.Default.Audit(dataset), dataset, culture).Single(st => st.FigureId == id).Text;
    }

    [Fact]
    public void ConsistentTogether_SaysWhatTheFiguresJointlyImply()
    {
        // 2019 unknown: +46% puts it in [280, 281]; 1.5 times as many (410 / x in [1.45, 1.55)) in [265, 282]; together [280, 281].
        PublishedFigure change = RelativeChangeFigure.Of("change", Contacts, Y2019, 46m);
        PublishedFigure multiple = MultipleFigure.Of("multiple", Contacts, Y2019, 1.5m);
        Assert.Equal("Het aantal contacten veranderde met +46% tegenover 2019. Niet apart na te gaan: er is geen telling van contacten in 2019, "
            + "maar de cijfers erover passen bij elkaar. Samen zetten ze het aantal contacten in 2019 tussen 280 en 281.",
            SayOf("change", TextCulture.Dutch, change, multiple));
        Assert.Equal("There were 1.5 times as many contacts as in 2019. Cannot be checked alone: there is no count of contacts in 2019, "
            + "but the figures about it fit together. Together they put the number of contacts in 2019 between 280 and 281.",
            SayOf("multiple", TextCulture.English, change, multiple));
    }

    [Fact]
    public void OnlyCulprit_SetsItsIntervalBesideTheOthers()
    {
        // +200 puts 2019 at 210; the other two put it in [280, 281]; only removing +200 makes the rest fit.
        PublishedFigure[] figures =
        {
            RelativeChangeFigure.Of("change", Contacts, Y2019, 46m),
            MultipleFigure.Of("multiple", Contacts, Y2019, 1.5m),
            AbsoluteChangeFigure.Of("difference", Contacts, Y2019, 200m),
        };
        Assert.Equal("Het aantal contacten veranderde met +200 tegenover 2019. Dat klopt niet. Dit cijfer zet het aantal contacten in 2019 op precies 210; "
            + "de andere cijfers zetten het tussen 280 en 281. Zonder dit cijfer passen alle andere.",
            SayOf("difference", TextCulture.Dutch, figures));
        Assert.Equal("The number of contacts changed by +200 compared with 2019. This does not hold. This figure puts the number of contacts in 2019 at exactly 210; "
            + "the other figures put it between 280 and 281. Without this figure all the others fit.",
            SayOf("difference", TextCulture.English, figures));
    }

}

/// <summary>Periods whose end is known only to the month, worded as a person would write them.</summary>
public sealed class MonthEndWordingTests
{
    private static readonly ReportingPeriod UpToMay2013 = ReportingPeriod.ToSomeDayIn(new NodaTime.LocalDate(2012, 3, 12), new NodaTime.YearMonth(2013, 5));

    [Fact]
    public void Statement_ASinceLaunchTotalUpToMay_SaysSinceLaunchUpToMay()
    {
        var key = new ObservationKey(Helplines.Line1712.Id, UpToMay2013, Metric.Calls);
        Dataset dataset = Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2013), new[] { key.Observe(9000) },
            figures: new[] { SinceLaunchFigure.Of("since-launch", key, 9000m) }));
        AuditResult audit = Auditor.Default.Audit(dataset);
        Assert.Equal("Sinds de lancering, tot mei 2013 waren er 9.000 oproepen. Dat klopt met de tellingen.", Statements.Of(audit, dataset, TextCulture.Dutch).Single().Text);
        Assert.Equal("Since launch, up to May 2013 there have been 9,000 calls. The counts confirm this.", Statements.Of(audit, dataset, TextCulture.English).Single().Text);
    }

    [Fact]
    public void Key_NotFromTheLaunch_SaysFromTheDayUpToTheMonth()
    {
        var key = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.ToSomeDayIn(new NodaTime.LocalDate(2013, 1, 1), new NodaTime.YearMonth(2013, 5)), Metric.Calls);
        Assert.Equal("oproepen van 1 januari 2013 tot mei 2013", Statements.Key(key, ReportingPeriod.Year(2013), TextCulture.Dutch));
        Assert.Equal("calls from 1 January 2013 up to May 2013", Statements.Key(key, ReportingPeriod.Year(2013), TextCulture.English));
    }

    [Fact]
    public void Statement_AChangeAgainstATotalUpToMay_NamesThePeriod()
    {
        var key = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2013), Metric.Calls);
        var figure = RelativeChangeFigure.Of("change", key, UpToMay2013, 5m);
        FigureVerdict verdict = Auditor.Default.Audit(Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2013), figures: new[] { figure }))).Verdicts.Single();
        Assert.Contains("12 maart 2012 tot mei 2013", Statements.Of(verdict, TextCulture.Dutch).Text, StringComparison.Ordinal);
        Assert.Contains("12 March 2012 up to May 2013", Statements.Of(verdict, TextCulture.English).Text, StringComparison.Ordinal);
    }
}
