using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Records;

/// <summary>
/// The position of a category in its taxonomy's <see cref="Taxonomy.Categories"/>, found by reference after the first
/// time; refuses categories of other taxonomies with a <see cref="RecordException"/> naming the field.
/// </summary>
internal sealed class CategoryIndex
{
    private readonly Dictionary<Category, int> _byReference = new(ReferenceEqualityComparer.Instance);

    internal CategoryIndex(Taxonomy taxonomy, string field)
    {
        if (taxonomy.Categories.Count > ushort.MaxValue)
        {
            throw new System.ArgumentException(
                $"The taxonomy '{taxonomy.Id}' of the {field} has {taxonomy.Categories.Count} categories; records count at most {ushort.MaxValue} per taxonomy.",
                nameof(taxonomy));
        }
        Taxonomy = taxonomy;
        Field = field;
        Unknown = IndexIn(taxonomy, taxonomy.Unknown);
    }

    /// <summary>The taxonomy.</summary>
    internal Taxonomy Taxonomy { get; }

    /// <summary>The record field the categories come from, for messages.</summary>
    internal string Field { get; }

    /// <summary>The position of the taxonomy's unknown category.</summary>
    internal int Unknown { get; }

    /// <summary>The category at a position, or <c>null</c> for the unknown.</summary>
    internal Category? KnownAt(int index) => index == Unknown ? null : Taxonomy.Categories[index];

    internal int OfOrUnknown(Category? category, long position) => category is null ? Unknown : Of(category, position);

    internal int Of(Category category, long position)
    {
        if (ReferenceEquals(category.Owner, Taxonomy))
        {
            return category.Position; // made by this very taxonomy: its place is known
        }
        if (_byReference.TryGetValue(category, out int index))
        {
            return index;
        }
        if (!Taxonomy.Contains(category))
        {
            throw new RecordException(position, $"the {Field} '{category}' is not a category of taxonomy '{Taxonomy.Id}'.");
        }
        index = IndexIn(Taxonomy, category);
        _byReference[category] = index;
        return index;
    }

    private static int IndexIn(Taxonomy taxonomy, Category category)
    {
        for (int i = 0; i < taxonomy.Categories.Count; i++)
        {
            if (taxonomy.Categories[i].Equals(category))
            {
                return i;
            }
        }
        return -1;
    }
}
