using System;
using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A ratio of two metrics: numerator over denominator; plans name their ratios, no rule makes them.</summary>
internal sealed class RatioKind : FigureKindDefinition<RatioFigure>
{
    private RatioKind()
    {
    }

    internal static RatioKind Instance { get; } = new();

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) => Array.Empty<PublishedFigure>();

    private protected override FigureFormula Formula(RatioFigure figure, LocalDate? launch) =>
        new(new[] { figure.Subject, figure.Denominator }, new[] { 1, -1 }, c => FigureMath.Ratio(c[0], c[1]), true)
        {
            Fraction = new LinearFraction(new[] { 1, 0 }, new[] { 0, 1 }, 0, Rational.One, LinearFraction.Defined.WhenDenominatorPositive),
        };

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return RatioFigure.Of(fields.Id, fields.RequiredSubject(), fields.RequiredWhole(), fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    private protected override FigureFields Fields(RatioFigure figure) => FigureFields.Of(figure) with { Whole = figure.Denominator };

    internal override CountsInWords CountsInWords => CountsInWords.Per;

    private protected override T Accept<T>(RatioFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
