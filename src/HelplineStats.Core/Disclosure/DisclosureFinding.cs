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
    internal DisclosureFinding(ObservationKey key, DisclosureFindingKind kind, CountBounds learned, IEnumerable<ObservationKey> sumTotals, IEnumerable<FigureReference> figures)
    {
        Key = key;
        Kind = kind;
        Learned = learned;
        SumTotals = sumTotals.ToList().AsReadOnly();
        Figures = figures.ToList().AsReadOnly();
    }

    /// <summary>The count given away.</summary>
    public ObservationKey Key { get; }

    /// <summary>Published, or recovered from other numbers.</summary>
    public DisclosureFindingKind Kind { get; }

    /// <summary>What a reader learns of the count: exactly its value, or bounds narrower than "fewer than k".</summary>
    public CountBounds Learned { get; }

    /// <summary>The sums and since-launch chains that narrow the count by themselves, given what the reader knows of
    /// their other counts, each by its total (a breakdown's total, or the since-launch total a chain makes up); the
    /// text layer words them (<see cref="Text.DisclosureStatements"/>).</summary>
    public IReadOnlyList<ObservationKey> SumTotals { get; }

    /// <summary>The published figures that narrow the count by themselves.</summary>
    public IReadOnlyList<FigureReference> Figures { get; }

    /// <inheritdoc />
    public bool Equals(DisclosureFinding? other) =>
        other is not null && Key.Equals(other.Key) && Kind == other.Kind && Learned == other.Learned
        && SumTotals.SequenceEqual(other.SumTotals) && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Kind, Learned);

    /// <summary>The finding as data, for logs: "recovered 1712/2022/calls/email 3..3 sums 1712/2022/calls figures ...".
    /// Readers get the text layer's words (<see cref="Text.DisclosureStatements"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Internal.KebabCase.Of(Kind)} {Key} {Learned.Low}..{Learned.HighOrMax}"
        + (SumTotals.Count == 0 ? "" : " sums " + string.Join(" ", SumTotals))
        + (Figures.Count == 0 ? "" : " figures " + string.Join(" ", Figures));
}
