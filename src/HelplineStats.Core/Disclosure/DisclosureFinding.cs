using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Disclosure;

/// <summary>A small count a dataset gives away: which count, what a reader learns of it, and the sums and figures that
/// recover it.</summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record DisclosureFinding
{
    internal DisclosureFinding(ObservationKey key, DisclosureFindingKind kind, CountBounds learned, IEnumerable<(ObservationKey Total, string Description)> sums, IEnumerable<FigureReference> figures)
    {
        var list = sums.ToList();
        Key = key;
        Kind = kind;
        Learned = learned;
        Sums = list.Select(s => s.Description).ToList().AsReadOnly();
        SumTotals = list.Select(s => s.Total).ToList().AsReadOnly();
        Figures = figures.ToList().AsReadOnly();
    }

    /// <summary>The count given away.</summary>
    public ObservationKey Key { get; }

    /// <summary>Published, or recovered from other numbers.</summary>
    public DisclosureFindingKind Kind { get; }

    /// <summary>What a reader learns of the count: exactly its value, or bounds narrower than "fewer than k".</summary>
    public CountBounds Learned { get; }

    /// <summary>The sums and since-launch chains that narrow the count by themselves, given what the reader knows of
    /// their other counts (invariant English, such as "the breakdown of 1712/2021/contacts by channel").</summary>
    public IReadOnlyList<string> Sums { get; }

    /// <summary>The totals of those sums, one per sum in the same order: a breakdown's total, or the since-launch total
    /// a chain makes up (for the Text layer's words).</summary>
    public IReadOnlyList<ObservationKey> SumTotals { get; }

    /// <summary>The published figures that narrow the count by themselves.</summary>
    public IReadOnlyList<FigureReference> Figures { get; }

    /// <inheritdoc />
    public bool Equals(DisclosureFinding? other) =>
        other is not null && Key.Equals(other.Key) && Kind == other.Kind && Learned == other.Learned
        && Sums.SequenceEqual(other.Sums, StringComparer.Ordinal) && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Kind, Learned);

    /// <summary>The finding for logs (invariant English; wording for readers is the Text layer's).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind == DisclosureFindingKind.Published
        ? $"{Key} is published as {Learned.Low}"
        : $"{Key} can be worked out as {Learned}" + (Sums.Count + Figures.Count == 0 ? ""
            : " from " + string.Join("; ", Sums.Concat(Figures.Select(f => $"the figure {f}"))));
}
