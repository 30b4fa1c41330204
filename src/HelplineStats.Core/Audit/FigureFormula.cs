using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// How a figure's exact value follows from counts: the keys it needs, which way the value moves as each count grows,
/// and the function itself. A <c>null</c> value means undefined, which the inference treats as "too large" (a share whose
/// part exceeds its whole, a change from zero).
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

    /// <summary>Whether one unknown input can be inferred by inverting the formula (it is monotone in each input and "undefined" lies on the large side).</summary>
    internal bool CanInfer { get; }

    internal Rational? Evaluate(long[] counts) => _evaluate(counts);

    /// <summary>The formula of <paramref name="figure"/>, or <c>null</c> for kinds that are not a function of counts (records, ages).</summary>
    internal static FigureFormula? For(PublishedFigure figure)
    {
        ObservationKey? subject = figure.Subject;
        if (subject is null)
        {
            return null;
        }
        switch (figure.Kind)
        {
            case FigureKind.Count:
            case FigureKind.CumulativeSinceLaunch:
                return new FigureFormula(new[] { subject }, new[] { 1 }, c => c[0], true);
            case FigureKind.RatePerDay:
                return new FigureFormula(new[] { subject }, new[] { 1 }, c => Rational.Of(c[0], subject.Period.Days), true);
            case FigureKind.RatePerWeek:
                return new FigureFormula(new[] { subject }, new[] { 1 }, c => Rational.Of(c[0]) * 7 / subject.Period.Days, true);
            case FigureKind.Share:
            case FigureKind.OneInN:
            {
                Rational scale = figure.Kind == FigureKind.Share ? Rational.Of(100) : Rational.One;
                ObservationKey whole = figure.Whole!;
                if (figure.Basis == ShareBasis.Known && UnknownBucket(subject, whole) is ObservationKey unknown)
                {
                    return new FigureFormula(new[] { subject, whole, unknown }, new[] { 1, -1, 1 },
                        c => c[1] - c[2] <= 0 || c[0] > c[1] - c[2] ? null : Rational.Of(c[0], c[1] - c[2]) * scale, true);
                }
                return new FigureFormula(new[] { subject, whole }, new[] { 1, -1 },
                    c => c[1] == 0 || c[0] > c[1] ? null : Rational.Of(c[0], c[1]) * scale, true);
            }
            case FigureKind.RelativeChange:
                return new FigureFormula(new[] { subject, subject.WithPeriod(figure.ComparisonPeriod!) }, new[] { 1, -1 },
                    c => c[1] == 0 ? (c[0] == 0 ? Rational.Zero : null) : Rational.Of(c[0] - c[1], c[1]) * 100, true);
            case FigureKind.AbsoluteChange:
                return new FigureFormula(new[] { subject, subject.WithPeriod(figure.ComparisonPeriod!) }, new[] { 1, -1 },
                    c => Rational.Of(c[0]) - c[1], true);
            case FigureKind.Multiple:
                return new FigureFormula(new[] { subject, subject.WithPeriod(figure.ComparisonPeriod!) }, new[] { 1, -1 },
                    c => c[1] == 0 ? null : Rational.Of(c[0], c[1]), true);
            case FigureKind.Ratio:
                return new FigureFormula(new[] { subject, figure.Whole! }, new[] { 1, -1 },
                    c => c[1] == 0 ? null : Rational.Of(c[0], c[1]), true);
            case FigureKind.PercentagePointChange:
            {
                ObservationKey whole = figure.Whole!;
                ReportingPeriod earlier = figure.ComparisonPeriod!;
                return new FigureFormula(
                    new[] { subject, whole, subject.WithPeriod(earlier), whole.WithPeriod(earlier) },
                    new[] { 1, -1, -1, 1 },
                    c => c[1] == 0 || c[3] == 0 || c[0] > c[1] || c[2] > c[3] ? null : (Rational.Of(c[0], c[1]) - Rational.Of(c[2], c[3])) * 100,
                    false);
            }
            default:
                return null;
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
