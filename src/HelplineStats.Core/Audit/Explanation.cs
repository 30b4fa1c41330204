using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// Why a figure is contradicted: the kind of slip or conflict with the numbers behind it, as data, so that the text
/// layer can word it in any language. Which properties are set depends on <see cref="Kind"/>:
/// <list type="bullet">
/// <item><see cref="ExplanationKind.WrongBase"/>: <see cref="Numerator"/> (the change), <see cref="Denominator"/> (the
/// later count divided by) and <see cref="CorrectDenominator"/> (the earlier count), <see cref="SlipValue"/>.</item>
/// <item><see cref="ExplanationKind.WrongNumberOfDays"/>: <see cref="Numerator"/> (the count), <see cref="Denominator"/>
/// (the days divided by) and <see cref="CorrectDenominator"/> (the days the helpline was open), <see cref="SlipValue"/>.</item>
/// <item><see cref="ExplanationKind.WrongWhole"/>: <see cref="Key"/> (the part counted in the other metric),
/// <see cref="Numerator"/> and <see cref="Denominator"/> (that part and its whole), <see cref="SlipValue"/>.</item>
/// <item><see cref="ExplanationKind.OtherRoundingMode"/>: <see cref="RoundingMode"/>, <see cref="SlipValue"/>;
/// <see cref="ExplanationKind.CoarserStep"/>: <see cref="Step"/>, <see cref="SlipValue"/>.</item>
/// <item><see cref="ExplanationKind.NeighbouringFigure"/>: <see cref="RelatedFigures"/> (the neighbour) and
/// <see cref="SlipValue"/> (its value).</item>
/// <item><see cref="ExplanationKind.DigitSlip"/>: <see cref="SlipValue"/> (the right value at the printed precision).</item>
/// <item><see cref="ExplanationKind.IntervalsDisjoint"/>, <see cref="ExplanationKind.OnlyCulprit"/> and
/// <see cref="ExplanationKind.SeveralDisagree"/>: <see cref="RelatedFigures"/>; the intervals are the verdicts' own
/// (<see cref="FigureVerdict.Implied"/>, and the audit's inferred counts).</item>
/// <item><see cref="ExplanationKind.RecordBeaten"/>: <see cref="Key"/> (the count of the period that beats the claim)
/// and <see cref="Count"/>.</item>
/// <item><see cref="ExplanationKind.NoCountFits"/>: <see cref="Key"/> when one unknown count was sought.</item>
/// </list>
/// </summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed class Explanation : IEquatable<Explanation>
{
    internal Explanation(
        ExplanationKind kind, string description, decimal? slipValue = null, IEnumerable<FigureReference>? relatedFigures = null,
        ObservationKey? key = null, long? numerator = null, long? denominator = null, long? correctDenominator = null,
        RoundingMode? roundingMode = null, decimal? step = null, long? count = null)
    {
        Kind = kind;
        Description = description;
        SlipValue = slipValue;
        RelatedFigures = (relatedFigures ?? Array.Empty<FigureReference>()).ToList().AsReadOnly();
        Key = key;
        Numerator = numerator;
        Denominator = denominator;
        CorrectDenominator = correctDenominator;
        RoundingMode = roundingMode;
        Step = step;
        Count = count;
    }

    /// <summary>The kind of slip or conflict.</summary>
    public ExplanationKind Kind { get; }

    /// <summary>What happened, in invariant English, naming the numbers: for logs; readers get the text layer's wording.</summary>
    public string Description { get; }

    /// <summary>The value the slip gives, rounded as the figure is printed, when the slip is a computation.</summary>
    public decimal? SlipValue { get; }

    /// <summary>Other figures involved (the neighbour, the figures with disjoint intervals).</summary>
    public IReadOnlyList<FigureReference> RelatedFigures { get; }

    /// <summary>The count the explanation is about, when there is one (see the type's remarks per kind).</summary>
    public ObservationKey? Key { get; }

    /// <summary>What the slip divided (a change, a count or a part), when the slip is a division.</summary>
    public long? Numerator { get; }

    /// <summary>What the slip divided by (a count, a number of days or a whole), when the slip is a division.</summary>
    public long? Denominator { get; }

    /// <summary>What it should have divided by, when that is a single number.</summary>
    public long? CorrectDenominator { get; }

    /// <summary>The rounding mode that reproduces the printed value (<see cref="ExplanationKind.OtherRoundingMode"/>).</summary>
    public RoundingMode? RoundingMode { get; }

    /// <summary>The coarser step that reproduces the printed value (<see cref="ExplanationKind.CoarserStep"/>).</summary>
    public decimal? Step { get; }

    /// <summary>A count the explanation names: the count that beats a record claim.</summary>
    public long? Count { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The explanation to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Explanation? other) =>
        other is not null && Kind == other.Kind && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && SlipValue == other.SlipValue && RelatedFigures.SequenceEqual(other.RelatedFigures) && Equals(Key, other.Key)
        && Numerator == other.Numerator && Denominator == other.Denominator && CorrectDenominator == other.CorrectDenominator
        && RoundingMode == other.RoundingMode && Step == other.Step && Count == other.Count;

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
