using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// The shared shape of every stable identifier in the model (<see cref="HelplineId"/>, <see cref="Channel"/>,
/// <see cref="Metric"/>, <see cref="TaxonomyId"/>, <see cref="CategoryId"/>): a short lower-case string that data files
/// and other apps can keep for years.
/// </summary>
/// <remarks>
/// <para>An id has 1 to 64 characters: lower-case ASCII letters and digits, with '-', '_' or '.' allowed inside
/// (not first or last). Ids are compared ordinally; two ids of different kinds are never equal.</para>
/// <para>This class is abstract rather than sealed so that each kind of id is its own type and the compiler keeps
/// a channel from being passed where a metric is expected; every derived type is sealed.</para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
/// <typeparam name="TSelf">The derived id type.</typeparam>
public abstract class StableId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>, IComparable
    where TSelf : StableId<TSelf>
{
    /// <summary>Validates <paramref name="value"/> and keeps it.</summary>
    /// <param name="value">The id text.</param>
    /// <param name="paramName">The parameter name to report when <paramref name="value"/> is invalid.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    private protected StableId(string value, string paramName) => Value = Guard.Id(value, paramName);

    /// <summary>The id text, as it is written in data files.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="other"/> is an id of the same kind with the same text.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns><c>true</c> when both ids have the same text.</returns>
    public bool Equals(TSelf? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>Orders ids ordinally by their text; null comes first.</summary>
    /// <param name="other">The id to compare with.</param>
    /// <returns>A negative number, zero or a positive number, as for <see cref="string.CompareOrdinal(string, string)"/>.</returns>
    public int CompareTo(TSelf? other) => other is null ? 1 : string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an id of this kind.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        TSelf other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare {Article.A(typeof(TSelf).Name)} with {Article.A(obj.GetType().Name)}.", nameof(obj)),
    };

    /// <summary>The ready-made id among <paramref name="known"/> whose text is <paramref name="value"/>, if any.</summary>
    private protected static TSelf? FindKnown(System.Collections.Generic.IEnumerable<TSelf> known, string? value)
    {
        foreach (TSelf candidate in known)
        {
            if (string.Equals(candidate.Value, value, StringComparison.Ordinal))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The id text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Whether two ids are equal.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><c>true</c> when both are null or both have the same text.</returns>
    public static bool operator ==(StableId<TSelf>? left, StableId<TSelf>? right) =>
        left is null ? right is null : right is not null && string.Equals(left.Value, right.Value, StringComparison.Ordinal);

    /// <summary>Whether two ids differ.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><c>true</c> when the ids are not equal.</returns>
    public static bool operator !=(StableId<TSelf>? left, StableId<TSelf>? right) => !(left == right);
}
