using System;

namespace HelplineStats.Core.Figures;

/// <summary>
/// An interval of exact values, each end open, closed or absent (unbounded): what a printed figure allows its exact value
/// to be (<see cref="QualifierTable.AcceptedRange"/>), such as [12.5, 13.5) for "13%" rounded half away from zero.
/// </summary>
/// <remarks>Equality is by ends and their inclusiveness. Immutable and thread-safe.</remarks>
public readonly struct ValueInterval : IEquatable<ValueInterval>
{
    private ValueInterval(Rational? low, bool lowInclusive, Rational? high, bool highInclusive, bool empty)
    {
        Low = low;
        LowInclusive = low is not null && lowInclusive;
        High = high;
        HighInclusive = high is not null && highInclusive;
        IsEmpty = empty || (low is Rational l && high is Rational h && (l > h || (l == h && !(lowInclusive && highInclusive))));
    }

    /// <summary>The interval that holds no value.</summary>
    public static ValueInterval Empty => new(Rational.Zero, false, Rational.Zero, false, true);

    /// <summary>The lower end, or <c>null</c> when unbounded below.</summary>
    public Rational? Low { get; }

    /// <summary>Whether the lower end belongs to the interval.</summary>
    public bool LowInclusive { get; }

    /// <summary>The upper end, or <c>null</c> when unbounded above.</summary>
    public Rational? High { get; }

    /// <summary>Whether the upper end belongs to the interval.</summary>
    public bool HighInclusive { get; }

    /// <summary>Whether no value lies in the interval.</summary>
    public bool IsEmpty { get; }

    /// <summary>An interval; pass <c>null</c> for an unbounded end.</summary>
    /// <param name="low">The lower end, or <c>null</c>.</param>
    /// <param name="lowInclusive">Whether the lower end belongs to the interval.</param>
    /// <param name="high">The upper end, or <c>null</c>.</param>
    /// <param name="highInclusive">Whether the upper end belongs to the interval.</param>
    /// <returns>The interval (empty when the ends leave no room).</returns>
    public static ValueInterval Of(Rational? low, bool lowInclusive, Rational? high, bool highInclusive) =>
        new(low, lowInclusive, high, highInclusive, false);

    /// <summary>Whether <paramref name="value"/> lies in the interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Contains(Rational value) =>
        !IsEmpty
        && (Low is not Rational low || (LowInclusive ? value >= low : value > low))
        && (High is not Rational high || (HighInclusive ? value <= high : value < high));

    /// <summary>Whether <paramref name="value"/> lies below the interval (every value of the interval is larger).</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> when it lies below; <c>false</c> for an empty interval.</returns>
    public bool IsAbove(Rational value) => !IsEmpty && Low is Rational low && (LowInclusive ? value < low : value <= low);

    /// <summary>Whether <paramref name="value"/> lies above the interval (every value of the interval is smaller).</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> when it lies above; <c>false</c> for an empty interval.</returns>
    public bool IsBelow(Rational value) => !IsEmpty && High is Rational high && (HighInclusive ? value > high : value >= high);

    /// <summary>Whether <paramref name="other"/> has the same ends.</summary>
    /// <param name="other">The interval to compare with.</param>
    /// <returns><c>true</c> when equal (all empty intervals are equal).</returns>
    public bool Equals(ValueInterval other) =>
        (IsEmpty && other.IsEmpty)
        || (!IsEmpty && !other.IsEmpty && Low == other.Low && LowInclusive == other.LowInclusive && High == other.High && HighInclusive == other.HighInclusive);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ValueInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsEmpty ? 0 : HashCode.Combine(Low, LowInclusive, High, HighInclusive);

    /// <summary>The interval in the usual notation, such as <c>[25/2, 27/2)</c>, or <c>∅</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty
        ? "∅"
        : $"{(LowInclusive ? "[" : "(")}{(Low is Rational l ? l.ToString() : "-∞")}, {(High is Rational h ? h.ToString() : "∞")}{(HighInclusive ? "]" : ")")}";

    /// <summary>Whether two intervals are equal.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(ValueInterval left, ValueInterval right) => left.Equals(right);

    /// <summary>Whether two intervals differ.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(ValueInterval left, ValueInterval right) => !left.Equals(right);
}
