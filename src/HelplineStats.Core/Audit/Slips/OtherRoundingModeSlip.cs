using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>A value rounded by another mode than the assumed one (truncated instead of rounded half away from zero).</summary>
internal sealed class OtherRoundingModeSlip : SlipDetector
{
    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        PublishedFigure figure = context.Figure;
        if (!JudgedByRounding(figure))
        {
            yield break;
        }
        foreach (RoundingMode mode in Enum.GetValues<RoundingMode>().Where(m => m != context.Auditor.AssumedRounding))
        {
            RoundingPolicy other = RoundingPolicy.Of(mode, figure.Precision);
            if (context.Auditor.Table.Accepts(context.Reading, context.Exact, context.Printed, Qualifier.None, other))
            {
                yield return new OtherRoundingModeExplanation(mode, other.Round(context.Exact));
            }
        }
    }

    /// <summary>Whether the figure is judged by its rounding (no qualifier, and not by tolerance).</summary>
    internal static bool JudgedByRounding(PublishedFigure figure) =>
        figure.Qualifier == Qualifier.None && !FigureKinds.Of(figure).Reading.BareIsWithinTolerance(figure.Precision);
}
