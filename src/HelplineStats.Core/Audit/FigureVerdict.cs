using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// The audit's verdict on one published figure: consistent, inconsistent (with the exact value, what should have been
/// printed and what explains the printed value), or not checkable alone (with the missing counts and what the figure
/// implies for them).
/// </summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record FigureVerdict
{
    internal FigureVerdict(
        Report report, PublishedFigure figure, VerdictKind kind, Rational? exact, QualifiedValue? expected,
        IEnumerable<Explanation> explanations, IEnumerable<ObservationKey> missing, IEnumerable<CountInterval> implied, VerdictReason reason,
        IEnumerable<Observation>? inputs = null)
    {
        Helpline = report.Helpline.Id;
        ReportPeriod = report.Period;
        Reference = FigureReference.Of(report, figure);
        Figure = figure;
        Kind = kind;
        Exact = exact;
        Expected = expected;
        Explanations = explanations.ToList().AsReadOnly();
        Missing = missing.ToList().AsReadOnly();
        Implied = implied.ToList().AsReadOnly();
        Reason = reason;
        Inputs = (inputs ?? Array.Empty<Observation>()).ToList().AsReadOnly();
        InputCounts = Inputs.Select(input => input.ExactCount(nameof(inputs))).ToList().AsReadOnly();
    }

    /// <summary>The helpline whose report printed the figure.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The period of the report that printed the figure.</summary>
    public ReportingPeriod ReportPeriod { get; }

    /// <summary>The figure's reference across the dataset (helpline, report period, figure id).</summary>
    public FigureReference Reference { get; }

    /// <summary>The figure as printed.</summary>
    public PublishedFigure Figure { get; }

    /// <summary>The verdict.</summary>
    public VerdictKind Kind { get; }

    /// <summary>The exact value the counts give, in the printed unit (for one-in-N: the share as a fraction), when they are all known.</summary>
    public Rational? Exact { get; }

    /// <summary>What should have been printed, phrased by the qualifier table, when the figure is inconsistent and has a value to round.</summary>
    public QualifiedValue? Expected { get; }

    /// <summary>What explains an inconsistent figure: every known slip that reproduces the printed value, or the conflict.</summary>
    public IReadOnlyList<Explanation> Explanations { get; }

    /// <summary>The counts the figure needs that are not known.</summary>
    public IReadOnlyList<ObservationKey> Missing { get; }

    /// <summary>For a figure with one missing count: the interval the figure alone implies for it.</summary>
    public IReadOnlyList<CountInterval> Implied { get; }

    /// <summary>
    /// The known counts the figure's value was computed from, in the order of its formula (part before whole, earlier
    /// before later): the numbers behind <see cref="Exact"/>, for the text layer to show. Empty for ages and records.
    /// </summary>
    public IReadOnlyList<Observation> Inputs { get; }

    /// <summary>The exact counts of <see cref="Inputs"/>, in the same order.</summary>
    public IReadOnlyList<Count> InputCounts { get; }

    /// <summary>Why the audit reached the verdict, as a code whose numbers are this verdict's own; the text layer words it
    /// (<see cref="HelplineStats.Core.Text.Statements.Of(FigureVerdict, HelplineStats.Core.Text.TextCulture)"/>).</summary>
    public VerdictReason Reason { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The verdict to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(FigureVerdict? other) =>
        other is not null && Helpline.Equals(other.Helpline) && ReportPeriod.Equals(other.ReportPeriod) && Figure.Equals(other.Figure)
        && Kind == other.Kind && Exact == other.Exact && Nullable.Equals(Expected, other.Expected)
        && Explanations.SequenceEqual(other.Explanations) && Missing.SequenceEqual(other.Missing) && Implied.SequenceEqual(other.Implied)
        && Inputs.SequenceEqual(other.Inputs)
        && Reason == other.Reason;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Helpline, ReportPeriod, Figure.Id, Kind);

    /// <summary>The figure's reference, the verdict and the reason as files name them: "1712/2021/share-chat: confirmed: counts-allow".
    /// For logs; the text layer words a verdict for readers.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Reference}: {KebabCase.Of(Kind)}: {KebabCase.Of(Reason)}";
}
