using System;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Tests.Figures;

public sealed class MultipleTests
{
    private static readonly RoundingPolicy Whole = RoundingPolicy.HalfAwayFromZero(0);

    private static Count Calls(long value) => Count.Of(value, Metric.Calls);

    [Theory]
    [InlineData(292, 100, "almost 3")]
    [InlineData(341, 100, "more than 3")]
    [InlineData(300, 100, "3")]
    [InlineData(360, 100, "almost 4")]
    public void Phrase_AtWholePrecision_NamesTheSide(long later, long earlier, string expected)
    {
        Assert.Equal(expected, Multiple.Between(Calls(earlier), Calls(later)).Phrase(Whole, QualifierTable.Default).ToString());
    }

    [Fact]
    public void Phrase_FarBelowTheRoundedValue_FallsBackToMoreThanTheStepBelow()
    {
        // 0.6× rounds to 1, but "almost 1" allows only down to 0.85: it is "more than 0".
        Assert.Equal("more than 0", Multiple.Between(Calls(10), Calls(6)).Phrase(Whole, QualifierTable.Default).ToString());
        // At a step of 0.5 a multiple still names its side: 0.45 is "almost 0.5", 3.406 "almost 3.5", 3.5 a bare "3.5".
        var halves = RoundingPolicy.Of(RoundingMode.HalfAwayFromZero, Precision.OfStep(0.5m));
        Assert.Equal("almost 0.5", Multiple.Between(Calls(100), Calls(45)).Phrase(halves, QualifierTable.Default).ToString());
        Assert.Equal("almost 3.5", Multiple.Between(Calls(500), Calls(1703)).Phrase(halves, QualifierTable.Default).ToString());
        Assert.Equal("3.5", Multiple.Between(Calls(2), Calls(7)).Phrase(halves, QualifierTable.Default).ToString());
    }

    [Fact]
    public void Of_AgainstThePartialLaunchYear_SaysSoAndOffersThePerDayRatio()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var contacts = new ObservationKey(stopItNow.Id, ReportingPeriod.Year(2021), Metric.Contacts);
        // Made-up launch-year count: 2017 had 227 active days (19 May to 31 December).
        Multiple multiple = Multiple.Between(contacts.WithPeriod(ReportingPeriod.Year(2017)).Observe(200), contacts.Observe(410), stopItNow);
        Assert.True(multiple.EarlierIsPartial);
        Assert.Equal(Rational.Of(410, 200), multiple.Value);
        Assert.Equal(Rational.Of(410, 365) / Rational.Of(200, 227), multiple.PerDayRatio);
    }

    [Fact]
    public void Of_FullYears_IsNotPartial_AndZeroBaseIsUndefined()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Multiple multiple = Multiple.Between(calls.WithPeriod(ReportingPeriod.Year(2019)).Observe(5423), calls.Observe(8515), Helplines.Line1712);
        Assert.False(multiple.EarlierIsPartial);
        Assert.Equal(Rational.Of(8515, 5423) * Rational.Of(365, 365), multiple.PerDayRatio);
        Multiple fromZero = Multiple.Between(Calls(0), Calls(5));
        Assert.False(fromZero.IsDefined);
        Assert.Null(fromZero.Value);
        Assert.Null(fromZero.Phrase(Whole, QualifierTable.Default));
        Assert.Equal("undefined: the earlier count is zero (5 against 0 calls)", fromZero.ToString());
        Assert.Equal("3.41 times as many (1703 against 500 calls)", Multiple.Between(Calls(500), Calls(1703)).ToString());
        Assert.Throws<MetricMismatchException>(() => Multiple.Between(Count.Of(1, Metric.Conversations), Calls(5)));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Value_TimesTheBase_GivesBackTheLaterCount(Count later, Count earlier)
    {
        Count baseCount = Count.Of(earlier.Value, later.Metric);
        return baseCount.IsZero ? !Multiple.Between(baseCount, later).IsDefined : Multiple.Between(baseCount, later).Value * baseCount.Value == later.Value;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Phrase_IsAlwaysAcceptedByItsTable(Count later, Count earlier, RoundingPolicy policy)
    {
        Count baseCount = Count.Of(earlier.Value % 100_000, later.Metric);
        if (baseCount.IsZero || later.Value > 1_000_000_000_000)
        {
            return true;
        }
        Multiple multiple = Multiple.Between(baseCount, later);
        QualifiedValue phrased = multiple.Phrase(policy, QualifierTable.Default)!.Value;
        return QualifierTable.Default.Accepts(ValueReading.Multiple, multiple.Value!.Value, phrased.Value, phrased.Qualifier, policy);
    }
}
