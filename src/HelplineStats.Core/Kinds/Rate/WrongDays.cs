using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>An average over the whole calendar period instead of the days since the launch, or over 365 days for a year of 366 and the other way round.</summary>
/// <param name="Value">The average that gives.</param>
/// <param name="Count">The count averaged.</param>
/// <param name="DaysDividedBy">The days it was divided by.</param>
/// <param name="DaysOpen">The days the helpline was open in the period.</param>
internal sealed record WrongDays(Rational Value, long Count, int DaysDividedBy, int DaysOpen) : KindSlip(Value)
{
    /// <summary>The numbers of days a slip might have divided by, in order.</summary>
    internal static IEnumerable<int> Candidates(DatedPeriod period, int rightDays)
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
