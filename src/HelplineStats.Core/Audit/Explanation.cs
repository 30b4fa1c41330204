using System;
using System.Collections.Generic;
using System.Linq;

using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>Why a figure is inconsistent: the kind of slip or conflict, in words, with what it points at.</summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed class Explanation : IEquatable<Explanation>
{
    internal Explanation(ExplanationKind kind, string description, decimal? slipValue = null, IEnumerable<FigureReference>? relatedFigures = null)
    {
        Kind = kind;
        Description = description;
        SlipValue = slipValue;
        RelatedFigures = (relatedFigures ?? Array.Empty<FigureReference>()).ToList().AsReadOnly();
    }

    /// <summary>The kind of slip or conflict.</summary>
    public ExplanationKind Kind { get; }

    /// <summary>What happened, in English, naming the numbers (the text layer words it for readers).</summary>
    public string Description { get; }

    /// <summary>The value the slip gives, as it would be printed, when the slip is a computation.</summary>
    public decimal? SlipValue { get; }

    /// <summary>Ids of other figures involved (the neighbour, the figures with disjoint intervals).</summary>
    public IReadOnlyList<FigureReference> RelatedFigures { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The explanation to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Explanation? other) =>
        other is not null && Kind == other.Kind && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && SlipValue == other.SlipValue && RelatedFigures.SequenceEqual(other.RelatedFigures);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Explanation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Description, SlipValue);

    /// <summary>The kind and the description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Kind}: {Description}";

    /// <summary>Whether two explanations are equal.</summary>
    /// <param name="left">The first explanation.</param>
    /// <param name="right">The second explanation.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(Explanation? left, Explanation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two explanations differ.</summary>
    /// <param name="left">The first explanation.</param>
    /// <param name="right">The second explanation.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(Explanation? left, Explanation? right) => !(left == right);
}
