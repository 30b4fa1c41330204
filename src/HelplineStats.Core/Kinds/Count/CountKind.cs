using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A count: its value is its subject's count; a plan asks one of every total of the report.</summary>
internal sealed class CountKind : FigureKindDefinition<CountFigure>
{
    private CountKind()
    {
    }

    internal static CountKind Instance { get; } = new();

    internal override bool ShownWhole => true;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.Totals.Select(k => CountFigure.Of(RuleScope.Id(k), k, 0m, Qualifier.None, rule.Precision));

    private protected override FigureFormula Formula(CountFigure figure, LocalDate? launch) => FigureFormula.Identity(figure.Subject);

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return CountFigure.Of(fields.Id, fields.RequiredSubject(), fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    private protected override FigureFields Fields(CountFigure figure) => FigureFields.Of(figure);

    internal override CheckBasis Basis => CheckBasis.ItsOwnCount;

    private protected override T Accept<T>(CountFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
