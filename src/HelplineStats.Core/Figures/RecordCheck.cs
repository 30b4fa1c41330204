using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// Whether one period of a <see cref="Series"/> is its highest (or lowest) since launch, over the known part of the
/// series, and which periods would have to be known to be sure.
/// </summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record RecordCheck
{
    internal RecordCheck(ReportingPeriod period, bool highest, bool holdsOverKnown, IReadOnlyList<ReportingPeriod> unknownPeriods, IReadOnlyList<ReportingPeriod> ties)
    {
        Period = period;
        IsHighest = highest;
        HoldsOverKnown = holdsOverKnown;
        UnknownPeriods = unknownPeriods;
        Ties = ties;
    }

    /// <summary>The period claimed to hold the record.</summary>
    public ReportingPeriod Period { get; }

    /// <summary><c>true</c> for "the highest", <c>false</c> for "the lowest".</summary>
    public bool IsHighest { get; }

    /// <summary>Whether no known count of another period beats it (equal counts are allowed and listed in <see cref="Ties"/>).</summary>
    public bool HoldsOverKnown { get; }

    /// <summary>Other periods whose counts are not known: any of them could beat it.</summary>
    public IReadOnlyList<ReportingPeriod> UnknownPeriods { get; }

    /// <summary>Other periods with exactly the same count.</summary>
    public IReadOnlyList<ReportingPeriod> Ties { get; }

    /// <summary>Whether the record holds over the whole series: it holds over the known part and nothing is unknown.</summary>
    public bool IsConfirmed => HoldsOverKnown && UnknownPeriods.Count == 0;

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The check to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(RecordCheck? other) =>
        other is not null && Period.Equals(other.Period) && IsHighest == other.IsHighest && HoldsOverKnown == other.HoldsOverKnown
        && UnknownPeriods.SequenceEqual(other.UnknownPeriods) && Ties.SequenceEqual(other.Ties);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, IsHighest, HoldsOverKnown, UnknownPeriods.Count, Ties.Count);

    /// <summary>What the check found.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Period} {(IsHighest ? "highest" : "lowest")}: {(IsConfirmed ? "confirmed" : HoldsOverKnown ? "holds over the known periods; unknown: " + string.Join(", ", UnknownPeriods) : "does not hold")}";
}
