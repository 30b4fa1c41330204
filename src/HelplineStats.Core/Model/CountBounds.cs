using System;
using System.Globalization;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// What is known of a count that was not published exactly: the whole numbers from <see cref="Low"/> to
/// <see cref="High"/>, both included; no upper end when <see cref="High"/> is null. "Not published" is
/// <see cref="Unknown"/> (zero or more), a suppressed small count is <c>Between(1, 4)</c>, a count rounded to a
/// multiple of 5 and shown as 35 is <c>Between(33, 37)</c>.
/// </summary>
/// <remarks>
/// <para>Never empty: <see cref="Low"/> is zero or more and at most <see cref="High"/>. Bounds that hold one value are
/// <see cref="IsExact"/>: a count with such bounds is simply known.</para>
/// <para>Equality is by both ends; there is no natural order. <c>default</c> is <see cref="Unknown"/>. Immutable and
/// thread-safe.</para>
/// </remarks>
public readonly struct CountBounds : IEquatable<CountBounds>
{
    // One more than the upper end, 0 when there is none: so default(CountBounds) is Unknown, not "exactly zero".
    private readonly ulong _end;

    private CountBounds(long low, long high)
    {
        Low = low;
        _end = high == long.MaxValue ? 0 : (ulong)high + 1;
    }

    /// <summary>Nothing is known but that a count is zero or more.</summary>
    public static CountBounds Unknown => default;

    /// <summary>The least the count can be; zero or more.</summary>
    public long Low { get; }

    /// <summary>The most the count can be, or null when there is no upper end (an upper end of
    /// <see cref="long.MaxValue"/> is no upper end).</summary>
    public long? High => _end == 0 ? null : (long)(_end - 1);

    /// <summary>Whether the bounds hold one value only.</summary>
    public bool IsExact => High == Low;

    /// <summary>Whether nothing is known (zero or more, no upper end).</summary>
    public bool IsUnknown => Low == 0 && _end == 0;

    /// <summary>The highest value as a number, <see cref="long.MaxValue"/> when there is no upper end.</summary>
    internal long HighOrMax => _end == 0 ? long.MaxValue : (long)(_end - 1);

    /// <summary>The bounds from a low and a <see cref="HighOrMax"/> high, the inverse of that pair: <see cref="long.MaxValue"/> is no upper end.</summary>
    internal static CountBounds FromLowAndHighOrMax(long low, long highOrMax) => highOrMax == long.MaxValue ? AtLeast(low) : Between(low, highOrMax);

    /// <summary>A count known to be exactly <paramref name="value"/>.</summary>
    /// <param name="value">The count; zero or more.</param>
    /// <returns>The bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static CountBounds Exactly(long value) => Between(value, value);

    /// <summary>A count of at least <paramref name="low"/>, with no upper end.</summary>
    /// <param name="low">The least the count can be; zero or more.</param>
    /// <returns>The bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is negative.</exception>
    public static CountBounds AtLeast(long low) => new(Guard.NonNegative(low, nameof(low)), long.MaxValue);

    /// <summary>A count of at most <paramref name="high"/> (and zero or more).</summary>
    /// <param name="high">The most the count can be; zero or more.</param>
    /// <returns>The bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="high"/> is negative.</exception>
    public static CountBounds AtMost(long high) => Between(0, high);

    /// <summary>A count from <paramref name="low"/> to <paramref name="high"/>, both included.</summary>
    /// <param name="low">The least the count can be; zero or more.</param>
    /// <param name="high">The most the count can be; at least <paramref name="low"/>.</param>
    /// <returns>The bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="low"/> is negative, or <paramref name="high"/> is less than it.</exception>
    public static CountBounds Between(long low, long high)
    {
        Guard.NonNegative(low, nameof(low));
        if (high < low)
        {
            throw new ArgumentOutOfRangeException(nameof(high), high, string.Create(CultureInfo.InvariantCulture, $"The upper bound must not be less than the lower bound {low}."));
        }
        return new CountBounds(low, high);
    }

    /// <summary>Whether <paramref name="count"/> lies within the bounds.</summary>
    /// <param name="count">A count.</param>
    /// <returns>True when <see cref="Low"/> ≤ <paramref name="count"/> ≤ <see cref="High"/>.</returns>
    public bool Contains(long count) => Low <= count && count <= HighOrMax;

    /// <summary>The values both bounds allow, or null when none.</summary>
    /// <param name="other">Other bounds of the same count.</param>
    /// <returns>The intersection, or null when the two exclude each other.</returns>
    public CountBounds? Intersect(CountBounds other)
    {
        long low = Math.Max(Low, other.Low);
        long high = Math.Min(HighOrMax, other.HighOrMax);
        return low > high ? null : new CountBounds(low, high);
    }

    /// <inheritdoc />
    public bool Equals(CountBounds other) => Low == other.Low && High == other.High;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountBounds other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, High);

    /// <summary>The bounds in words: "unknown", "exactly 5", "between 1 and 4", "at least 7", "at most 4".</summary>
    /// <returns>The text, with invariant digits.</returns>
    public override string ToString()
    {
        string low = Low.ToString(CultureInfo.InvariantCulture);
        string high = High?.ToString(CultureInfo.InvariantCulture) ?? "";
        return IsUnknown ? "unknown"
            : IsExact ? "exactly " + low
            : High is null ? "at least " + low
            : Low == 0 ? "at most " + high
            : $"between {low} and {high}";
    }

    /// <summary>Whether two bounds are equal.</summary>
    /// <param name="left">The first bounds.</param>
    /// <param name="right">The second bounds.</param>
    /// <returns>True when both ends are equal.</returns>
    public static bool operator ==(CountBounds left, CountBounds right) => left.Equals(right);

    /// <summary>Whether two bounds differ.</summary>
    /// <param name="left">The first bounds.</param>
    /// <param name="right">The second bounds.</param>
    /// <returns>True when an end differs.</returns>
    public static bool operator !=(CountBounds left, CountBounds right) => !left.Equals(right);
}
