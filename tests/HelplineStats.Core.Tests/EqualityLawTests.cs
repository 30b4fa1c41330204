using System;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

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
}
