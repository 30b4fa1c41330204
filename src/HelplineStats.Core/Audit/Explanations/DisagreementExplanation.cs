using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// The figure disagrees with others over the same counts: their intervals are disjoint
/// (<see cref="ExplanationKind.IntervalsDisjoint"/>), it is the only one that can be wrong
/// (<see cref="ExplanationKind.OnlyCulprit"/>), or several sets of figures could be (<see cref="ExplanationKind.SeveralDisagree"/>).
/// The intervals are the verdicts' own (<see cref="FigureVerdict.Implied"/>, and the audit's inferred counts).
/// </summary>
public sealed record DisagreementExplanation : Explanation
{
    private readonly FigureReference[] _others;

    internal DisagreementExplanation(ExplanationKind kind, IEnumerable<FigureReference> others)
        : base()
    {
        if (kind is not (ExplanationKind.IntervalsDisjoint or ExplanationKind.OnlyCulprit or ExplanationKind.SeveralDisagree))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of disagreement.");
        }
        Kind = kind;
        _others = others.ToArray();
    }

    /// <inheritdoc />
    public override ExplanationKind Kind { get; }

    /// <summary>The other figures of the disagreement, in order.</summary>
    public override IReadOnlyList<FigureReference> RelatedFigures => Array.AsReadOnly(_others);

    /// <summary>Whether <paramref name="other"/> is of the same kind, with the same figures in the same order.</summary>
    /// <param name="other">Another disagreement.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(DisagreementExplanation? other) =>
        base.Equals(other) && Kind == other.Kind && _others.AsSpan().SequenceEqual(other._others);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Kind, _others.Length);
}
