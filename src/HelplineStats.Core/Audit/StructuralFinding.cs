using System;
using System.Collections.Generic;
using System.Linq;

using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>A finding about how the data hangs together rather than about one figure: counts that disagree across reports,
/// a cumulative total that does not chain with its yearly counts, printed shares that cannot add up to 100.</summary>
/// <remarks>Equality is by kind, description and figures. Immutable and thread-safe.</remarks>
public sealed class StructuralFinding : IEquatable<StructuralFinding>
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
    public override bool Equals(object? obj) => Equals(obj as StructuralFinding);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Description);

    /// <summary>The kind and the description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Description}";

    /// <summary>Whether two findings are equal.</summary>
    /// <param name="left">The first finding.</param>
    /// <param name="right">The second finding.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(StructuralFinding? left, StructuralFinding? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two findings differ.</summary>
    /// <param name="left">The first finding.</param>
    /// <param name="right">The second finding.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(StructuralFinding? left, StructuralFinding? right) => !(left == right);
}
