using System;
using NodaTime;

namespace HelplineStats.Core.Model;

/// <summary>
/// A reporting period whose both days are known: a calendar year, quarter or month, a day, or any other run of whole
/// days. It has a number of <see cref="Days"/>, an <see cref="Interval"/>, and the periods just before and after it.
/// </summary>
/// <remarks>
/// <para>Made by <see cref="ReportingPeriod.Year(int)"/>, <see cref="ReportingPeriod.Quarter(int, int)"/>,
/// <see cref="ReportingPeriod.Month(int, int)"/>, <see cref="ReportingPeriod.Day(LocalDate)"/>,
/// <see cref="ReportingPeriod.Between(LocalDate, LocalDate)"/>, <see cref="ReportingPeriod.Of(DateInterval)"/> and
/// <see cref="ReportingPeriod.SinceLaunch(LocalDate, DatedPeriod)"/>, and by <see cref="ReportingPeriod.Parse(string)"/>
/// for a text whose last day is given; its <see cref="ReportingPeriod.Kind"/> is read off the dates. <see cref="Previous"/> and <see cref="Next"/> step a
/// year, quarter, month or day by one; a custom period steps by its own length.</para>
/// <para>Sealed: a period is dated or a <see cref="MonthEndPeriod"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed class DatedPeriod : ReportingPeriod
{
    internal DatedPeriod(LocalDate start, LocalDate end)
        : base(start, end, KindOf(start, end))
    {
    }

    /// <summary>The earliest day the period can end on: its <see cref="ReportingPeriod.End"/>.</summary>
    public override LocalDate EarliestEnd => End;

    /// <inheritdoc />
    private protected override string EndText => IsoDate.Format(End);

    /// <summary>The period as a NodaTime interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The number of days in the period, from the real calendar (at least one).</summary>
    public int Days => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>The period just before this one: the previous year, quarter, month or day; for a custom period, the
    /// days of the same number that end the day before it starts.</summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="InvalidOperationException">The previous period would start before the year 1.</exception>
    public DatedPeriod Previous() => Step(-1);

    /// <summary>The period just after this one; the inverse of <see cref="Previous"/>.</summary>
    /// <returns>The next period.</returns>
    /// <exception cref="InvalidOperationException">The next period would end after the year 9999.</exception>
    public DatedPeriod Next() => Step(1);

    /// <inheritdoc />
    public override DatedPeriod YearsEarlier(int years) => MovedBy(YearsBack(years, nameof(years)));

    /// <inheritdoc />
    public override DatedPeriod YearsLater(int years) => MovedBy(YearsAhead(years, nameof(years)));

    private DatedPeriod MovedBy(int years) => Kind switch
    {
        PeriodKind.Year or PeriodKind.Quarter or PeriodKind.Month => CalendarPeriodFrom(Start.PlusYears(years), Kind),
        _ => Between(Start.PlusYears(years), End.PlusYears(years)),
    };

    private DatedPeriod Step(int direction)
    {
        try
        {
            return Kind switch
            {
                PeriodKind.Year or PeriodKind.Quarter or PeriodKind.Month => CalendarPeriodFrom(Start.PlusMonths(direction * MonthsIn(Kind)), Kind),
                _ => direction < 0
                    ? Between(Start.PlusDays(-Days), Start.PlusDays(-1))
                    : Between(End.PlusDays(1), End.PlusDays(Days)),
            };
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new InvalidOperationException($"The period {(direction < 0 ? "before" : "after")} {this} lies outside the years {MinYear} to {MaxYear}.", e);
        }
    }

    private static PeriodKind KindOf(LocalDate start, LocalDate end)
    {
        if (start == end)
        {
            return PeriodKind.Day;
        }
        if (start.Day != 1 || end.Day != CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month))
        {
            return PeriodKind.Custom;
        }
        int months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        return months switch
        {
            1 => PeriodKind.Month,
            3 when start.Month % 3 == 1 => PeriodKind.Quarter,
            12 when start.Month == 1 => PeriodKind.Year,
            _ => PeriodKind.Custom,
        };
    }
}
