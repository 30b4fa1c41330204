using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A count placed in the world but not published exactly: "1712's calls by e-mail in 2021 were not published"
/// (<see cref="CountBounds.Unknown"/>), "fewer than 5" (<c>CountBounds.Between(1, 4)</c>). A key and its
/// <see cref="CountBounds"/>; the audit reasons with the bounds as it does with the counts other figures imply.
/// </summary>
/// <remarks>
/// <para>Bounds that hold one value are allowed (a member of a <see cref="BoundedBreakdown"/> may be known exactly);
/// <see cref="IsExact"/> says so and <see cref="ToObservation"/> turns it into the <see cref="Observation"/> it is.</para>
/// <para>Equality is by key and bounds. Immutable and thread-safe.</para>
/// </remarks>
public sealed class BoundedObservation : IEquatable<BoundedObservation>
{
    /// <summary>Records that the count at <paramref name="key"/> lies within <paramref name="bounds"/>.</summary>
    /// <param name="key">Where the count sits.</param>
    /// <param name="bounds">What is known of it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public BoundedObservation(ObservationKey key, CountBounds bounds)
    {
        Key = Guard.NotNull(key, nameof(key));
        Bounds = bounds;
    }

    /// <summary>Where the count sits.</summary>
    public ObservationKey Key { get; }

    /// <summary>What is known of the count.</summary>
    public CountBounds Bounds { get; }

    /// <summary>Whether the count is known exactly.</summary>
    public bool IsExact => Bounds.IsExact;

    /// <summary>An exact observation as bounds of one value.</summary>
    /// <param name="observation">The observation.</param>
    /// <returns>The same count as bounds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public static BoundedObservation Of(Observation observation)
    {
        Guard.NotNull(observation, nameof(observation));
        return new BoundedObservation(observation.Key, CountBounds.Exactly(observation.Value));
    }

    /// <summary>The observation this is when its bounds hold one value, otherwise null.</summary>
    /// <returns>The exact observation, or null.</returns>
    public Observation? ToObservation() => IsExact ? new Observation(Key, Bounds.Low) : null;

    /// <summary>Whether <paramref name="other"/> has the same key and bounds.</summary>
    /// <param name="other">Another bounded observation.</param>
    /// <returns>True when key and bounds are equal.</returns>
    public bool Equals(BoundedObservation? other) => other is not null && Bounds == other.Bounds && Key.Equals(other.Key);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BoundedObservation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Bounds);

    /// <summary>The key and the bounds: "1712/2021/calls/email: between 1 and 4".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Key}: {Bounds}";

    /// <summary>Whether two bounded observations are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(BoundedObservation? left, BoundedObservation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two bounded observations differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(BoundedObservation? left, BoundedObservation? right) => !(left == right);
}
