using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A category of one <see cref="Taxonomy"/>, such as "child abuse" among the kinds of violence. Get one from its taxonomy
/// (<see cref="Taxonomy.Get(string)"/>); every taxonomy also has an explicit <see cref="Taxonomy.Unknown"/> category.
/// </summary>
/// <remarks>
/// <para>Equality is identity across versions: two categories are equal when they have the same taxonomy id and the same
/// category id, whatever the taxonomy's version or the label, because ids are stable across versions and that is what
/// lets counts of different years line up. Ordered by taxonomy id, then category id (ordinal).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record Category : IComparable<Category>, IComparable
{
    internal Category(TaxonomyId taxonomyId, int taxonomyVersion, CategoryDefinition definition, int depth)
    {
        TaxonomyId = taxonomyId;
        TaxonomyVersion = taxonomyVersion;
        Id = definition.Id;
        Label = definition.Label;
        Labels = definition.Labels;
        ParentId = definition.ParentId;
        Depth = depth;
    }

    /// <summary>The id of the taxonomy the category belongs to.</summary>
    public TaxonomyId TaxonomyId { get; }

    /// <summary>The taxonomy that made this category, set once while it is made; with <see cref="Position"/> it lets
    /// counting find a category's place without a lookup.</summary>
    internal Taxonomy? Owner { get; set; }

    /// <summary>The category's position in <see cref="Owner"/>'s <see cref="Taxonomy.Categories"/>.</summary>
    internal int Position { get; set; }

    /// <summary>The version of the taxonomy this category was read from.</summary>
    public int TaxonomyVersion { get; }

    /// <summary>The stable id within the taxonomy.</summary>
    public CategoryId Id { get; }

    /// <summary>A short label in English.</summary>
    public string Label { get; }

    /// <summary>The label in each language its definition gives, as a sentence says it.</summary>
    public LocalizedText Labels { get; }

    /// <summary>The id of the category this one lies inside, or <c>null</c> for a top-level category.</summary>
    public CategoryId? ParentId { get; }

    /// <summary>How deep the category is nested: 0 for a top-level category, 1 for its children, and so on.</summary>
    public int Depth { get; }

    /// <summary>Whether this is the taxonomy's explicit "not known" category.</summary>
    public bool IsUnknown => Id.Equals(CategoryId.Unknown);

    /// <summary>Whether <paramref name="other"/> is the same category of the same taxonomy.</summary>
    /// <param name="other">The category to compare with.</param>
    /// <returns><c>true</c> when taxonomy id and category id are equal.</returns>
    public bool Equals(Category? other) => other is not null && Id.Equals(other.Id) && TaxonomyId.Equals(other.TaxonomyId);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(TaxonomyId, Id);

    /// <summary>Orders by taxonomy id, then category id; null comes first.</summary>
    /// <param name="other">The category to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Category? other)
    {
        if (other is null)
        {
            return 1;
        }
        int byTaxonomy = TaxonomyId.CompareTo(other.TaxonomyId);
        return byTaxonomy != 0 ? byTaxonomy : Id.CompareTo(other.Id);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Category"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Category other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Category with {Article.A(obj.GetType().Name)}.", nameof(obj)),
    };

    /// <summary>The taxonomy id and the category id, such as <c>kind-of-violence:child-abuse</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{TaxonomyId}:{Id}";
}
