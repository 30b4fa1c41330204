using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>A relative change divided by the later count instead of the earlier one.</summary>
internal sealed class WrongBaseSlip : SlipDetector
{
    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        long[] values = context.Values;
        if (context.Figure.Kind != FigureKind.RelativeChange || values[0] == 0)
        {
            yield break;
        }
        Rational wrongBase = Rational.Of(values[0] - values[1], values[0]) * 100;
        if (context.Allows(wrongBase))
        {
            yield return new WrongBaseExplanation(string.Create(CultureInfo.InvariantCulture,
                $"Divided by the later count {values[0]} instead of the earlier {values[1]}: {context.Show(wrongBase)}."),
                values[0] - values[1], values[0], values[1], context.Policy.Round(wrongBase));
        }
    }
}
