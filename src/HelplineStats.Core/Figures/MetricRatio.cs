using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// An explicit ratio of two different metrics: "1.33 possible victims per call" (11,312 / 8,515). Dividing one metric by
/// another is never a share; this type names both metrics so that nobody mistakes it for one.
/// </summary>
/// <remarks>Equality is by both metrics and the exact value. Immutable and thread-safe.</remarks>
public sealed class MetricRatio : IEquatable<MetricRatio>
{
    private MetricRatio(Metric numerator, Metric denominator, Rational value)
    {
        Numerator = numerator;
        Denominator = denominator;
        Value = value;
    }

    /// <summary>The metric counted above the line ("possible victims").</summary>
    public Metric Numerator { get; }

    /// <summary>The metric counted below the line ("calls").</summary>
    public Metric Denominator { get; }

    /// <summary>The exact value: how many of <see cref="Numerator"/> per one of <see cref="Denominator"/>.</summary>
    public Rational Value { get; }

    /// <summary>The ratio of two counts of different metrics.</summary>
    /// <param name="numerator">The count above the line.</param>
    /// <param name="denominator">The count below the line; not zero.</param>
    /// <returns>The ratio.</returns>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    /// <exception cref="ArgumentException">Both counts have the same metric (that is a share or a multiple), or the denominator is zero, so the ratio is undefined.</exception>
    public static MetricRatio Of(Count numerator, Count denominator)
    {
        Guard.NotNull(numerator, nameof(numerator));
        Guard.NotNull(denominator, nameof(denominator));
        if (numerator.Metric.Equals(denominator.Metric))
        {
            throw new ArgumentException(
                $"A metric ratio divides one metric by another; both counts are '{numerator.Metric}' (that is a share or a multiple).", nameof(denominator));
        }
        if (denominator.IsZero)
        {
            throw new ArgumentException($"The ratio of {numerator.Metric} per {denominator.Metric} is undefined: there are no {denominator.Metric}.", nameof(denominator));
        }
        return new MetricRatio(numerator.Metric, denominator.Metric, Rational.Of(numerator.Value, denominator.Value));
    }

    /// <summary>Whether <paramref name="other"/> has the same metrics and value.</summary>
    /// <param name="other">The ratio to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(MetricRatio? other) =>
        other is not null && Numerator.Equals(other.Numerator) && Denominator.Equals(other.Denominator) && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MetricRatio);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator, Value);

    /// <summary>The exact value and both metrics, such as <c>11312/8515 possible-victims per calls</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Value} {Numerator} per {Denominator}";

    /// <summary>Whether two ratios are equal.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(MetricRatio? left, MetricRatio? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two ratios differ.</summary>
    /// <param name="left">The first ratio.</param>
    /// <param name="right">The second ratio.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(MetricRatio? left, MetricRatio? right) => !(left == right);
}
