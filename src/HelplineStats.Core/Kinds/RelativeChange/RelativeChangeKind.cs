using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Uncertainty;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A relative change: (later − earlier) / earlier, in percent; a plan asks one of every total against each year back.</summary>
internal sealed class RelativeChangeKind : ComparedKind<RelativeChangeFigure>
{
    private RelativeChangeKind()
    {
    }

    internal static RelativeChangeKind Instance { get; } = new();

    internal override bool ComparesWithEarlierYears => true;

    internal override PrintedUnit Unit => PrintedUnit.SignedPercent;

    internal override FigureRole Role => FigureRole.Change;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        AgainstEveryYearBack(rule, (k, c) => RelativeChangeFigure.Of(RuleScope.Id(k, "vs-" + RuleScope.Name(c)), k, c, 0m, Qualifier.None, rule.Precision));

    private protected override FigureFormula Formula(RelativeChangeFigure figure, LocalDate? launch) =>
        new(Inputs(figure), new[] { 1, -1 }, c => FigureMath.RelativeChange(c[1], c[0]) * 100, true)
        {
            Fraction = new LinearFraction(new[] { 1, -1 }, new[] { 0, 1 }, 0, Rational.Of(100), LinearFraction.Defined.AlsoZeroOverZero),
        };

    /// <summary>The exact Poisson interval of the ratio of the two counts, as a change in percent.</summary>
    private protected override (ConfidenceInterval Interval, bool IsChange)? Uncertainty(RelativeChangeFigure figure, long[] c, double level)
    {
        if (c.Length != 2 || c[1] <= 0)
        {
            return null;
        }
        ConfidenceInterval ratio = Intervals.PoissonRatio(c[1], c[0], level);
        return (new ConfidenceInterval((ratio.Low - 1) * 100, (ratio.High - 1) * 100, ratio.Level), true);
    }

    private protected override RelativeChangeFigure Make(string id, ObservationKey subject, ReportingPeriod comparison, decimal value, Qualifier qualifier, Precision? precision) =>
        RelativeChangeFigure.Of(id, subject, comparison, value, qualifier, precision);

    internal override CountsInWords CountsInWords => CountsInWords.FromTo;

    /// <summary>Divided by the later count instead of the earlier one.</summary>
    private protected override IEnumerable<KindSlip> Slips(RelativeChangeFigure figure, long[] counts, LocalDate? launch)
    {
        if (counts[0] != 0)
        {
            yield return new WrongBase(Rational.Of(counts[0] - counts[1], counts[0]) * 100, counts[0] - counts[1], counts[0], counts[1]);
        }
    }

    private protected override T Accept<T>(RelativeChangeFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
