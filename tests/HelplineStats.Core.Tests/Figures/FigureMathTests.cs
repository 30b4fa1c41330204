using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Figures;

/// <summary>
/// Each formula of <see cref="FigureMath"/> against an oracle written here from its definition in the design notes on
/// figures: exact fractions compared by cross-multiplying in <see cref="BigInteger"/> (a/b = c/d exactly when a·d = b·c),
/// and calendars walked day by day. No oracle calls another formula of the library.
/// </summary>
public sealed class FigureMathTests
{
    /// <summary>Counts with many zeros, small values, equal pairs and values near <see cref="long.MaxValue"/>.</summary>
    private static readonly Gen<long> Counts = Gen.Frequency(
        (3, Gen.Elements(0L, 1L, 2L, 3L, 10L)),
        (5, Gen.Choose(0, 50_000).Select(v => (long)v)),
        (1, Gen.Elements(long.MaxValue, long.MaxValue - 1, 1L << 62, 4_000_000_000L)));

    private static Arbitrary<long> CountArb => Counts.ToArbitrary();

    /// <summary>Whether the fraction <paramref name="value"/> is exactly numerator / denominator (denominator not zero).</summary>
    private static bool Is(Rational value, BigInteger numerator, BigInteger denominator) =>
        value.Numerator * denominator == numerator * value.Denominator;

    [Property]
    public Property Share_IsPartOverWhole_UndefinedExactlyForAZeroWholeOrAPartOverIt() =>
        Prop.ForAll(CountArb, CountArb, (part, whole) =>
            FigureMath.Share(part, whole) is Rational v
                ? whole != 0 && part <= whole && Is(v, part, whole)
                : whole == 0 || part > whole);

    [Property]
    public Property ShareOfKnown_IsPartOverTotalLessUnknown() =>
        Prop.ForAll(CountArb, CountArb, CountArb, (part, total, unknown) =>
        {
            BigInteger known = (BigInteger)total - unknown;
            return FigureMath.ShareOfKnown(part, total, unknown) is Rational v
                ? known > 0 && part <= known && Is(v, part, known)
                : known <= 0 || part > known;
        });

    [Property]
    public Property RelativeChange_IsTheDifferenceOverTheEarlierCount() =>
        Prop.ForAll(CountArb, CountArb, (earlier, later) =>
            FigureMath.RelativeChange(earlier, later) is Rational v
                ? earlier == 0 ? later == 0 && v.IsZero : Is(v, (BigInteger)later - earlier, earlier)
                : earlier == 0 && later != 0);

    [Property]
    public Property AbsoluteChange_IsLaterLessEarlier() =>
        Prop.ForAll(CountArb, CountArb, (earlier, later) =>
            (BigInteger)FigureMath.AbsoluteChange(earlier, later) == (BigInteger)later - earlier);

    [Property]
    public Property PercentagePoints_IsAHundredTimesTheDifferenceOfTheShares() =>
        Prop.ForAll(Counts.Zip(Counts).ToArbitrary(), Counts.Zip(Counts).ToArbitrary(), (earlier, later) =>
        {
            (long ep, long ew) = earlier;
            (long lp, long lw) = later;
            bool defined = ew != 0 && ep <= ew && lw != 0 && lp <= lw;
            return FigureMath.PercentagePoints(ep, ew, lp, lw) is Rational v
                ? defined && Is(v, 100 * (((BigInteger)lp * ew) - ((BigInteger)ep * lw)), (BigInteger)lw * ew)
                : !defined;
        });

    [Property]
    public Property Multiple_IsLaterOverEarlier() =>
        Prop.ForAll(CountArb, CountArb, (earlier, later) =>
            FigureMath.Multiple(earlier, later) is Rational v ? earlier != 0 && Is(v, later, earlier) : earlier == 0);

    [Property]
    public Property MultiplePerDay_IsTheRatioOfTheDailyAverages() =>
        Prop.ForAll(CountArb, CountArb, Gen.Choose(1, 800).Zip(Gen.Choose(1, 800)).ToArbitrary(), (earlier, later, days) =>
            // (later / laterDays) / (earlier / earlierDays) = later · earlierDays / (laterDays · earlier)
            FigureMath.MultiplePerDay(earlier, days.Item1, later, days.Item2) is Rational v
                ? earlier != 0 && Is(v, (BigInteger)later * days.Item1, (BigInteger)days.Item2 * earlier)
                : earlier == 0);

    [Property]
    public Property Rate_IsTheCountTimesTheUnitOverTheDays() =>
        Prop.ForAll(CountArb, Gen.Choose(1, 4000).ToArbitrary(), Gen.Elements(RateUnit.PerDay, RateUnit.PerWeek).ToArbitrary(), (count, days, unit) =>
            Is(FigureMath.Rate(count, days, unit), (BigInteger)count * (unit == RateUnit.PerWeek ? 7 : 1), days));

    [Property]
    public Property Ratio_IsNumeratorOverDenominator() =>
        Prop.ForAll(CountArb, CountArb, (numerator, denominator) =>
            FigureMath.Ratio(numerator, denominator) is Rational v ? denominator != 0 && Is(v, numerator, denominator) : denominator == 0);

    [Property]
    public Property ClosestOneInN_IsTheAllowedNWhoseOneOverNIsNearest_SmallerOnATie() =>
        Prop.ForAll(Gen.Choose(0, 1000).ToArbitrary(), Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(2, 30).NonEmptyListOf().ToArbitrary(),
            (part, whole, denominators) =>
            {
                if (part > whole)
                {
                    return true;
                }
                int n = FigureMath.ClosestOneInN(Rational.Of(part, whole), denominators)!.Value;
                // |part/whole − 1/m| compared as |part·m − whole| / (whole·m): cross-multiplied over a common denominator.
                BigInteger Distance(int m, int other) => BigInteger.Abs(((BigInteger)part * m) - whole) * other;
                return denominators.Contains(n)
                    && denominators.All(m => Distance(n, m) < Distance(m, n) || (Distance(n, m) == Distance(m, n) && n <= m));
            });

    [Fact]
    public void ClosestOneInN_UndefinedShareOrNoDenominators()
    {
        Assert.Null(FigureMath.ClosestOneInN(null, NaturalFrequency.SimpleDenominators));
        Assert.Throws<ArgumentException>(() => FigureMath.ClosestOneInN(Rational.Of(1, 5), Array.Empty<int>()));
        Assert.Throws<ArgumentException>(() => FigureMath.ClosestOneInN(Rational.Of(1, 5), new[] { 1, 5 }));
        // 18% is closer to 1/6 than to 1/5, but 6 is not a simple denominator.
        Assert.Equal(5, FigureMath.ClosestOneInN(Rational.Of(18, 100), NaturalFrequency.SimpleDenominators));
    }

    [Property]
    public Property Cumulative_IsTheSumWhenEveryYearIsKnown() =>
        Prop.ForAll(Gen.Frequency((8, Counts.Select(c => (long?)c)), (1, Gen.Constant((long?)null))).ListOf().ToArbitrary(), counts =>
        {
            BigInteger sum = counts.Aggregate(BigInteger.Zero, (total, c) => total + (c ?? 0));
            bool complete = counts.All(c => c is not null);
            try
            {
                long? result = FigureMath.Cumulative(counts);
                return complete ? result == sum : result is null && sum <= long.MaxValue;
            }
            catch (OverflowException)
            {
                return sum > long.MaxValue;
            }
        });

    [Property]
    public Property ActiveDays_CountsTheDaysOfThePeriodOnOrAfterTheLaunch() =>
        Prop.ForAll(Gen.Choose(0, 900).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), Gen.Choose(-100, 1000).ToArbitrary(), (startOffset, length, launchOffset) =>
        {
            var origin = new LocalDate(2015, 1, 1);
            LocalDate start = origin.PlusDays(startOffset);
            var period = ReportingPeriod.Between(start, start.PlusDays(length));
            LocalDate launch = origin.PlusDays(launchOffset);
            int walked = 0;
            for (LocalDate day = period.Start; day <= period.End; day = day.PlusDays(1))
            {
                walked += day >= launch ? 1 : 0;
            }
            return FigureMath.ActiveDays(period, launch) == walked && FigureMath.ActiveDays(period, null) == length + 1;
        });

    [Property]
    public Property AgeInYears_IsTheLargestWholeNumberOfYearsSinceTheLaunchNotPastTheDay() =>
        Prop.ForAll(Gen.Choose(0, 6000).ToArbitrary(), Gen.Choose(-400, 6000).ToArbitrary(), (launchOffset, ageDays) =>
        {
            LocalDate launch = new LocalDate(2008, 2, 27).PlusDays(launchOffset);
            LocalDate on = launch.PlusDays(ageDays);
            int? age = FigureMath.AgeInYears(launch, on);
            if (on < launch)
            {
                return age is null;
            }
            int years = 0;
            while (launch.PlusYears(years + 1) <= on)
            {
                years++;
            }
            return age == years;
        });

    [Theory]
    // Hand-worked from the 2021 page (docs/figures.md): each value is what the definition gives on paper.
    [InlineData("share", 118_408, 137_669, "86.0")]   // Tele-Onthaal: calls by phone, of calls
    [InlineData("share", 162, 410, "39.5")]           // Stop it Now!: contacts by phone
    [InlineData("change", 139_092, 137_669, "-1.0")]  // Tele-Onthaal calls 2020 → 2021
    [InlineData("change", 210_523, 174_063, "-17.3")] // website visitors, over the earlier count
    [InlineData("multiple", 100, 292, "2.9")]
    [InlineData("rate-day", 137_669, 365, "377.2")]
    [InlineData("rate-day", 139_092, 366, "380.0")]
    [InlineData("ratio", 11_312, 8_515, "1.3")]
    public void Formulas_OnThe2021Page_GiveTheHandWorkedValues(string quantity, long a, long b, string expected)
    {
        Rational value = quantity switch
        {
            "share" => FigureMath.Share(a, b)!.Value * 100,
            "change" => FigureMath.RelativeChange(a, b)!.Value * 100,
            "multiple" => FigureMath.Multiple(a, b)!.Value,
            "rate-day" => FigureMath.Rate(a, (int)b, RateUnit.PerDay),
            "ratio" => FigureMath.Ratio(a, b)!.Value,
            _ => throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Not a quantity of this test."),
        };
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RoundingPolicy.OneDecimal.Round(value));
    }

    [Fact]
    public void Formulas_NegativeCounts_AreProgrammingErrors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureMath.Share(-1, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureMath.RelativeChange(5, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureMath.Rate(5, 0, RateUnit.PerDay));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureMath.Rate(5, 1, (RateUnit)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureMath.Cumulative(new long?[] { 1, -1 }));
    }

    [Fact]
    public void Cumulative_PastTheLargestCount_ThrowsNamingTheSumSoFarAndTheCount()
    {
        var e = Assert.Throws<OverflowException>(() => FigureMath.Cumulative(new long?[] { long.MaxValue - 1, null, 2 }));
        Assert.Equal("The sum of 9223372036854775806 and 2 is larger than a count can hold (9223372036854775807).", e.Message);
    }

    public static TheoryData<string, string, Action> NegativeArguments => new()
    {
        { "Share", "part", () => FigureMath.Share(-1, 5) },
        { "Share", "whole", () => FigureMath.Share(0, -1) },
        { "ShareOfKnown", "part", () => FigureMath.ShareOfKnown(-1, 5, 0) },
        { "ShareOfKnown", "total", () => FigureMath.ShareOfKnown(0, -1, 0) },
        { "ShareOfKnown", "unknown", () => FigureMath.ShareOfKnown(0, 5, -1) },
        { "RelativeChange", "earlier", () => FigureMath.RelativeChange(-1, 5) },
        { "RelativeChange", "later", () => FigureMath.RelativeChange(5, -1) },
        { "AbsoluteChange", "earlier", () => FigureMath.AbsoluteChange(-1, 5) },
        { "AbsoluteChange", "later", () => FigureMath.AbsoluteChange(5, -1) },
        { "PercentagePoints", "part", () => FigureMath.PercentagePoints(-1, 5, 1, 5) },
        { "PercentagePoints", "whole", () => FigureMath.PercentagePoints(1, 5, 1, -5) },
        { "Multiple", "earlier", () => FigureMath.Multiple(-1, 5) },
        { "Multiple", "later", () => FigureMath.Multiple(5, -1) },
        { "MultiplePerDay", "earlierDays", () => FigureMath.MultiplePerDay(5, 0, 5, 1) },
        { "MultiplePerDay", "laterDays", () => FigureMath.MultiplePerDay(5, 1, 5, 0) },
        { "MultiplePerDay", "earlier", () => FigureMath.MultiplePerDay(-1, 1, 5, 1) },
        { "Rate", "count", () => FigureMath.Rate(-1, 1, RateUnit.PerDay) },
        { "Rate", "days", () => FigureMath.Rate(5, 0, RateUnit.PerWeek) },
        { "Rate", "unit", () => FigureMath.Rate(5, 1, (RateUnit)9) },
        { "Ratio", "numerator", () => FigureMath.Ratio(-1, 5) },
        { "Ratio", "denominator", () => FigureMath.Ratio(5, -1) },
        { "Cumulative", "counts", () => FigureMath.Cumulative(new long?[] { 1, null, -1 }) },
    };

    [Theory]
    [MemberData(nameof(NegativeArguments))]
    public void Formulas_ANegativeCountOrTooFewDays_IsRefusedNamingTheParameter(string formula, string parameter, Action call)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(call);
        Assert.True(e.ParamName == parameter, $"{formula}: the exception names '{e.ParamName}', not '{parameter}'");
    }

    [Fact]
    public void Formulas_NullArguments_AreProgrammingErrors()
    {
        Assert.Equal("denominators", Assert.Throws<ArgumentNullException>(() => FigureMath.ClosestOneInN(Rational.One, null!)).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => FigureMath.Cumulative(null!)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => FigureMath.ActiveDays(null!, null)).ParamName);
    }

    [Fact]
    public void ClosestOneInN_AnUndefinedShare_StillChecksTheDenominators()
    {
        // The denominators are checked whether or not the share is defined, so a bad list fails the same way for 0 of 0.
        Assert.Throws<ArgumentException>(() => FigureMath.ClosestOneInN(null, Array.Empty<int>()));
        Assert.Throws<ArgumentException>(() => FigureMath.ClosestOneInN(null, new[] { 5, 1 }));
        Assert.Null(FigureMath.ClosestOneInN(null, new[] { 2 }));
        // A tie between 1/2 and 1/4 (3/8 is 1/8 from both) goes to the smaller N, whatever the order given.
        Assert.Equal(2, FigureMath.ClosestOneInN(Rational.Of(3, 8), new[] { 4, 2 }));
        Assert.Equal(2, FigureMath.ClosestOneInN(Rational.Of(3, 8), new[] { 2, 4 }));
        // Exactly 1/4 is 4 even when 4 comes last.
        Assert.Equal(4, FigureMath.ClosestOneInN(Rational.Of(1, 4), new[] { 10, 5, 3, 2, 4 }));
    }

    [Fact]
    public void ShareOfKnown_Edges_AreWorkedByHand()
    {
        // 73 of the 100 known among 130 with 30 unknown: 73%.
        Assert.Equal(Rational.Of(73, 100), FigureMath.ShareOfKnown(73, 130, 30));
        // All unknown: nothing known, undefined; more unknown than total: undefined; the part above the known: undefined.
        Assert.Null(FigureMath.ShareOfKnown(0, 30, 30));
        Assert.Null(FigureMath.ShareOfKnown(0, 30, 31));
        Assert.Null(FigureMath.ShareOfKnown(101, 130, 30));
        Assert.Equal(Rational.One, FigureMath.ShareOfKnown(100, 130, 30));
    }

    [Fact]
    public void ActiveDays_LaunchOnTheFirstOrLastDayOrAfter_CountsFromIt()
    {
        var year2017 = ReportingPeriod.Year(2017);
        Assert.Equal(365, FigureMath.ActiveDays(year2017, new LocalDate(2017, 1, 1)));
        Assert.Equal(364, FigureMath.ActiveDays(year2017, new LocalDate(2017, 1, 2)));
        Assert.Equal(227, FigureMath.ActiveDays(year2017, new LocalDate(2017, 5, 19))); // 19 May to 31 December
        Assert.Equal(1, FigureMath.ActiveDays(year2017, new LocalDate(2017, 12, 31)));
        Assert.Equal(0, FigureMath.ActiveDays(year2017, new LocalDate(2018, 1, 1)));
        Assert.Equal(365, FigureMath.ActiveDays(year2017, new LocalDate(2016, 12, 31)));
    }

    [Fact]
    public void AgeInYears_OnTheAnniversaryAndTheDayBefore_AreWorkedByHand()
    {
        var launch = new LocalDate(2012, 3, 12);
        Assert.Equal(10, FigureMath.AgeInYears(launch, new LocalDate(2022, 3, 12)));
        Assert.Equal(9, FigureMath.AgeInYears(launch, new LocalDate(2022, 3, 11)));
        Assert.Equal(0, FigureMath.AgeInYears(launch, launch));
        Assert.Null(FigureMath.AgeInYears(launch, new LocalDate(2012, 3, 11)));
        Assert.Null(FigureMath.AgeInYears(null, launch));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool TypedValues_TakeTheirValueFromTheFormula(Count a, Count b)
    {
        Count earlier = Count.Of(a.Value, a.Metric);
        Count later = Count.Of(b.Value, a.Metric);
        Count part = earlier.Value <= later.Value ? earlier : later;
        Count whole = earlier.Value <= later.Value ? later : earlier;
        return Share.Of(part, whole).Fraction == FigureMath.Share(part.Value, whole.Value)
            && Change.Between(earlier, later).Relative == FigureMath.RelativeChange(earlier.Value, later.Value)
            && Multiple.Between(earlier, later).Value == FigureMath.Multiple(earlier.Value, later.Value)
            && Rate.PerWeek(later, ReportingPeriod.Year(2020)).Value == FigureMath.Rate(later.Value, 366, RateUnit.PerWeek);
    }
}
