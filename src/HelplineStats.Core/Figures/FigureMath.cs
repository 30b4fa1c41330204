using System;
using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Figures;

/// <summary>
/// The one formula of every quantity a figure can state, as an exact function of counts and periods. The typed values
/// (<see cref="Share"/>, <see cref="Change"/>, <see cref="Multiple"/>, <see cref="Rate"/>...), the audit and the composer
/// all call these, so what writes a figure and what checks it cannot drift apart.
/// </summary>
/// <remarks>
/// <para><b>Undefined is a value.</b> A formula returns <c>null</c> when the quantity has no value for its counts (a share
/// of a zero whole, a change or multiple from a zero base, a share whose part exceeds its whole); it never returns
/// infinity, NaN or zero in its place, and it never throws for it. Arguments are earlier before later. Counts are
/// non-negative; a negative count is a programming error (<see cref="ArgumentOutOfRangeException"/>).</para>
/// <para>Every function is pure and thread-safe; all arithmetic is exact (<see cref="Rational"/>) or checked.</para>
/// </remarks>
public static class FigureMath
{
    /// <summary>part / whole, as a fraction from 0 to 1 (docs/figures.md, "Share").</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole.</param>
    /// <returns>The share; <c>null</c> when the whole is zero or the part exceeds it.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Rational? Share(long part, long whole)
    {
        Guard.NonNegative(part, nameof(part));
        Guard.NonNegative(whole, nameof(whole));
        return whole == 0 || part > whole ? null : Rational.Of(part, whole);
    }

    /// <summary>part / (total − unknown): the share among the records where the attribute is known ("73% of the callers whose gender is known").</summary>
    /// <param name="part">The part (not itself unknown).</param>
    /// <param name="total">The whole, unknown included.</param>
    /// <param name="unknown">The records where the attribute is not known.</param>
    /// <returns>The share of the known; <c>null</c> when nothing is known, or the part or the unknown exceed what they can.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Rational? ShareOfKnown(long part, long total, long unknown)
    {
        Guard.NonNegative(unknown, nameof(unknown));
        Guard.NonNegative(total, nameof(total));
        return unknown > total ? null : Share(part, total - unknown);
    }

    /// <summary>(later − earlier) / earlier, as a fraction: −0.01 is −1% (docs/figures.md, "Percent change").</summary>
    /// <param name="earlier">The count in the earlier period (the base).</param>
    /// <param name="later">The count in the later period.</param>
    /// <returns>The relative change; 0 from zero to zero; <c>null</c> from zero to more than zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Rational? RelativeChange(long earlier, long later)
    {
        Guard.NonNegative(earlier, nameof(earlier));
        Guard.NonNegative(later, nameof(later));
        if (earlier == 0)
        {
            return later == 0 ? Rational.Zero : null;
        }
        return Rational.Of((System.Numerics.BigInteger)later - earlier, earlier);
    }

    /// <summary>later − earlier: the signed absolute change. Always defined; it always fits in a <see cref="long"/>.</summary>
    /// <param name="earlier">The count in the earlier period.</param>
    /// <param name="later">The count in the later period.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static long AbsoluteChange(long earlier, long later)
    {
        Guard.NonNegative(earlier, nameof(earlier));
        Guard.NonNegative(later, nameof(later));
        return later - earlier;
    }

    /// <summary>
    /// The change of a share in percentage points: 100 × (laterPart / laterWhole − earlierPart / earlierWhole)
    /// (docs/figures.md: 24.1% to 13% is −11.1 points, not −46%).
    /// </summary>
    /// <param name="earlierPart">The part in the earlier period.</param>
    /// <param name="earlierWhole">The whole in the earlier period.</param>
    /// <param name="laterPart">The part in the later period.</param>
    /// <param name="laterWhole">The whole in the later period.</param>
    /// <returns>The points, from −100 to 100; <c>null</c> when either share is undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Rational? PercentagePoints(long earlierPart, long earlierWhole, long laterPart, long laterWhole) =>
        PercentagePoints(Share(earlierPart, earlierWhole), Share(laterPart, laterWhole));

    /// <summary>The change from one share to another in percentage points: 100 × (later − earlier).</summary>
    /// <param name="earlier">The earlier share as a fraction, or <c>null</c> when undefined.</param>
    /// <param name="later">The later share as a fraction, or <c>null</c> when undefined.</param>
    /// <returns>The points; <c>null</c> when either share is undefined.</returns>
    public static Rational? PercentagePoints(Rational? earlier, Rational? later) =>
        earlier is Rational e && later is Rational l ? (l - e) * 100 : null;

    /// <summary>later / earlier: "N times as many" (docs/figures.md, "Multiple").</summary>
    /// <param name="earlier">The earlier count (the base).</param>
    /// <param name="later">The later count.</param>
    /// <returns>The multiple; <c>null</c> when the earlier count is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Rational? Multiple(long earlier, long later)
    {
        Guard.NonNegative(earlier, nameof(earlier));
        Guard.NonNegative(later, nameof(later));
        return earlier == 0 ? null : Rational.Of(later, earlier);
    }

    /// <summary>
    /// The ratio of two averages per active day, (later / laterDays) / (earlier / earlierDays): the fair multiple when a
    /// period is partial, such as a launch year.
    /// </summary>
    /// <param name="earlier">The earlier count.</param>
    /// <param name="earlierDays">The days the earlier count was counted over; at least one.</param>
    /// <param name="later">The later count.</param>
    /// <param name="laterDays">The days the later count was counted over; at least one.</param>
    /// <returns>The multiple of the averages; <c>null</c> when the earlier count is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or a number of days is below one.</exception>
    public static Rational? MultiplePerDay(long earlier, int earlierDays, long later, int laterDays)
    {
        Guard.InRange(earlierDays, 1, int.MaxValue, nameof(earlierDays));
        Guard.InRange(laterDays, 1, int.MaxValue, nameof(laterDays));
        return Multiple(earlier, later) is Rational m ? m * Rational.Of(earlierDays, laterDays) : null;
    }

    /// <summary>count × unit / days: the average per day or per week over a number of days from the real calendar.</summary>
    /// <param name="count">The count.</param>
    /// <param name="days">The days it was counted over; at least one.</param>
    /// <param name="unit">Per day or per week.</param>
    /// <returns>The exact average.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative, the days below one, or the unit not defined.</exception>
    public static Rational Rate(long count, int days, RateUnit unit)
    {
        Guard.NonNegative(count, nameof(count));
        Guard.InRange(days, 1, int.MaxValue, nameof(days));
        int perUnit = unit switch
        {
            RateUnit.PerDay => 1,
            RateUnit.PerWeek => 7,
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined rate unit."),
        };
        return Rational.Of(count * (System.Numerics.BigInteger)perUnit, days);
    }

    /// <summary>numerator / denominator of two different metrics ("1.33 possible victims per call").</summary>
    /// <param name="numerator">The count above the line.</param>
    /// <param name="denominator">The count below the line.</param>
    /// <returns>The ratio; <c>null</c> when the denominator is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Rational? Ratio(long numerator, long denominator)
    {
        Guard.NonNegative(numerator, nameof(numerator));
        Guard.NonNegative(denominator, nameof(denominator));
        return denominator == 0 ? null : Rational.Of(numerator, denominator);
    }

    /// <summary>
    /// The N of "one in N" for a share: the allowed denominator whose 1/N is closest to the share, the smaller N on a tie
    /// (docs/figures.md, "Natural frequency").
    /// </summary>
    /// <param name="share">The share as a fraction, or <c>null</c> when undefined.</param>
    /// <param name="denominators">The allowed N, each 2 or more; at least one.</param>
    /// <returns>N; <c>null</c> when the share is undefined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="denominators"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="denominators"/> is empty or has an N below 2.</exception>
    public static int? ClosestOneInN(Rational? share, IEnumerable<int> denominators)
    {
        Guard.NotNull(denominators, nameof(denominators));
        int? best = null;
        Rational bestDistance = default;
        int seen = 0;
        foreach (int n in denominators)
        {
            if (n < 2)
            {
                throw new ArgumentException("The denominators must be whole numbers of 2 or more.", nameof(denominators));
            }
            seen++;
            if (share is not Rational v)
            {
                continue;
            }
            Rational distance = (v - Rational.Of(1, n)).Abs();
            if (best is not int b || distance < bestDistance || (distance == bestDistance && n < b))
            {
                best = n;
                bestDistance = distance;
            }
        }
        if (seen == 0)
        {
            throw new ArgumentException("At least one denominator is needed.", nameof(denominators));
        }
        return best;
    }

    /// <summary>The sum of a count over consecutive periods, such as every year since launch: the cumulative total.</summary>
    /// <param name="counts">The count of each period, <c>null</c> where it is not known.</param>
    /// <returns>The sum; <c>null</c> when any count is not known (a missing year is unknown, never zero).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>; the message names the sum so far and
    /// the count that does not fit.</exception>
    public static long? Cumulative(IEnumerable<long?> counts)
    {
        Guard.NotNull(counts, nameof(counts));
        long sum = 0;
        bool complete = true;
        foreach (long? count in counts)
        {
            if (count is long c)
            {
                Guard.NonNegative(c, nameof(counts));
                try
                {
                    sum = checked(sum + c);
                }
                catch (OverflowException e)
                {
                    throw new OverflowException(string.Create(CultureInfo.InvariantCulture,
                        $"The sum of {sum} and {c} is larger than a count can hold ({long.MaxValue})."), e);
                }
            }
            else
            {
                complete = false;
            }
        }
        return complete ? sum : null;
    }

    /// <summary>The days of <paramref name="period"/> on which a helpline launched on <paramref name="launch"/> was open: from the launch when it falls inside the period, otherwise all of them.</summary>
    /// <param name="period">The period.</param>
    /// <param name="launch">The launch date, when known.</param>
    /// <returns>The active days; zero when the period ends before the launch.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static int ActiveDays(DatedPeriod period, LocalDate? launch)
    {
        Guard.NotNull(period, nameof(period));
        if (launch is not LocalDate day || day <= period.Start)
        {
            return period.Days;
        }
        return day > period.End ? 0 : ReportingPeriod.Between(day, period.End).Days;
    }

    /// <summary>The age in whole years on <paramref name="on"/> of something launched on <paramref name="launch"/> ("10 years of 1712").</summary>
    /// <param name="launch">The launch date, when known.</param>
    /// <param name="on">The day the age is measured on.</param>
    /// <returns>The completed years; <c>null</c> when the launch is not known or after <paramref name="on"/>.</returns>
    public static int? AgeInYears(LocalDate? launch, LocalDate on) =>
        launch is LocalDate l && l <= on ? Period.Between(l, on, PeriodUnits.Years).Years : null;
}
