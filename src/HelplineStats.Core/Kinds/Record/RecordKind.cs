using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A record claim: checked over the yearly series of its total since launch (no formula); a plan asks one of every total of a year.</summary>
internal sealed class RecordKind : FigureKindDefinition<RecordFigure>
{
    private readonly RecordDirection _direction;

    private RecordKind(RecordDirection direction) => _direction = direction;

    internal static RecordKind Highest { get; } = new(RecordDirection.Highest);

    internal static RecordKind Lowest { get; } = new(RecordDirection.Lowest);

    private bool IsHighest => _direction == RecordDirection.Highest;

    internal override PrintedUnit Unit => PrintedUnit.None;

    internal override ValueReading Reading => ValueReading.Unrounded;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.IsYear
            ? rule.Totals.Select(k => IsHighest ? RecordFigure.Highest(RuleScope.Id(k, "highest"), k) : RecordFigure.Lowest(RuleScope.Id(k, "lowest"), k)).ToList()
            : Array.Empty<PublishedFigure>();

    private protected override FigureFormula? Formula(RecordFigure figure, LocalDate? launch) => null;

    private static bool IsYearlyTotal(ObservationKey subject) =>
        subject.Channel is null && subject.Category is null && subject.Period.Kind == PeriodKind.Year;

    private RecordCheck CheckOver(Series series, ReportingPeriod period) => IsHighest ? series.CheckHighest(period) : series.CheckLowest(period);

    private protected override Composed Compose(RecordFigure template, Composing context)
    {
        ObservationKey subject = template.Subject;
        if (!IsYearlyTotal(subject))
        {
            return new Composed.Skipped(SkipReason.YearlyTotalsOnly, new[] { subject });
        }
        if (!context.Counts.Known.ContainsKey(subject))
        {
            return new Composed.Skipped(SkipReason.CountMissing, new[] { subject });
        }
        RecordCheck check = CheckOver(context.Counts.YearlySeries(context.Helpline, subject), subject.Period);
        if (!check.HoldsOverKnown)
        {
            return context.FromRule
                ? new Composed.NotTrue()
                : new Composed.Skipped(SkipReason.DoesNotHold, new[] { subject });
        }
        return check.IsConfirmed
            ? new Composed.Figure(template)
            : new Composed.Skipped(SkipReason.CountMissing, check.UnknownPeriods.Select(subject.WithPeriod).ToArray());
    }

    private protected override T? Check<T>(RecordFigure figure, Checking context, IVerdicts<T> verdicts) where T : class
    {
        ObservationKey subject = figure.Subject;
        if (!IsYearlyTotal(subject))
        {
            return verdicts.NotCheckable(VerdictReason.YearlyTotalsOnly, Array.Empty<ObservationKey>());
        }
        Helpline helpline = context.Helpline;
        int firstYear = helpline.LaunchDate?.Year
            ?? context.Dataset.ForHelpline(helpline.Id).SelectMany(r => r.Observations).Where(o => o.IsExact && o.Key.Metric.Equals(subject.Metric) && o.Key.Period.Kind == PeriodKind.Year)
                .Select(o => o.Key.Period.Start.Year).DefaultIfEmpty(subject.Period.Start.Year).Min();
        int lastYear = subject.Period.Start.Year;
        Series series = Series.From(context.Dataset, helpline, subject.Metric, Enumerable.Range(firstYear, lastYear - firstYear + 1).Select(ReportingPeriod.Year));
        if (series.Find(subject.Period)?.Count is not Count claimed)
        {
            return verdicts.NotCheckable(VerdictReason.CountsMissing, new[] { subject });
        }
        RecordCheck check = CheckOver(series, subject.Period);
        // A record that does not hold over the known years is beaten by the first year that counted beyond it.
        foreach (SeriesPoint point in check.HoldsOverKnown ? Enumerable.Empty<SeriesPoint>() : series.Points)
        {
            if (point.Count is Count count && (check.IsHighest ? count > claimed : count < claimed))
            {
                return verdicts.Beaten(subject.WithPeriod(point.Period), count.Value, figure.Direction);
            }
        }
        if (!check.IsConfirmed)
        {
            return verdicts.NotCheckable(VerdictReason.HoldsOverKnownYears, check.UnknownPeriods.Select(subject.WithPeriod));
        }
        return verdicts.Confirmed(null);
    }

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return IsHighest ? RecordFigure.Highest(fields.Id, fields.RequiredSubject()) : RecordFigure.Lowest(fields.Id, fields.RequiredSubject());
    }

    private protected override FigureFields Fields(RecordFigure figure) => FigureFields.Of(figure);

    internal override CheckBasis Basis => CheckBasis.KnownYears;

    private protected override T Accept<T>(RecordFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
