using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// The one table of figure kinds: each name files use (<see cref="FigureKind"/>) beside the kind that gives it meaning.
/// A new kind is a folder of its own under <c>Kinds</c> and one line here; nothing else names kinds.
/// </summary>
internal static class FigureKinds
{
    private static readonly (FigureKind Name, FigureKindDefinition Kind)[] Table =
    [
        (FigureKind.Count, CountKind.Instance),
        (FigureKind.Share, ShareKind.Instance),
        (FigureKind.RelativeChange, RelativeChangeKind.Instance),
        (FigureKind.AbsoluteChange, AbsoluteChangeKind.Instance),
        (FigureKind.PercentagePointChange, PercentagePointChangeKind.Instance),
        (FigureKind.Multiple, MultipleKind.Instance),
        (FigureKind.RatePerDay, RateKind.PerDay),
        (FigureKind.RatePerWeek, RateKind.PerWeek),
        (FigureKind.OneInN, OneInNKind.Instance),
        (FigureKind.CumulativeSinceLaunch, SinceLaunchKind.Instance),
        (FigureKind.HighestSinceLaunch, RecordKind.Highest),
        (FigureKind.LowestSinceLaunch, RecordKind.Lowest),
        (FigureKind.AgeInYears, AgeKind.Instance),
        (FigureKind.Ratio, RatioKind.Instance),
    ];

    private static readonly Dictionary<FigureKind, FigureKindDefinition> ByName = Table.ToDictionary(e => e.Name, e => e.Kind);

    /// <summary>Every kind name, in the table's order.</summary>
    internal static IEnumerable<FigureKind> Names => Table.Select(e => e.Name);

    /// <summary>Every kind once (per day and per week are two kinds, as are the two records), in the table's order.</summary>
    internal static IEnumerable<FigureKindDefinition> All => Table.Select(e => e.Kind).Distinct();

    /// <summary>The kind named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No kind has that name.</exception>
    internal static FigureKindDefinition Of(FigureKind name) =>
        ByName.TryGetValue(name, out FigureKindDefinition? kind)
            ? kind
            : throw new ArgumentOutOfRangeException(nameof(name), name, "Not a defined figure kind.");

    /// <summary>The kind of <paramref name="figure"/>.</summary>
    internal static FigureKindDefinition Of(PublishedFigure figure) => Of(figure.Kind);

    /// <summary>The formula of <paramref name="figure"/>, or <c>null</c> for a kind that is not a function of counts (records, ages).</summary>
    /// <param name="figure">The figure.</param>
    /// <param name="launch">The helpline's launch date, when known: averages in a launch period are per active day.</param>
    internal static FigureFormula? Formula(PublishedFigure figure, LocalDate? launch) => Of(figure).Formula(figure, launch);

    /// <summary>The whole (or denominator) <paramref name="figure"/> is taken of, or <c>null</c> when it has none.</summary>
    internal static ObservationKey? Whole(PublishedFigure figure) => Fields(figure).Whole;

    /// <summary>The exact values the printing of <paramref name="figure"/> allows, its rounding assumed to be <paramref name="assumed"/>.</summary>
    internal static ValueInterval Accepted(PublishedFigure figure, QualifierTable table, RoundingMode assumed) => Of(figure).Accepted(figure, table, assumed);

    /// <summary>Hands <paramref name="figure"/>, as its own type, to <paramref name="visitor"/>'s method for it.</summary>
    internal static T Accept<T>(PublishedFigure figure, IFigureVisitor<T> visitor) => Of(figure).Accept(figure, visitor);

    /// <summary>A figure from the fields of a file, made by its kind.</summary>
    internal static PublishedFigure Read(FigureFields fields) => Of(fields.Kind).Read(fields);

    /// <summary>The fields of <paramref name="figure"/> as files write them.</summary>
    internal static FigureFields Fields(PublishedFigure figure) => Of(figure).Fields(figure);
}
