using NodaTime;

namespace HelplineStats.Core.Internal;

/// <summary>
/// Days of the ISO (proleptic Gregorian) calendar as integers, day 0 being 0001-01-01, so that a record's day fits in an
/// <see cref="int"/> column and turns back into a <see cref="LocalDate"/> exactly (the civil-day algorithms of
/// H. Hinnant, in integer arithmetic).
/// </summary>
internal static class IsoDays
{
    // Days from 0000-03-01 (the start of the 400-year era the algorithm counts from) to 0001-01-01.
    private const int EpochShift = 306;

    /// <summary>The day number of a date in the years 1 to 9999.</summary>
    internal static int From(int year, int month, int day)
    {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400; // y >= 0 for the years 1 to 9999, so division truncates as floor
        int yearOfEra = y - (era * 400);
        int dayOfYear = ((153 * (month > 2 ? month - 3 : month + 9)) + 2) / 5 + day - 1;
        int dayOfEra = (yearOfEra * 365) + (yearOfEra / 4) - (yearOfEra / 100) + dayOfYear;
        return (era * 146097) + dayOfEra - EpochShift;
    }

    /// <summary>The day number of a date.</summary>
    internal static int From(LocalDate date) => From(date.Year, date.Month, date.Day);

    /// <summary>The year, month and day of a day number.</summary>
    internal static (int Year, int Month, int Day) ToCivil(int dayNumber)
    {
        int z = dayNumber + EpochShift;
        int era = z / 146097;
        int dayOfEra = z - (era * 146097);
        int yearOfEra = (dayOfEra - (dayOfEra / 1460) + (dayOfEra / 36524) - (dayOfEra / 146096)) / 365;
        int dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        int mp = ((5 * dayOfYear) + 2) / 153;
        int day = dayOfYear - (((153 * mp) + 2) / 5) + 1;
        int month = mp < 10 ? mp + 3 : mp - 9;
        int year = (yearOfEra + (era * 400)) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    /// <summary>The date of a day number.</summary>
    internal static LocalDate ToDate(int dayNumber)
    {
        (int year, int month, int day) = ToCivil(dayNumber);
        return new LocalDate(year, month, day);
    }

    /// <summary>Whether a year, month and day name a real ISO date in the years 1 to 9999.</summary>
    internal static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DaysInMonth(year, month);

    private static int DaysInMonth(int year, int month) => month switch
    {
        2 => (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
