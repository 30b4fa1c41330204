using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>A value rounded to a coarser step than its printed precision says (to 10 where 1 is printed); the finest
/// such step only.</summary>
internal sealed class CoarserStepSlip : SlipDetector
{
    private static readonly decimal[] CoarserSteps = { 0.5m, 1m, 2m, 5m, 10m, 50m, 100m, 1000m };

    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        PublishedFigure figure = context.Figure;
        if (!OtherRoundingModeSlip.JudgedByRounding(figure))
        {
            yield break;
        }
        foreach (decimal step in CoarserSteps.Concat(new[] { 2, 5, 10 }.Select(f => figure.Precision.Step * f)).Where(s => s > figure.Precision.Step).Distinct().Order())
        {
            RoundingPolicy coarser = RoundingPolicy.Of(context.Auditor.AssumedRounding, Precision.OfStep(step));
            if (context.Auditor.Table.Accepts(context.Reading, context.Exact, context.Printed, Qualifier.None, coarser))
            {
                yield return new CoarserStepExplanation(step, coarser.Round(context.Exact));
                yield break;
            }
        }
    }
}
