using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Figures;

/// <summary>
/// "N times as many": a later count as a multiple of an earlier one (8,515 calls in 2021 against the calls of 2012).
/// Say "as many": "N times more" is ambiguous.
/// </summary>
/// <remarks>
/// <para>Against a zero earlier count the multiple is undefined (<see cref="UndefinedFigureException"/>).</para>
/// <para>Made from observations and a helpline, the multiple knows its periods: when the earlier period started before
/// the launch (a partial launch year, as 2017 for Stop it Now!, launched on 19 May), <see cref="EarlierIsPartial"/> says
/// so, and <see cref="PerDayRatio"/> compares the averages per active day instead, which is the fair comparison.</para>
/// <para><see cref="Phrase"/> picks the printed value and the qualifier from the <see cref="QualifierTable"/>: 2.92 at
/// whole precision is "almost 3", 3.41 "more than 3".</para>
/// <para>Equality is by counts and periods. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Multiple : IEquatable<Multiple>
{
    private Multiple(Count later, Count earlier, ReportingPeriod? laterPeriod, ReportingPeriod? earlierPeriod, LocalDate? launch)
    {
        Later = later;
        Earlier = earlier;
        LaterPeriod = laterPeriod;
        EarlierPeriod = earlierPeriod;
        Value = Rational.Of(later.Value, earlier.Value);
        if (laterPeriod is not null && earlierPeriod is not null)
        {
            int earlierDays = ActiveDays(earlierPeriod, launch);
            int laterDays = ActiveDays(laterPeriod, launch);
            EarlierIsPartial = earlierDays < earlierPeriod.Days;
            PerDayRatio = Value * Rational.Of(earlierDays, laterDays);
        }
    }

    /// <summary>The later count.</summary>
    public Count Later { get; }

    /// <summary>The earlier count (the base).</summary>
    public Count Earlier { get; }

    /// <summary>The later period, when known.</summary>
    public ReportingPeriod? LaterPeriod { get; }

    /// <summary>The earlier period, when known.</summary>
    public ReportingPeriod? EarlierPeriod { get; }

    /// <summary>The exact multiple, later / earlier.</summary>
    public Rational Value { get; }

    /// <summary>Whether the earlier period started before the launch, so that it holds only part of a period's activity.</summary>
    public bool EarlierIsPartial { get; }

    /// <summary>
    /// The ratio of the averages per active day (days since the launch, where the launch falls inside a period), or
    /// <c>null</c> when the periods are not known.
    /// </summary>
    public Rational? PerDayRatio { get; }

    /// <summary>The multiple of two counts.</summary>
    /// <param name="later">The later count.</param>
    /// <param name="earlier">The earlier count, of the same metric; not zero.</param>
    /// <returns>The multiple.</returns>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    /// <exception cref="UndefinedFigureException">The earlier count is zero.</exception>
    public static Multiple Of(Count later, Count earlier)
    {
        Check(later, earlier);
        return new Multiple(later, earlier, null, null, null);
    }

    /// <summary>The multiple of two observations of one helpline, knowing their periods and the launch.</summary>
    /// <param name="later">The later observation.</param>
    /// <param name="earlier">The earlier observation, of the same metric; not zero.</param>
    /// <param name="helpline">The helpline both are about (for its launch date, when known).</param>
    /// <returns>The multiple.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An observation is about another helpline, or a period ends before the launch.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    /// <exception cref="UndefinedFigureException">The earlier count is zero.</exception>
    public static Multiple Of(Observation later, Observation earlier, Helpline helpline)
    {
        Guard.NotNull(later, nameof(later));
        Guard.NotNull(earlier, nameof(earlier));
        Guard.NotNull(helpline, nameof(helpline));
        foreach ((Observation observation, string name) in new[] { (later, nameof(later)), (earlier, nameof(earlier)) })
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
        Check(later.Count, earlier.Count);
        return new Multiple(later.Count, earlier.Count, later.Key.Period, earlier.Key.Period, helpline.LaunchDate);
    }

    /// <summary>The printed multiple and its qualifier at <paramref name="policy"/>, as <paramref name="table"/> phrases it.</summary>
    /// <param name="policy">How the multiple is rounded for printing.</param>
    /// <param name="table">The qualifier table.</param>
    /// <returns>The printed value and qualifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public QualifiedValue Phrase(RoundingPolicy policy, QualifierTable table) =>
        Guard.NotNull(table, nameof(table)).Phrase(FigureKind.Multiple, Value, policy);

    /// <summary>Whether <paramref name="other"/> has the same counts and periods.</summary>
    /// <param name="other">The multiple to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Multiple? other) =>
        other is not null && Later.Equals(other.Later) && Earlier.Equals(other.Earlier)
        && LaterPeriod == other.LaterPeriod && EarlierPeriod == other.EarlierPeriod && PerDayRatio == other.PerDayRatio;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Multiple);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Later, Earlier, LaterPeriod, EarlierPeriod);

    /// <summary>The exact multiple and its counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Value} times as many ({Later} against {Earlier}{(EarlierIsPartial ? ", a partial launch period" : "")})";

    /// <summary>Whether two multiples are equal.</summary>
    /// <param name="left">The first multiple.</param>
    /// <param name="right">The second multiple.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(Multiple? left, Multiple? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two multiples differ.</summary>
    /// <param name="left">The first multiple.</param>
    /// <param name="right">The second multiple.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(Multiple? left, Multiple? right) => !(left == right);

    /// <summary>The days of <paramref name="period"/> on which the helpline was open: from the launch when it falls inside.</summary>
    internal static int ActiveDays(ReportingPeriod period, LocalDate? launch) =>
        launch is LocalDate day && period.Contains(day) ? ReportingPeriod.Between(day, period.End).Days : period.Days;

    private static void Check(Count later, Count earlier)
    {
        Guard.NotNull(later, nameof(later));
        Guard.NotNull(earlier, nameof(earlier));
        if (!later.Metric.Equals(earlier.Metric))
        {
            throw new MetricMismatchException(later.Metric, earlier.Metric, "compare", nameof(earlier));
        }
        if (earlier.IsZero)
        {
            throw new UndefinedFigureException($"The multiple of {later} against {earlier} is undefined: the earlier count is zero.", nameof(earlier));
        }
    }
}
