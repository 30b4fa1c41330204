using System;
using System.Globalization;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// An average per day or per week over a reporting period, from the real number of days: 137,669 calls in 2021 are
/// 377 a day (365 days), 139,092 calls in 2020 are 380 a day (366 days).
/// </summary>
/// <remarks>
/// The value is exact (<see cref="FigureMath.Rate"/>): a per-day rate times the number of days gives back the count,
/// with no tolerance. A rate is always defined (a period has at least one day). Equality is by count, period and unit.
/// Immutable and thread-safe.
/// </remarks>
public sealed record Rate
{
    private Rate(Count count, DatedPeriod period, RateUnit unit)
    {
        Count = count;
        Period = period;
        Unit = unit;
        Value = FigureMath.Rate(count.Value, period.Days, unit);
    }

    /// <summary>The count.</summary>
    public Count Count { get; }

    /// <summary>The period it was counted over.</summary>
    public DatedPeriod Period { get; }

    /// <summary>Per day or per week.</summary>
    public RateUnit Unit { get; }

    /// <summary>The exact average per unit.</summary>
    public Rational Value { get; }

    /// <summary>The average per day of <paramref name="count"/> over <paramref name="period"/>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="period">The period it was counted over.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Rate PerDay(Count count, DatedPeriod period) => Create(count, period, RateUnit.PerDay);

    /// <summary>The average per week (seven days) of <paramref name="count"/> over <paramref name="period"/>.</summary>
    /// <param name="count">The count.</param>
    /// <param name="period">The period it was counted over.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Rate PerWeek(Count count, DatedPeriod period) => Create(count, period, RateUnit.PerWeek);

    /// <summary>
    /// The average to one decimal with its unit and source, such as <c>377.2 per day (137669 calls in 2021, 365 days)</c>;
    /// the exact value is <see cref="Value"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Show.Decimal(Value, 1)} {(Unit == RateUnit.PerDay ? "per day" : "per week")} ({Count} in {Period}, {Period.Days} days)");

    private static Rate Create(Count count, DatedPeriod period, RateUnit unit)
    {
        Guard.NotNull(count, nameof(count));
        Guard.NotNull(period, nameof(period));
        return new Rate(count, period, unit);
    }
}
