using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A total since launch: its subject's count, or the sum of its years when not given; a plan asks one of every total of a year since the launch.</summary>
internal sealed class SinceLaunchKind : FigureKindDefinition<SinceLaunchFigure>
{
    private SinceLaunchKind()
    {
    }

    internal static SinceLaunchKind Instance { get; } = new();

    internal override bool ShownWhole => true;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.IsYear && rule.Launch is LocalDate start && rule.Period.End >= start
            ? rule.Totals.Select(k => SinceLaunchFigure.Of(RuleScope.Id(k, "since-launch"), k.WithPeriod(rule.Helpline.SinceLaunch(rule.Period)), 0m, Qualifier.None, rule.Precision)).ToList()
            : Array.Empty<PublishedFigure>();

    private protected override FigureFormula Formula(SinceLaunchFigure figure, LocalDate? launch) => FigureFormula.Identity(figure.Subject);

    /// <summary>A total not given is added up from its years when every year since the launch is known, and the sum is kept as a count for the audit.</summary>
    private protected override Composed Compose(SinceLaunchFigure template, Composing context)
    {
        ObservationKey subject = template.Subject;
        if (!context.Counts.Known.ContainsKey(subject))
        {
            if (subject.Period is MonthEndPeriod)
            {
                return new Composed.Skipped(SkipReason.CountMissing, new[] { subject });
            }
            if (context.Counts.SinceLaunch(context.Helpline, subject) is not Observation sum)
            {
                return new Composed.Skipped(SkipReason.CountMissing, new[] { subject });
            }
            context.Derived.Add(sum);
        }
        return base.Compose(template, context);
    }

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return SinceLaunchFigure.Of(fields.Id, fields.RequiredSubject(), fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    private protected override FigureFields Fields(SinceLaunchFigure figure) => FigureFields.Of(figure);

    internal override CheckBasis Basis => CheckBasis.ItsOwnCount;

    private protected override T Accept<T>(SinceLaunchFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
