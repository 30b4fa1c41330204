using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Uncertainty;

namespace HelplineStats.Core.Text;

/// <summary>
/// The confidence interval behind a figure whose counts the audit read (docs/uncertainty.md), in the figure's unit: a
/// share's Wilson interval in percent, a change in a share's Newcombe interval in points, a relative change's exact
/// Poisson ratio interval as a change in percent, a multiple's as a ratio. Other kinds have none here.
/// </summary>
internal static class FigureUncertainty
{
    /// <summary>The interval and whether the figure is a change, or null when the figure has none or its counts are not all known.</summary>
    internal static (ConfidenceInterval Interval, bool IsChange)? Of(FigureVerdict verdict, double level)
    {
        PublishedFigure figure = verdict.Figure;
        IReadOnlyList<Observation> inputs = verdict.Inputs;
        if (verdict.Missing.Count > 0 || figure.IsApportioned && figure.Kind != FigureKind.Share)
        {
            return null;
        }
        long[] c = inputs.Select(o => o.Value).ToArray();
        bool known = figure.Basis == ShareBasis.Known;
        switch (figure.Kind)
        {
            case FigureKind.Share when c.Length == (known ? 3 : 2):
            {
                long whole = known ? c[1] - c[2] : c[1];
                return whole > 0 && c[0] <= whole ? (Scale(Intervals.Wilson(c[0], whole, level), 100), false) : null;
            }
            case FigureKind.PercentagePointChange when c.Length == (known ? 6 : 4):
            {
                (long part, long whole, long earlierPart, long earlierWhole) = known ? (c[0], c[1] - c[2], c[3], c[4] - c[5]) : (c[0], c[1], c[2], c[3]);
                return whole > 0 && earlierWhole > 0 && part <= whole && earlierPart <= earlierWhole
                    ? (Scale(Intervals.Newcombe(earlierPart, earlierWhole, part, whole, level), 100), true) : null;
            }
            case FigureKind.RelativeChange when c.Length == 2 && c[1] > 0:
            {
                ConfidenceInterval ratio = Intervals.PoissonRatio(c[1], c[0], level);
                return (new ConfidenceInterval((ratio.Low - 1) * 100, (ratio.High - 1) * 100, ratio.Level), true);
            }
            case FigureKind.Multiple when c.Length == 2 && c[1] > 0:
                return (Intervals.PoissonRatio(c[1], c[0], level), true);
            default:
                return null;
        }
    }

    /// <summary>Whether a change's interval holds "no change": 0 in points or percent, 1 as a multiple.</summary>
    internal static bool HoldsNoChange(FigureKind kind, ConfidenceInterval interval) => interval.Contains(kind == FigureKind.Multiple ? 1 : 0);

    private static ConfidenceInterval Scale(ConfidenceInterval interval, double factor) => new(interval.Low * factor, interval.High * factor, interval.Level);
}
