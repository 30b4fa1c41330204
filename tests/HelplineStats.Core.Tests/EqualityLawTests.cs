using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Data;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests;

/// <summary>
/// The equality and ordering contract for every public value: equality is reflexive and symmetric, agrees with == and !=,
/// and equal values have equal hashes; orders are antisymmetric, transitive and agree with equality. The generators
/// draw from small pools, so equal pairs made independently are frequent.
/// </summary>
public sealed class EqualityLawTests
{
    private static bool EqualityLaws<T>(T a, T b, Func<T, T, bool> equalOperator, Func<T, T, bool> notEqualOperator)
        where T : IEquatable<T>
    {
        bool equal = a.Equals(b);
        return a.Equals(a) && equal == b.Equals(a) && equal == a.Equals((object)b) && equal == equalOperator(a, b)
            && equal != notEqualOperator(a, b) && (!equal || a.GetHashCode() == b.GetHashCode()) && !a.Equals((object?)null);
    }

    private static bool OrderLaws<T>(T a, T b, T c)
        where T : IComparable<T>, IEquatable<T>
    {
        bool antisymmetric = Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));
        bool agreesWithEquality = (a.CompareTo(b) == 0) == a.Equals(b);
        bool transitive = !(a.CompareTo(b) <= 0 && b.CompareTo(c) <= 0) || a.CompareTo(c) <= 0;
        return antisymmetric && agreesWithEquality && transitive;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool ObservationKey_EqualityAndOrder(ObservationKey a, ObservationKey b, ObservationKey c) =>
        EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y) && OrderLaws(a, b, c);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Observation_Equality(Observation a, Observation b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Category_EqualityAndOrder(Category a, Category b, Category c) =>
        EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y) && OrderLaws(a, b, c);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool PublishedFigure_Equality(PublishedFigure a, PublishedFigure b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Breakdown_Equality(Breakdown a, Breakdown b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Report_Equality(Report a, Report b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Dataset_Equality(Dataset a, Dataset b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Helpline_Equality(Helpline a, Helpline b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Taxonomy_Equality(Taxonomy a, Taxonomy b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Precision_Equality(Precision a, Precision b) => EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Rational_EqualityAndOrder(Rational a, Rational b, Rational c) =>
        EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y) && OrderLaws(a, b, c);

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Count_EqualityAndOrderWithinAMetric(Count a, Count b, Count c)
    {
        Count sameMetricB = Count.Of(b.Value, a.Metric);
        Count sameMetricC = Count.Of(c.Value, a.Metric);
        return EqualityLaws(a, b, (x, y) => x == y, (x, y) => x != y) && OrderLaws(a, sameMetricB, sameMetricC)
            && (a < sameMetricB) == (a.Value < b.Value) && (a >= sameMetricB) == (a.Value >= b.Value);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool ReportingPeriod_OperatorsAgreeWithCompareTo(ReportingPeriod a, ReportingPeriod b) =>
        (a < b) == (a.CompareTo(b) < 0) && (a > b) == (a.CompareTo(b) > 0) && (a <= b) == (a.CompareTo(b) <= 0) && (a >= b) == (a.CompareTo(b) >= 0);

    // The records below (issue 26, part 4) are made from small numbers, so that equal pairs made independently are frequent.

    private static int Small(int n, int size = 3) => (int)(unchecked((uint)n) % (uint)size);

    private static Count C(int n, Metric? metric = null) => Count.Of(Small(n), metric ?? Metric.Calls);

    private static DatedPeriod Y(int n) => ReportingPeriod.Year(2019 + Small(n));

    private static Share S(int part, int whole) => Share.Of(C(part), Count.Of(Small(part) + Small(whole), Metric.Calls));

    private static ObservationKey K(int n) => new(Helplines.Line1712.Id, Y(n), Small(n / 3) == 0 ? Metric.Calls : Metric.Conversations);

    private static FigureReference R(int n) => FigureReference.Of(Helplines.Line1712.Id, Y(n), "f" + Small(n / 3));

    private static IEnumerable<T> Some<T>(int n, Func<int, T> make) => Enumerable.Range(0, Small(n)).Select(make);

    private static bool Laws<T>(T a, T b)
        where T : IEquatable<T> =>
        EqualityLaws(a, b, (x, y) => EqualityComparer<T>.Default.Equals(x, y), (x, y) => !EqualityComparer<T>.Default.Equals(x, y))
        && (bool)typeof(T).GetMethod("op_Equality", new[] { typeof(T), typeof(T) })!.Invoke(null, new object?[] { a, b })! == a.Equals(b)
        && (bool)typeof(T).GetMethod("op_Inequality", new[] { typeof(T), typeof(T) })!.Invoke(null, new object?[] { a, b })! != a.Equals(b);

    [Property]
    public bool Change_Equality(int a, int b, int c, int d) => Laws(Change.Between(C(a), C(b)), Change.Between(C(c), C(d)));

    [Property]
    public bool Rate_Equality(int a, int b, int c, int d) =>
        Laws(Small(b, 2) == 0 ? Rate.PerDay(C(a), Y(b)) : Rate.PerWeek(C(a), Y(b)), Small(d, 2) == 0 ? Rate.PerDay(C(c), Y(d)) : Rate.PerWeek(C(c), Y(d)));

    [Property]
    public bool MetricRatio_Equality(int a, int b, int c, int d) =>
        Laws(MetricRatio.Of(C(a), C(b, Metric.WebsiteVisitors)), MetricRatio.Of(C(c), C(d, Metric.WebsiteVisitors)));

    [Property]
    public bool Share_Equality(int a, int b, int c, int d) => Laws(S(a, b), S(c, d));

    [Property]
    public bool PercentagePointChange_Equality(int a, int b, int c, int d) =>
        Laws(PercentagePointChange.Between(S(a, b), S(b, a)), PercentagePointChange.Between(S(c, d), S(d, c)));

    [Property]
    public bool CumulativeTotal_Equality(int a, int b, int c, int d) => Laws(CumulativeTotal.Of(C(a), Y(b)), CumulativeTotal.Of(C(c), Y(d)));

    [Property]
    public bool NaturalFrequency_Equality(int a, int b, int c, int d) =>
        Laws(NaturalFrequency.Of(S(a, b), RoundingPolicy.Whole, QualifierTable.Default), NaturalFrequency.Of(S(c, d), RoundingPolicy.Whole, QualifierTable.Default));

    [Property]
    public bool QualifierTable_Equality(int a, int b) => Laws(new QualifierTable(Rational.Of(Small(a), 10)), new QualifierTable(Rational.Of(Small(b), 10)));

    [Property]
    public bool Multiple_Equality(int a, int b, int c, int d)
    {
        // Made from observations, a multiple knows its periods and the launch: against 2017, Stop it Now!'s partial launch year.
        static Observation Calls(int year, int n) =>
            new(new ObservationKey(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(year), Metric.Contacts), Small(n));
        static Multiple Made(int n) => Multiple.Between(Calls(2017 + Small(n, 2), n / 2), Calls(2021, n / 6), Helplines.StopItNowFlanders);
        return Laws(Multiple.Between(C(a), C(b)), Multiple.Between(C(c), C(d))) && Laws(Made(a), Made(b));
    }

    [Property]
    public bool SeriesPoint_Equality(int a, int b, int c, int d) =>
        Laws(Small(a, 2) == 0 ? SeriesPoint.Unknown(Y(b)) : SeriesPoint.Known(Y(b), C(a)), Small(c, 2) == 0 ? SeriesPoint.Unknown(Y(d)) : SeriesPoint.Known(Y(d), C(c)));

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Series_AndItsRunningTotals_Equality(Series a, Series b) =>
        Laws(a, b) && a.RunningTotals().Zip(b.RunningTotals()).All(pair => Laws(pair.First, pair.Second));

    [Property]
    public bool ApportionedPercentages_AndTheirItems_Equality(int a, int b, int c, int d)
    {
        ApportionedPercentages x = Apportionment.LargestRemainder(new[] { ("a", (long)Small(a) + 1), ("b", (long)Small(b)) }, Small(a / 3, 2), 100);
        ApportionedPercentages y = Apportionment.LargestRemainder(new[] { ("a", (long)Small(c) + 1), ("b", (long)Small(d)) }, Small(c / 3, 2), 100);
        return Laws(x, y) && x.Zip(y).All(pair => Laws(pair.First, pair.Second));
    }

    [Property]
    public bool RecordCheck_Equality(int a, int b) =>
        Laws(new RecordCheck(Y(a), Small(a / 3, 2) == 0, true, Some(a / 9, Y).ToArray(), Some(a / 27, Y).ToArray()),
            new RecordCheck(Y(b), Small(b / 3, 2) == 0, true, Some(b / 9, Y).ToArray(), Some(b / 27, Y).ToArray()));

    [Property]
    public bool ChannelOffering_Equality(int a, int b) =>
        Laws(new ChannelOffering(Small(a, 2) == 0 ? Channel.Phone : Channel.Chat, Small(a / 2) == 0 ? null : 2010 + Small(a / 2)),
            new ChannelOffering(Small(b, 2) == 0 ? Channel.Phone : Channel.Chat, Small(b / 2) == 0 ? null : 2010 + Small(b / 2)));

    [Property]
    public bool CategoryDefinition_AndLocalizedText_Equality(int a, int b)
    {
        static LocalizedText Text(int n) => LocalizedText.Of(Some(n, i => (i == 0 ? "nl" : "en", "t" + Small(n / 3))).ToArray());
        static CategoryDefinition Definition(int n) =>
            new("c" + Small(n), "Category " + Small(n / 3, 2), Small(n / 6, 2) == 0 ? null : "p", Text(n / 12));
        return Laws(Text(a), Text(b)) && Laws(Definition(a), Definition(b));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool BreakdownDimension_Equality(Taxonomy a, Taxonomy b, bool channelA, bool channelB) =>
        Laws(channelA ? BreakdownDimension.Channel : BreakdownDimension.Of(a), channelB ? BreakdownDimension.Channel : BreakdownDimension.Of(b));

    [Property]
    public bool FigureReference_EqualityAndOrder(int a, int b, int c) => Laws(R(a), R(b)) && OrderLaws(R(a), R(b), R(c));

    [Property]
    public bool DisclosurePolicy_Equality(int a, int b) =>
        Laws(new DisclosurePolicy(Small(a) + 3, Small(a / 3) == 0 ? null : Small(a / 3) + 1), new DisclosurePolicy(Small(b) + 3, Small(b / 3) == 0 ? null : Small(b / 3) + 1));

    [Property]
    public bool DisclosureFinding_Equality(int a, int b) =>
        Laws(new DisclosureFinding(K(a), DisclosureFindingKind.Recovered, CountBounds.Exactly(Small(a / 9)), Some(a / 27, K), Some(a / 81, R)),
            new DisclosureFinding(K(b), DisclosureFindingKind.Recovered, CountBounds.Exactly(Small(b / 9)), Some(b / 27, K), Some(b / 81, R)));

    [Property]
    public bool PlannedFigure_AndFigurePlan_AndPlanRule_Equality(int a, int b)
    {
        static PlanRule Rule(int n) => Small(n, 2) == 0
            ? PlanRule.Of(FigureKind.Share, Precision.DecimalPlaces(Small(n / 2, 2)), Some(n / 4, i => i == 0 ? Metric.Calls : Metric.Conversations))
            : PlanRule.Of(FigureKind.RelativeChange, Precision.DecimalPlaces(Small(n / 2, 2)), Some(n / 4, i => i == 0 ? Metric.Calls : Metric.Conversations),
                Enumerable.Range(1, Small(n / 12) + 1));
        static PlannedFigure Planned(int n) => PlannedFigure.Of(Helplines.Line1712.Id, Y(n),
            SinceLaunchFigure.Of("f" + Small(n / 3), new ObservationKey(Helplines.Line1712.Id, Helplines.Line1712.SinceLaunch(Y(n)), Metric.Calls), Small(n / 9)));
        static FigurePlan Plan(int n) => FigurePlan.Create(Some(n, Rule), Some(n / 3, i => Planned(4 * i)));
        return Laws(Rule(a), Rule(b)) && Laws(Planned(a), Planned(b)) && Laws(Plan(a), Plan(b));
    }

    [Property]
    public bool SkippedFigure_Equality(int a, int b) =>
        Laws(new SkippedFigure(R(a), FigureKind.Share, Y(a / 27), SkipReason.CountMissing, Some(a / 9, K)), new SkippedFigure(R(b), FigureKind.Share, Y(b / 27), SkipReason.CountMissing, Some(b / 9, K)));

    [Property]
    public bool CountInterval_AndStructuralFinding_Equality(int a, int b) =>
        Laws(new CountInterval(K(a), Small(a / 9), 5, Some(a / 27, R)), new CountInterval(K(b), Small(b / 9), 5, Some(b / 27, R)))
        && Laws(new StructuralFinding(FindingKind.CountConflict, new[] { K(a / 5) }, new decimal[] { Small(a) }, Some(a / 3, R)), new StructuralFinding(FindingKind.CountConflict, new[] { K(b / 5) }, new decimal[] { Small(b) }, Some(b / 3, R)));

    [Property]
    public bool RecordSource_Equality_IsByContentNotName(int a, int b)
    {
        static RecordSource Source(int n) => new("file" + Small(n), Small(n / 3), Small(n / 9), "0123456789abcde" + Small(n / 27));
        RecordSource x = Source(a), y = Source(b);
        return Laws(x, y) && x.Equals(y) == (x.Bytes == y.Bytes && x.Fingerprint == y.Fingerprint);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool ContactRecord_AndItsVictims_Equality(ContactRecord a, ContactRecord b) =>
        Laws(a, b) && a.Victims.Zip(b.Victims).All(pair => Laws(pair.First, pair.Second));

    [Property]
    public bool ContactAggregate_Equality(int a, int b)
    {
        static ContactAggregate Aggregate(int n) => new(PeriodGranularity.Year, Some(n, i => K(i + n / 3)).Distinct().ToDictionary(key => key, key => (long)Small(n / 9) + 1));
        return Laws(Aggregate(a), Aggregate(b));
    }

    private static readonly Lazy<FigureVerdict[]> Verdicts2021 = new(() =>
        Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021).Verdicts.Concat(Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021).Verdicts).ToArray());

    [Property]
    public bool FigureVerdict_Equality(int a, int b) =>
        Laws(Verdicts2021.Value[(int)(unchecked((uint)a) % (uint)Verdicts2021.Value.Length)], Verdicts2021.Value[(int)(unchecked((uint)b) % (uint)Verdicts2021.Value.Length)]);
}
