using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Uncertainty;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A multiple: later / earlier; a plan asks one of every total of a year against the first full year since the launch.</summary>
internal sealed class MultipleKind : ComparedKind<MultipleFigure>
{
    private MultipleKind()
    {
    }

    internal static MultipleKind Instance { get; } = new();

    internal override bool TakesPreferredQualifier => false;

    internal override ValueReading Reading => ValueReading.Multiple;

    internal override FigureRole Role => FigureRole.Highlight;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule)
    {
        if (!rule.IsYear || rule.Launch is not LocalDate launched)
        {
            return Array.Empty<PublishedFigure>();
        }
        ReportingPeriod firstFull = ReportingPeriod.Year(launched.Month == 1 && launched.Day == 1 ? launched.Year : launched.Year + 1);
        return rule.Period.Start.Year <= firstFull.Start.Year
            ? Array.Empty<PublishedFigure>()
            : rule.Totals.Select(k => MultipleFigure.Of(RuleScope.Id(k, "times-" + RuleScope.Name(firstFull)), k, firstFull, 0m, Qualifier.None, rule.Precision)).ToList();
    }

    private protected override FigureFormula Formula(MultipleFigure figure, LocalDate? launch) =>
        new(Inputs(figure), new[] { 1, -1 }, c => FigureMath.Multiple(c[1], c[0]), true)
        {
            Fraction = new LinearFraction(new[] { 1, 0 }, new[] { 0, 1 }, 0, Rational.One, LinearFraction.Defined.WhenDenominatorPositive),
        };

    internal override double NoChange => 1;

    /// <summary>The exact Poisson interval of the ratio of the two counts.</summary>
    private protected override (ConfidenceInterval Interval, bool IsChange)? Uncertainty(MultipleFigure figure, long[] c, double level) =>
        c.Length == 2 && c[1] > 0 ? (Intervals.PoissonRatio(c[1], c[0], level), true) : null;

    private protected override MultipleFigure Make(string id, ObservationKey subject, ReportingPeriod comparison, decimal value, Qualifier qualifier, Precision? precision) =>
        MultipleFigure.Of(id, subject, comparison, value, qualifier, precision);

    internal override CountsInWords CountsInWords => CountsInWords.FromTo;

    private protected override T Accept<T>(MultipleFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
