using System;
using System.Collections.Generic;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Figures;

/// <summary>
/// Which counts a published figure's exact value needs, which way the value moves as each count grows, and the
/// <see cref="FigureMath"/> formula that gives it, in the unit the figure is printed in (percent for shares and changes,
/// a fraction for one-in-N). Each kind makes its own (in <c>Kinds</c>); the audit evaluates and inverts it, the composer
/// evaluates it, and neither has a formula of its own. A <c>null</c> value means undefined, which the audit's inference treats as "too large" (a share whose part
/// exceeds its whole, a change from zero).
/// </summary>
internal sealed class FigureFormula
{
    private readonly Func<long[], Rational?> _evaluate;

    /// <summary>A formula over <paramref name="inputs"/>, each moving the value the way <paramref name="directions"/> says.</summary>
    internal FigureFormula(ObservationKey[] inputs, int[] directions, Func<long[], Rational?> evaluate, bool canInfer)
    {
        Inputs = inputs;
        Directions = directions;
        _evaluate = evaluate;
        CanInfer = canInfer;
    }

    /// <summary>The counts the value needs.</summary>
    internal ObservationKey[] Inputs { get; }

    /// <summary>+1 where the value grows with the count, −1 where it shrinks.</summary>
    internal int[] Directions { get; }

    /// <summary>When the value is a whole-number linear combination of the inputs (a count, a since-launch total, an
    /// absolute change), its coefficients, one per input; otherwise null. A figure whose printing allows one whole
    /// number only then pins an exact equation between its counts.</summary>
    internal int[]? Linear { get; init; }

    /// <summary>The value as a ratio of two linear forms of the inputs, for a reasoning that takes every figure at once
    /// (a linear program); null for a value that is not one (a change in percentage points). Every kind whose
    /// <see cref="CanInfer"/> is true has one.</summary>
    internal LinearFraction? Fraction { get; init; }

    /// <summary>Whether one unknown input can be inferred by inverting the formula (it is monotone in each input and "undefined" lies on the large side).</summary>
    internal bool CanInfer { get; }

    internal Rational? Evaluate(long[] counts) => _evaluate(counts);

    /// <summary>The counts of the inputs that <paramref name="known"/> holds (zero in the place of the others), and the inputs it lacks.</summary>
    internal (long[] Values, List<ObservationKey> Missing) Gather(IReadOnlyDictionary<ObservationKey, long> known)
    {
        long[] values = new long[Inputs.Length];
        var missing = new List<ObservationKey>();
        for (int i = 0; i < Inputs.Length; i++)
        {
            if (known.TryGetValue(Inputs[i], out long value))
            {
                values[i] = value;
            }
            else
            {
                missing.Add(Inputs[i]);
            }
        }
        return (values, missing);
    }

    /// <summary>The formula of a value that is its one input's count (a count, a since-launch total).</summary>
    internal static FigureFormula Identity(ObservationKey subject) =>
        new(new[] { subject }, new[] { 1 }, c => c[0], true) { Linear = new[] { 1 }, Fraction = LinearFraction.Whole(new[] { 1 }) };

    /// <summary>The key of the unknown bucket of the breakdown a "share of the known" is taken over: the whole in the
    /// subject's taxonomy's unknown category. Channels have no unknown bucket.</summary>
    internal static ObservationKey? UnknownBucket(ObservationKey subject, ObservationKey whole)
    {
        if (subject.Category is not Category category || whole.Category is not null)
        {
            return null;
        }
        var unknown = new Category(category.TaxonomyId, category.TaxonomyVersion, new CategoryDefinition(CategoryId.Unknown.Value, "Unknown"), 0);
        return whole.WithCategory(unknown);
    }
}
