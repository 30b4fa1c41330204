using System;
using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>The slips only the figure's kind can make (a relative change over the wrong base, an average over the
/// wrong days): the kind proposes them, this keeps those the printing allows and explains each with its numbers.</summary>
internal sealed class KindSlips : SlipDetector
{
    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        foreach (KindSlip slip in FigureKinds.Of(context.Figure).Slips(context.Figure, context.Values, context.Draft.Report.Helpline.LaunchDate))
        {
            if (context.Allows(slip.Value))
            {
                yield return Explanation(slip, context);
            }
        }
    }

    private static Explanation Explanation(KindSlip slip, SlipContext context)
    {
        decimal value = context.Policy.Round(slip.Value);
        return slip switch
        {
            WrongBase b => new WrongBaseExplanation(b.Change, b.DividedBy, b.EarlierCount, value),
            WrongDays d => new WrongNumberOfDaysExplanation(d.Count, d.DaysDividedBy, d.DaysOpen, value),
            _ => throw new ArgumentOutOfRangeException(nameof(slip), slip, "A kind's slip without an explanation."),
        };
    }
}
