using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>A share or one-in-N taken of another metric of the same period (conversations instead of calls).</summary>
internal sealed class WrongWholeSlip : SlipDetector
{
    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        PublishedFigure figure = context.Figure;
        if (FigureKinds.Of(figure).PartOfWhole(figure) is not (ObservationKey subject, ObservationKey whole, Rational scale))
        {
            yield break;
        }
        foreach (Metric metric in context.MetricsOfWholePeriod.Where(m => !m.Equals(whole.Metric)).Order())
        {
            if (context.Counts.TryGetValue(subject.WithMetric(metric), out long part) && context.Counts.TryGetValue(whole.WithMetric(metric), out long total)
                && total > 0 && part <= total && context.Allows(Rational.Of(part, total) * scale))
            {
                Rational share = Rational.Of(part, total) * scale;
                yield return new WrongWholeExplanation(subject.WithMetric(metric), part, total, context.Policy.Round(share));
            }
        }
    }
}
