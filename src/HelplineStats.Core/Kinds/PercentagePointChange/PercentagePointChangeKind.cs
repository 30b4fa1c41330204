using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Uncertainty;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A change of a share in percentage points; a plan asks one of every part of the report's breakdowns against each year back.</summary>
internal sealed class PercentagePointChangeKind : FigureKindDefinition<PercentagePointChangeFigure>
{
    private PercentagePointChangeKind()
    {
    }

    internal static PercentagePointChangeKind Instance { get; } = new();

    internal override bool ComparesWithEarlierYears => true;

    internal override PrintedUnit Unit => PrintedUnit.Signed;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.Breakdowns.SelectMany(b => RuleScope.Parts(b).SelectMany(part => rule.Comparisons().Select(c =>
            PercentagePointChangeFigure.Of(RuleScope.Id(part, "points-" + RuleScope.Name(c)), part, b.Total.Key, RuleScope.Basis(b), c, 0m, Qualifier.None, rule.Precision))));

    /// <summary>Not monotone in each count, so no single unknown count is inferred from it.</summary>
    private protected override FigureFormula Formula(PercentagePointChangeFigure figure, LocalDate? launch)
    {
        ObservationKey subject = figure.Subject;
        ObservationKey whole = figure.Whole;
        ReportingPeriod earlier = figure.ComparisonPeriod;
        if (figure.Basis == ShareBasis.Known && FigureFormula.UnknownBucket(subject, whole) is ObservationKey unknown)
        {
            return new FigureFormula(
                new[] { subject, whole, unknown, subject.WithPeriod(earlier), whole.WithPeriod(earlier), unknown.WithPeriod(earlier) },
                new[] { 1, -1, 1, -1, 1, -1 },
                c => FigureMath.PercentagePoints(FigureMath.ShareOfKnown(c[3], c[4], c[5]), FigureMath.ShareOfKnown(c[0], c[1], c[2])),
                false);
        }
        return new FigureFormula(
            new[] { subject, whole, subject.WithPeriod(earlier), whole.WithPeriod(earlier) },
            new[] { 1, -1, -1, 1 },
            c => FigureMath.PercentagePoints(c[2], c[3], c[0], c[1]),
            false);
    }

    /// <summary>Newcombe's interval of the difference of the two shares, in points.</summary>
    private protected override (ConfidenceInterval Interval, bool IsChange)? Uncertainty(PercentagePointChangeFigure figure, long[] c, double level)
    {
        bool known = figure.Basis == ShareBasis.Known;
        if (c.Length != (known ? 6 : 4))
        {
            return null;
        }
        (long part, long whole, long earlierPart, long earlierWhole) = known ? (c[0], c[1] - c[2], c[3], c[4] - c[5]) : (c[0], c[1], c[2], c[3]);
        return whole > 0 && earlierWhole > 0 && part <= whole && earlierPart <= earlierWhole
            ? (Percent(Intervals.Newcombe(earlierPart, earlierWhole, part, whole, level)), true) : null;
    }

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return PercentagePointChangeFigure.Of(fields.Id, fields.RequiredSubject(), fields.RequiredWhole(), fields.Basis, fields.RequiredComparison(), fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    private protected override FigureFields Fields(PercentagePointChangeFigure figure) =>
        FigureFields.Of(figure) with { Whole = figure.Whole, Basis = figure.Basis, Comparison = figure.ComparisonPeriod };

    private protected override T Accept<T>(PercentagePointChangeFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
