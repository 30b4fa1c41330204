using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>A count placed in the world: "1712 had 8,515 calls in 2021". A key (<see cref="ObservationKey"/>) and a value.</summary>
/// <remarks>Equality is by key and value. Immutable and thread-safe.</remarks>
public sealed class Observation : IEquatable<Observation>
{
    /// <summary>Records that the count at <paramref name="key"/> is <paramref name="value"/>.</summary>
    /// <param name="key">Where the count sits.</param>
    /// <param name="value">The count, zero or more, of the key's metric.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public Observation(ObservationKey key, long value)
    {
        Key = Guard.NotNull(key, nameof(key));
        Count = Count.Of(value, key.Metric);
    }

    /// <summary>Where the count sits.</summary>
    public ObservationKey Key { get; }

    /// <summary>The count, of the key's metric.</summary>
    public Count Count { get; }

    /// <summary>The count's value.</summary>
    public long Value => Count.Value;

    /// <summary>Whether <paramref name="other"/> has the same key and value.</summary>
    /// <param name="other">The observation to compare with.</param>
    /// <returns><c>true</c> when key and value are equal.</returns>
    public bool Equals(Observation? other) => other is not null && Value == other.Value && Key.Equals(other.Key);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Observation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Value);

    /// <summary>The key and the value, such as <c>1712/2021/calls = 8515</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key} = {Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Whether two observations are equal.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(Observation? left, Observation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two observations differ.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(Observation? left, Observation? right) => !(left == right);
}
