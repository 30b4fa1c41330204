using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Compose;

/// <summary>
/// One line of a <see cref="FigurePlan"/>: which figures of one kind a page holds for every report, and at what
/// precision. "The change of every metric's total against one and two years back, in whole percent" is one rule.
/// </summary>
/// <remarks>
/// <para>What each kind writes, for a report of helpline H and period P (docs/composing.md):</para>
/// <list type="bullet">
/// <item><see cref="FigureKind.Count"/>, <see cref="FigureKind.RatePerDay"/>, <see cref="FigureKind.RatePerWeek"/>: every
/// total of P (no channel, no category); a rate over the days H was open in P (a launch year from the launch date).</item>
/// <item><see cref="FigureKind.RelativeChange"/>, <see cref="FigureKind.AbsoluteChange"/>: every total of P against the
/// same total <see cref="YearsBack"/> years earlier, where that period does not end before the launch.</item>
/// <item><see cref="FigureKind.Multiple"/>: every total of a year against the first full calendar year after the launch.</item>
/// <item><see cref="FigureKind.HighestSinceLaunch"/>, <see cref="FigureKind.LowestSinceLaunch"/>: every total of a year
/// that is the record of its yearly series since launch, when every year is known.</item>
/// <item><see cref="FigureKind.Share"/>: every part (the unknown category left out) of every breakdown of P whose coverage
/// is in <see cref="Coverages"/>; of the known where a complete breakdown has an unknown category; apportioned to add up
/// to 100 when <see cref="Apportion"/> is set and the breakdown is complete.</item>
/// <item><see cref="FigureKind.PercentagePointChange"/>: the same shares against <see cref="YearsBack"/> years earlier.</item>
/// <item><see cref="FigureKind.OneInN"/>: the largest category of every breakdown by category.</item>
/// <item><see cref="FigureKind.CumulativeSinceLaunch"/>: every total of a year from the launch to the end of that year,
/// from a since-launch count or, when none is given, from the yearly counts (only when every year is known).</item>
/// <item><see cref="FigureKind.AgeInYears"/>: the helpline's age at the end of a year.</item>
/// <item><see cref="FigureKind.Ratio"/> is not written by rules (a plan derived from a page can hold ratios).</item>
/// </list>
/// <para><see cref="Metrics"/>, when not empty, limits a rule to totals and breakdowns of those metrics. Equality is by
/// every property. Immutable and thread-safe.</para>
/// </remarks>
public sealed record PlanRule
{
    private PlanRule(FigureKind kind, Precision precision, IReadOnlyList<Metric> metrics, IReadOnlyList<int> yearsBack, IReadOnlyList<BreakdownCoverage> coverages, bool apportion)
    {
        Kind = kind;
        Precision = precision;
        Metrics = metrics;
        YearsBack = yearsBack;
        Coverages = coverages;
        Apportion = apportion;
    }

    /// <summary>The kind of figure the rule writes.</summary>
    public FigureKind Kind { get; }

    /// <summary>The step values are printed at (shares and changes in percent; one-in-N always whole).</summary>
    public Precision Precision { get; }

    /// <summary>The metrics the rule is limited to; empty for every metric.</summary>
    public IReadOnlyList<Metric> Metrics { get; }

    /// <summary>For changes and percentage-point changes: how many years back each comparison goes (1 for "against last year").</summary>
    public IReadOnlyList<int> YearsBack { get; }

    /// <summary>For shares, percentage-point changes and one-in-N: the coverages of the breakdowns it applies to.</summary>
    public IReadOnlyList<BreakdownCoverage> Coverages { get; }

    /// <summary>For shares: whether the parts of a complete breakdown are apportioned so that they add up to 100.</summary>
    public bool Apportion { get; }

    /// <summary>A rule.</summary>
    /// <param name="kind">The kind of figure.</param>
    /// <param name="precision">The printed step (ignored for one-in-N, records and ages, which are whole).</param>
    /// <param name="metrics">The metrics it is limited to; <c>null</c> or empty for every metric.</param>
    /// <param name="yearsBack">For changes: the comparisons, each 1 or more; for other kinds leave it empty.</param>
    /// <param name="coverages">For shares, percentage-point changes and one-in-N: the breakdown coverages; <c>null</c> for all.</param>
    /// <param name="apportion">For shares: apportion the parts of complete breakdowns.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or a year back is below 1.</exception>
    /// <exception cref="ArgumentException">A change rule has no years back, another kind has some, or a rule other than a share apportions.</exception>
    public static PlanRule Of(FigureKind kind, Precision precision, IEnumerable<Metric>? metrics = null, IEnumerable<int>? yearsBack = null,
        IEnumerable<BreakdownCoverage>? coverages = null, bool apportion = false)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined figure kind.");
        }
        int[] back = (yearsBack ?? Array.Empty<int>()).Distinct().Order().ToArray();
        if (back.Any(years => years < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(yearsBack), "Every comparison goes at least one year back.");
        }
        FigureKindDefinition definition = FigureKinds.Of(kind);
        bool compares = definition.ComparesWithEarlierYears;
        if (compares != back.Length > 0)
        {
            throw new ArgumentException(compares
                ? $"{Article.Capital(KebabCase.Of(kind))} rule needs the years back it compares with."
                : $"{Article.Capital(KebabCase.Of(kind))} rule compares with no earlier year; leave the years back empty.", nameof(yearsBack));
        }
        if (apportion && !definition.CanApportion)
        {
            throw new ArgumentException("Only shares are apportioned.", nameof(apportion));
        }
        BreakdownCoverage[] covered = (coverages ?? Enum.GetValues<BreakdownCoverage>()).Distinct().Order().ToArray();
        foreach (BreakdownCoverage coverage in covered.Where(c => !Enum.IsDefined(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(coverages), coverage, "Not a defined breakdown coverage.");
        }
        Metric[] limited = Guard.NoNullItems(metrics ?? Array.Empty<Metric>(), nameof(metrics)).Distinct().Order().ToArray();
        return new PlanRule(kind, precision, Array.AsReadOnly(limited), Array.AsReadOnly(back), Array.AsReadOnly(covered), apportion);
    }

    /// <summary>Whether the rule applies to counts of <paramref name="metric"/>.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns><c>true</c> when <see cref="Metrics"/> is empty or holds it.</returns>
    public bool AppliesTo(Metric metric) => Metrics.Count == 0 || Metrics.Contains(metric);

    /// <summary>The figures the rule asks of <paramref name="report"/>, with their values still to be composed: the kind makes them.</summary>
    internal IEnumerable<PublishedFigure> Expand(Report report) =>
        FigureKinds.Of(Kind).Expand(new RuleScope(report, Precision, AppliesTo, YearsBack, Coverages, Apportion));

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The rule to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(PlanRule? other) =>
        other is not null && Kind == other.Kind && Precision == other.Precision && Apportion == other.Apportion
        && Metrics.SequenceEqual(other.Metrics) && YearsBack.SequenceEqual(other.YearsBack) && Coverages.SequenceEqual(other.Coverages);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Precision, Apportion, Metrics.Count, YearsBack.Count, Coverages.Count);

    /// <summary>The kind and its settings, such as <c>relative-change at 1, 1 and 2 years back</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{KebabCase.Of(Kind)} at {Precision}"
        + (YearsBack.Count > 0 ? $", {string.Join(" and ", YearsBack)} years back" : "")
        + (Metrics.Count > 0 ? $", of {string.Join(", ", Metrics)}" : "")
        + (Apportion ? ", apportioned" : "");
}
