using System;
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
    internal static IReadOnlyList<SumConstraint> Sums(Dataset dataset, IEnumerable<ObservationKey> keysOfInterest, IReadOnlyDictionary<ObservationKey, long> known,
        IReadOnlyDictionary<ObservationKey, (long Low, long High)> bounds)
    {
        var sums = new List<SumConstraint>();
        var breakdowns = dataset.Reports.SelectMany(r => r.Breakdowns.Select(b => (Total: b.Total.Key, b.Dimension, b.Coverage, Parts: b.Parts.Select(p => p.Key)))
            .Concat(r.BoundedBreakdowns.Select(b => (Total: b.Total.Key, b.Dimension, b.Coverage, Parts: b.Parts.Select(p => p.Key)))));
        foreach ((ObservationKey total, BreakdownDimension dimension, BreakdownCoverage coverage, IEnumerable<ObservationKey> parts) in breakdowns)
        {
            SumKind kind = coverage switch
            {
                BreakdownCoverage.Complete => SumKind.Equal,
                BreakdownCoverage.Incomplete => SumKind.AtLeastTheParts,
                BreakdownCoverage.MultiLabel => SumKind.EachPartAtMost,
                _ => throw new System.ArgumentOutOfRangeException(nameof(dataset), coverage, "Not a defined coverage."),
            };
            sums.Add(new SumConstraint(total, parts.ToArray(), kind, $"the breakdown of {total} by {dimension}"));
        }
        // Since-launch totals of one count, chained year end to year end: the first is the sum of its years, each later
        // one the one before plus the years in between. (Written as one sum of all years each, the shared years would
        // not cancel in interval arithmetic; chained, two published totals pin the years between them.)
        var helplines = dataset.Helplines.ToDictionary(h => h.Id);
        foreach (IGrouping<ObservationKey, ObservationKey> chain in keysOfInterest.Concat(known.Keys).Concat(bounds.Keys).Distinct()
            .Where(total => helplines.TryGetValue(total.Helpline, out Helpline? helpline) && helpline.LaunchDate is LocalDate launch
                && total.Period.Start == launch && total.Period.End.Month == 12 && total.Period.End.Day == 31)
            .GroupBy(total => total.WithPeriod(ReportingPeriod.Year(2000))))
        {
            LocalDate launch = helplines[chain.Key.Helpline].LaunchDate!.Value;
            ObservationKey? previous = null;
            foreach (ObservationKey total in chain.OrderBy(k => k.Period.End))
            {
                int from = previous is null ? launch.Year : previous.Period.End.Year + 1;
                ObservationKey[] years = Enumerable.Range(from, total.Period.End.Year - from + 1)
                    .Select(year => total.WithPeriod(ReportingPeriod.Year(year))).ToArray();
                ObservationKey[] parts = previous is null ? years : years.Prepend(previous).ToArray();
                if (!(parts.Length == 1 && parts[0].Equals(total)))
                {
                    sums.Add(new SumConstraint(total, parts, SumKind.Equal, $"the total since launch {total} and the years before it"));
                }
                previous = total;
            }
        }
        return sums.Where(s => s.Keys.Any(k => !known.ContainsKey(k))).ToList();
    }

    /// <summary>
    /// The sums that the published counts and bounds can satisfy. When the counts alone (no figure) leave a count no
    /// value, the sums about it are reported as a finding and left out, so that no figure is blamed for a fault of the
    /// data; this repeats until the rest fits (each round removes at least one sum).
    /// </summary>
    internal static IReadOnlyList<SumConstraint> Consistent(IReadOnlyList<SumConstraint> sums, IReadOnlyDictionary<ObservationKey, long> known,
        IReadOnlyDictionary<ObservationKey, (long Low, long High)> bounds, List<StructuralFinding> findings)
    {
        var kept = sums.ToList();
        while (kept.Count > 0)
        {
            Inference data = Inference.Run(known, bounds, Array.Empty<FigureConstraint>(), kept);
            if (data.Feasible)
            {
                break;
            }
            ObservationKey empty = data.EmptyAt!;
            SumConstraint[] involved = kept.Where(s => s.Keys.Contains(empty)).ToArray();
            findings.Add(new StructuralFinding(FindingKind.CountsCannotAddUp,
                $"The published counts and bounds leave no value for {empty} in {string.Join("; ", involved.Select(s => s.Source))}; the audit leaves {(involved.Length == 1 ? "that sum" : "those sums")} aside."));
            kept.RemoveAll(involved.Contains);
        }
        return kept;
    }
}
