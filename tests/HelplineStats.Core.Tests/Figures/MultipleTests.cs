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
    [InlineData(292, 100, "Almost 3")]
    [InlineData(341, 100, "MoreThan 3")]
    [InlineData(300, 100, "3")]
    [InlineData(360, 100, "Almost 4")]
    public void Phrase_AtWholePrecision_NamesTheSide(long later, long earlier, string expected)
    {
        Assert.Equal(expected, Multiple.Of(Calls(later), Calls(earlier)).Phrase(Whole, QualifierTable.Default).ToString());
    }

    [Fact]
    public void Phrase_FarBelowTheRoundedValue_FallsBackToMoreThanTheStepBelow()
    {
        // 0.6× rounds to 1, but "almost 1" allows only down to 0.85: it is "more than 0".
        Assert.Equal("MoreThan 0", Multiple.Of(Calls(6), Calls(10)).Phrase(Whole, QualifierTable.Default).ToString());
        // A multiple printed with decimals claims them: 0.45 at a step of 0.5 is printed "0.5" with no word.
        Assert.Equal("0.5", Multiple.Of(Calls(45), Calls(100)).Phrase(RoundingPolicy.Of(RoundingMode.HalfAwayFromZero, Precision.OfStep(0.5m)), QualifierTable.Default).ToString());
    }

    [Fact]
    public void Of_AgainstThePartialLaunchYear_SaysSoAndOffersThePerDayRatio()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var contacts = new ObservationKey(stopItNow.Id, ReportingPeriod.Year(2021), Metric.Contacts);
        // Made-up launch-year count: 2017 had 227 active days (19 May to 31 December).
        Multiple multiple = Multiple.Of(contacts.Observe(410), contacts.WithPeriod(ReportingPeriod.Year(2017)).Observe(200), stopItNow);
        Assert.True(multiple.EarlierIsPartial);
        Assert.Equal(Rational.Of(410, 200), multiple.Value);
        Assert.Equal(Rational.Of(410, 365) / Rational.Of(200, 227), multiple.PerDayRatio);
    }

    [Fact]
    public void Of_FullYears_IsNotPartial_AndZeroBaseIsUndefined()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Multiple multiple = Multiple.Of(calls.Observe(8515), calls.WithPeriod(ReportingPeriod.Year(2019)).Observe(5423), Helplines.Line1712);
        Assert.False(multiple.EarlierIsPartial);
        Assert.Equal(Rational.Of(8515, 5423) * Rational.Of(365, 365), multiple.PerDayRatio);
        Assert.Throws<UndefinedFigureException>(() => Multiple.Of(Calls(5), Calls(0)));
        Assert.Throws<MetricMismatchException>(() => Multiple.Of(Calls(5), Count.Of(1, Metric.Conversations)));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Value_TimesTheBase_GivesBackTheLaterCount(Count later, Count earlier)
    {
        Count baseCount = Count.Of(earlier.Value, later.Metric);
        return baseCount.IsZero || Multiple.Of(later, baseCount).Value * baseCount.Value == later.Value;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Phrase_IsAlwaysAcceptedByItsTable(Count later, Count earlier, RoundingPolicy policy)
    {
        Count baseCount = Count.Of(earlier.Value % 100_000, later.Metric);
        if (baseCount.IsZero || later.Value > 1_000_000_000_000)
        {
            return true;
        }
        Multiple multiple = Multiple.Of(later, baseCount);
        QualifiedValue phrased = multiple.Phrase(policy, QualifierTable.Default);
        return QualifierTable.Default.Accepts(FigureKind.Multiple, multiple.Value, phrased.Value, phrased.Qualifier, policy);
    }
}
