using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
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
    internal static (ConfidenceInterval Interval, bool IsChange)? Of(FigureVerdict verdict, double level) =>
        verdict.Missing.Count > 0
            ? null
            : FigureKinds.Of(verdict.Figure).Uncertainty(verdict.Figure, verdict.InputCounts.Select(c => c.Value).ToArray(), level);

    /// <summary>Whether a change's interval holds "no change": 0 in points or percent, 1 as a multiple.</summary>
    internal static bool HoldsNoChange(PublishedFigure figure, ConfidenceInterval interval) => interval.Contains(FigureKinds.Of(figure).NoChange);
}
