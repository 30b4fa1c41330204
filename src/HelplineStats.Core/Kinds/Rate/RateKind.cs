using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>An average per day or per week: the count over the active days of its period (from the launch in a launch year); a plan asks one of every total.</summary>
internal sealed class RateKind : FigureKindDefinition<RateFigure>
{
    private readonly RateUnit _unit;
    private readonly string _idPart;

    private RateKind(RateUnit unit, string idPart)
    {
        _unit = unit;
        _idPart = idPart;
    }

    internal static RateKind PerDay { get; } = new(RateUnit.PerDay, "per-day");

    internal static RateKind PerWeek { get; } = new(RateUnit.PerWeek, "per-week");

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.Totals.Select(k => RateFigure.Of(RuleScope.Id(k, _idPart), k, _unit, 0m, Qualifier.None, rule.Precision));

    private protected override FigureFormula Formula(RateFigure figure, LocalDate? launch)
    {
        int days = FigureMath.ActiveDays(Dated(figure), launch);
        RateUnit unit = figure.Unit;
        return new FigureFormula(new[] { figure.Subject }, new[] { 1 }, c => days == 0 ? null : FigureMath.Rate(c[0], days, unit), true)
        {
            Fraction = days == 0 ? null : new LinearFraction(new[] { unit == RateUnit.PerDay ? 1 : 7 }, new[] { 0 }, days, Rational.One, LinearFraction.Defined.WhenDenominatorPositive),
        };
    }

    /// <summary>Whether the number of days is not known: the period ends on an unknown day of its last month.</summary>
    private static bool DaysUnknown(RateFigure figure) => figure.Subject.Period is MonthEndPeriod;

    /// <summary>The rate's period with its days known; a month-end period throws, as composing and checking skip it first.</summary>
    private static DatedPeriod Dated(RateFigure figure) => figure.Subject.Period switch
    {
        DatedPeriod dated => dated,
        _ => throw new System.InvalidOperationException($"{figure.Subject.Period} ends on an unknown day of its last month: its number of days is not known."),
    };

    private protected override Composed Compose(RateFigure template, Composing context) =>
        DaysUnknown(template) ? new Composed.Skipped(SkipReason.EndDayUnknown, new[] { template.Subject }) : base.Compose(template, context);

    /// <summary>The number of days is not known, and a rate over a guessed number of days would pretend to know it.</summary>
    private protected override T? Check<T>(RateFigure figure, Checking context, IVerdicts<T> verdicts) where T : class =>
        DaysUnknown(figure) ? verdicts.NotCheckable(VerdictReason.EndDayUnknown, System.Array.Empty<ObservationKey>()) : null;

    internal override PublishedFigure Read(FigureFields fields)
    {
        fields.RefuseApportioned();
        return RateFigure.Of(fields.Id, fields.RequiredSubject(), _unit, fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    private protected override FigureFields Fields(RateFigure figure) => FigureFields.Of(figure);

    internal override CountsInWords CountsInWords => CountsInWords.OverDays;

    internal override bool NeedsExactDays => true;

    internal override FigureRole Role => _unit == RateUnit.PerDay ? FigureRole.DailyAverage : FigureRole.Statement;

    /// <summary>Over the whole calendar period instead of the days since the launch, or over a year of the other length.</summary>
    private protected override IEnumerable<KindSlip> Slips(RateFigure figure, long[] counts, LocalDate? launch)
    {
        DatedPeriod period = Dated(figure);
        int rightDays = FigureMath.ActiveDays(period, launch);
        return WrongDays.Candidates(period, rightDays)
            .Select(days => new WrongDays(FigureMath.Rate(counts[0], days, figure.Unit), counts[0], days, rightDays)).ToList();
    }

    private protected override T Accept<T>(RateFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
