using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Text;

/// <summary>
/// Confidence intervals and the within-chance mark in statements, when asked for; the interval ends are the published
/// reference values (Newcombe 1998; the closed form of the exact Poisson ratio with no events), rounded outward by hand.
/// </summary>
public sealed class UncertaintyStatementsTests
{
    private static readonly Helpline Line = Helplines.Line1712;
    private static readonly DatedPeriod Y2022 = ReportingPeriod.Year(2022);
    private static readonly ObservationKey Calls = new(Line.Id, Y2022, Metric.Calls);
    private static readonly ObservationKey Chat = Calls.WithChannel(Channel.Chat);

    private static string Statement(Dataset dataset, TextCulture culture, StatementOptions options) =>
        Assert.Single(Statements.Of(Auditor.Default.Audit(dataset), dataset, culture, options)).Text;

    private static Dataset Share(long part, long whole, decimal printed) => Dataset.Of(Report.Create(Line, Y2022,
        new[] { Calls.Observe(whole), Chat.Observe(part) },
        figures: new[] { ShareFigure.Of("chat", Chat, Calls, ShareBasis.Total, printed, precision: Precision.DecimalPlaces(1)) }));

    /// <summary>Later 56 of 70, earlier 48 of 80 (or the shares given), and the change in points printed.</summary>
    private static Dataset PointsChange(long earlierPart, long earlierWhole, long part, long whole, decimal printed) => Dataset.Of(Report.Create(Line, Y2022,
        new[] { Calls.Observe(whole), Chat.Observe(part), Calls.WithPeriod(Y2022.Previous()).Observe(earlierWhole), Chat.WithPeriod(Y2022.Previous()).Observe(earlierPart) },
        figures: new[] { PercentagePointChangeFigure.Of("chat-points", Chat, Calls, ShareBasis.Total, Y2022.Previous(), printed, precision: Precision.DecimalPlaces(1)) }));

    [Fact]
    public void AShare_81Of263_CarriesWilsonsInterval_RoundedOutward()
    {
        // Newcombe (1998), Wilson's interval for 81/263: 0.2553 to 0.3662.
        StatementOptions ninetyFive = new(0.95);
        Assert.EndsWith("With 95% confidence, the share lies between 25.5% and 36.7%.", Statement(Share(81, 263, 30.8m), TextCulture.English, ninetyFive));
        Assert.EndsWith("Met 95% betrouwbaarheid ligt het aandeel tussen 25,5% en 36,7%.", Statement(Share(81, 263, 30.8m), TextCulture.Dutch, ninetyFive));
    }

    [Fact]
    public void ByDefault_NoIntervalAndNoMark()
    {
        string text = Statement(PointsChange(0, 20, 0, 10, 0m), TextCulture.English, StatementOptions.None);
        Assert.DoesNotContain("confidence", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("chance", text, System.StringComparison.Ordinal);
        Assert.Equal(text, Assert.Single(Statements.Of(Auditor.Default.Audit(PointsChange(0, 20, 0, 10, 0m)), PointsChange(0, 20, 0, 10, 0m), TextCulture.English)).Text);
    }

    [Fact]
    public void AChangeInAShare_CarriesNewcombesInterval_AndIsMarkedOnlyWhenItHoldsNoChange()
    {
        StatementOptions both = new(0.95, markWithinChance: true);
        // Newcombe (1998, method 10): 56/70 − 48/80 = 0.2, interval 0.0524 to 0.3339; it excludes 0.
        string clear = Statement(PointsChange(48, 80, 56, 70, 20m), TextCulture.English, both);
        Assert.EndsWith("With 95% confidence, the change lies between +5.2 and +33.4 percentage points.", clear);
        // 0/10 − 0/20: interval −0.1611 to 0.2775; it holds 0.
        string chance = Statement(PointsChange(0, 20, 0, 10, 0m), TextCulture.English, both);
        Assert.EndsWith("With 95% confidence, the change lies between -16.2 and +27.8 percentage points. That change lies within what chance alone could give.", chance);
        Assert.EndsWith("Die verandering valt binnen wat het toeval alleen kan geven.", Statement(PointsChange(0, 20, 0, 10, 0m), TextCulture.Dutch, both));
        // The mark alone, without the interval.
        Assert.EndsWith("That change lies within what chance alone could give.", Statement(PointsChange(0, 20, 0, 10, 0m), TextCulture.English, new StatementOptions(markWithinChance: true)));
        Assert.DoesNotContain("confidence", Statement(PointsChange(0, 20, 0, 10, 0m), TextCulture.English, new StatementOptions(markWithinChance: true)), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ARelativeChangeFromTwelveToNone_CarriesTheExactPoissonRatioInterval()
    {
        // 0 events against 12: Clopper–Pearson for 0 of 12 puts p below 1 − 0.025^(1/12) = 0.264648, so the ratio
        // p/(1 − p) below 0.359894: a change from −100% to −64.01%, rounded outward.
        Dataset dataset = Dataset.Of(Report.Create(Line, Y2022, new[] { Calls.Observe(0), Calls.WithPeriod(Y2022.Previous()).Observe(12) },
            figures: new[] { RelativeChangeFigure.Of("calls-change", Calls, Y2022.Previous(), -100m) }));
        Assert.EndsWith("With 95% confidence, the change lies between -100.0% and -64.0%.", Statement(dataset, TextCulture.English, new StatementOptions(0.95, true)));
    }

    [Fact]
    public void AFigureWithAnUnknownCount_GetsNoInterval()
    {
        Dataset dataset = Dataset.Of(Report.Create(Line, Y2022, new[] { Calls.Observe(263) },
            figures: new[] { ShareFigure.Of("chat", Chat, Calls, ShareBasis.Total, 30.8m, precision: Precision.DecimalPlaces(1)) }));
        Assert.DoesNotContain("confidence", Statement(dataset, TextCulture.English, new StatementOptions(0.95, true)), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.5)]
    public void Options_ALevelOutsideZeroToOne_IsRefused(double level)
    {
        Assert.Throws<System.ArgumentOutOfRangeException>(() => new StatementOptions(level));
    }
}
