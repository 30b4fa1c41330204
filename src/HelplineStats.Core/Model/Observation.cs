using System;
using System.Globalization;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A count placed in the world: "1712 had 8,515 calls in 2021" (exact), or, when it was not published exactly, what is
/// known of it: "1712's calls by e-mail in 2021 were not published" (<see cref="CountBounds.Unknown"/>), "fewer than 5"
/// (<c>CountBounds.Between(1, 4)</c>). A key (<see cref="ObservationKey"/>) and its <see cref="Bounds"/>.
/// </summary>
/// <remarks>
/// <para>An exact count is bounds of one value: <see cref="IsExact"/> says so, and <see cref="Count"/> and
/// <see cref="Value"/> give it; for a count known only within bounds they are <c>null</c>. The audit reasons with the
/// bounds as it does with the counts other figures imply; what computes a figure asks for the exact count.</para>
/// <para>Equality is by key and bounds. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Observation
{
    /// <summary>Records that the count at <paramref name="key"/> is exactly <paramref name="value"/>.</summary>
    /// <param name="key">Where the count sits.</param>
    /// <param name="value">The count, zero or more, of the key's metric.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public Observation(ObservationKey key, long value)
    {
        Key = Guard.NotNull(key, nameof(key));
        Count = Count.Of(value, key.Metric);
        Bounds = CountBounds.Exactly(value);
    }

    /// <summary>Records that the count at <paramref name="key"/> lies within <paramref name="bounds"/>; bounds of one
    /// value make an exact observation, equal to the one made from that value.</summary>
    /// <param name="key">Where the count sits.</param>
    /// <param name="bounds">What is known of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Observation(ObservationKey key, CountBounds bounds)
    {
        Key = Guard.NotNull(key, nameof(key));
        Bounds = bounds;
        Count = bounds.IsExact ? Count.Of(bounds.Low, key.Metric) : null;
    }

    /// <summary>Where the count sits.</summary>
    public ObservationKey Key { get; }

    /// <summary>What is known of the count: one value when it is exact.</summary>
    public CountBounds Bounds { get; }

    /// <summary>Whether the count is known exactly.</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Count), nameof(Value))]
    public bool IsExact => Count is not null;

    /// <summary>The exact count, of the key's metric, or <c>null</c> when only its bounds are known.</summary>
    public Count? Count { get; }

    /// <summary>The exact count's value, or <c>null</c> when only its bounds are known.</summary>
    public long? Value => Count?.Value;

    /// <summary>The exact count, for what can only be computed from one: a bounded count is the caller's mistake.</summary>
    /// <exception cref="ArgumentException">The count is known only within bounds; the message names the key and the
    /// parameter.</exception>
    internal Count ExactCount(string paramName) => Count ?? throw new ArgumentException(
        $"The count of {Key} is known only within bounds ({Bounds}); an exact count is needed.", paramName);

    /// <summary>Whether <paramref name="other"/> has the same key and bounds.</summary>
    /// <param name="other">The observation to compare with.</param>
    /// <returns><c>true</c> when key and bounds are equal.</returns>
    public bool Equals(Observation? other) => other is not null && Bounds == other.Bounds && Key.Equals(other.Key);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Bounds);

    /// <summary>The key and the count ("… = 8515"), or the key and its bounds ("…: at most 4").</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is long value
        ? $"{Key} = {value.ToString(CultureInfo.InvariantCulture)}"
        : $"{Key}: {Bounds}";
}
