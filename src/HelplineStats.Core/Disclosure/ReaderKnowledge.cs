using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Reasoning;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Disclosure;

/// <summary>
/// What a reader of a dataset has to reason with, as the audit reads it: the counts published exactly, the bounds of
/// the others, the figures that constrain their counts (each with the values its printing allows), and the sums and
/// since-launch chains that bind counts whether or not they were published.
/// </summary>
internal sealed class ReaderKnowledge
{
    private ReaderKnowledge(Dictionary<ObservationKey, long> exact, Dictionary<ObservationKey, (long Low, long High)> bounds,
        List<FigureConstraint> figures, IReadOnlyList<SumConstraint> sums)
    {
        Exact = exact;
        Bounds = bounds;
        Figures = figures;
        Sums = sums;
    }

    /// <summary>How the reader takes a printed figure to be rounded: half away from zero, as the audit assumes by default.</summary>
    internal const RoundingMode Printing = RoundingMode.HalfAwayFromZero;

    /// <summary>The counts published exactly (and the zero unknown bucket of complete breakdowns that list none).</summary>
    internal Dictionary<ObservationKey, long> Exact { get; }

    /// <summary>The counts published only within bounds, or not at all.</summary>
    internal Dictionary<ObservationKey, (long Low, long High)> Bounds { get; }

    /// <summary>The figures whose formula the inference can invert.</summary>
    internal List<FigureConstraint> Figures { get; }

    /// <summary>Every sum that holds a count not published exactly.</summary>
    internal IReadOnlyList<SumConstraint> Sums { get; }

    /// <summary>The reader's knowledge of <paramref name="dataset"/>; counts that two reports give differently, and sums
    /// the published counts cannot satisfy, are left aside as the audit leaves them.</summary>
    internal static ReaderKnowledge Of(Dataset dataset)
    {
        Dictionary<ObservationKey, long> exact = KnownCounts.Index(dataset, (_, _, _) => { });
        Dictionary<ObservationKey, (long Low, long High)> bounds = dataset.KnownBounds(exact, null);
        var figures = new List<FigureConstraint>();
        foreach (Report report in dataset.Reports)
        {
            foreach (PublishedFigure figure in report.Figures)
            {
                if (figure.Value is not null && FigureKinds.Formula(figure, report.Helpline.LaunchDate) is { CanInfer: true } formula)
                {
                    figures.Add(new FigureConstraint(FigureReference.Of(report.Helpline.Id, report.Period, figure.Id), formula, FigureKinds.Accepted(figure, QualifierTable.Default, Printing)));
                }
            }
        }
        IEnumerable<ObservationKey> keys = exact.Keys.Concat(bounds.Keys).Concat(figures.SelectMany(f => f.Formula.Inputs));
        IReadOnlyList<SumConstraint> sums = Structure.Consistent(Structure.Sums(dataset, keys, exact, bounds), exact, bounds, (_, _) => { });
        return new ReaderKnowledge(exact, bounds, figures, sums);
    }
}
