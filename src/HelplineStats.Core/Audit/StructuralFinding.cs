using System;
using System.Collections.Generic;
using System.Linq;

using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>A finding about how the data hangs together rather than about one figure: counts that disagree across reports,
/// a cumulative total that does not chain with its yearly counts, printed shares that cannot add up to 100.</summary>
/// <remarks>Equality is by kind, description and figures. Immutable and thread-safe.</remarks>
public sealed record StructuralFinding
{
    internal StructuralFinding(FindingKind kind, string description, IEnumerable<FigureReference>? figures = null)
    {
        Kind = kind;
        Description = description;
        Figures = (figures ?? Array.Empty<FigureReference>()).ToList().AsReadOnly();
    }

    /// <summary>What kind of finding this is.</summary>
    public FindingKind Kind { get; }

    /// <summary>Whether the finding is a problem (everything but <see cref="FindingKind.ExemptFromAddingUp"/>).</summary>
    public bool IsProblem => Kind != FindingKind.ExemptFromAddingUp;

    /// <summary>The finding in one English sentence, naming the numbers.</summary>
    public string Description { get; }

    /// <summary>The figures involved (helpline/period/figure-id), if any.</summary>
    public IReadOnlyList<FigureReference> Figures { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The finding to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(StructuralFinding? other) =>
        other is not null && Kind == other.Kind && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Description);

    /// <summary>The kind and the description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Description}";
}
