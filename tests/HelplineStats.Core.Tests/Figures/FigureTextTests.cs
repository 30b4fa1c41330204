using System;
using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Figures;

/// <summary>
/// The invariant text of each figure type (what a log, a debugger or an exception message shows), each expected line
/// worked by hand from the counts: 137,669 / 365 = 377.18 a day; 1,423 / 139,092 = 1.02%; and so on.
/// </summary>
public sealed class FigureTextTests
{
    private static Count Calls(long value) => Count.Of(value, Metric.Calls);

    private static readonly ReportingPeriod SinceLaunchTo2021 = ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2021, 12, 31));

    [Fact]
    public void Rate_ToString_RoundsToOneDecimalAndNamesUnitCountAndDays()
    {
        // 137,669 / 365 = 377.175...; × 7 = 963,683 / 365 = 2,640.227...; always one decimal, so 1 a day is 1.0.
        Assert.Equal("377.2 per day (137669 calls in 2021, 365 days)", Rate.PerDay(Calls(137_669), ReportingPeriod.Year(2021)).ToString());
        Assert.Equal("2640.2 per week (137669 calls in 2021, 365 days)", Rate.PerWeek(Calls(137_669), ReportingPeriod.Year(2021)).ToString());
        Assert.Equal("1.0 per day (1 call in 2020-02-29, 1 days)", Rate.PerDay(Calls(1), ReportingPeriod.Day(new LocalDate(2020, 2, 29))).ToString());
    }

    [Theory]
    [InlineData(139_092, 137_669, "-1423 (-1.0%): 139092 to 137669 calls")] // 1,423 / 139,092 = 1.023%
    [InlineData(100, 150, "+50 (+50.0%): 100 to 150 calls")]
    [InlineData(5, 5, "0 (0.0%): 5 to 5 calls")]
    [InlineData(0, 5, "+5 (relative change undefined): 0 to 5 calls")]
    [InlineData(2_000, 1_999, "-1 (-0.1%): 2000 to 1999 calls")]        // -0.05% rounds away from zero to -0.1%
    [InlineData(3_000, 2_999, "-1 (0.0%): 3000 to 2999 calls")]          // -0.0333% rounds to zero, shown without a sign
    public void Change_ToString_SignsTheDifferenceAndThePercent(long earlier, long later, string expected) =>
        Assert.Equal(expected, Change.Between(Calls(earlier), Calls(later)).ToString());

    [Fact]
    public void RunningTotal_ToString_MarksALowerBound()
    {
        Count sum = Count.Of(1_913, Metric.Contacts);
        Assert.Equal("2017-05-19/2021-12-31: 1913 contacts", new RunningTotal(ReportingPeriod.Year(2021), SinceLaunchTo2021, sum, true).ToString());
        Assert.Equal("2017-05-19/2021-12-31: at least 1913 contacts", new RunningTotal(ReportingPeriod.Year(2021), SinceLaunchTo2021, sum, false).ToString());
    }

    [Fact]
    public void RecordCheck_ToString_SaysConfirmedHoldsOrDoesNotHold()
    {
        var none = Array.AsReadOnly(Array.Empty<ReportingPeriod>());
        var unknown = Array.AsReadOnly(new[] { ReportingPeriod.Year(2018), ReportingPeriod.Year(2019) });
        Assert.Equal("2021 highest: confirmed", new RecordCheck(ReportingPeriod.Year(2021), true, true, none, none).ToString());
        Assert.Equal("2021 lowest: holds over the known periods; unknown: 2018, 2019",
            new RecordCheck(ReportingPeriod.Year(2021), false, true, unknown, none).ToString());
        Assert.Equal("2021 lowest: does not hold", new RecordCheck(ReportingPeriod.Year(2021), false, false, unknown, none).ToString());
    }

    [Fact]
    public void RecordCheck_IsConfirmed_OnlyWhenItHoldsAndNothingIsUnknown()
    {
        var none = Array.AsReadOnly(Array.Empty<ReportingPeriod>());
        var unknown = Array.AsReadOnly(new[] { ReportingPeriod.Year(2018) });
        Assert.True(new RecordCheck(ReportingPeriod.Year(2021), true, true, none, none).IsConfirmed);
        Assert.False(new RecordCheck(ReportingPeriod.Year(2021), true, true, unknown, none).IsConfirmed);
        Assert.False(new RecordCheck(ReportingPeriod.Year(2021), true, false, none, none).IsConfirmed);
    }

    [Fact]
    public void CumulativeTotal_ToString_IsTheTotalOverTheSpan() =>
        Assert.Equal("1913 contacts over 2017-05-19/2021-12-31", CumulativeTotal.Of(Count.Of(1_913, Metric.Contacts), SinceLaunchTo2021).ToString());

    [Fact]
    public void PercentagePointChange_ToString_NamesThePointsAndBothShares()
    {
        Share in2020 = Share.Of(Count.Of(241, Metric.Conversations), Count.Of(1_000, Metric.Conversations));
        Share in2021 = Share.Of(Count.Of(130, Metric.Conversations), Count.Of(1_000, Metric.Conversations));
        Assert.Equal("-11.1 points (24.1% (241 of 1000 conversations) to 13.0% (130 of 1000 conversations))",
            PercentagePointChange.Between(in2020, in2021).ToString());
        Assert.Equal("+11.1 points (13.0% (130 of 1000 conversations) to 24.1% (241 of 1000 conversations))",
            PercentagePointChange.Between(in2021, in2020).ToString());
        PercentagePointChange undefined = PercentagePointChange.Between(Share.Of(Calls(0), Calls(0)), Share.Of(Calls(1), Calls(2)));
        Assert.False(undefined.IsDefined);
        Assert.Null(undefined.Points);
        Assert.Equal("undefined (undefined: the whole is zero (0 of 0 calls) to 50.0% (1 of 2 calls))", undefined.ToString());
        Assert.True(PercentagePointChange.Between(in2020, in2021).IsDefined);
    }

    [Fact]
    public void SeriesAndPoints_ToString_ListEveryPointWithUnknownOnes()
    {
        Series series = Series.Create(Helplines.Line1712, Metric.Calls, new[]
        {
            SeriesPoint.Known(ReportingPeriod.Year(2021), Calls(8_515)), SeriesPoint.Unknown(ReportingPeriod.Year(2020)),
        });
        Assert.Equal("2020: unknown", series.Points[0].ToString());
        Assert.Equal("2021: 8515 calls", series.Points[1].ToString());
        Assert.Equal("1712 calls: 2020: unknown, 2021: 8515 calls", series.ToString());
    }

    [Fact]
    public void MetricRatio_ToString_IsPerOneOfTheDenominator()
    {
        // 11,312 / 8,515 = 1.3284...
        Assert.Equal("1.33 possible victims per call (11312 possible victims, 8515 calls)",
            MetricRatio.Of(Count.Of(11_312, Metric.PossibleVictims), Calls(8_515)).ToString());
        Assert.Equal("undefined: no calls (5 possible victims, 0 calls)", MetricRatio.Of(Count.Of(5, Metric.PossibleVictims), Calls(0)).ToString());
    }

    [Theory]
    [InlineData(1, 3, "one in 3")]
    [InlineData(26, 100, "more than one in 4")] // 0.26 is nearest 1/4 of 2, 3, 4, 5, 10, above it, and 26% is not 25% as shown
    [InlineData(0, 0, "undefined: the whole is zero")]
    public void NaturalFrequency_ToString_IsTheQualifiedOneInN(long part, long whole, string expected)
    {
        var frequency = NaturalFrequency.Of(Share.Of(Calls(part), Calls(whole)), RoundingPolicy.Whole, QualifierTable.Default);
        Assert.Equal(expected, frequency.ToString());
        Assert.Equal(whole != 0, frequency.IsDefined);
        Assert.Equal(whole != 0, frequency.Phrased is not null);
    }

    [Fact]
    public void ValueInterval_ToString_ShowsBracketsAndInfinities()
    {
        Assert.Equal("[0, 1)", ValueInterval.Of(Rational.Zero, true, Rational.One, false).ToString());
        Assert.Equal("(-∞, 1/2]", ValueInterval.Of(null, true, Rational.Of(1, 2), true).ToString());
        Assert.Equal("(0, ∞)", ValueInterval.Of(Rational.Zero, false, null, true).ToString());
        Assert.Equal("∅", ValueInterval.Of(Rational.One, true, Rational.Zero, true).ToString());
        Assert.Equal("∅", ValueInterval.Empty.ToString());
    }

    [Fact]
    public void QualifiedValue_ToString_IsTheWordsThenTheInvariantNumber()
    {
        Assert.Equal("almost 3", new QualifiedValue(3m, Qualifier.Almost, Precision.Whole).ToString());
        Assert.Equal("more than 2.5", new QualifiedValue(2.5m, Qualifier.MoreThan, Precision.DecimalPlaces(1)).ToString());
        Assert.Equal("7", new QualifiedValue(7m, Qualifier.None, Precision.Whole).ToString());
    }
}
