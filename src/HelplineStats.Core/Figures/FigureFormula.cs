using System;
using System.Collections.Generic;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Figures;

/// <summary>
/// Which counts a published figure's exact value needs, which way the value moves as each count grows, and the
/// <see cref="FigureMath"/> formula that gives it, in the unit the figure is printed in (percent for shares and changes,
/// a fraction for one-in-N). The audit evaluates and inverts it; the composer evaluates it; neither has a formula of its
/// own. A <c>null</c> value means undefined, which the audit's inference treats as "too large" (a share whose part
/// exceeds its whole, a change from zero).
/// </summary>
internal sealed class FigureFormula
{
    private readonly Func<long[], Rational?> _evaluate;

    private FigureFormula(ObservationKey[] inputs, int[] directions, Func<long[], Rational?> evaluate, bool canInfer)
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
    internal int[]? Linear { get; private init; }

    /// <summary>The value as a ratio of two linear forms of the inputs, for a reasoning that takes every figure at once
    /// (a linear program); null for a value that is not one (a change in percentage points). Every kind whose
    /// <see cref="CanInfer"/> is true has one.</summary>
    internal LinearFraction? Fraction { get; private init; }

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

    /// <summary>
    /// The formula of <paramref name="figure"/>, or <c>null</c> for the kinds that are not a function of counts: record
    /// claims (they need a whole series) and ages (they need the launch date only). Every other kind has one; a kind this
    /// method does not know is a bug and throws.
    /// </summary>
    /// <param name="figure">The figure.</param>
    /// <param name="launch">The helpline's launch date, when known: averages in a launch period are per active day.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not one this method knows.</exception>
    internal static FigureFormula? For(PublishedFigure figure, LocalDate? launch)
    {
        ObservationKey? subject = figure.Subject;
        switch (figure.Kind)
        {
            case FigureKind.HighestSinceLaunch:
            case FigureKind.LowestSinceLaunch:
            case FigureKind.AgeInYears:
                return null;
            case FigureKind.Count:
            case FigureKind.CumulativeSinceLaunch:
                return new FigureFormula(new[] { subject! }, new[] { 1 }, c => c[0], true) { Linear = new[] { 1 }, Fraction = LinearFraction.Whole(new[] { 1 }) };
            case FigureKind.RatePerDay:
            case FigureKind.RatePerWeek:
            {
                int days = FigureMath.ActiveDays(subject!.Period, launch);
                RateUnit unit = figure.Kind == FigureKind.RatePerDay ? RateUnit.PerDay : RateUnit.PerWeek;
                return new FigureFormula(new[] { subject }, new[] { 1 }, c => days == 0 ? null : FigureMath.Rate(c[0], days, unit), true)
                {
                    Fraction = days == 0 ? null : new LinearFraction(new[] { unit == RateUnit.PerDay ? 1 : 7 }, new[] { 0 }, days, Rational.One, LinearFraction.Defined.WhenDenominatorPositive),
                };
            }
            case FigureKind.Share:
            case FigureKind.OneInN:
            {
                Rational scale = figure.Kind == FigureKind.Share ? Rational.Of(100) : Rational.One;
                ObservationKey whole = figure.Whole!;
                if (figure.Basis == ShareBasis.Known && UnknownBucket(subject!, whole) is ObservationKey unknown)
                {
                    return new FigureFormula(new[] { subject!, whole, unknown }, new[] { 1, -1, 1 },
                        c => FigureMath.ShareOfKnown(c[0], c[1], c[2]) * scale, true)
                    {
                        Fraction = new LinearFraction(new[] { 1, 0, 0 }, new[] { 0, 1, -1 }, 0, scale, LinearFraction.Defined.WhenPartOfPositiveWhole),
                    };
                }
                return new FigureFormula(new[] { subject!, whole }, new[] { 1, -1 }, c => FigureMath.Share(c[0], c[1]) * scale, true)
                {
                    Fraction = new LinearFraction(new[] { 1, 0 }, new[] { 0, 1 }, 0, scale, LinearFraction.Defined.WhenPartOfPositiveWhole),
                };
            }
            case FigureKind.RelativeChange:
                return new FigureFormula(new[] { subject!, subject!.WithPeriod(figure.ComparisonPeriod!) }, new[] { 1, -1 },
                    c => FigureMath.RelativeChange(c[1], c[0]) * 100, true)
                {
                    Fraction = new LinearFraction(new[] { 1, -1 }, new[] { 0, 1 }, 0, Rational.Of(100), LinearFraction.Defined.AlsoZeroOverZero),
                };
            case FigureKind.AbsoluteChange:
                return new FigureFormula(new[] { subject!, subject!.WithPeriod(figure.ComparisonPeriod!) }, new[] { 1, -1 },
                    c => FigureMath.AbsoluteChange(c[1], c[0]), true) { Linear = new[] { 1, -1 }, Fraction = LinearFraction.Whole(new[] { 1, -1 }) };
            case FigureKind.Multiple:
                return new FigureFormula(new[] { subject!, subject!.WithPeriod(figure.ComparisonPeriod!) }, new[] { 1, -1 },
                    c => FigureMath.Multiple(c[1], c[0]), true)
                {
                    Fraction = new LinearFraction(new[] { 1, 0 }, new[] { 0, 1 }, 0, Rational.One, LinearFraction.Defined.WhenDenominatorPositive),
                };
            case FigureKind.Ratio:
                return new FigureFormula(new[] { subject!, figure.Whole! }, new[] { 1, -1 }, c => FigureMath.Ratio(c[0], c[1]), true)
                {
                    Fraction = new LinearFraction(new[] { 1, 0 }, new[] { 0, 1 }, 0, Rational.One, LinearFraction.Defined.WhenDenominatorPositive),
                };
            case FigureKind.PercentagePointChange:
            {
                ObservationKey whole = figure.Whole!;
                ReportingPeriod earlier = figure.ComparisonPeriod!;
                if (figure.Basis == ShareBasis.Known && UnknownBucket(subject!, whole) is ObservationKey unknown)
                {
                    return new FigureFormula(
                        new[] { subject!, whole, unknown, subject!.WithPeriod(earlier), whole.WithPeriod(earlier), unknown.WithPeriod(earlier) },
                        new[] { 1, -1, 1, -1, 1, -1 },
                        c => FigureMath.PercentagePoints(FigureMath.ShareOfKnown(c[3], c[4], c[5]), FigureMath.ShareOfKnown(c[0], c[1], c[2])),
                        false);
                }
                return new FigureFormula(
                    new[] { subject!, whole, subject!.WithPeriod(earlier), whole.WithPeriod(earlier) },
                    new[] { 1, -1, -1, 1 },
                    c => FigureMath.PercentagePoints(c[2], c[3], c[0], c[1]),
                    false);
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(figure), figure.Kind, $"The figure kind {figure.Kind} has no formula yet; every kind must have one.");
        }
    }

    /// <summary>The key of the unknown bucket of the breakdown a "share of the known" is taken over: the whole in the
    /// subject's taxonomy's unknown category. Channels have no unknown bucket.</summary>
    private static ObservationKey? UnknownBucket(ObservationKey subject, ObservationKey whole)
    {
        if (subject.Category is not Category category || whole.Category is not null)
        {
            return null;
        }
        var unknown = new Category(category.TaxonomyId, category.TaxonomyVersion, new CategoryDefinition(CategoryId.Unknown.Value, "Unknown"), 0);
        return whole.WithCategory(unknown);
    }
}
