using System;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Tests.Figures;

public sealed class RateTests
{
    private static readonly RoundingPolicy Whole = RoundingPolicy.HalfAwayFromZero(0);

    [Fact]
    public void PerDay_TeleOnthaal_UsesTheRealNumberOfDays()
    {
        Assert.Equal(377m, Whole.Round(Rate.PerDay(Count.Of(137_669, Metric.Calls), ReportingPeriod.Year(2021)).Value));
        Assert.Equal(287m, Whole.Round(Rate.PerDay(Count.Of(104_681, Metric.Conversations), ReportingPeriod.Year(2021)).Value));
        // 2020 has 366 days: 139,092 calls are 380 a day (380.03...), where 365 days would give 381.07...
        Rate in2020 = Rate.PerDay(Count.Of(139_092, Metric.Calls), ReportingPeriod.Year(2020));
        Assert.Equal(Rational.Of(139_092, 366), in2020.Value);
        Assert.Equal(380m, Whole.Round(in2020.Value));
    }

    [Fact]
    public void PerWeek_AndOneDayPeriods_AreExact()
    {
        Assert.Equal(Rational.Of(7 * 137_669, 365), Rate.PerWeek(Count.Of(137_669, Metric.Calls), ReportingPeriod.Year(2021)).Value);
        Assert.Equal(Rational.Of(42), Rate.PerDay(Count.Of(42, Metric.Calls), ReportingPeriod.Day(new LocalDate(2020, 2, 29))).Value);
        Assert.Equal(Rational.Of(long.MaxValue) * 7, Rate.PerWeek(Count.Of(long.MaxValue, Metric.Calls), ReportingPeriod.Day(new LocalDate(2021, 1, 1))).Value);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool PerDay_TimesTheDays_GivesBackTheCount(Count count, DatedPeriod period)
    {
        return Rate.PerDay(count, period).Value * period.Days == count.Value
            && Rate.PerWeek(count, period).Value * period.Days == Rational.Of(count.Value) * 7;
    }

}
