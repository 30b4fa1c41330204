using NodaTime;

namespace HelplineStats.Core.Model;

/// <summary>
/// A reporting period that ends on a day of <see cref="EndMonth"/> that is not known: a publication may say "since
/// launch, up to May 2013" without the day. Written <c>2012-03-12/2013-05</c>.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="ReportingPeriod.ToSomeDayIn(LocalDate, YearMonth)"/> (or by
/// <see cref="ReportingPeriod.SinceLaunch(LocalDate, ReportingPeriod)"/> up to such a period). It starts before its end
/// month, so every day of that month is a day the period may end on: its end lies from
/// <see cref="ReportingPeriod.EarliestEnd"/> (the month's first day) to <see cref="ReportingPeriod.LatestEnd"/> (its
/// last day, which <see cref="ReportingPeriod.End"/> is too). Its <see cref="ReportingPeriod.Kind"/> is always
/// <see cref="PeriodKind.Custom"/>. It has no number of days and no period just before or after it, as NodaTime's
/// <see cref="YearMonth"/> has no day: what needs them takes a <see cref="DatedPeriod"/>.</para>
/// <para>Sealed: a period is a <see cref="DatedPeriod"/> or a month-end one. Immutable and thread-safe.</para>
/// </remarks>
public sealed class MonthEndPeriod : ReportingPeriod
{
    internal MonthEndPeriod(LocalDate start, YearMonth endMonth)
        : base(start, endMonth.OnDayOfMonth(1).With(DateAdjusters.EndOfMonth), PeriodKind.Custom)
    {
        EndMonth = endMonth;
    }

    /// <summary>The month the period ends in, on a day that is not known.</summary>
    public YearMonth EndMonth { get; }

    /// <summary>The earliest day the period can end on: the first day of <see cref="EndMonth"/>.</summary>
    public override LocalDate EarliestEnd => EndMonth.OnDayOfMonth(1);

    /// <inheritdoc />
    private protected override string EndText => IsoMonth.Format(EndMonth);

    /// <inheritdoc />
    public override MonthEndPeriod YearsEarlier(int years) => MovedBy(YearsBack(years, nameof(years)));

    /// <inheritdoc />
    public override MonthEndPeriod YearsLater(int years) => MovedBy(YearsAhead(years, nameof(years)));

    private MonthEndPeriod MovedBy(int years) => ToSomeDayIn(Start.PlusYears(years), EndMonth.PlusMonths(checked(12 * years)));
}
