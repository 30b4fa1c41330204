using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>One in N: the share of the part as a fraction, said as the closest simple "one in N"; a plan asks one of the largest known part of every breakdown by category.</summary>
internal sealed class OneInNKind : FigureKindDefinition<OneInNFigure>
{
    private OneInNKind()
    {
    }

    internal static OneInNKind Instance { get; } = new();

    internal override bool HasExpectedPrinting => false;

    internal override PrintedUnit Unit => PrintedUnit.OneInN;

    internal override ValueReading Reading => ValueReading.OneInN;

    internal override FigureRole Role => FigureRole.Highlight;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.Breakdowns.Where(b => !b.Dimension.IsChannel)
            .Select(b => (Breakdown: b, Largest: b.Parts.Where(p => p.Key.Category?.IsUnknown != true)
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key).FirstOrDefault()))
            .Where(x => x.Largest is not null)
            .Select(x => OneInNFigure.Of(RuleScope.Id(x.Largest!.Key, "one-in-n"), x.Largest.Key, x.Breakdown.Total.Key, RuleScope.Basis(x.Breakdown), 1m, Qualifier.None, Precision.Whole));

    private protected override FigureFormula Formula(OneInNFigure figure, LocalDate? launch) =>
        ShareKind.PartOfWhole(figure.Subject, figure.Whole, figure.Basis, Rational.One);

    private protected override PartOfWhole PartOfWhole(OneInNFigure figure) => new(figure.Subject, figure.Whole, Rational.One);

    private protected override Composed Phrase(OneInNFigure template, Rational exact, Composing context) =>
        NaturalFrequency.Phrase(exact, context.Policy(template), context.Table, NaturalFrequency.SimpleDenominators) is (int n, Qualifier qualifier)
            ? Composing.Printed(template, n, qualifier)
            : new Composed.Skipped(SkipReason.NoSimpleFraction, new[] { template.Subject, template.Whole });

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return OneInNFigure.Of(fields.Id, fields.RequiredSubject(), fields.RequiredWhole(), fields.Basis, fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    private protected override FigureFields Fields(OneInNFigure figure) => FigureFields.Of(figure) with { Whole = figure.Whole, Basis = figure.Basis };

    internal override CountsInWords CountsInWords => CountsInWords.PartOfWhole;

    private protected override T Accept<T>(OneInNFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
