using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>What a <see cref="Breakdown"/> splits its total by: the channel, or the categories of one taxonomy.</summary>
/// <remarks>Equality: the channel dimension equals itself; taxonomy dimensions are equal when their taxonomies are.
/// Immutable and thread-safe.</remarks>
public sealed class BreakdownDimension : IEquatable<BreakdownDimension>
{
    private BreakdownDimension(Taxonomy? taxonomy) => Taxonomy = taxonomy;

    /// <summary>Split by channel (phone, chat, e-mail...).</summary>
    public static BreakdownDimension Channel { get; } = new(null);

    /// <summary>The taxonomy whose categories the total is split by, or <c>null</c> for the channel dimension.</summary>
    public Taxonomy? Taxonomy { get; }

    /// <summary>Whether this is the channel dimension.</summary>
    public bool IsChannel => Taxonomy is null;

    /// <summary>Split by the categories of <paramref name="taxonomy"/>.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="taxonomy"/> is null.</exception>
    public static BreakdownDimension Of(Taxonomy taxonomy) => new(Guard.NotNull(taxonomy, nameof(taxonomy)));

    /// <summary>Whether <paramref name="other"/> splits by the same thing.</summary>
    /// <param name="other">The dimension to compare with.</param>
    /// <returns><c>true</c> when both split by channel, or by equal taxonomies.</returns>
    public bool Equals(BreakdownDimension? other) => other is not null && Taxonomy == other.Taxonomy;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BreakdownDimension);

    /// <inheritdoc />
    public override int GetHashCode() => Taxonomy?.GetHashCode() ?? 0;

    /// <summary><c>channel</c>, or the taxonomy's id and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Taxonomy?.ToString() ?? "channel";

    /// <summary>Whether two dimensions are equal.</summary>
    /// <param name="left">The first dimension.</param>
    /// <param name="right">The second dimension.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(BreakdownDimension? left, BreakdownDimension? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two dimensions differ.</summary>
    /// <param name="left">The first dimension.</param>
    /// <param name="right">The second dimension.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(BreakdownDimension? left, BreakdownDimension? right) => !(left == right);
}
