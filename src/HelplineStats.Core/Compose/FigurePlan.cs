using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Compose;

/// <summary>
/// Which figures a page holds: rules applied to every report (<see cref="PlanRule"/>) and figures asked for by name
/// (<see cref="PlannedFigure"/>). A plan is data: <c>FigurePlanJson</c> reads and writes it (docs/composing.md), so other
/// apps define their own; <see cref="Default"/> is the page a helpline usually publishes, and <see cref="Like"/> derives
/// the plan of a page someone printed.
/// </summary>
/// <remarks>Equality is by rules and figures, in order. Immutable and thread-safe.</remarks>
public sealed record FigurePlan
{
    private FigurePlan(IReadOnlyList<PlanRule> rules, IReadOnlyList<PlannedFigure> figures)
    {
        Rules = rules;
        Figures = figures;
    }

    /// <summary>
    /// The default page: every total with its per-day average; its change against one and two years back, in percent
    /// and absolute; its multiple against the first full year after the launch (one decimal, with the word that names the
    /// side); the highest since launch when it holds; every complete breakdown as apportioned whole percentages that add
    /// up to 100 (of the known where there is an unknown category), every other breakdown as plain whole percentages;
    /// percentage-point changes of the shares against last year (one decimal); "one in N" for the largest category of
    /// every breakdown of possible victims and of contact persons; the total since launch; and the helpline's age.
    /// </summary>
    public static FigurePlan Default { get; } = Create(new[]
    {
        PlanRule.Of(FigureKind.Count, Precision.Whole),
        PlanRule.Of(FigureKind.RatePerDay, Precision.Whole),
        PlanRule.Of(FigureKind.RelativeChange, Precision.Whole, yearsBack: new[] { 1, 2 }),
        PlanRule.Of(FigureKind.AbsoluteChange, Precision.Whole, yearsBack: new[] { 1, 2 }),
        PlanRule.Of(FigureKind.Multiple, Precision.DecimalPlaces(1)),
        PlanRule.Of(FigureKind.HighestSinceLaunch, Precision.Whole),
        PlanRule.Of(FigureKind.Share, Precision.Whole, coverages: new[] { BreakdownCoverage.Complete }, apportion: true),
        PlanRule.Of(FigureKind.Share, Precision.Whole, coverages: new[] { BreakdownCoverage.Incomplete, BreakdownCoverage.MultiLabel }),
        PlanRule.Of(FigureKind.PercentagePointChange, Precision.DecimalPlaces(1), yearsBack: new[] { 1 }),
        PlanRule.Of(FigureKind.OneInN, Precision.Whole, metrics: new[] { Metric.PossibleVictims, Metric.ContactPersons }),
        PlanRule.Of(FigureKind.CumulativeSinceLaunch, Precision.Whole),
        PlanRule.Of(FigureKind.AgeInYears, Precision.Whole),
    });

    /// <summary>The rules, applied to every report in order.</summary>
    public IReadOnlyList<PlanRule> Rules { get; }

    /// <summary>The figures asked for by name.</summary>
    public IReadOnlyList<PlannedFigure> Figures { get; }

    /// <summary>A plan of rules and named figures.</summary>
    /// <param name="rules">The rules.</param>
    /// <param name="figures">The figures asked for by name; <c>null</c> for none.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">Two named figures of one report have the same id.</exception>
    public static FigurePlan Create(IEnumerable<PlanRule> rules, IEnumerable<PlannedFigure>? figures = null)
    {
        IReadOnlyList<PlanRule> ruleList = Guard.NoNullItems(rules, nameof(rules));
        IReadOnlyList<PlannedFigure> figureList = Guard.NoNullItems(figures ?? Array.Empty<PlannedFigure>(), nameof(figures));
        foreach (IGrouping<(HelplineId, ReportingPeriod, string), PlannedFigure> twin in figureList
            .GroupBy(f => (f.Helpline, f.Report, f.Template.Id)).Where(g => g.Count() > 1))
        {
            throw new ArgumentException($"Two planned figures of {twin.Key.Item1} {twin.Key.Item2} have the id '{twin.Key.Item3}'.", nameof(figures));
        }
        return new FigurePlan(ruleList, figureList);
    }

    /// <summary>
    /// The plan of a printed page: every figure it printed, with the same kind, subject, whole, basis, comparison period,
    /// precision, apportioning and preferred qualifier, and no rules. Composed from the counts, it gives "what this page
    /// should have said".
    /// </summary>
    /// <param name="page">The page, as a dataset with published figures.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public static FigurePlan Like(Dataset page)
    {
        Guard.NotNull(page, nameof(page));
        return Create(Array.Empty<PlanRule>(), page.Reports.SelectMany(report =>
            report.Figures.Select(figure => PlannedFigure.Of(report.Helpline.Id, report.Period, figure))));
    }

    /// <summary>Whether <paramref name="other"/> has the same rules and figures in the same order.</summary>
    /// <param name="other">The plan to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(FigurePlan? other) => other is not null && Rules.SequenceEqual(other.Rules) && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Rules.Count, Figures.Count);

    /// <summary>How many rules and named figures, such as <c>plan: 12 rules, 0 named figures</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"plan: {Rules.Count} rules, {Figures.Count} named figures";
}
