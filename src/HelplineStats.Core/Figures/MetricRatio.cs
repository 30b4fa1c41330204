using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// An explicit ratio of two different metrics: "1.33 possible victims per call" (11,312 / 8,515). Dividing one metric by
/// another is never a share; this type names both metrics so that nobody mistakes it for one.
/// </summary>
/// <remarks>
/// <para>Over a zero denominator the ratio is undefined: <see cref="Value"/> is <c>null</c> (the library's one convention
/// for undefined results). The value is <see cref="FigureMath.Ratio"/>.</para>
/// <para>Equality is by both counts. Immutable and thread-safe.</para>
/// </remarks>
public sealed record MetricRatio
{
    private MetricRatio(Count numerator, Count denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
        Value = FigureMath.Ratio(numerator.Value, denominator.Value);
    }

    /// <summary>The count above the line ("11,312 possible victims").</summary>
    public Count Numerator { get; }

    /// <summary>The count below the line ("8,515 calls").</summary>
    public Count Denominator { get; }

    /// <summary>The exact value: how many of the numerator's metric per one of the denominator's; <c>null</c> when undefined (the denominator is zero).</summary>
    public Rational? Value { get; }

    /// <summary>Whether the ratio has a value (the denominator is not zero).</summary>
    public bool IsDefined => Value is not null;

    /// <summary>The ratio of two counts of different metrics.</summary>
    /// <param name="numerator">The count above the line.</param>
    /// <param name="denominator">The count below the line.</param>
    /// <returns>The ratio; undefined when the denominator is zero.</returns>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    /// <exception cref="ArgumentException">Both counts have the same metric (that is a share or a multiple).</exception>
    public static MetricRatio Of(Count numerator, Count denominator)
    {
        Guard.NotNull(numerator, nameof(numerator));
        Guard.NotNull(denominator, nameof(denominator));
        if (numerator.Metric.Equals(denominator.Metric))
        {
            throw new ArgumentException(
                $"A metric ratio divides one metric by another; both counts are '{numerator.Metric}' (that is a share or a multiple).", nameof(denominator));
        }
        return new MetricRatio(numerator, denominator);
    }

    /// <summary>
    /// The ratio to two decimals with both counts, such as <c>1.33 possible victims per call (11312 possible victims,
    /// 8515 calls)</c>, or <c>undefined: no calls (…)</c>; the exact value is <see cref="Value"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is Rational value
        ? $"{Show.Decimal(value, 2)} {Numerator.Metric.Words(2)} per {Denominator.Metric.Words(1)} ({Numerator}, {Denominator})"
        : $"undefined: no {Denominator.Metric.Words(0)} ({Numerator}, {Denominator})";
}
