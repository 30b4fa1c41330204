using System.Collections.Generic;
using System.Linq;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>The value of another figure of the same kind in the same report, printed in this one's place.</summary>
internal sealed class NeighbouringFigureSlip : SlipDetector
{
    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        if (context.Allows(context.Exact))
        {
            yield break;
        }
        foreach (Auditor.Draft neighbour in context.SameReport.Where(d => !ReferenceEquals(d, context.Draft) && d.Figure.Kind == context.Figure.Kind))
        {
            if (neighbour.Exact is Figures.Rational exact && context.Allows(exact))
            {
                yield return new NeighbouringFigureExplanation(neighbour.Reference, context.Policy.Round(exact));
            }
        }
    }
}
