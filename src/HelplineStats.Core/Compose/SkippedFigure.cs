using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Compose;

/// <summary>A figure the plan asked for that the composer left out, with why.</summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record SkippedFigure
{
    internal SkippedFigure(FigureReference figure, FigureKind kind, ReportingPeriod period, SkipReason reason, IEnumerable<ObservationKey> counts)
    {
        Figure = figure;
        Kind = kind;
        Period = period;
        Reason = reason;
        Counts = counts.ToList().AsReadOnly();
    }

    /// <summary>Where the figure would have gone, and its id.</summary>
    public FigureReference Figure { get; }

    /// <summary>The kind of figure.</summary>
    public FigureKind Kind { get; }

    /// <summary>The period the figure is about (its count's period, or the period at whose end an age is given).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Why it was left out.</summary>
    public SkipReason Reason { get; }

    /// <summary>The counts the reason names, as its <see cref="SkipReason"/> documents them: those not known, those that
    /// leave the figure undefined, the breakdown's total that is missing. The text layer words them
    /// (<see cref="Text.Statements.Skipped(SkippedFigure, Dataset, Text.TextCulture)"/>).</summary>
    public IReadOnlyList<ObservationKey> Counts { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The skipped figure to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(SkippedFigure? other) =>
        other is not null && Figure.Equals(other.Figure) && Kind == other.Kind && Period.Equals(other.Period) && Reason == other.Reason && Counts.SequenceEqual(other.Counts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Figure, Kind, Reason, Counts.Count);

    /// <summary>The reference, the reason and its counts as files name them, such as
    /// <c>1712/2021/calls.vs-2019: count-missing 1712/2019/calls</c>. For logs; the text layer words it for readers.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Figure}: {KebabCase.Of(Reason)}" + string.Concat(Counts.Select(c => " " + c));
}
