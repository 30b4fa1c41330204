using System.Linq;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Text;

/// <summary>Small-count protection in words, both languages, on the table of 40 calls (30 by phone, 7 by chat, 3 by e-mail).</summary>
public sealed class DisclosureStatementsTests
{
    private static readonly ObservationKey Calls = new(Helplines.Line1712.Id, ReportingPeriod.Year(2022), Metric.Calls);

    private static Report Table(params PublishedFigure[] figures) => Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022),
        breakdowns: new[] { Breakdown.ByChannel(Calls.Observe(40), BreakdownCoverage.Complete, (Channel.Phone, 30), (Channel.Chat, 7), (Channel.Email, 3)) },
        figures: figures);

    [Theory]
    [InlineData(1, 4, "minder dan 5", "fewer than 5")]
    [InlineData(33, 37, "33 tot 37", "33 to 37")]
    [InlineData(0, 2, "hoogstens 2", "at most 2")]
    [InlineData(1200, 1200, "1.200", "1,200")]
    public void Shown_Bounds_InBothLanguages(long low, long high, string dutch, string english)
    {
        Assert.Equal(dutch, DisclosureStatements.Shown(CountBounds.Between(low, high), TextCulture.Dutch));
        Assert.Equal(english, DisclosureStatements.Shown(CountBounds.Between(low, high), TextCulture.English));
    }

    [Fact]
    public void Shown_UnknownAndOpenBounds()
    {
        Assert.Equal("niet gepubliceerd", DisclosureStatements.Shown(CountBounds.Unknown, TextCulture.Dutch));
        Assert.Equal("not published", DisclosureStatements.Shown(CountBounds.Unknown, TextCulture.English));
        Assert.Equal("ten minste 7.201", DisclosureStatements.Shown(CountBounds.AtLeast(7201), TextCulture.Dutch));
        Assert.Equal("at least 7,201", DisclosureStatements.Shown(CountBounds.AtLeast(7201), TextCulture.English));
    }

    [Fact]
    public void Of_AProtection_SaysWhatWasHiddenAndWhichFigureWasWithheld()
    {
        // 1.5% of 40 would be 0.6 e-mails: the printed share is 7.5% (3 of 40), which gives e-mail away.
        Protection protection = DisclosurePolicy.Default.Protect(Dataset.Of(Table(
            ShareFigure.Of("email-share", Calls.WithChannel(Channel.Email), Calls, ShareBasis.Total, 7.5m, precision: Precision.DecimalPlaces(1)))));
        Assert.Equal(new[]
        {
            "Kleine aantallen, van 1 tot 4, staan er als ‘minder dan 5’ (1 in totaal).",
            "Opdat niemand ze uit de andere cijfers kan terugrekenen, zijn ook enkele andere aantallen niet gepubliceerd (1 in totaal).",
            "1712: het cijfer ‘email-share’ over oproepen via e-mail in 2022 wordt niet gepubliceerd, omdat het samen met de rest het aantal oproepen via e-mail in 2022 zou prijsgeven.",
        }, DisclosureStatements.Of(protection, TextCulture.Dutch));
        Assert.Equal(new[]
        {
            "Small counts, from 1 to 4, are shown as ‘fewer than 5’ (1 in all).",
            "So that nobody can work them out from the other figures, some other counts are not published either (1 in all).",
            "1712: the figure ‘email-share’ about calls by e-mail in 2022 is withheld, because together with the rest it would give away the number of calls by e-mail in 2022.",
        }, DisclosureStatements.Of(protection, TextCulture.English));
    }

    [Fact]
    public void Of_ACheck_NamesThePublishedCountAndTheSplitThatRecoversAnother()
    {
        Dataset published = Dataset.Of(Table());
        DisclosureCheck check = DisclosurePolicy.Default.Check(published);
        Assert.Equal("1712: het aantal oproepen via e-mail in 2022 wordt gepubliceerd als 3, onder de drempel van 5.",
            Assert.Single(DisclosureStatements.Of(check, published, TextCulture.Dutch)));

        Dataset leaky = Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022), breakdowns: new[]
        {
            Breakdown.Create(Calls.Observe(40), BreakdownDimension.Channel, BreakdownCoverage.Complete, new[]
            {
                Calls.WithChannel(Channel.Phone).Observe(30),
                Calls.WithChannel(Channel.Chat).Observe(7),
                new Observation(Calls.WithChannel(Channel.Email), CountBounds.Between(1, 4)),
            }),
        }));
        DisclosureCheck recovered = DisclosurePolicy.Default.Check(leaky);
        Assert.Equal("1712: het aantal oproepen via e-mail in 2022 is terug te rekenen, precies 3, uit de onderverdeling van de oproepen in 2022.",
            Assert.Single(DisclosureStatements.Of(recovered, leaky, TextCulture.Dutch)));
        Assert.Equal("1712: the number of calls by e-mail in 2022 can be worked out, exactly 3, from the split of the calls in 2022.",
            Assert.Single(DisclosureStatements.Of(recovered, leaky, TextCulture.English)));

        DisclosureCheck safe = DisclosurePolicy.Default.Check(DisclosurePolicy.Default.Protect(published).Dataset);
        Assert.Equal("No count from 1 to 4 is published or can be worked out (2 counts not published, or not exactly).",
            Assert.Single(DisclosureStatements.Of(safe, published, TextCulture.English)));
    }

    [Fact]
    public void ReportPage_OfAProtectedTable_ShowsEachCountAsItIsPublished_WithoutPercentages()
    {
        Dataset shown = DisclosurePolicy.Default.Protect(Dataset.Of(Table())).Dataset;
        ReportPage page = ReportPage.Of(shown, HelplineStats.Core.Audit.Auditor.Default.Audit(shown), TextCulture.Dutch, new NodaTime.LocalDate(2022, 12, 31));
        Assert.Matches(@"\n    Oproepen per kanaal\n      telefoon +30\n      chat +niet gepubliceerd\n      e-mail +minder dan 5\n      -+\n      totaal +40\n", page.ToText());
        Assert.Contains("| e-mail | minder dan 5 |", page.ToMarkdown(), System.StringComparison.Ordinal);
        Assert.DoesNotContain("%", page.ToMarkdown().Split("#### Oproepen per kanaal")[1].Split("\n\n")[1], System.StringComparison.Ordinal);
    }
}

