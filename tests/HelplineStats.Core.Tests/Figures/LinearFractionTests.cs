using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Figures;

/// <summary>
/// Each kind's linear form (what the linear-programming attacker reasons with) says what its formula says: where the
/// formula gives a value, Scale·N/D is that value over a positive denominator (or zero over zero, for a change); where it
/// gives none, the form's domain rules the counts out.
/// </summary>
public sealed class LinearFractionTests
{
    private static readonly ObservationKey Persons = new(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021), Metric.ContactPersons);
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.Year(2020);

    /// <summary>One figure of every kind whose formula the reasoning inverts, and the share of the known.</summary>
    private static readonly PublishedFigure[] Figures =
    {
        CountFigure.Of("count", Persons, 410m),
        SinceLaunchFigure.Of("cumulative", Persons.WithPeriod(Helplines.StopItNowFlanders.SinceLaunch(ReportingPeriod.Year(2021))), 1913m),
        ShareFigure.Of("share", Persons.WithChannel(Channel.Phone), Persons, ShareBasis.Total, 40m),
        ShareFigure.Of("share-of-known", Persons.WithCategory(Taxonomies.Gender.Get("woman")), Persons, ShareBasis.Known, 60m),
        OneInNFigure.Of("one-in-n", Persons.WithChannel(Channel.Phone), Persons, ShareBasis.Total, 3m),
        RelativeChangeFigure.Of("change", Persons, Y2020, 5m),
        AbsoluteChangeFigure.Of("difference", Persons, Y2020, 20m),
        MultipleFigure.Of("multiple", Persons, Y2020, 1.1m),
        RateFigure.PerDay("per-day", Persons, 1.1m),
        RateFigure.PerWeek("per-week", Persons, 7.9m),
        RatioFigure.Of("ratio", Persons.WithMetric(Metric.Referrals), Persons, 0.64m),
    };

    [Fact]
    public void EveryKindTheReasoningInverts_HasALinearForm_AndNoOtherDoes()
    {
        Assert.All(Figures, f => Assert.NotNull(FigureKinds.Formula(f, null)!.Fraction));
        var kinds = Figures.Select(f => f.Kind).ToHashSet();
        foreach (FigureKind kind in Enum.GetValues<FigureKind>().Where(k => !kinds.Contains(k)))
        {
            Assert.Contains(kind, new[] { FigureKind.PercentagePointChange, FigureKind.HighestSinceLaunch, FigureKind.LowestSinceLaunch, FigureKind.AgeInYears });
        }
        PublishedFigure points = PercentagePointChangeFigure.Of("points", Persons.WithChannel(Channel.Phone), Persons, ShareBasis.Total, Y2020, 1.1m);
        Assert.Null(FigureKinds.Formula(points, null)!.Fraction);
        Assert.False(FigureKinds.Formula(points, null)!.CanInfer);
    }

    [Property(MaxTest = 500)]
    public Property Fraction_SaysWhatTheFormulaSays() =>
        Prop.ForAll(Gen.Elements(Figures).SelectMany(f => Gen.Frequency((1, Gen.Constant(0L)), (6, Gen.Choose(0, 60).Select(v => (long)v)))
                .ArrayOf(FigureKinds.Formula(f, null)!.Inputs.Length).Select(c => (Figure: f, Counts: c))).ToArbitrary(),
            t =>
            {
                FigureFormula formula = FigureKinds.Formula(t.Figure, null)!;
                LinearFraction fraction = formula.Fraction!;
                Rational numerator = t.Counts.Select((c, i) => (Rational)(c * fraction.Numerator[i])).Aggregate(Rational.Zero, (a, b) => a + b);
                Rational denominator = t.Counts.Select((c, i) => (Rational)(c * fraction.Denominator[i])).Aggregate((Rational)fraction.DenominatorConstant, (a, b) => a + b);
                bool defined = fraction.Domain switch
                {
                    LinearFraction.Defined.WhenDenominatorPositive => denominator > Rational.Zero,
                    LinearFraction.Defined.WhenPartOfPositiveWhole => denominator > Rational.Zero && numerator <= denominator,
                    _ => denominator > Rational.Zero || (denominator == Rational.Zero && numerator == Rational.Zero),
                };
                Rational? value = formula.Evaluate(t.Counts);
                bool agrees = value is Rational v
                    ? defined && v == (denominator == Rational.Zero ? Rational.Zero : fraction.Scale * numerator / denominator)
                    : !defined;
                return agrees.Label($"{t.Figure.Id} at {string.Join(",", t.Counts)}: formula {value}, form {fraction.Scale}·{numerator}/{denominator} ({(defined ? "defined" : "undefined")})");
            });
}
