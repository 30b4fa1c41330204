using System;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Text;

public sealed class TextCultureTests
{
    [Theory]
    [InlineData(8515, "8.515", "8,515")]
    [InlineData(137669, "137.669", "137,669")]
    [InlineData(-36460, "-36.460", "-36,460")]
    [InlineData(999, "999", "999")]
    [InlineData(1000000, "1.000.000", "1,000,000")]
    public void Number_WholeNumbers_GroupDigitsByCulture(long value, string dutch, string english)
    {
        Assert.Equal(dutch, TextCulture.Dutch.Number(value));
        Assert.Equal(english, TextCulture.English.Number(value));
    }

    [Fact]
    public void Signed_Percentages_ShowTheSignAndTheDecimalSeparator()
    {
        Assert.Equal("-1,1", TextCulture.Dutch.Signed(-1.1m));
        Assert.Equal("+13,9", TextCulture.Dutch.Signed(13.9m));
        Assert.Equal("+6", TextCulture.English.Signed(6m));
        Assert.Equal("0", TextCulture.English.Signed(0m));
        Assert.Equal("1.234,50", TextCulture.Dutch.Number(1234.50m));
    }

    [Fact]
    public void Parse_KnownAndUnknownNames()
    {
        Assert.Same(TextCulture.Dutch, TextCulture.Parse("nl-BE"));
        Assert.Same(TextCulture.Dutch, TextCulture.Parse("NL"));
        Assert.Same(TextCulture.English, TextCulture.Parse("en-GB"));
        Assert.Same(TextCulture.French, TextCulture.Parse("fr-BE"));
        Assert.Same(TextCulture.French, TextCulture.Parse("fr_FR"));
        ArgumentException unknown = Assert.Throws<ArgumentException>(() => TextCulture.Parse("de-BE"));
        Assert.Equal("name", unknown.ParamName);
        Assert.Contains("use en, fr-BE, nl-BE", unknown.Message, StringComparison.Ordinal);
        Assert.False(TextCulture.TryParse("de", out TextCulture? none));
        Assert.Null(none);
        Assert.False(TextCulture.TryParse(null, out _));
        Assert.False(TextCulture.TryParse("", out _));
    }

    [Fact]
    public void French_GroupsDigitsWithANarrowNoBreakSpace_AndWritesADecimalComma()
    {
        Assert.Equal("8\u202F515", TextCulture.French.Number(8515m));
        Assert.Equal("-1\u202F234,5", TextCulture.French.Number(-1234.5m));
        Assert.Equal("+6", TextCulture.French.Signed(6m));
        Assert.Equal("fr-BE", TextCulture.French.Name);
    }

    [Fact]
    public void Statements_KeepTheLinkToTheirFigure()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Report report = Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), new[] { calls.Observe(8515), calls.WithPeriod(ReportingPeriod.Year(2020)).Observe(8033) },
            figures: new[] { RelativeChangeFigure.Of("vs-2020", calls, ReportingPeriod.Year(2020), 6m) });
        Statement statement = Assert.Single(Statements.Of(Auditor.Default.Audit(Dataset.Of(report)), TextCulture.Dutch));
        Assert.Equal("vs-2020", statement.FigureId);
        // (8,515 − 8,033) / 8,033 = 6.0%.
        Assert.Equal("Het aantal oproepen veranderde met +6% tegenover 2020. Dat klopt: van 8.033 naar 8.515 oproepen geeft +6,0%.", statement.Text);
    }

    [Fact]
    public void French_SaysTheFirstDayAndTheFirstQuarterAsOrdinals_AndTheOthersAsNumbers()
    {
        var french = new Wording(TextCulture.French, Array.Empty<Helpline>(), null);
        Assert.Equal("1er janvier 2021", french.Date(new NodaTime.LocalDate(2021, 1, 1)));
        Assert.Equal("2 janvier 2021", french.Date(new NodaTime.LocalDate(2021, 1, 2)));
        Assert.Equal("au 1er trimestre 2020", french.Period(ReportingPeriod.Quarter(2020, 1), null));
        Assert.Equal("au 3e trimestre 2020", french.Period(ReportingPeriod.Quarter(2020, 3), null));
        Assert.Equal("in het 1e kwartaal van 2020", new Wording(TextCulture.Dutch, Array.Empty<Helpline>(), null).Period(ReportingPeriod.Quarter(2020, 1), null));
        Assert.Equal("in quarter 1 of 2020", new Wording(TextCulture.English, Array.Empty<Helpline>(), null).Period(ReportingPeriod.Quarter(2020, 1), null));
        Assert.Equal("1 January 2021", new Wording(TextCulture.English, Array.Empty<Helpline>(), null).Date(new NodaTime.LocalDate(2021, 1, 1)));
    }
}
