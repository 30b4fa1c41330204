using System;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// The running total of a <see cref="Series"/> up to the end of one of its periods: the exact total when every day
/// since the start is covered by known counts, and in any case the sum of the known counts (a lower bound).
/// </summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record RunningTotal
{
    internal RunningTotal(ReportingPeriod upTo, ReportingPeriod span, Count knownSum, bool isComplete)
    {
        UpTo = upTo;
        Span = span;
        KnownSum = knownSum;
        IsComplete = isComplete;
    }

    /// <summary>The series period whose end closes the total.</summary>
    public ReportingPeriod UpTo { get; }

    /// <summary>The days the total runs over: from the launch (or, when it is not known, the series' first day) to the end of <see cref="UpTo"/>.</summary>
    public ReportingPeriod Span { get; }

    /// <summary>The sum of the known counts up to here: the total when <see cref="IsComplete"/>, otherwise a lower bound.</summary>
    public Count KnownSum { get; }

    /// <summary>Whether every day of <see cref="Span"/> is covered by a known count, so that <see cref="KnownSum"/> is the total.</summary>
    public bool IsComplete { get; }

    /// <summary>The exact total, or <c>null</c> when an unknown period or an uncovered day lies inside the span.</summary>
    public Count? Total => IsComplete ? KnownSum : null;

    /// <summary>The span and the total, or the known sum marked as a lower bound.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Span}: {(IsComplete ? KnownSum.ToString() : "at least " + KnownSum)}";
}
