using System;
using System.Globalization;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Figures;

/// <summary>
/// "N times as many": a later count as a multiple of an earlier one (8,515 calls in 2021 against the calls of 2012).
/// Say "as many": "N times more" is ambiguous.
/// </summary>
/// <remarks>
/// <para>Against a zero earlier count the multiple is undefined: <see cref="Value"/> is <c>null</c> (the library's one
/// convention for undefined results). Arguments are earlier before later, as everywhere in the library.</para>
/// <para>Made from observations and a helpline, the multiple knows its periods: when the earlier period started before
/// the launch (a partial launch year, as 2017 for Stop it Now!, launched on 19 May), <see cref="EarlierIsPartial"/> says
/// so, and <see cref="PerDayRatio"/> compares the averages per active day instead, which is the fair comparison. The
/// values are <see cref="FigureMath.Multiple"/> and <see cref="FigureMath.MultiplePerDay"/>.</para>
/// <para><see cref="Phrase"/> picks the printed value and the qualifier from the <see cref="QualifierTable"/>: 2.92 at
/// whole precision is "almost 3", 3.41 "more than 3".</para>
/// <para>Equality is by counts and periods. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Multiple
{
    private Multiple(Count earlier, Count later, ReportingPeriod? earlierPeriod, ReportingPeriod? laterPeriod, LocalDate? launch)
    {
        Earlier = earlier;
        Later = later;
        EarlierPeriod = earlierPeriod;
        LaterPeriod = laterPeriod;
        Value = FigureMath.Multiple(earlier.Value, later.Value);
        if (earlierPeriod is not null)
        {
            EarlierIsPartial = launch is LocalDate launched && launched > earlierPeriod.Start;
        }
        if (laterPeriod is DatedPeriod laterDated && earlierPeriod is DatedPeriod earlierDated)
        {
            int earlierDays = FigureMath.ActiveDays(earlierDated, launch);
            int laterDays = FigureMath.ActiveDays(laterDated, launch);
            PerDayRatio = FigureMath.MultiplePerDay(earlier.Value, earlierDays, later.Value, laterDays);
        }
    }

    /// <summary>The earlier count (the base).</summary>
    public Count Earlier { get; }

    /// <summary>The later count.</summary>
    public Count Later { get; }

    /// <summary>The earlier period, when known.</summary>
    public ReportingPeriod? EarlierPeriod { get; }

    /// <summary>The later period, when known.</summary>
    public ReportingPeriod? LaterPeriod { get; }

    /// <summary>The exact multiple, later / earlier; <c>null</c> when undefined (the earlier count is zero).</summary>
    public Rational? Value { get; }

    /// <summary>Whether the multiple has a value (the earlier count is not zero).</summary>
    public bool IsDefined => Value is not null;

    /// <summary>Whether the earlier period started before the launch, so that it holds only part of a period's activity.</summary>
    public bool EarlierIsPartial { get; }

    /// <summary>
    /// The ratio of the averages per active day (days since the launch, where the launch falls inside a period), or
    /// <c>null</c> when the periods are not known, when one ends on an unknown day of a month (its days are not known), or
    /// when the multiple is undefined.
    /// </summary>
    public Rational? PerDayRatio { get; }

    /// <summary>The multiple of two counts: <paramref name="later"/> as a multiple of <paramref name="earlier"/>.</summary>
    /// <param name="earlier">The earlier count (the base).</param>
    /// <param name="later">The later count, of the same metric.</param>
    /// <returns>The multiple; undefined when the earlier count is zero.</returns>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public static Multiple Between(Count earlier, Count later)
    {
        Check(earlier, later);
        return new Multiple(earlier, later, null, null, null);
    }

    /// <summary>The multiple of two observations of one helpline, knowing their periods and the launch.</summary>
    /// <param name="earlier">The earlier observation (the base).</param>
    /// <param name="later">The later observation, of the same metric.</param>
    /// <param name="helpline">The helpline both are about (for its launch date, when known).</param>
    /// <returns>The multiple; undefined when the earlier count is zero.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An observation is about another helpline, a period ends before the launch, or
    /// a count is known only within bounds.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public static Multiple Between(Observation earlier, Observation later, Helpline helpline)
    {
        Guard.NotNull(earlier, nameof(earlier));
        Guard.NotNull(later, nameof(later));
        Guard.NotNull(helpline, nameof(helpline));
        foreach ((Observation observation, string name) in new[] { (earlier, nameof(earlier)), (later, nameof(later)) })
        {
            if (!observation.Key.Helpline.Equals(helpline.Id))
            {
                throw new ArgumentException($"{observation.Key} is not about helpline '{helpline.Id}'.", name);
            }
            if (helpline.LaunchDate is LocalDate launch && observation.Key.Period.End < launch)
            {
                throw new ArgumentException($"{observation.Key} ends before '{helpline.Id}' was launched.", name);
            }
        }
        Count earlierCount = earlier.ExactCount(nameof(earlier));
        Count laterCount = later.ExactCount(nameof(later));
        Check(earlierCount, laterCount);
        return new Multiple(earlierCount, laterCount, earlier.Key.Period, later.Key.Period, helpline.LaunchDate);
    }

    /// <summary>The printed multiple and its qualifier at <paramref name="policy"/>, as <paramref name="table"/> phrases it.</summary>
    /// <param name="policy">How the multiple is rounded for printing.</param>
    /// <param name="table">The qualifier table.</param>
    /// <returns>The printed value and qualifier; <c>null</c> when the multiple is undefined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public QualifiedValue? Phrase(RoundingPolicy policy, QualifierTable table)
    {
        Guard.NotNull(table, nameof(table));
        return Value is Rational value ? table.Phrase(ValueReading.Multiple, value, policy) : null;
    }

    /// <summary>Whether <paramref name="other"/> has the same counts and periods.</summary>
    /// <param name="other">The multiple to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Multiple? other) =>
        other is not null && Later.Equals(other.Later) && Earlier.Equals(other.Earlier)
        && LaterPeriod == other.LaterPeriod && EarlierPeriod == other.EarlierPeriod && PerDayRatio == other.PerDayRatio;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Later, Earlier, LaterPeriod, EarlierPeriod);

    /// <summary>
    /// The multiple to two decimals and its counts, such as <c>3.41 times as many (1703 against 500 calls)</c>, or
    /// <c>undefined: the earlier count is zero (5 against 0 calls)</c>; the exact value is <see cref="Value"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string counts = string.Create(CultureInfo.InvariantCulture,
            $"({Later.Value} against {Earlier}{(EarlierIsPartial ? ", a partial launch period" : "")})");
        return Value is Rational value ? $"{Show.Decimal(value, 2)} times as many {counts}" : $"undefined: the earlier count is zero {counts}";
    }

    private static void Check(Count earlier, Count later)
    {
        Guard.NotNull(earlier, nameof(earlier));
        Guard.NotNull(later, nameof(later));
        if (!later.Metric.Equals(earlier.Metric))
        {
            throw new MetricMismatchException(earlier.Metric, later.Metric, "compare", nameof(later));
        }
    }
}
