using System;
using System.Globalization;
using HelplineStats.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.Model;

/// <summary>
/// The run of whole days a figure is about: a calendar year, quarter or month, a single day, or any other date interval
/// (such as "since launch up to the end of 2021"), both ends included; or such a run whose last day is known only to
/// its month ("since launch, up to May 2013").
/// </summary>
/// <remarks>
/// <para>It is abstract rather than sealed because a period is one of two sealed types, and which one says what is known.
/// A <see cref="DatedPeriod"/> knows both its days (<see cref="Year(int)"/>, <see cref="Quarter(int, int)"/>,
/// <see cref="Month(int, int)"/>, <see cref="Day(LocalDate)"/>, <see cref="Between(LocalDate, LocalDate)"/> and
/// <see cref="Of(DateInterval)"/> make one; <see cref="ToSomeDayIn(LocalDate, YearMonth)"/> makes a month-end period;
/// <see cref="Parse(string)"/> and <see cref="SinceLaunch(LocalDate, ReportingPeriod)"/> give the kind the text or the
/// end says) and has <see cref="DatedPeriod.Days"/>, <see cref="DatedPeriod.Interval"/>, <see cref="DatedPeriod.Previous"/>
/// and <see cref="DatedPeriod.Next"/>; a <see cref="MonthEndPeriod"/> ends on a day of <see cref="MonthEndPeriod.EndMonth"/>
/// that is not known, so it has no number of days, as NodaTime's <see cref="YearMonth"/> has no day. No other type
/// derives from it.</para>
/// <para>A dated period is its two dates and nothing else: <c>ReportingPeriod.Between(2021-01-01, 2021-12-31)</c> is the
/// same value as <c>ReportingPeriod.Year(2021)</c>, and its <see cref="Kind"/> is read off the dates. Dates are in the
/// ISO calendar, in the years 1 to 9999; the real calendar gives the days (2016 and 2020 have 366).</para>
/// <para>Moving in time: <see cref="YearsEarlier(int)"/> moves a year, quarter or month to the same one <em>n</em>
/// years away, which <see cref="YearsLater(int)"/> undoes exactly. A day or a custom period is moved date by date with
/// NodaTime's <see cref="LocalDate.PlusYears(int)"/>, so 29 February becomes 28 February in a year that has no 29
/// February; such a move cannot always be undone (29 February 2020 one year earlier and then one year later is 28
/// February 2020). A month-end period moves its start date by date and its end month by whole years.</para>
/// <para>The end of a month-end period lies from <see cref="EarliestEnd"/> (the first day of its end month) to
/// <see cref="LatestEnd"/> (its last day; <see cref="End"/> is the same day); of a dated period both are
/// <see cref="End"/>. <see cref="Contains(LocalDate)"/> and <see cref="Overlaps(ReportingPeriod)"/> answer for whatever
/// day it ends on.</para>
/// <para>Equality is by the type and the two dates (<c>2012-03-12/2013-05</c> is not <c>2012-03-12/2013-05-31</c>);
/// periods are ordered by start date, then end date (for a month-end period the month's last day), then a dated period
/// before a month-end one. Immutable and thread-safe.</para>
/// </remarks>
public abstract class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>The first year a period may touch.</summary>
    public const int MinYear = 1;

    /// <summary>The last year a period may touch.</summary>
    public const int MaxYear = 9999;

    private protected static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    private protected static readonly YearMonthPattern IsoMonth = YearMonthPattern.Iso;

    private protected ReportingPeriod(LocalDate start, LocalDate end, PeriodKind kind)
    {
        Start = start;
        End = end;
        Kind = kind;
    }

    /// <summary>The first day of the period.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period (included); for a <see cref="MonthEndPeriod"/>, the last day of its end
    /// month, the latest day it can end on (<see cref="LatestEnd"/>).</summary>
    public LocalDate End { get; }

    /// <summary>The earliest day the period can end on: <see cref="End"/> itself, or for a <see cref="MonthEndPeriod"/>
    /// the first day of its end month.</summary>
    public abstract LocalDate EarliestEnd { get; }

    /// <summary>The latest day the period can end on: <see cref="End"/>.</summary>
    public LocalDate LatestEnd => End;

    /// <summary>The shape of the period: year, quarter, month, day or custom (always custom for a <see cref="MonthEndPeriod"/>).</summary>
    public PeriodKind Kind { get; }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <returns>1 January to 31 December of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public static DatedPeriod Year(int year)
    {
        Guard.InRange(year, MinYear, MaxYear, nameof(year));
        return new DatedPeriod(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
    }

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="quarter">The quarter, from 1 to 4.</param>
    /// <returns>The three months of the quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static DatedPeriod Quarter(int year, int quarter)
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
    public static DatedPeriod Month(int year, int month)
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
    public static DatedPeriod Month(YearMonth month)
    {
        if (month.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{nameof(month)} must be in the ISO calendar; it was in {month.Calendar.Id}.", nameof(month));
        }
        Guard.InRange(month.Year, MinYear, MaxYear, nameof(month));
        return new DatedPeriod(month.OnDayOfMonth(1), month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month)));
    }

    /// <summary>A single day.</summary>
    /// <param name="date">The day, in the ISO calendar, in the years 1 to 9999.</param>
    /// <returns>The one-day period.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the years 1 to 9999.</exception>
    public static DatedPeriod Day(LocalDate date) => Between(date, date);

    /// <summary>The days from <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day; not before <paramref name="start"/>.</param>
    /// <returns>The period; its <see cref="Kind"/> is read off the dates.</returns>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar, or <paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the years 1 to 9999.</exception>
    public static DatedPeriod Between(LocalDate start, LocalDate end)
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
        return new DatedPeriod(start, end);
    }

    /// <summary>The days of a NodaTime interval.</summary>
    /// <param name="interval">The interval, in the ISO calendar, in the years 1 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The interval is outside the years 1 to 9999.</exception>
    public static DatedPeriod Of(DateInterval interval)
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
    /// <returns>From <paramref name="launch"/> to <paramref name="upTo"/>'s end, as precisely as that end is known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upTo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="upTo"/> ends before <paramref name="launch"/>, or on an unknown day of the month of the launch or before it, or the launch is not an ISO date.</exception>
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
        return upTo is MonthEndPeriod monthEnd ? ToSomeDayIn(launch, monthEnd.EndMonth) : Between(launch, upTo.End);
    }

    /// <summary>"Since launch" up to the end of a dated period: a dated period, so its days are known.</summary>
    /// <param name="launch">The launch date.</param>
    /// <param name="upTo">The period whose last day closes the result.</param>
    /// <returns>From <paramref name="launch"/> to <paramref name="upTo"/>'s last day.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upTo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="upTo"/> ends before <paramref name="launch"/>, or the launch is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="launch"/> is outside the years 1 to 9999.</exception>
    public static DatedPeriod SinceLaunch(LocalDate launch, DatedPeriod upTo) => (DatedPeriod)SinceLaunch(launch, (ReportingPeriod)upTo);

    /// <summary>
    /// The days from <paramref name="start"/> to a day of <paramref name="endMonth"/> that is not known: "since launch, up
    /// to May 2013" is <c>ToSomeDayIn(launch, new YearMonth(2013, 5))</c>, written <c>2012-03-12/2013-05</c>.
    /// </summary>
    /// <param name="start">The first day; before <paramref name="endMonth"/>.</param>
    /// <param name="endMonth">The month the period ends in, on a day that is not known.</param>
    /// <returns>The month-end period.</returns>
    /// <exception cref="ArgumentException">A value is not in the ISO calendar, or <paramref name="start"/> is not before <paramref name="endMonth"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside the years 1 to 9999.</exception>
    public static MonthEndPeriod ToSomeDayIn(LocalDate start, YearMonth endMonth)
    {
        Guard.Iso(start, nameof(start));
        if (endMonth.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"{nameof(endMonth)} must be in the ISO calendar; it was in {endMonth.Calendar.Id}.", nameof(endMonth));
        }
        Guard.InRange(start.Year, MinYear, MaxYear, nameof(start));
        Guard.InRange(endMonth.Year, MinYear, MaxYear, nameof(endMonth));
        LocalDate first = endMonth.OnDayOfMonth(1);
        if (start >= first)
        {
            throw new ArgumentException(
                $"A period that ends on an unknown day of {IsoMonth.Format(endMonth)} must start before that month; it starts on {IsoDate.Format(start)}.", nameof(start));
        }
        return new MonthEndPeriod(start, endMonth);
    }

    /// <summary>The same period <paramref name="years"/> years earlier (see the remarks on 29 February).</summary>
    /// <param name="years">How many years back; may be zero or negative.</param>
    /// <returns>The moved period, of the same type.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would leave the years 1 to 9999.</exception>
    public abstract ReportingPeriod YearsEarlier(int years);

    /// <summary>The same period <paramref name="years"/> years later (see the remarks on 29 February).</summary>
    /// <param name="years">How many years ahead; may be zero or negative.</param>
    /// <returns>The moved period, of the same type.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The result would leave the years 1 to 9999.</exception>
    public abstract ReportingPeriod YearsLater(int years);

    /// <summary>Whether <paramref name="date"/> lies in the period, whatever day it ends on.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="EarliestEnd"/>.</returns>
    public bool Contains(LocalDate date) => date.Calendar == CalendarSystem.Iso && Start <= date && date <= EarliestEnd;

    /// <summary>Whether every day of <paramref name="other"/> lies in this period, whatever days the two end on (a
    /// period contains itself).</summary>
    /// <param name="other">The other period.</param>
    /// <returns><c>true</c> when <paramref name="other"/> lies inside this period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(ReportingPeriod other)
    {
        Guard.NotNull(other, nameof(other));
        return Equals(other) || (Start <= other.Start && other.LatestEnd <= EarliestEnd);
    }

    /// <summary>Whether the two periods share at least one day, whatever days they end on.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><c>true</c> when they overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(ReportingPeriod other)
    {
        Guard.NotNull(other, nameof(other));
        return Start <= other.EarliestEnd && other.Start <= EarliestEnd;
    }

    /// <summary>
    /// The period in invariant text: <c>2021</c>, <c>2021-Q2</c>, <c>2021-03</c>, <c>2021-03-12</c>, or for any other
    /// period the ISO 8601 interval <c>2017-05-19/2021-12-31</c>, with a reduced-precision end <c>2012-03-12/2013-05</c>
    /// when the end is known only to the month. <see cref="Parse(string)"/> reads each back.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
        PeriodKind.Day => IsoDate.Format(Start),
        _ => $"{IsoDate.Format(Start)}/{EndText}",
    };

    /// <summary>The end as the interval text writes it: the ISO date, or the year and month of an end known only to the month.</summary>
    private protected abstract string EndText { get; }

    /// <summary>Reads a period written as <see cref="ToString"/> writes it.</summary>
    /// <param name="text">The text, such as <c>2021</c>, <c>2021-Q2</c>, <c>2021-03</c>, <c>2021-03-12</c>, <c>2017-05-19/2021-12-31</c> or <c>2012-03-12/2013-05</c>.</param>
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

    /// <summary>Tries to read a period; when the text is not one, <paramref name="problem"/> says why (for the file readers' messages).</summary>
    internal static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period, out string? problem)
    {
        period = null;
        problem = "expected YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD, YYYY-MM-DD/YYYY-MM-DD or YYYY-MM-DD/YYYY-MM.";
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
                string endText = text[(slash + 1)..];
                if (endText.Length == 7 && from.Success && IsoMonth.Parse(endText) is { Success: true } endMonth)
                {
                    period = ToSomeDayIn(from.Value, endMonth.Value);
                    return true;
                }
                ParseResult<LocalDate> to = IsoDate.Parse(endText);
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
            // The message alone, without the "(Parameter 'x')" and "Actual value was" tails.
            string message = e.Message;
            int actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
            message = actual >= 0 ? message[..actual] : message;
            problem = (e.ParamName is string name ? message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : message).ReplaceLineEndings(" ").Trim();
            return false;
        }
    }

    /// <summary>Whether <paramref name="other"/> covers the same days, as precisely known.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns><c>true</c> when both are of the same type (dated or month-end) with the same start and end.</returns>
    public bool Equals(ReportingPeriod? other) => other is not null && Start == other.Start && End == other.End && IsMonthEnd == other.IsMonthEnd;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, IsMonthEnd);

    /// <summary>Orders periods by start date, then by end date (the latest possible), then a dated period before a
    /// month-end one; null comes first.</summary>
    /// <param name="other">The period to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }
        int byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }
        int byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : IsMonthEnd.CompareTo(other.IsMonthEnd);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ReportingPeriod"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a ReportingPeriod with {Article.A(obj.GetType().Name)}.", nameof(obj)),
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

    /// <summary>Whether the period ends on an unknown day of its last month (its earliest and latest end differ).</summary>
    private bool IsMonthEnd => EarliestEnd != End;

    /// <summary>The years to move by for <see cref="YearsEarlier(int)"/>, once they are known to keep the period in the years 1 to 9999.</summary>
    private protected int YearsBack(int years, string paramName) =>
        years == int.MinValue ? throw OutOfYears(paramName) : YearsAhead(-years, paramName);

    /// <summary>The years to move by for <see cref="YearsLater(int)"/>, once they are known to keep the period in the years 1 to 9999.</summary>
    private protected int YearsAhead(int years, string paramName)
    {
        long startYear = (long)Start.Year + years;
        long endYear = (long)End.Year + years;
        return startYear < MinYear || endYear > MaxYear ? throw OutOfYears(paramName) : years;
    }

    private ArgumentOutOfRangeException OutOfYears(string paramName) =>
        new(paramName, $"Moving {this} by that many years leaves the years {MinYear} to {MaxYear}.");

    /// <summary>The year, quarter or month that starts on <paramref name="start"/>, without computing any date past its end.</summary>
    private protected static DatedPeriod CalendarPeriodFrom(LocalDate start, PeriodKind kind)
    {
        var lastMonth = new YearMonth(start.Year, start.Month).PlusMonths(MonthsIn(kind) - 1);
        return Between(start, lastMonth.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(lastMonth.Year, lastMonth.Month)));
    }

    private protected static int MonthsIn(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 12,
        PeriodKind.Quarter => 3,
        _ => 1,
    };
}
