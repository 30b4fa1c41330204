using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>What the kinds that compare a count with itself in an earlier period share: their inputs and their fields.</summary>
/// <typeparam name="TFigure">The figure type.</typeparam>
internal abstract class ComparedKind<TFigure> : FigureKindDefinition<TFigure>
    where TFigure : ComparedFigure
{
    /// <summary>The inputs: the subject, then the same count in the earlier period.</summary>
    private protected static ObservationKey[] Inputs(TFigure figure) => new[] { figure.Subject, figure.Earlier };

    /// <summary>One figure of every total of the report against every year the rule goes back.</summary>
    private protected static IEnumerable<PublishedFigure> AgainstEveryYearBack(RuleScope rule, System.Func<ObservationKey, ReportingPeriod, PublishedFigure> make) =>
        rule.Totals.SelectMany(k => rule.Comparisons().Select(c => make(k, c)));

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return Make(fields.Id, fields.RequiredSubject(), fields.RequiredComparison(), fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    /// <summary>The kind's factory.</summary>
    private protected abstract TFigure Make(string id, ObservationKey subject, ReportingPeriod comparison, decimal value, Qualifier qualifier, Precision? precision);

    private protected override FigureFields Fields(TFigure figure) => FigureFields.Of(figure) with { Comparison = figure.ComparisonPeriod };
}
