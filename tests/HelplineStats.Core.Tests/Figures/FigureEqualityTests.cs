using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Figures;

/// <summary>
/// Each figure type is equal to another exactly when the parts it is made of are equal (its documented "equality is by
/// ..."), and Equals, ==, != and the hash agree, with null on either side. Both values of a pair are built from parts drawn
/// from pools of two or three, so equal pairs and pairs that differ in a single part are both common; the expected
/// answer is the equality of the parts (tuples of counts, periods and enums), never the type's own Equals.
/// </summary>
public sealed class FigureEqualityTests
{
    private static Count Calls(long value) => Count.Of(value, Metric.Calls);

    private static readonly Gen<Count> SmallCalls = Gen.Elements(Calls(3), Calls(8));
    private static readonly Gen<DatedPeriod> TwoYears = Gen.Elements(ReportingPeriod.Year(2020), ReportingPeriod.Year(2021));

    private static Gen<(TA, TB, TC)> Three<TA, TB, TC>(Gen<TA> a, Gen<TB> b, Gen<TC> c) => a.Zip(b).Zip(c, (ab, last) => (ab.Item1, ab.Item2, last));

    /// <summary>The laws for a reference type: equal exactly when the parts are, in every form, and never equal to null.</summary>
    private static bool Laws<T>(T a, T b, bool partsEqual, Func<T?, T?, bool> equal, Func<T?, T?, bool> notEqual)
        where T : class, IEquatable<T> =>
        a.Equals(b) == partsEqual && b.Equals(a) == partsEqual && a.Equals((object)b) == partsEqual
        && equal(a, b) == partsEqual && notEqual(a, b) != partsEqual
        && (!partsEqual || a.GetHashCode() == b.GetHashCode())
        && a.Equals(a) && !a.Equals((T?)null) && !a.Equals((object?)null) && !a.Equals(new object())
        && !equal(a, null) && !equal(null, a) && equal(null, null)
        && notEqual(a, null) && notEqual(null, a) && !notEqual(null, null);

    /// <summary>The laws for a value type.</summary>
    private static bool StructLaws<T>(T a, T b, bool partsEqual, Func<T, T, bool> equal, Func<T, T, bool> notEqual)
        where T : struct, IEquatable<T> =>
        a.Equals(b) == partsEqual && b.Equals(a) == partsEqual && a.Equals((object)b) == partsEqual
        && equal(a, b) == partsEqual && notEqual(a, b) != partsEqual
        && (!partsEqual || a.GetHashCode() == b.GetHashCode())
        && !a.Equals((object?)null) && !a.Equals(new object());

    private static Property ForPairs<TParts, T>(Gen<TParts> parts, Func<TParts, T> make, Func<T?, T?, bool> equal, Func<T?, T?, bool> notEqual)
        where TParts : notnull
        where T : class, IEquatable<T> =>
        Prop.ForAll(parts.Zip(parts).ToArbitrary(), pair => Laws(make(pair.Item1), make(pair.Item2), pair.Item1.Equals(pair.Item2), equal, notEqual));

    [Property]
    public Property Rate_EqualExactlyWhenCountPeriodAndUnitAre() =>
        ForPairs(Three(SmallCalls, TwoYears, Gen.Elements(RateUnit.PerDay, RateUnit.PerWeek)),
            p => p.Item3 == RateUnit.PerDay ? Rate.PerDay(p.Item1, p.Item2) : Rate.PerWeek(p.Item1, p.Item2),
            (x, y) => x == y, (x, y) => x != y);

    [Property]
    public Property Change_EqualExactlyWhenBothCountsAre() =>
        ForPairs(SmallCalls.Zip(SmallCalls), p => Change.Between(p.Item1, p.Item2), (x, y) => x == y, (x, y) => x != y);

    [Property]
    public Property Share_EqualExactlyWhenPartWholeAndBasisAre() =>
        ForPairs(Three(Gen.Elements(Calls(0), Calls(2)), Gen.Elements(Calls(2), Calls(5)), Gen.Elements(ShareBasis.Total, ShareBasis.Known)),
            p => Share.Of(p.Item1, p.Item2, p.Item3), (x, y) => x == y, (x, y) => x != y);

    [Property]
    public Property PercentagePointChange_EqualExactlyWhenBothSharesAre()
    {
        var shares = Gen.Elements((1L, 4L), (3L, 4L), (3L, 5L));
        return ForPairs(shares.Zip(shares),
            p => PercentagePointChange.Between(Share.Of(Calls(p.Item1.Item1), Calls(p.Item1.Item2)), Share.Of(Calls(p.Item2.Item1), Calls(p.Item2.Item2))),
            (x, y) => x == y, (x, y) => x != y);
    }

    [Property]
    public Property Multiple_EqualExactlyWhenCountsAndPeriodsAre()
    {
        // Periods null: Between(Count, Count); otherwise Between(Observation, Observation, 1712).
        var periods = Gen.Elements<(int Earlier, int Later)?>(null, (2019, 2021), (2020, 2021));
        return ForPairs(Three(SmallCalls, SmallCalls, periods), p => p.Item3 is (int earlier, int later)
                ? Multiple.Between(Observe(earlier, p.Item1), Observe(later, p.Item2), Helplines.Line1712)
                : Multiple.Between(p.Item1, p.Item2),
            (x, y) => x == y, (x, y) => x != y);

        static Observation Observe(int year, Count count) =>
            new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(year), Metric.Calls).Observe(count.Value);
    }

    [Property]
    public Property MetricRatio_EqualExactlyWhenNumeratorAndDenominatorAre() =>
        ForPairs(SmallCalls.Zip(Gen.Elements(0L, 4L).Select(v => Count.Of(v, Metric.Contacts))),
            p => MetricRatio.Of(p.Item1, p.Item2), (x, y) => x == y, (x, y) => x != y);

    [Property]
    public Property CumulativeTotal_EqualExactlyWhenTotalAndSpanAre() =>
        ForPairs(SmallCalls.Zip(Gen.Elements(ReportingPeriod.Year(2020), ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2020, 12, 31)))),
            p => CumulativeTotal.Of(p.Item1, p.Item2), (x, y) => x == y, (x, y) => x != y);

    [Property]
    public Property SeriesPoint_EqualExactlyWhenPeriodAndCountAre() =>
        ForPairs(TwoYears.Zip(Gen.Elements<Count?>(null, Calls(3), Calls(8))),
            p => p.Item2 is Count count ? SeriesPoint.Known(p.Item1, count) : SeriesPoint.Unknown(p.Item1),
            (x, y) => x == y, (x, y) => x != y);

    [Property]
    public Property Series_EqualExactlyWhenHelplineMetricAndPointsAre()
    {
        var points = Gen.Elements<long?>(null, 3, 8).Zip(Gen.Elements<long?>(null, 3)).Select(p => (p.Item1, p.Item2));
        return ForPairs(Gen.Elements(Metric.Calls, Metric.Contacts).Zip(points), p => Series.Create(Helplines.Line1712, p.Item1, new[]
            {
                Point(2020, p.Item2.Item1, p.Item1), Point(2021, p.Item2.Item2, p.Item1),
            }),
            (x, y) => x == y, (x, y) => x != y);

        static SeriesPoint Point(int year, long? value, Metric metric) => value is long v
            ? SeriesPoint.Known(ReportingPeriod.Year(year), Count.Of(v, metric))
            : SeriesPoint.Unknown(ReportingPeriod.Year(year));
    }

    [Property]
    public Property RunningTotal_EqualExactlyWhenEveryPropertyIs() =>
        ForPairs(Three(TwoYears, TwoYears, SmallCalls).Zip(Gen.Elements(true, false)),
            p => new RunningTotal(p.Item1.Item1, p.Item1.Item2, p.Item1.Item3, p.Item2), (x, y) => x == y, (x, y) => x != y);

    [Property]
    public Property RecordCheck_EqualExactlyWhenEveryPropertyIs()
    {
        var lists = Gen.Elements(0, 1, 2);
        return ForPairs(Three(Three(TwoYears, Gen.Elements(true, false), Gen.Elements(true, false)), lists, lists),
            p => new RecordCheck(p.Item1.Item1, p.Item1.Item2, p.Item1.Item3, List(p.Item2), List(p.Item3)),
            (x, y) => x == y, (x, y) => x != y);

        // Lists of periods by index: none, 2018, or 2018 and 2019 (equal lists made apart, so by sequence, not by reference).
        static IReadOnlyList<ReportingPeriod> List(int which) =>
            new[] { ReportingPeriod.Year(2018), ReportingPeriod.Year(2019) }.Take(which).ToList().AsReadOnly();
    }

    [Property]
    public Property NaturalFrequency_EqualExactlyWhenShareDenominatorAndQualifierAre()
    {
        // 1 in 3 (0.3333...) is one in three with the simple denominators, "more than one in four" when only 4 and 5 are allowed.
        var parts = Gen.Elements((1L, 3L), (1L, 4L), (0L, 0L)).Zip(Gen.Elements(true, false));
        return Prop.ForAll(parts.Zip(parts).ToArbitrary(), pair =>
        {
            NaturalFrequency Make(((long Part, long Whole) Share, bool Simple) p) => NaturalFrequency.Of(
                Share.Of(Calls(p.Share.Part), Calls(p.Share.Whole)), RoundingPolicy.Whole, QualifierTable.Default,
                p.Simple ? NaturalFrequency.SimpleDenominators : new[] { 4, 5 });
            NaturalFrequency a = Make(pair.Item1), b = Make(pair.Item2);
            // Worked by hand: (1/3, simple) is "one in 3"; (1/3, {4,5}) "more than one in 4"; (1/4, either) "one in 4"; (0 of 0) undefined.
            (int?, Qualifier) Expected(((long Part, long Whole) Share, bool Simple) p) => p.Share switch
            {
                (1, 3) => p.Simple ? (3, Qualifier.None) : (4, Qualifier.MoreThan),
                (1, 4) => (4, Qualifier.None),
                _ => (null, Qualifier.None),
            };
            bool partsEqual = pair.Item1.Item1 == pair.Item2.Item1 && Expected(pair.Item1) == Expected(pair.Item2);
            return (a.Denominator, a.Qualifier) == Expected(pair.Item1) && Laws(a, b, partsEqual, (x, y) => x == y, (x, y) => x != y);
        });
    }

    [Property]
    public Property QualifiedValue_EqualExactlyWhenValueQualifierAndPrecisionAre()
    {
        var parts = Three(Gen.Elements(1m, 2m), Gen.Elements(Qualifier.None, Qualifier.Almost), Gen.Elements(Precision.Whole, Precision.DecimalPlaces(1)));
        return Prop.ForAll(parts.Zip(parts).ToArbitrary(), pair =>
        {
            var a = new QualifiedValue(pair.Item1.Item1, pair.Item1.Item2, pair.Item1.Item3);
            var b = new QualifiedValue(pair.Item2.Item1, pair.Item2.Item2, pair.Item2.Item3);
            return StructLaws(a, b, pair.Item1.Equals(pair.Item2), (x, y) => x == y, (x, y) => x != y);
        });
    }

    [Property]
    public Property ValueInterval_EqualExactlyWhenBothEmptyOrEveryBoundIs()
    {
        var bound = Gen.Elements<Rational?>(null, Rational.Zero, Rational.One).Zip(Gen.Elements(true, false));
        var parts = bound.Zip(bound);
        return Prop.ForAll(parts.Zip(parts).ToArbitrary(), pair =>
        {
            var a = ValueInterval.Of(pair.Item1.Item1.Item1, pair.Item1.Item1.Item2, pair.Item1.Item2.Item1, pair.Item1.Item2.Item2);
            var b = ValueInterval.Of(pair.Item2.Item1.Item1, pair.Item2.Item1.Item2, pair.Item2.Item2.Item1, pair.Item2.Item2.Item2);
            bool partsEqual = (Empty(pair.Item1) && Empty(pair.Item2))
                || (!Empty(pair.Item1) && !Empty(pair.Item2) && Normal(pair.Item1) == Normal(pair.Item2));
            return a.IsEmpty == Empty(pair.Item1) && StructLaws(a, b, partsEqual, (x, y) => x == y, (x, y) => x != y);
        });

        // Empty: both bounds given and no number between them: low above high, or equal bounds not both included.
        static bool Empty(((Rational? Value, bool Inclusive) Low, (Rational? Value, bool Inclusive) High) p) =>
            p.Low.Value is Rational l && p.High.Value is Rational h && (l > h || (l == h && !(p.Low.Inclusive && p.High.Inclusive)));

        // An unbounded side has no inclusiveness.
        static (Rational?, bool, Rational?, bool) Normal(((Rational? Value, bool Inclusive) Low, (Rational? Value, bool Inclusive) High) p) =>
            (p.Low.Value, p.Low.Value is not null && p.Low.Inclusive, p.High.Value, p.High.Value is not null && p.High.Inclusive);
    }

    [Property]
    public Property ApportionedItem_EqualExactlyWhenKeyCountShareAndValuesAre()
    {
        // The first item of a two-item apportionment: its key, its count, the count beside it (so the exact share) and the
        // decimals. Worked by hand: 1 of 2 is 50%, 1 of 4 is 25%, 2 of 5 is 40%, printed the same (50 = 50.0) at 0 or 1
        // decimal; only 2 of 3, 66.67%, prints otherwise (67 against 66.7), so only there do the decimals part two items.
        var parts = Three(Gen.Elements("a", "b"), Gen.Elements(1L, 2L), Gen.Elements(1L, 3L)).Zip(Gen.Elements(0, 1));
        return Prop.ForAll(parts.Zip(parts).ToArbitrary(), pair =>
        {
            ApportionedItem Make(((string Key, long Count, long Other) Item, int Decimals) p) =>
                Apportionment.LargestRemainder(new[] { (p.Item.Key, p.Item.Count), ("other", p.Item.Other) }, p.Decimals, 100)[0];
            bool partsEqual = pair.Item1.Item1 == pair.Item2.Item1
                && (pair.Item1.Item2 == pair.Item2.Item2 || pair.Item1.Item1 is not (_, 2L, 1L));
            return Laws(Make(pair.Item1), Make(pair.Item2), partsEqual, (x, y) => x == y, (x, y) => x != y);
        });
    }

    [Property]
    public Property ApportionedPercentages_EqualExactlyWhenMethodTargetPolicyAndItemsAre()
    {
        // One in two apportions to 50 and 50 by either method, so equal items with another method still differ.
        var parts = Three(Gen.Elements(ApportionmentMethod.LargestRemainder, ApportionmentMethod.Independent), Gen.Elements(100L, 1000L), Gen.Elements(0, 1))
            .Zip(Gen.Elements(1L, 3L));
        return ForPairs(parts, p =>
        {
            var items = new[] { ("a", 1L), ("b", p.Item2) };
            return p.Item1.Item1 == ApportionmentMethod.LargestRemainder
                ? Apportionment.LargestRemainder(items, p.Item1.Item3, p.Item1.Item2)
                : Apportionment.RoundIndependently(items, RoundingPolicy.HalfAwayFromZero(p.Item1.Item3), p.Item1.Item2);
        }, (x, y) => x == y, (x, y) => x != y);
    }

    [Property]
    public Property QualifierTable_EqualExactlyWhenTheToleranceIs()
    {
        // Tolerances by index: 15/100 and 3/20 are one number, 1/10 another.
        Rational[] tolerances = { Rational.Of(15, 100), Rational.Of(3, 20), Rational.Of(1, 10) };
        int[] number = { 0, 0, 1 };
        var indexes = Gen.Elements(0, 1, 2);
        return Prop.ForAll(indexes.Zip(indexes).ToArbitrary(), pair =>
            Laws(new QualifierTable(tolerances[pair.Item1]), new QualifierTable(tolerances[pair.Item2]), number[pair.Item1] == number[pair.Item2],
                (x, y) => x == y, (x, y) => x != y));
    }

    [Property]
    public Property RoundingPolicy_EqualExactlyWhenModeAndPrecisionAre()
    {
        var parts = Gen.Elements(RoundingMode.HalfAwayFromZero, RoundingMode.TowardZero).Zip(Gen.Elements(Precision.Whole, Precision.DecimalPlaces(1), Precision.OfStep(0.5m)));
        return Prop.ForAll(parts.Zip(parts).ToArbitrary(), pair =>
            StructLaws(RoundingPolicy.Of(pair.Item1.Item1, pair.Item1.Item2), RoundingPolicy.Of(pair.Item2.Item1, pair.Item2.Item2), pair.Item1.Equals(pair.Item2),
                (x, y) => x == y, (x, y) => x != y));
    }
}
