using System;
using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A helpline's age: whole years from the launch date to the end of the period (no formula over counts); a plan asks one of every year report.</summary>
internal sealed class AgeKind : FigureKindDefinition<AgeFigure>
{
    private AgeKind()
    {
    }

    internal static AgeKind Instance { get; } = new();

    internal override bool ShownWhole => true;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.IsYear && (rule.Launch is null || rule.Period.End >= rule.Launch)
            ? new[] { AgeFigure.Of("age", rule.Helpline.Id, rule.Period, 0) }
            : Array.Empty<PublishedFigure>();

    private protected override FigureFormula? Formula(AgeFigure figure, LocalDate? launch) => null;

    private protected override Composed Compose(AgeFigure template, Composing context)
    {
        if (context.Launch is not LocalDate launch)
        {
            return new Composed.Skipped(SkipReason.LaunchDateUnknown);
        }
        if (FigureMath.AgeInYears(launch, template.Period.End) is not int years)
        {
            return new Composed.Skipped(SkipReason.BeforeLaunch);
        }
        return FigureMath.AgeInYears(launch, template.Period.EarliestEnd) == years
            ? Composing.Printed(template, years, Qualifier.None)
            : new Composed.Skipped(SkipReason.EndDayUnknown);
    }

    private protected override T? Check<T>(AgeFigure figure, Checking context, IVerdicts<T> verdicts) where T : class
    {
        Helpline helpline = context.Helpline;
        ReportingPeriod period = figure.Period;
        if (helpline.LaunchDate is not LocalDate launch)
        {
            return verdicts.NotCheckable(VerdictReason.LaunchDateUnknown, Array.Empty<ObservationKey>());
        }
        if (period.End < launch)
        {
            return verdicts.Impossible(VerdictReason.BeforeLaunch);
        }
        // An end known only to the month gives one age when every day it may end on gives the same one.
        if (period.EarliestEnd < launch || FigureMath.AgeInYears(launch, period.EarliestEnd) != FigureMath.AgeInYears(launch, period.LatestEnd)
            || FigureMath.AgeInYears(launch, period.End) is not int years)
        {
            return verdicts.NotCheckable(VerdictReason.EndDayUnknown, Array.Empty<ObservationKey>());
        }
        Rational exact = years;
        return context.Table.Accepts(Reading, exact, figure.Years, figure.Qualifier, context.Policy(figure))
            ? verdicts.Confirmed(exact)
            : verdicts.Contradicted(exact, new QualifiedValue(years, Qualifier.None, Precision.Whole), VerdictReason.CountsDoNotAllow);
    }

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return AgeFigure.Of(fields.Id, fields.Helpline, fields.RequiredPeriod(), WholeYears(fields.RequiredValue()), fields.Qualifier);
    }

    private static int WholeYears(decimal value) =>
        value == decimal.Truncate(value) && value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw new ArgumentException($"an age is a whole number of years, found {value.ToString(CultureInfo.InvariantCulture)}");

    private protected override FigureFields Fields(AgeFigure figure) => FigureFields.Of(figure);

    internal override CheckBasis Basis => CheckBasis.LaunchDate;

    internal override bool NeedsExactDays => true;

    private protected override T Accept<T>(AgeFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
