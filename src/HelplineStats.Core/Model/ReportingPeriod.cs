using System;
using System.Globalization;
using HelplineStats.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.Model;

/// <summary>
/// The run of whole days a figure is about: a calendar year, quarter or month, a single day, or any other date interval
/// (such as "since launch up to the end of 2021"). Both ends are included.
/// </summary>
/// <remarks>
/// <para>A period is its two dates and nothing else: <c>ReportingPeriod.Between(2021-01-01, 2021-12-31)</c> is the same
/// value as <c>ReportingPeriod.Year(2021)</c>, and its <see cref="Kind"/> is read off the dates. Dates are in the ISO
/// calendar, in the years 1 to 9999.</para>
/// <para><see cref="Days"/> comes from the real calendar: 2016 and 2020 have 366 days.</para>
/// <para>Moving in time: <see cref="Previous"/> and <see cref="Next"/> step a year, quarter, month or day by one; a
/// custom period steps by its own length. <see cref="YearsEarlier(int)"/> moves a year, quarter or month to the same one
/// <em>n</em> years away, which <see cref="YearsLater(int)"/> undoes exactly. A day or a custom period is moved date by
/// date with NodaTime's <see cref="LocalDate.PlusYears(int)"/>, so 29 February becomes 28 February in a year that has
/// no 29 February; such a move cannot always be undone (29 February 2020 one year earlier and then one year later is
/// 28 February 2020).</para>
/// <para>Equality is by the two dates; periods are ordered by start date, then end date. A sealed class because a
/// period has no sensible default. Immutable and thread-safe.</para>
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>The first year a period may touch.</summary>
    public const int MinYear = 1;

    /// <summary>The last year a period may touch.</summary>
    public const int MaxYear = 9999;

    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private ReportingPeriod(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
        Kind = KindOf(start, end);
    }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period (included).</summary>
    public LocalDate End { get; }

    /// <summary>The shape of the period: year, quarter, month, day or custom.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The period as a NodaTime interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>The number of days in the period, from the real calendar (at least one).</summary>
    public int Days => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>1 January to 31 December of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static ReportingPeriod Year(int year)
    {
        Guard.InRange(year, MinYear, MaxYear, nameof(year));
        return new ReportingPeriod(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="quarter">The quarter, from 1 to 4.</param>
    /// <returns>The three months of the quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        Guard.InRange(year, MinYear, MaxYear, nameof(year));
        Guard.InRange(quarter, 1, 4, nameof(quarter));
        return CalendarPeriodFrom(new LocalDate(year, (quarter * 3) - 2, 1), PeriodKind.Quarter);
    }

    /// <summary>A calendar month.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="month">The month, from 1 to 12.</param>
    /// <returns>The whole month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        Guard.InRange(year, MinYear, MaxYear, nameof(year));
        Guard.InRange(month, 1, 12, nameof(month));
        return Month(new YearMonth(year, month));
    }

    /// <summary>A calendar month.</summary>
    /// <param name="month">The month, in the ISO calendar, in the years 1 to 9999.</param>
    /// <returns>The whole month.</returns>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside the years 1 to 9999.</exception>
    public static ReportingPeriod Month(YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{nameof(month)} must be in the ISO calendar; it was in {month.Calendar.Id}.", nameof(month));
        }
        Guard.InRange(month.Year, MinYear, MaxYear, nameof(month));
        return new ReportingPeriod(month.OnDayOfMonth(1), month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month)));
    }

    /// <summary>A single day.</summary>
    /// <param name="date">The day, in the ISO calendar, in the years 1 to 9999.</param>
    /// <returns>The one-day period.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1 to 9999.</exception>
    public static ReportingPeriod Day(LocalDate date) => Between(date, date);

    /// <summary>The days from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <returns>The period; its <see cref="Kind"/> is read off the dates.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years 1 to 9999.</exception>
    public static ReportingPeriod Between(LocalDate start, LocalDate end)
    {
        Guard.Iso(start, nameof(start));
        Guard.Iso(end, nameof(end));
        Guard.InRange(start.Year, MinYear, MaxYear, nameof(start));
        Guard.InRange(end.Year, MinYear, MaxYear, nameof(end));
        if (end < start)
        {
            throw new ArgumentException(
                $"The period ends on {IsoDate.Format(end)}, before it starts on {IsoDate.Format(start)}.", nameof(end));
        }
        return new ReportingPeriod(start, end);
    }

    /// <summary>The days of a NodaTime interval.</summary>
    /// <param name="interval">The interval, in the ISO calendar, in the years 1 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval is outside the years 1 to 9999.</exception>
    public static ReportingPeriod Of(DateInterval interval)
    {
        Guard.NotNull(interval, nameof(interval));
        return Between(interval.Start, interval.End);
    }

    /// <summary>
    /// "Since launch": the days from a launch date to the end of <paramref name="upTo"/>. The first year of such a
    /// period is usually partial.
    /// </summary>
    /// <param name="launch">The launch date.</param>
    /// <param name="upTo">The period whose end closes the result.</param>
    /// <returns>From <paramref name="launch"/> to <paramref name="upTo"/>'s end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upTo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="upTo"/> ends before <paramref name="launch"/>, or the launch is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="launch"/> is outside the years 1 to 9999.</exception>
    public static ReportingPeriod SinceLaunch(LocalDate launch, ReportingPeriod upTo)
    {
        Guard.NotNull(upTo, nameof(upTo));
        Guard.Iso(launch, nameof(launch));
        if (upTo.End < launch)
        {
            throw new ArgumentException(
                $"The period {upTo} ends before the launch on {IsoDate.Format(launch)}: nothing has happened since launch yet.", nameof(upTo));
        }
        return Between(launch, upTo.End);
    }

    /// <summary>The period just before this one: the previous year, quarter, month or day; for a custom period, the
    /// days of the same number that end the day before it starts.</summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="InvalidOperationException">The previous period would start before the year 1.</exception>
    public ReportingPeriod Previous() => Step(-1);

    /// <summary>The period just after this one; the inverse of <see cref="Previous"/>.</summary>
    /// <returns>The next period.</returns>
    /// <exception cref="InvalidOperationException">The next period would end after the year 9999.</exception>
    public ReportingPeriod Next() => Step(1);

    /// <summary>The same period <paramref name="years"/> years earlier (see the remarks on 29 February).</summary>
    /// <param name="years">How many years back; may be zero or negative.</param>
    /// <returns>The moved period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would leave the years 1 to 9999.</exception>
    public ReportingPeriod YearsEarlier(int years) => ShiftYears(years == int.MinValue ? throw OutOfYears(nameof(years)) : -years, nameof(years));

    /// <summary>The same period <paramref name="years"/> years later (see the remarks on 29 February).</summary>
    /// <param name="years">How many years ahead; may be zero or negative.</param>
    /// <returns>The moved period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would leave the years 1 to 9999.</exception>
    public ReportingPeriod YearsLater(int years) => ShiftYears(years, nameof(years));

    /// <summary>Whether <paramref name="date"/> lies in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date.Calendar == CalendarSystem.Iso && Start <= date && date <= End;

    /// <summary>Whether every day of <paramref name="other"/> lies in this period.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><c>true</c> when <paramref name="other"/> lies inside this period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(ReportingPeriod other)
    {
        Guard.NotNull(other, nameof(other));
        return Start <= other.Start && other.End <= End;
    }

    /// <summary>Whether the two periods share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><c>true</c> when they overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(ReportingPeriod other)
    {
        Guard.NotNull(other, nameof(other));
        return Start <= other.End && other.Start <= End;
    }

    /// <summary>
    /// The period in invariant text: <c>2021</c>, <c>2021-Q2</c>, <c>2021-03</c>, <c>2021-03-12</c>, or for any other
    /// period the ISO 8601 interval <c>2017-05-19/2021-12-31</c>. <see cref="Parse(string)"/> reads each back.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
        PeriodKind.Day => IsoDate.Format(Start),
        _ => $"{IsoDate.Format(Start)}/{IsoDate.Format(End)}",
    };

    /// <summary>Reads a period written as <see cref="ToString"/> writes it.</summary>
    /// <param name="text">The text, such as <c>2021</c>, <c>2021-Q2</c>, <c>2021-03</c>, <c>2021-03-12</c> or <c>2017-05-19/2021-12-31</c>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a period; the message says what was expected.</exception>
    public static ReportingPeriod Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        return TryParse(text, out ReportingPeriod? period, out string? problem)
            ? period
            : throw new FormatException($"{Quoted.Of(text)} is not a reporting period: {problem}");
    }

    /// <summary>Tries to read a period written as <see cref="ToString"/> writes it.</summary>
    /// <param name="text">The text.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns><c>true</c> when <paramref name="text"/> is a period.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period) =>
        TryParse(text, out period, out _);

    private static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period, out string? problem)
    {
        period = null;
        problem = "expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD.";
        if (text is null)
        {
            return false;
        }
        try
        {
            int slash = text.IndexOf('/', StringComparison.Ordinal);
            if (slash >= 0)
            {
                ParseResult<LocalDate> from = IsoDate.Parse(text[..slash]);
                ParseResult<LocalDate> to = IsoDate.Parse(text[(slash + 1)..]);
                if (!from.Success || !to.Success)
                {
                    return false;
                }
                period = Between(from.Value, to.Value);
                return true;
            }
            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            {
                period = Year(year);
                return true;
            }
            if (text.Length == 7 && text[4] == '-' && (text[5] == 'Q' || text[5] == 'q')
                && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
                && int.TryParse(text.AsSpan(6, 1), NumberStyles.None, CultureInfo.InvariantCulture, out int quarter))
            {
                period = Quarter(year, quarter);
                return true;
            }
            if (text.Length == 7 && text[4] == '-'
                && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
                && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month))
            {
                period = Month(year, month);
                return true;
            }
            ParseResult<LocalDate> day = IsoDate.Parse(text);
            if (day.Success)
            {
                period = Day(day.Value);
                return true;
            }
            return false;
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
            return false;
        }
    }

    /// <summary>Whether <paramref name="other"/> covers the same days.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns><c>true</c> when start and end are equal.</returns>
    public bool Equals(ReportingPeriod? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Orders periods by start date, then by end date; null comes first.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }
        int byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReportingPeriod"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a ReportingPeriod with a {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><c>true</c> when both are null or both cover the same days.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> in the order of <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison; null comes first.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison; null comes first.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> does not come after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison; null comes first.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> does not come before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison; null comes first.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

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

    private ReportingPeriod Step(int direction)
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

    /// <summary>The year, quarter or month that starts on <paramref name="start"/>, without computing any date past its end.</summary>
    private static ReportingPeriod CalendarPeriodFrom(LocalDate start, PeriodKind kind)
    {
        var lastMonth = new YearMonth(start.Year, start.Month).PlusMonths(MonthsIn(kind) - 1);
        return Between(start, lastMonth.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(lastMonth.Year, lastMonth.Month)));
    }

    private ReportingPeriod ShiftYears(int years, string paramName)
    {
        long startYear = (long)Start.Year + years;
        long endYear = (long)End.Year + years;
        if (startYear < MinYear || endYear > MaxYear)
        {
            throw OutOfYears(paramName);
        }
        return Kind switch
        {
            PeriodKind.Year or PeriodKind.Quarter or PeriodKind.Month => CalendarPeriodFrom(Start.PlusYears(years), Kind),
            _ => Between(Start.PlusYears(years), End.PlusYears(years)),
        };
    }

    private ArgumentOutOfRangeException OutOfYears(string paramName) =>
        new(paramName, $"Moving {this} by that many years leaves the years {MinYear} to {MaxYear}.");

    private static int MonthsIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.Quarter => 3,
        _ => 1,
    };
}
