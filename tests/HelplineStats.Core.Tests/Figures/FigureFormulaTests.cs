using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Figures;

/// <summary>
/// The formula behind each kind of published figure (<see cref="FigureFormula"/>): which counts it reads, in which order,
/// the value it gives for counts worked by hand, and which way it moves as each count grows, checked by growing the count
/// and looking (not by reading the formula's own directions back).
/// </summary>
public sealed class FigureFormulaTests
{
    private static readonly ObservationKey Persons2021 = new(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021), Metric.ContactPersons);
    private static readonly ObservationKey Women2021 = Persons2021.WithCategory(Taxonomies.Gender.Get("woman"));
    private static readonly ObservationKey Calls2021 = Persons2021.WithMetric(Metric.Calls);
    private static readonly ReportingPeriod Year2020 = ReportingPeriod.Year(2020);
    private static readonly LocalDate Launch = new(2017, 5, 19);

    /// <summary>One figure of each kind that has a formula, with its inputs in order and a value worked by hand.</summary>
    public static TheoryData<string, PublishedFigure, long[], string?> Figures => new()
    {
        // The count itself.
        { "count", CountFigure.Of("c", Calls2021, 8515m), new[] { 8515L }, "8515" },
        { "cumulative", SinceLaunchFigure.Of("t", Calls2021, 1913m), new[] { 1913L }, "1913" },
        // 730 calls over 365 days are 2 a day, 14 a week.
        { "per day", RateFigure.PerDay("d", Calls2021, 2m), new[] { 730L }, "2" },
        { "per week", RateFigure.PerWeek("w", Calls2021, 14m), new[] { 730L }, "14" },
        // 584 women of 1000 persons: 58.4%; one in N as a fraction, 584/1000.
        { "share", ShareFigure.Of("s", Women2021, Persons2021, ShareBasis.Total, 58.4m), new[] { 584L, 1000L }, "292/5" },
        { "one in n", OneInNFigure.Of("n", Women2021, Persons2021, ShareBasis.Total, 2m), new[] { 584L, 1000L }, "73/125" },
        // Of the known: 584 of (1000 - 200 unknown) = 73%.
        { "share of known", ShareFigure.Of("k", Women2021, Persons2021, ShareBasis.Known, 73m), new[] { 584L, 1000L, 200L }, "73" },
        // 8515 against 8000 in 2020: +515, +6.4375%, 8515/8000 times.
        { "relative change", RelativeChangeFigure.Of("r", Calls2021, Year2020, 6.4m), new[] { 8515L, 8000L }, "103/16" },
        { "absolute change", AbsoluteChangeFigure.Of("a", Calls2021, Year2020, 515m), new[] { 8515L, 8000L }, "515" },
        { "multiple", MultipleFigure.Of("m", Calls2021, Year2020, 1.06m), new[] { 8515L, 8000L }, "1703/1600" },
        // 11312 persons per 8515 calls.
        { "ratio", RatioFigure.Of("q", Persons2021, Calls2021, 1.33m), new[] { 11312L, 8515L }, "11312/8515" },
        // 584 of 1000 in 2021 against 500 of 1000 in 2020: +8.4 points.
        { "points", PercentagePointChangeFigure.Of("p", Women2021, Persons2021, ShareBasis.Total, Year2020, 8.4m), new[] { 584L, 1000L, 500L, 1000L }, "42/5" },
        // Of the known: 584 of 800 (73%) against 450 of 900 (50%) in 2020: +23 points.
        { "points of known", PercentagePointChangeFigure.Of("pk", Women2021, Persons2021, ShareBasis.Known, Year2020, 23m), new[] { 584L, 1000L, 200L, 450L, 1000L, 100L }, "23" },
    };

    [Theory]
    [MemberData(nameof(Figures))]
    public void Evaluate_HandWorkedCounts_GiveTheHandWorkedValue(string kind, PublishedFigure figure, long[] counts, string? expected)
    {
        FigureFormula formula = FigureKinds.Formula(figure, Launch)!;
        Assert.True(formula.Inputs.Length == counts.Length, kind);
        Assert.Equal(expected, formula.Evaluate(counts)?.ToString());
        Assert.Equal(kind is not ("points" or "points of known"), formula.CanInfer);
    }

    [Fact]
    public void Inputs_AreTheSubjectThenTheWholeOrTheComparisonPeriod()
    {
        ObservationKey unknown = Persons2021.WithCategory(new Category(Taxonomies.Gender.Id, Taxonomies.Gender.Version, new CategoryDefinition(CategoryId.Unknown.Value, "Unknown"), 0));
        Assert.Equal(new[] { Women2021, Persons2021, unknown },
            FigureKinds.Formula(ShareFigure.Of("k", Women2021, Persons2021, ShareBasis.Known, 73m), Launch)!.Inputs);
        Assert.Equal(new[] { Calls2021, Calls2021.WithPeriod(Year2020) },
            FigureKinds.Formula(MultipleFigure.Of("m", Calls2021, Year2020, 1m), Launch)!.Inputs);
        Assert.Equal(new[] { Women2021, Persons2021, Women2021.WithPeriod(Year2020), Persons2021.WithPeriod(Year2020) },
            FigureKinds.Formula(PercentagePointChangeFigure.Of("p", Women2021, Persons2021, ShareBasis.Total, Year2020, 8.4m), Launch)!.Inputs);
        // A share of the known without a category in the subject has no unknown bucket: part over whole.
        Assert.Equal(new[] { Calls2021, Persons2021 },
            FigureKinds.Formula(ShareFigure.OfSubset("x", Calls2021, Persons2021, ShareBasis.Known, 50m), Launch)!.Inputs);
    }

    [Fact]
    public void For_RecordsAndAges_HaveNoFormula()
    {
        Assert.Null(FigureKinds.Formula(RecordFigure.Highest("h", Calls2021), Launch));
        Assert.Null(FigureKinds.Formula(RecordFigure.Lowest("l", Calls2021), Launch));
        Assert.Null(FigureKinds.Formula(AgeFigure.Of("y", Calls2021.Helpline, ReportingPeriod.Year(2021), 4), Launch));
    }

    [Fact]
    public void Rate_InTheLaunchYearCountsFromTheLaunchAndBeforeItIsUndefined()
    {
        // 2017 from 19 May: 227 days; 454 contacts are 2 a day. 2016 ends before the launch: no active day, no rate.
        PublishedFigure in2017 = RateFigure.PerDay("d", Calls2021.WithPeriod(ReportingPeriod.Year(2017)), 2m);
        Assert.Equal(Rational.Of(2), FigureKinds.Formula(in2017, Launch)!.Evaluate(new[] { 454L }));
        PublishedFigure in2016 = RateFigure.PerDay("d", Calls2021.WithPeriod(ReportingPeriod.Year(2016)), 2m);
        Assert.Null(FigureKinds.Formula(in2016, Launch)!.Evaluate(new[] { 454L }));
        Assert.Equal(Rational.Of(454, 366), FigureKinds.Formula(in2016, null)!.Evaluate(new[] { 454L }));
    }

    [Fact]
    public void Gather_TakesTheKnownInputsInOrderAndListsTheMissing()
    {
        FigureFormula formula = FigureKinds.Formula(ShareFigure.Of("s", Women2021, Persons2021, ShareBasis.Total, 58.4m), Launch)!;
        (long[] values, List<ObservationKey> missing) = formula.Gather(new Dictionary<ObservationKey, long> { [Persons2021] = 1000, [Calls2021] = 5 });
        Assert.Equal(new[] { 0L, 1000L }, values);
        Assert.Equal(new[] { Women2021 }, missing);
        (values, missing) = formula.Gather(new Dictionary<ObservationKey, long> { [Persons2021] = 1000, [Women2021] = 584 });
        Assert.Equal(new[] { 584L, 1000L }, values);
        Assert.Empty(missing);
    }

    /// <summary>
    /// Growing one count by one moves the value the way <see cref="FigureFormula.Directions"/> says: up (or to undefined,
    /// which counts as "too large") for +1, down (or from undefined) for −1, and never the other way.
    /// </summary>
    [Property]
    public Property Directions_AreWhichWayTheValueMovesWhenACountGrows()
    {
        PublishedFigure[] figures = Figures.Select(row => (PublishedFigure)row[1]).ToArray();
        Gen<long> counts = Gen.Frequency((1, Gen.Elements(0L, 1L, 2L)), (4, Gen.Choose(0, 2000).Select(v => (long)v)));
        return Prop.ForAll(Gen.Elements(figures).ToArbitrary(), counts.ArrayOf(6).ToArbitrary(), Gen.Choose(0, 5).ToArbitrary(), (figure, values, input) =>
        {
            FigureFormula formula = FigureKinds.Formula(figure, Launch)!;
            int i = input % formula.Inputs.Length;
            long[] before = values.Take(formula.Inputs.Length).ToArray();
            long[] after = (long[])before.Clone();
            after[i]++;
            Rational? from = formula.Evaluate(before), to = formula.Evaluate(after);
            // "Undefined lies on the large side" holds only for the formulas the inference inverts (CanInfer): a change
            // in a share turns undefined when the earlier part outgrows its whole, which lowers the change.
            int moved = (from, to) switch
            {
                (Rational a, Rational b) => b.CompareTo(a),
                (Rational, null) when formula.CanInfer => 1,  // to undefined: too large
                (null, Rational) when formula.CanInfer => -1, // from undefined
                _ => 0,
            };
            return moved == 0 || moved == Math.Sign(formula.Directions[i]);
        });
    }

    [Fact]
    public void Directions_OfEachShapeOfFormula_AreWorkedByHand()
    {
        // Worked by hand from the formulas: the part and the unknown raise a share of the known, the whole lowers it; the
        // later count raises a change or multiple, the earlier lowers it; the earlier share's counts work the other way.
        Assert.Equal(new[] { 1, -1, 1 }, For(ShareFigure.Of("k", Women2021, Persons2021, ShareBasis.Known, 73m)).Directions);
        Assert.Equal(new[] { 1, -1 }, For(RelativeChangeFigure.Of("r", Calls2021, Year2020, 6.4m)).Directions);
        Assert.Equal(new[] { 1, -1 }, For(RatioFigure.Of("q", Persons2021, Calls2021, 1.33m)).Directions);
        Assert.Equal(new[] { 1, -1, -1, 1 }, For(PercentagePointChangeFigure.Of("p", Women2021, Persons2021, ShareBasis.Total, Year2020, 8.4m)).Directions);
        Assert.Equal(new[] { 1, -1, 1, -1, 1, -1 }, For(PercentagePointChangeFigure.Of("pk", Women2021, Persons2021, ShareBasis.Known, Year2020, 23m)).Directions);
        Assert.Equal(new[] { 1 }, For(RateFigure.PerWeek("w", Calls2021, 14m)).Directions);

        static FigureFormula For(PublishedFigure figure) => FigureKinds.Formula(figure, Launch)!;
    }
}
