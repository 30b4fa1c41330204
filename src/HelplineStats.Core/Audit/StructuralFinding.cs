using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>A finding about how the data hangs together rather than about one figure: counts that disagree across reports,
/// a cumulative total that does not chain with its yearly counts, printed shares that cannot add up to 100. It carries
/// the counts and numbers it is about, as its <see cref="FindingKind"/> documents them; the text layer words it.</summary>
/// <remarks>Equality is by kind, counts, numbers and figures. Immutable and thread-safe.</remarks>
public sealed record StructuralFinding
{
    internal StructuralFinding(FindingKind kind, IEnumerable<ObservationKey> counts, IEnumerable<decimal>? numbers = null, IEnumerable<FigureReference>? figures = null)
    {
        Kind = kind;
        Counts = counts.ToList().AsReadOnly();
        Numbers = (numbers ?? Array.Empty<decimal>()).ToList().AsReadOnly();
        Figures = (figures ?? Array.Empty<FigureReference>()).ToList().AsReadOnly();
    }

    /// <summary>What kind of finding this is.</summary>
    public FindingKind Kind { get; }

    /// <summary>Whether the finding is a problem (everything but <see cref="FindingKind.ExemptFromAddingUp"/>).</summary>
    public bool IsProblem => Kind != FindingKind.ExemptFromAddingUp;

    /// <summary>The counts the finding is about, first the one it concerns, in the order its <see cref="Kind"/> documents.</summary>
    public IReadOnlyList<ObservationKey> Counts { get; }

    /// <summary>The numbers the finding names, in the order its <see cref="Kind"/> documents (empty for some kinds).</summary>
    public IReadOnlyList<decimal> Numbers { get; }

    /// <summary>The figures involved (helpline/period/figure-id), if any.</summary>
    public IReadOnlyList<FigureReference> Figures { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The finding to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(StructuralFinding? other) =>
        other is not null && Kind == other.Kind && Counts.SequenceEqual(other.Counts) && Numbers.SequenceEqual(other.Numbers)
        && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Counts.Count > 0 ? Counts[0] : default, Numbers.Count);

    /// <summary>The kind as files name it, with its counts, numbers and figures: "count-conflict 1712/2021/calls 100 120". For
    /// logs; the text layer words a finding for readers.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join(" ", new[] { KebabCase.Of(Kind) }
        .Concat(Counts.Select(c => c.ToString()))
        .Concat(Numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)))
        .Concat(Figures.Select(f => f.ToString())));
}
