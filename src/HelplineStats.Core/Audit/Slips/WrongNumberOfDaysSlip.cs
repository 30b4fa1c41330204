using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>A rate over the whole calendar period instead of the days since the launch, or over 365 days for a year of
/// 366 and the other way round.</summary>
internal sealed class WrongNumberOfDaysSlip : SlipDetector
{
    internal override IEnumerable<Explanation> Explain(SlipContext context)
    {
        PublishedFigure figure = context.Figure;
        if (figure.Kind is not (FigureKind.RatePerDay or FigureKind.RatePerWeek))
        {
            yield break;
        }
        int rightDays = FigureMath.ActiveDays(figure.Period, context.Draft.Report.Helpline.LaunchDate);
        RateUnit unit = figure.Kind == FigureKind.RatePerDay ? RateUnit.PerDay : RateUnit.PerWeek;
        foreach (int wrongDays in WrongDays(figure.Period, rightDays))
        {
            Rational wrongRate = FigureMath.Rate(context.Values[0], wrongDays, unit);
            if (context.Allows(wrongRate))
            {
                yield return new WrongNumberOfDaysExplanation(string.Create(CultureInfo.InvariantCulture,
                    $"Computed over {wrongDays} days instead of the {rightDays} days the helpline was open in {figure.Period}: {context.Show(wrongRate)}."),
                    context.Values[0], wrongDays, rightDays, context.Policy.Round(wrongRate));
            }
        }
    }

    /// <summary>The numbers of days a slip might have divided by.</summary>
    private static IEnumerable<int> WrongDays(ReportingPeriod period, int rightDays)
    {
        var wrong = new SortedSet<int>();
        if (period.Days != rightDays)
        {
            wrong.Add(period.Days);
        }
        if (period.Kind == PeriodKind.Year)
        {
            wrong.Add(period.Days == 366 ? 365 : 366);
        }
        wrong.Remove(rightDays);
        return wrong;
    }
}
