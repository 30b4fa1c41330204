using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// One category as it is written down when a <see cref="Taxonomy"/> is made: its id, a label, and the id of the category
/// it lies inside, if any.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is by id, label and parent.</remarks>
public sealed record CategoryDefinition
{
    /// <summary>Writes down a category.</summary>
    /// <param name="id">The stable id; see <see cref="StableId{TSelf}"/> for the rules.</param>
    /// <param name="label">A short label in English; the text layer may translate it.</param>
    /// <param name="parentId">The id of the category this one lies inside, or <c>null</c> for a top-level category.</param>
    /// <param name="labels">The label as a sentence says it in each language (<c>nl</c>: "kindermishandeling"), if given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="label"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not valid, or the label is blank.</exception>
    public CategoryDefinition(string id, string label, string? parentId = null, LocalizedText? labels = null)
    {
        Labels = labels ?? LocalizedText.Empty;
        Id = CategoryId.Of(Guard.NotNull(id, nameof(id)));
        Label = Guard.NotBlank(label, nameof(label)).Trim();
        ParentId = parentId is null ? null : CategoryId.Of(parentId);
    }

    /// <summary>The stable id.</summary>
    public CategoryId Id { get; }

    /// <summary>A short label in English.</summary>
    public string Label { get; }

    /// <summary>The label in each language it is given in, as a sentence says it; empty when none is given.</summary>
    public LocalizedText Labels { get; }

    /// <summary>The id of the category this one lies inside, or <c>null</c>.</summary>
    public CategoryId? ParentId { get; }

    /// <summary>The id, and the parent's id after a '&lt;' when there is one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ParentId is null ? Id.Value : $"{Id} < {ParentId}";
}
