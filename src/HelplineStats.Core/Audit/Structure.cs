using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Audit;

/// <summary>
/// The sums that bind counts to each other whether or not they were published: a breakdown's total and its parts, and a
/// since-launch total and the yearly counts from the launch year to its end. Only sums that hold a count nobody
/// published are returned (the others are checked as they are).
/// </summary>
internal static class Structure
{
    internal static IReadOnlyList<SumConstraint> Sums(Dataset dataset, IEnumerable<ObservationKey> keysOfInterest, IReadOnlyDictionary<ObservationKey, long> known)
    {
        var sums = new List<SumConstraint>();
        foreach (Breakdown breakdown in dataset.Reports.SelectMany(r => r.Breakdowns))
        {
            ObservationKey[] parts = breakdown.Parts.Select(p => p.Key).ToArray();
            SumKind kind = breakdown.Coverage switch
            {
                BreakdownCoverage.Complete => SumKind.Equal,
                BreakdownCoverage.Incomplete => SumKind.AtLeastTheParts,
                BreakdownCoverage.MultiLabel => SumKind.EachPartAtMost,
                _ => throw new System.ArgumentOutOfRangeException(nameof(dataset), breakdown.Coverage, "Not a defined coverage."),
            };
            sums.Add(new SumConstraint(breakdown.Total.Key, parts, kind, $"the breakdown of {breakdown.Total.Key} by {breakdown.Dimension}"));
        }
        var helplines = dataset.Helplines.ToDictionary(h => h.Id);
        foreach (ObservationKey total in keysOfInterest.Concat(known.Keys).Distinct())
        {
            if (!helplines.TryGetValue(total.Helpline, out Helpline? helpline) || helpline.LaunchDate is not LocalDate launch
                || total.Period.Start != launch || total.Period.End.Month != 12 || total.Period.End.Day != 31 || total.Period.End.Year < launch.Year)
            {
                continue;
            }
            ObservationKey[] years = Enumerable.Range(launch.Year, total.Period.End.Year - launch.Year + 1)
                .Select(year => total.WithPeriod(ReportingPeriod.Year(year))).ToArray();
            if (years.Length == 1 && years[0].Equals(total))
            {
                continue;
            }
            sums.Add(new SumConstraint(total, years, SumKind.Equal, $"the total since launch {total} and its years"));
        }
        return sums.Where(s => s.Keys.Any(k => !known.ContainsKey(k))).ToList();
    }
}
