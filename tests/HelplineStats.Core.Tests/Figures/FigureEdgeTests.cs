using System;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Figures;

/// <summary>
/// What each figure type refuses and where its conditions turn: each case sits on one side of one condition (a period
/// that ends on the launch day and one that ends the day before; a running total that ends on the same day as another
/// and one that ends a day earlier), with the outcome worked out from the definitions in docs/figures.md.
/// </summary>
public sealed class FigureEdgeTests
{
    private static Count Calls(long value) => Count.Of(value, Metric.Calls);

    private static Count Contacts(long value) => Count.Of(value, Metric.Contacts);

    private static readonly Helpline StopItNow = Helplines.StopItNowFlanders; // launched 19 May 2017

    [Fact]
    public void Factories_NullArguments_NameTheParameter()
    {
        Assert.Equal("count", Assert.Throws<ArgumentNullException>(() => Rate.PerDay(null!, ReportingPeriod.Year(2021))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => Rate.PerWeek(Calls(1), null!)).ParamName);
        Assert.Equal("earlier", Assert.Throws<ArgumentNullException>(() => Change.Between(null!, Calls(1))).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentNullException>(() => Change.Between(Calls(1), null!)).ParamName);
        Assert.Equal("earlier", Assert.Throws<ArgumentNullException>(() => Multiple.Between(null!, Calls(1))).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentNullException>(() => Multiple.Between(Calls(1), null!)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentNullException>(() => CumulativeTotal.Of(null!, ReportingPeriod.Year(2021))).ParamName);
        Assert.Equal("span", Assert.Throws<ArgumentNullException>(() => CumulativeTotal.Of(Calls(1), null!)).ParamName);
        Assert.Equal("helpline", Assert.Throws<ArgumentNullException>(() => CumulativeTotal.SinceLaunch(null!, ReportingPeriod.Year(2021), Calls(1))).ParamName);
        Assert.Equal("earlier", Assert.Throws<ArgumentNullException>(() => CumulativeTotal.Of(Calls(1), ReportingPeriod.Year(2021)).Since(null!)).ParamName);
        Assert.Equal("numerator", Assert.Throws<ArgumentNullException>(() => MetricRatio.Of(null!, Calls(1))).ParamName);
        Assert.Equal("denominator", Assert.Throws<ArgumentNullException>(() => MetricRatio.Of(Calls(1), null!)).ParamName);
        Share half = Share.Of(Calls(1), Calls(2));
        Assert.Equal("earlier", Assert.Throws<ArgumentNullException>(() => PercentagePointChange.Between(null!, half)).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentNullException>(() => PercentagePointChange.Between(half, null!)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => Multiple.Between(Calls(1), Calls(2)).Phrase(RoundingPolicy.Whole, null!)).ParamName);
    }

    [Fact]
    public void MetricRatio_OneMetricOverItself_IsAShareOrAMultipleNotARatio()
    {
        var e = Assert.Throws<ArgumentException>(() => MetricRatio.Of(Calls(3), Calls(4)));
        Assert.Equal("denominator", e.ParamName);
        Assert.Contains("both counts are 'calls'", e.Message, StringComparison.Ordinal);
        MetricRatio ratio = MetricRatio.Of(Count.Of(4, Metric.PossibleVictims), Calls(3));
        Assert.Equal(Rational.Of(4, 3), ratio.Value);
        Assert.True(ratio.IsDefined);
        Assert.False(MetricRatio.Of(Count.Of(4, Metric.PossibleVictims), Calls(0)).IsDefined);
    }

    [Fact]
    public void PercentagePointChange_SharesOfOtherPartsWholesOrBases_AreRefused()
    {
        Share calls = Share.Of(Calls(1), Calls(4));
        // The part's metric differs (a subset share of referrals in calls), the whole's differs, or the basis differs.
        Assert.Throws<ArgumentException>(() => PercentagePointChange.Between(calls, Share.OfSubset(Count.Of(1, Metric.Referrals), Calls(4))));
        Assert.Throws<ArgumentException>(() => PercentagePointChange.Between(Share.OfSubset(Calls(1), Contacts(4)), Share.OfSubset(Calls(1), Count.Of(4, Metric.Conversations))));
        Assert.Throws<ArgumentException>(() => PercentagePointChange.Between(calls, Share.Of(Calls(1), Calls(4), ShareBasis.Known)));
        // Same part, whole and basis: 1/4 to 3/4 is +50 points.
        Assert.Equal(Rational.Of(50), PercentagePointChange.Between(calls, Share.Of(Calls(3), Calls(4))).Points);
        Assert.Equal(Rational.Of(-50), PercentagePointChange.Between(Share.Of(Calls(3), Calls(4), ShareBasis.Known), Share.Of(Calls(1), Calls(4), ShareBasis.Known)).Points);
    }

    [Fact]
    public void Change_RelativePercent_IsAHundredTimesTheFraction()
    {
        Change change = Change.Between(Calls(200), Calls(250));
        Assert.Equal(Rational.Of(1, 4), change.Relative);
        Assert.Equal(Rational.Of(25), change.RelativePercent);
        Assert.True(change.IsRelativeDefined);
        Assert.Null(Change.Between(Calls(0), Calls(1)).RelativePercent);
        Assert.Same(Calls(200).Metric, change.Earlier.Metric);
        Assert.Equal(Calls(250), change.Later);
    }

    [Fact]
    public void CumulativeTotal_Since_TheEarlierMustStartTheSameDayAndEndBefore()
    {
        var sinceLaunch2020 = CumulativeTotal.SinceLaunch(StopItNow, ReportingPeriod.Year(2020), Contacts(1503));
        var sinceLaunch2021 = CumulativeTotal.SinceLaunch(StopItNow, ReportingPeriod.Year(2021), Contacts(1913));
        Assert.Equal(new LocalDate(2017, 5, 19), sinceLaunch2021.Span.Start);
        Assert.Equal(new LocalDate(2021, 12, 31), sinceLaunch2021.Span.End);
        // The same end: nothing lies between them.
        Assert.Throws<ArgumentException>(() => sinceLaunch2021.Since(sinceLaunch2021));
        // Another start: a total since 1 January 2018 is not a running total since launch.
        var from2018 = CumulativeTotal.Of(Contacts(1000), ReportingPeriod.Between(new LocalDate(2018, 1, 1), new LocalDate(2020, 12, 31)));
        Assert.Throws<ArgumentException>(() => sinceLaunch2021.Since(from2018));
        // Another metric.
        var calls = CumulativeTotal.Of(Calls(1503), sinceLaunch2020.Span);
        Assert.Throws<MetricMismatchException>(() => sinceLaunch2021.Since(calls));
        // A total that ends one day earlier gives that one day; an equal total gives zero.
        var toTheDayBefore = CumulativeTotal.Of(Contacts(1913), ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2021, 12, 30)));
        SeriesPoint lastDay = sinceLaunch2021.Since(toTheDayBefore);
        Assert.Equal(ReportingPeriod.Day(new LocalDate(2021, 12, 31)), lastDay.Period);
        Assert.Equal(Contacts(0), lastDay.Count);
        Assert.Throws<InvalidOperationException>(() => CumulativeTotal.SinceLaunch(Helplines.TeleOnthaal, ReportingPeriod.Year(2021), Calls(1)));
    }

    [Fact]
    public void Multiple_ObservationsOfAnotherHelplineOrBeforeTheLaunch_AreRefused()
    {
        ObservationKey contacts2021 = new(StopItNow.Id, ReportingPeriod.Year(2021), Metric.Contacts);
        Observation later = contacts2021.Observe(410);
        Observation other = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2020), Metric.Contacts).Observe(5);
        Assert.Equal("earlier", Assert.Throws<ArgumentException>(() => Multiple.Between(other, later, StopItNow)).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentException>(() => Multiple.Between(contacts2021.WithPeriod(ReportingPeriod.Year(2020)).Observe(5), other, StopItNow)).ParamName);
        // A period that ends the day before the launch is refused; one that ends on the launch day has one active day.
        Observation dayBefore = contacts2021.WithPeriod(ReportingPeriod.Between(new LocalDate(2017, 5, 1), new LocalDate(2017, 5, 18))).Observe(1);
        Assert.Contains("ends before", Assert.Throws<ArgumentException>(() => Multiple.Between(dayBefore, later, StopItNow)).Message, StringComparison.Ordinal);
        Observation launchDay = contacts2021.WithPeriod(ReportingPeriod.Between(new LocalDate(2017, 5, 1), new LocalDate(2017, 5, 19))).Observe(2);
        Multiple fromLaunchDay = Multiple.Between(launchDay, later, StopItNow);
        Assert.True(fromLaunchDay.EarlierIsPartial);
        // (410 / 365) / (2 / 1) = 410 / 730.
        Assert.Equal(Rational.Of(410, 730), fromLaunchDay.PerDayRatio);
        Assert.Equal(ReportingPeriod.Year(2021), fromLaunchDay.LaterPeriod);
        Assert.Equal(launchDay.Key.Period, fromLaunchDay.EarlierPeriod);
        // A helpline without a launch date takes any period whole.
        Multiple tele = Multiple.Between(
            new ObservationKey(Helplines.TeleOnthaal.Id, ReportingPeriod.Year(2020), Metric.Calls).Observe(139_092),
            new ObservationKey(Helplines.TeleOnthaal.Id, ReportingPeriod.Year(2021), Metric.Calls).Observe(137_669), Helplines.TeleOnthaal);
        Assert.False(tele.EarlierIsPartial);
        // (137,669 / 365) / (139,092 / 366)
        Assert.Equal(Rational.Of(137_669L * 366, 365L * 139_092), tele.PerDayRatio);
        Assert.Throws<MetricMismatchException>(() => Multiple.Between(later, contacts2021.WithMetric(Metric.Calls).Observe(1), StopItNow));
        Assert.Null(Multiple.Between(Calls(1), Calls(2)).PerDayRatio);
        Assert.False(Multiple.Between(Calls(1), Calls(2)).EarlierIsPartial);
    }

    [Fact]
    public void Multiple_ToString_MarksAPartialLaunchPeriod()
    {
        ObservationKey contacts = new(StopItNow.Id, ReportingPeriod.Year(2021), Metric.Contacts);
        // 410 / 311 = 1.3183...
        Assert.Equal("1.32 times as many (410 against 311 contacts, a partial launch period)",
            Multiple.Between(contacts.WithPeriod(ReportingPeriod.Year(2017)).Observe(311), contacts.Observe(410), StopItNow).ToString());
    }

    [Fact]
    public void Series_YearOnYearChanges_SkipTheFirstYearAndUnknownYears()
    {
        Series series = Series.Create(Helplines.TeleOnthaal, Metric.Calls, new[]
        {
            SeriesPoint.Known(ReportingPeriod.Year(1), Calls(5)), SeriesPoint.Known(ReportingPeriod.Year(2), Calls(6)),
            SeriesPoint.Known(ReportingPeriod.Year(2019), Calls(10)), SeriesPoint.Unknown(ReportingPeriod.Year(2020)),
            SeriesPoint.Known(ReportingPeriod.Year(2021), Calls(12)), SeriesPoint.Known(ReportingPeriod.Year(2022), Calls(9)),
        });
        var changes = series.YearOnYearChanges();
        // Year 1 has no year before it; 2020 is unknown, so neither 2019→2020 nor 2020→2021; 2021→2022 is -3.
        Assert.Equal(new[] { (1, 2, 1L), (2021, 2022, -3L) }, changes.Select(c => (c.From.Start.Year, c.To.Start.Year, c.Change.Absolute)));
    }

    [Fact]
    public void Series_RunningTotals_StartAtTheLaunchOrTheFirstPointAndNeedAdjacentPeriods()
    {
        // No launch date: the first point starts the span, so it is complete; a gap of one month makes the rest lower bounds.
        Series gap = Series.Create(Helplines.TeleOnthaal, Metric.Calls, new[]
        {
            SeriesPoint.Known(ReportingPeriod.Month(2021, 1), Calls(3)), SeriesPoint.Known(ReportingPeriod.Month(2021, 2), Calls(4)),
            SeriesPoint.Known(ReportingPeriod.Month(2021, 4), Calls(5)),
        });
        var totals = gap.RunningTotals();
        Assert.Equal(new long?[] { 3, 7, null }, totals.Select(t => t.Total?.Value));
        Assert.Equal(12, totals[2].KnownSum.Value);
        Assert.Equal(ReportingPeriod.Between(new LocalDate(2021, 1, 1), new LocalDate(2021, 4, 30)), totals[2].Span);
        Assert.Equal(ReportingPeriod.Month(2021, 4), totals[2].UpTo);
        // A point that starts before the launch day covers it (the launch year of Stop it Now!).
        Series fromLaunchYear = Series.Create(StopItNow, Metric.Contacts, new[] { SeriesPoint.Known(ReportingPeriod.Year(2017), Contacts(311)) });
        Assert.True(fromLaunchYear.RunningTotals().Single().IsComplete);
        Assert.Empty(Series.Create(StopItNow, Metric.Contacts, Array.Empty<SeriesPoint>()).RunningTotals());
    }

    [Fact]
    public void Series_Find_AnAbsentPeriodIsNull()
    {
        Series series = Series.Create(Helplines.TeleOnthaal, Metric.Calls, new[] { SeriesPoint.Known(ReportingPeriod.Year(2021), Calls(1)) });
        Assert.Null(series.Find(ReportingPeriod.Year(2020)));
        Assert.Equal(Calls(1), series.Find(ReportingPeriod.Year(2021))!.Count);
        Assert.Equal(Metric.Calls, series.Metric);
        Assert.Equal(Helplines.TeleOnthaal, series.Helpline);
    }

    [Fact]
    public void Series_CheckRecord_TiesCountAsHoldingAndAreListed()
    {
        Series series = Series.Create(Helplines.Line1712, Metric.Calls, new[]
        {
            SeriesPoint.Known(ReportingPeriod.Year(2019), Calls(7)), SeriesPoint.Known(ReportingPeriod.Year(2020), Calls(9)),
            SeriesPoint.Known(ReportingPeriod.Year(2021), Calls(9)),
        });
        RecordCheck highest = series.CheckHighest(ReportingPeriod.Year(2021));
        Assert.True(highest.IsHighest);
        Assert.True(highest.HoldsOverKnown);
        Assert.True(highest.IsConfirmed);
        Assert.Equal(new[] { ReportingPeriod.Year(2020) }, highest.Ties);
        Assert.Empty(highest.UnknownPeriods);
        Assert.Equal(ReportingPeriod.Year(2021), highest.Period);
        RecordCheck lowest = series.CheckLowest(ReportingPeriod.Year(2019));
        Assert.False(lowest.IsHighest);
        Assert.True(lowest.IsConfirmed);
        Assert.Empty(lowest.Ties);
        Assert.False(series.CheckLowest(ReportingPeriod.Year(2020)).HoldsOverKnown);
        Assert.False(series.CheckHighest(ReportingPeriod.Year(2019)).HoldsOverKnown);
        Assert.Throws<InvalidOperationException>(() => series.CheckHighest(ReportingPeriod.Year(2018)));
    }

    [Fact]
    public void Series_MultipleAgainstLaunchPeriod_NeedsTheLaunchPeriodAndBothCounts()
    {
        // The launch (19 May 2017) lies in no period of this series.
        Series noLaunchPeriod = Series.Create(StopItNow, Metric.Contacts, new[] { SeriesPoint.Known(ReportingPeriod.Year(2021), Contacts(410)) });
        Assert.Contains("holds the launch date 2017-05-19", Assert.Throws<InvalidOperationException>(() => noLaunchPeriod.MultipleAgainstLaunchPeriod(ReportingPeriod.Year(2021))).Message, StringComparison.Ordinal);
        Series unknownLaunchYear = Series.Create(StopItNow, Metric.Contacts, new[] { SeriesPoint.Unknown(ReportingPeriod.Year(2017)), SeriesPoint.Known(ReportingPeriod.Year(2021), Contacts(410)) });
        Assert.Contains("launch period 2017 is not known", Assert.Throws<InvalidOperationException>(() => unknownLaunchYear.MultipleAgainstLaunchPeriod(ReportingPeriod.Year(2021))).Message, StringComparison.Ordinal);
        Series noLater = Series.Create(StopItNow, Metric.Contacts, new[] { SeriesPoint.Known(ReportingPeriod.Year(2017), Contacts(311)), SeriesPoint.Unknown(ReportingPeriod.Year(2021)) });
        Assert.Contains("no known count for 2021", Assert.Throws<InvalidOperationException>(() => noLater.MultipleAgainstLaunchPeriod(ReportingPeriod.Year(2021))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_From_TwoReportsThatDisagree_IsAConflict()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Dataset dataset = Dataset.Of(
            Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), new[] { calls.Observe(8515) }),
            Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022), new[] { calls.Observe(8516) }));
        Assert.Throws<DataConflictException>(() => Series.From(dataset, Helplines.Line1712, Metric.Calls, new[] { ReportingPeriod.Year(2021) }));
    }

    // ---- periods whose end is known only to the month: what needs their days refuses them ----

    private static readonly ReportingPeriod UpToMay2021 = ReportingPeriod.ToSomeDayIn(new LocalDate(2017, 5, 19), new YearMonth(2021, 5));

    [Fact]
    public void ActiveDaysAndRate_APeriodEndingOnAnUnknownDay_CannotBeAsked()
    {
        // The days of a period that ends on an unknown day of a month are not known: what needs them takes a DatedPeriod,
        // which a month-end period is not, so the compiler refuses the question.
        Assert.IsType<MonthEndPeriod>(UpToMay2021);
        Assert.Null(typeof(MonthEndPeriod).GetProperty(nameof(DatedPeriod.Days)));
        Assert.Null(typeof(MonthEndPeriod).GetMethod(nameof(DatedPeriod.Previous)));
        Assert.Equal(typeof(DatedPeriod), typeof(FigureMath).GetMethod(nameof(FigureMath.ActiveDays))!.GetParameters()[0].ParameterType);
        Assert.All(new[] { nameof(Rate.PerDay), nameof(Rate.PerWeek) },
            name => Assert.Equal(typeof(DatedPeriod), typeof(Rate).GetMethod(name)!.GetParameters()[1].ParameterType));
    }

    [Fact]
    public void Series_APeriodEndingOnAnUnknownDay_IsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => Series.Create(Helplines.StopItNowFlanders, Metric.Contacts,
            new[] { SeriesPoint.Known(UpToMay2021, Count.Of(1700, Metric.Contacts)) }));
        Assert.Contains("unknown day", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_AgainstAPeriodEndingOnAnUnknownDay_HasNoPerDayRatio()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var toMay = new ObservationKey(stopItNow.Id, UpToMay2021, Metric.Contacts);
        Multiple multiple = Multiple.Between(toMay.Observe(1700), toMay.WithPeriod(ReportingPeriod.Year(2022)).Observe(3400), stopItNow);
        Assert.Equal(Rational.Of(2), multiple.Value);
        Assert.Null(multiple.PerDayRatio);
        Assert.False(multiple.EarlierIsPartial); // it starts on the launch day
    }

    [Fact]
    public void CumulativeTotalSince_ATotalToAKnownDayBeforeOneUpToAMonth_GivesTheDaysBetweenUpToThatMonth()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        CumulativeTotal to2020 = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2020), Count.Of(1503, Metric.Contacts));
        CumulativeTotal toMay = CumulativeTotal.SinceLaunch(stopItNow, UpToMay2021, Count.Of(1673, Metric.Contacts));
        SeriesPoint between = toMay.Since(to2020);
        Assert.Equal(ReportingPeriod.Parse("2021-01-01/2021-05"), between.Period);
        Assert.Equal(170, between.Count!.Value);
        Assert.Throws<ArgumentException>(() => to2020.Since(toMay));
        CumulativeTotal toApril = CumulativeTotal.Of(Count.Of(1600, Metric.Contacts), ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2021, 4, 30)));
        Assert.Throws<ArgumentException>(() => toMay.Since(toApril)); // the days between would start on 1 May, in the month itself
    }
}
