using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>
/// A one-digit (or swapped-digits) slip of the value as it should have been printed, at the printed precision: 17.3%
/// printed as 17.9%, 377 a day as 337, 8515 calls as 8155. One step off in the last digit of a value that had to be
/// rounded is a rounding question, left to the rounding detectors.
/// </summary>
internal sealed class DigitSlip : SlipDetector
{
    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        PublishedFigure figure = context.Figure;
        decimal printed = context.Printed;
        if (FigureKinds.Of(figure).Unit is not (PrintedUnit.OneInN or PrintedUnit.None) && figure.Qualifier == Qualifier.None
            && context.Policy.Round(context.Exact) is decimal shown && shown != printed
            && (Math.Abs(shown - printed) != figure.Precision.Step || Rational.FromDecimal(shown) == context.Exact)
            && IsDigitSlip(shown.ToString(CultureInfo.InvariantCulture), printed.ToString(CultureInfo.InvariantCulture)))
        {
            yield return new DigitSlipExplanation(shown);
        }
    }

    private static bool IsDigitSlip(string right, string printed)
    {
        if (right.Length != printed.Length || right == printed)
        {
            return false;
        }
        int[] differences = Enumerable.Range(0, right.Length).Where(i => right[i] != printed[i]).ToArray();
        return differences.Length == 1
            || (differences.Length == 2 && differences[1] == differences[0] + 1
                && right[differences[0]] == printed[differences[1]] && right[differences[1]] == printed[differences[0]]);
    }
}
