using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>What a <see cref="Breakdown"/> splits its total by: the channel, or the categories of one taxonomy.</summary>
/// <remarks>Equality: the channel dimension equals itself; taxonomy dimensions are equal when their taxonomies are.
/// Immutable and thread-safe.</remarks>
public sealed record BreakdownDimension
{
    private BreakdownDimension(Taxonomy? taxonomy) => Taxonomy = taxonomy;

    /// <summary>Split by channel (phone, chat, e-mail...).</summary>
    public static BreakdownDimension Channel { get; } = new((Taxonomy?)null);

    /// <summary>The taxonomy whose categories the total is split by, or <c>null</c> for the channel dimension.</summary>
    public Taxonomy? Taxonomy { get; }

    /// <summary>Whether this is the channel dimension.</summary>
    public bool IsChannel => Taxonomy is null;

    /// <summary>Split by the categories of <paramref name="taxonomy"/>.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="taxonomy"/> is null.</exception>
    public static BreakdownDimension Of(Taxonomy taxonomy) => new(Guard.NotNull(taxonomy, nameof(taxonomy)));

    /// <summary><c>channel</c>, or the taxonomy's id and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Taxonomy?.ToString() ?? "channel";
}
