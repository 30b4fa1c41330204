using System;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Tests.Figures;

public sealed class SeriesTests
{
    private static SeriesPoint Year(int year, long? count) => count is long value
        ? SeriesPoint.Known(ReportingPeriod.Year(year), Count.Of(value, Metric.Contacts))
        : SeriesPoint.Unknown(ReportingPeriod.Year(year));

    // Made-up yearly contacts for Stop it Now! that agree with the published figures: 1,503 to the end of 2020, 410 in
    // 2021, -11% against 2020 and +46% against 2019. Only 2017 and 2018 are free; their sum must be 761.
    private static Series StopItNow(bool know2018 = true) => Series.Create(Helplines.StopItNowFlanders, Metric.Contacts, new[]
    {
        Year(2021, 410), Year(2017, 311), Year(2018, know2018 ? 450 : null), Year(2019, 281), Year(2020, 461),
    });

    [Fact]
    public void RunningTotals_SinceLaunch_ChainToThePublishedTotals()
    {
        var totals = StopItNow().RunningTotals();
        Assert.Equal(new[] { 2017, 2018, 2019, 2020, 2021 }, totals.Select(t => t.UpTo.Start.Year));
        Assert.Equal(1503, totals[3].Total!.Value);
        Assert.Equal(1913, totals[4].Total!.Value);
        Assert.Equal(new LocalDate(2017, 5, 19), totals[4].Span.Start);
    }

    [Fact]
    public void RunningTotals_AfterAnUnknownYear_AreLowerBoundsOnly()
    {
        var totals = StopItNow(know2018: false).RunningTotals();
        Assert.NotNull(totals[0].Total);
        Assert.All(totals.Skip(1), total => Assert.Null(total.Total));
        Assert.Equal(311 + 281 + 461 + 410, totals[4].KnownSum.Value);
    }

    [Fact]
    public void RunningTotals_FirstPointAfterTheLaunch_LeaveTheStartUncovered()
    {
        Series late = Series.Create(Helplines.StopItNowFlanders, Metric.Contacts, new[] { Year(2019, 281), Year(2020, 461) });
        Assert.All(late.RunningTotals(), total => Assert.False(total.IsComplete));
    }

    [Fact]
    public void Create_OverlapsBeforeLaunchAndMixedMetrics_AreRejected()
    {
        Assert.Contains("overlap", Assert.Throws<ArgumentException>(() => Series.Create(Helplines.StopItNowFlanders, Metric.Contacts, new[]
        {
            Year(2020, 1), SeriesPoint.Known(ReportingPeriod.Month(2020, 5), Count.Of(1, Metric.Contacts)),
        })).Message, StringComparison.Ordinal);
        Assert.Contains("before", Assert.Throws<ArgumentException>(() => Series.Create(Helplines.StopItNowFlanders, Metric.Contacts, new[] { Year(2016, 1) })).Message, StringComparison.Ordinal);
        Assert.Throws<MetricMismatchException>(() => Series.Create(Helplines.StopItNowFlanders, Metric.Calls, new[] { Year(2020, 1) }));
    }

    [Fact]
    public void YearOnYearChanges_PairEachKnownYearWithTheYearBefore()
    {
        var changes = StopItNow(know2018: false).YearOnYearChanges();
        Assert.Equal(new[] { (2019, 2020), (2020, 2021) }, changes.Select(c => (c.From.Start.Year, c.To.Start.Year)));
        // 461 → 410 is −11%, as published.
        Assert.Equal(-11m, RoundingPolicy.HalfAwayFromZero(0).Round(changes.Single(c => c.To.Start.Year == 2021).Change.RelativePercent!.Value));
    }

    [Fact]
    public void MultipleAgainstLaunchPeriod_IsFlaggedPartial()
    {
        Multiple multiple = StopItNow().MultipleAgainstLaunchPeriod(ReportingPeriod.Year(2021));
        Assert.True(multiple.EarlierIsPartial);
        Assert.Equal(Rational.Of(410, 311), multiple.Value);
        Assert.Equal(Rational.Of(410 * 227, 311 * 365), multiple.PerDayRatio);
        Assert.Throws<InvalidOperationException>(() => Series.Create(Helplines.TeleOnthaal, Metric.Contacts, new[] { Year(2021, 1) }).MultipleAgainstLaunchPeriod(ReportingPeriod.Year(2021)));
    }

    [Fact]
    public void CheckHighest_OverKnownPart_ListsWhatCouldStillBeatIt()
    {
        Series series = Series.Create(Helplines.Line1712, Metric.Calls, new[]
        {
            SeriesPoint.Known(ReportingPeriod.Year(2019), Count.Of(5_423, Metric.Calls)),
            SeriesPoint.Unknown(ReportingPeriod.Year(2018)),
            SeriesPoint.Known(ReportingPeriod.Year(2021), Count.Of(8_515, Metric.Calls)),
        });
        RecordCheck check = series.CheckHighest(ReportingPeriod.Year(2021));
        Assert.True(check.HoldsOverKnown);
        Assert.False(check.IsConfirmed);
        Assert.Equal(new[] { ReportingPeriod.Year(2018) }, check.UnknownPeriods);
        Assert.False(series.CheckLowest(ReportingPeriod.Year(2021)).HoldsOverKnown);
        Assert.Throws<InvalidOperationException>(() => series.CheckHighest(ReportingPeriod.Year(2018)));
    }

    [Fact]
    public void From_Dataset_ReadsTheCountsAndKeepsGapsUnknown()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Dataset dataset = Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), new[] { calls.Observe(8515) }));
        Series series = Series.From(dataset, Helplines.Line1712, Metric.Calls, new[] { ReportingPeriod.Year(2020), ReportingPeriod.Year(2021) });
        Assert.False(series.Points[0].IsKnown);
        Assert.Equal(8515, series.Points[1].Count!.Value);
    }

    [Fact]
    public void CumulativeTotal_Since_DerivesTheUnpublishedYear()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var to2020 = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2020), Count.Of(1503, Metric.Contacts));
        var to2021 = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2021), Count.Of(1913, Metric.Contacts));
        SeriesPoint year = to2021.Since(to2020);
        Assert.Equal(ReportingPeriod.Year(2021), year.Period);
        Assert.Equal(410, year.Count!.Value);
        Assert.Throws<ArgumentException>(() => to2020.Since(to2021));
        var shrinking = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2021), Count.Of(1000, Metric.Contacts));
        Assert.Contains("cannot decrease", Assert.Throws<ArgumentException>(() => shrinking.Since(to2020)).Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool RunningTotals_AreTheSumOfTheKnownCountsSoFar_AndMonotone(Series series)
    {
        var totals = series.RunningTotals();
        long sum = 0;
        long previous = 0;
        bool allKnownAndAdjacent = true;
        for (int i = 0; i < totals.Count; i++)
        {
            SeriesPoint point = series.Points[i];
            sum += point.Count?.Value ?? 0;
            bool adjacent = i == 0
                ? point.Period.Start <= (series.Helpline.LaunchDate ?? point.Period.Start)
                : series.Points[i - 1].Period.End.PlusDays(1) == point.Period.Start;
            allKnownAndAdjacent &= adjacent && point.IsKnown;
            if (totals[i].KnownSum.Value != sum || totals[i].KnownSum.Value < previous || totals[i].IsComplete != allKnownAndAdjacent)
            {
                return false;
            }
            previous = totals[i].KnownSum.Value;
        }
        return true;
    }
}
