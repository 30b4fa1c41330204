using System;
using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A non-negative, exact number of one <see cref="Metric"/>: 8,515 calls, 11,312 possible victims.
/// </summary>
/// <remarks>
/// <para>Counts of the same metric add up (that is how totals are made) and subtract, as long as the result is not
/// negative; all arithmetic is checked and throws <see cref="OverflowException"/> rather than wrapping. Counts of
/// different metrics never add, subtract or compare: that throws <see cref="MetricMismatchException"/>.</para>
/// <para>Equality is by metric and value. Ordering is natural only within one metric: <see cref="CompareTo(Count)"/> and
/// the comparison operators throw for counts of different metrics.</para>
/// <para>A sealed class rather than a struct because a count without a metric means nothing, so there is no sensible
/// <c>default</c>. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Count : IComparable<Count>, IComparable
{
    private Count(Metric metric, long value)
    {
        Metric = metric;
        Value = value;
    }

    /// <summary>What is counted.</summary>
    public Metric Metric { get; }

    /// <summary>How many; never negative.</summary>
    public long Value { get; }

    /// <summary>Whether this count is zero.</summary>
    public bool IsZero => Value == 0;

    /// <summary>Makes a count.</summary>
    /// <param name="value">How many; zero or more.</param>
    /// <param name="metric">What is counted.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public static Count Of(long value, Metric metric) =>
        new(Guard.NotNull(metric, nameof(metric)), Guard.NonNegative(value, nameof(value)));

    /// <summary>Zero of <paramref name="metric"/>.</summary>
    /// <param name="metric">What is counted.</param>
    /// <returns>A count of zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public static Count Zero(Metric metric) => Of(0, metric);

    /// <summary>Adds up counts of one metric.</summary>
    /// <param name="metric">The metric of the sum; every count must have it (the sum of no counts is zero of it).</param>
    /// <param name="counts">The counts to add.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="MetricMismatchException">A count has another metric.</exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="long.MaxValue"/>; the message names the metric, the
    /// total so far and the count that does not fit.</exception>
    public static Count Sum(Metric metric, IEnumerable<Count> counts)
    {
        Guard.NotNull(metric, nameof(metric));
        Guard.NotNull(counts, nameof(counts));
        long total = 0;
        foreach (Count count in counts)
        {
            Guard.NotNull(count, nameof(counts));
            RequireSameMetric(metric, count, "add", nameof(counts));
            total = Add(metric, total, count.Value);
        }
        return new Count(metric, total);
    }

    /// <summary>Adds two counts of the same metric.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>; the message names both counts and
    /// the metric.</exception>
    public static Count operator +(Count left, Count right)
    {
        Guard.NotNull(left, nameof(left));
        Guard.NotNull(right, nameof(right));
        RequireSameMetric(left.Metric, right, "add", nameof(right));
        return new Count(left.Metric, Add(left.Metric, left.Value, right.Value));
    }

    /// <summary>
    /// Subtracts a part from a count of the same metric, as when an unpublished year is derived from two cumulative
    /// totals (1,913 − 1,503 = 410). A signed difference between two counts is a change, not a count.
    /// </summary>
    /// <param name="left">The count to subtract from.</param>
    /// <param name="right">The count to subtract; not larger than <paramref name="left"/>.</param>
    /// <returns>The remaining count.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="right"/> is larger than <paramref name="left"/>.</exception>
    public static Count operator -(Count left, Count right)
    {
        Guard.NotNull(left, nameof(left));
        Guard.NotNull(right, nameof(right));
        RequireSameMetric(left.Metric, right, "subtract", nameof(right));
        if (right.Value > left.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(right), right.Value,
                string.Create(CultureInfo.InvariantCulture,
                    $"Cannot subtract {right.Value} {right.Metric} from {left.Value} {left.Metric}: a count cannot be negative."));
        }
        return new Count(left.Metric, left.Value - right.Value);
    }

    /// <summary>Orders two counts of the same metric by value.</summary>
    /// <param name="other">The count to compare with; null comes first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public int CompareTo(Count? other)
    {
        if (other is null)
        {
            return 1;
        }
        RequireSameMetric(Metric, other, "compare", nameof(other));
        return Value.CompareTo(other.Value);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Count"/>.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Count other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Count with {Article.A(obj.GetType().Name)}.", nameof(obj)),
    };

    /// <summary>The count in invariant form, such as <c>8515 calls</c>, <c>1 call</c> or <c>2 website visitors</c>.</summary>
    /// <returns>The value, a space and the metric in words (its id when it is not well known).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} {Metric.Words(Value)}");

    /// <summary>Whether <paramref name="left"/> is smaller than <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same metric.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public static bool operator <(Count left, Count right) => Guard.NotNull(left, nameof(left)).CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is larger than <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same metric.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public static bool operator >(Count left, Count right) => Guard.NotNull(left, nameof(left)).CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same metric.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public static bool operator <=(Count left, Count right) => Guard.NotNull(left, nameof(left)).CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first count.</param>
    /// <param name="right">The second count, of the same metric.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public static bool operator >=(Count left, Count right) => Guard.NotNull(left, nameof(left)).CompareTo(right) >= 0;

    /// <summary>The checked sum of two values of <paramref name="metric"/>, whose overflow says which counts did not fit.</summary>
    /// <exception cref="OverflowException">The sum exceeds <see cref="long.MaxValue"/>.</exception>
    private static long Add(Metric metric, long left, long right)
    {
        try
        {
            return checked(left + right);
        }
        catch (OverflowException e)
        {
            // A sum that overflows is more than one of anything: the metric's plural.
            throw new OverflowException(string.Create(CultureInfo.InvariantCulture,
                $"The sum of {left} and {right} {metric.Words(long.MaxValue)} is larger than a count can hold ({long.MaxValue})."), e);
        }
    }

    private static void RequireSameMetric(Metric expected, Count count, string operation, string paramName)
    {
        if (!expected.Equals(count.Metric))
        {
            throw new MetricMismatchException(expected, count.Metric, operation, paramName);
        }
    }
}
