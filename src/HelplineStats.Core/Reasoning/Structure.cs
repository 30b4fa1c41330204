using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Reasoning;

/// <summary>
/// The sums that bind counts to each other whether or not they were published: a breakdown's total and its parts, and a
/// since-launch total and the yearly counts from the launch year to its end (a total to a day inside a year splits that
/// year; a total to an unknown day of a month lies between the totals at the ends of the month before and of that month).
/// Only sums that hold a count nobody
/// published are returned (the others are checked as they are).
/// </summary>
internal static class Structure
{
    internal static IReadOnlyList<SumConstraint> Sums(Dataset dataset, IEnumerable<ObservationKey> keysOfInterest, IReadOnlyDictionary<ObservationKey, long> known,
        IReadOnlyDictionary<ObservationKey, (long Low, long High)> bounds)
    {
        var sums = new List<SumConstraint>();
        var breakdowns = dataset.Reports.SelectMany(r => r.Breakdowns.Select(b => (Total: b.Total.Key, b.Dimension, b.Coverage, Parts: b.Parts.Select(p => p.Key))));
        foreach ((ObservationKey total, BreakdownDimension _, BreakdownCoverage coverage, IEnumerable<ObservationKey> parts) in breakdowns)
        {
            SumKind kind = coverage switch
            {
                BreakdownCoverage.Complete => SumKind.Equal,
                BreakdownCoverage.Incomplete => SumKind.AtLeastTheParts,
                BreakdownCoverage.MultiLabel => SumKind.EachPartAtMost,
                _ => throw new System.ArgumentOutOfRangeException(nameof(dataset), coverage, "Not a defined coverage."),
            };
            sums.Add(new SumConstraint(total, parts.ToArray(), kind));
        }
        // Since-launch totals of one count, chained year end to year end: the first is the sum of its years, each later
        // one the one before plus the years in between. (Written as one sum of all years each, the shared years would
        // not cancel in interval arithmetic; chained, two published totals pin the years between them.)
        var helplines = dataset.Helplines.ToDictionary(h => h.Id);
        LocalDate? LaunchOf(ObservationKey key) => helplines.TryGetValue(key.Helpline, out Helpline? helpline) ? helpline.LaunchDate : null;
        ObservationKey[] sinceLaunch = keysOfInterest.Concat(known.Keys).Concat(bounds.Keys).Distinct()
            .Where(total => LaunchOf(total) is LocalDate launch && total.Period.Start == launch).ToArray();
        // A total to an unknown day of a month ("since launch, up to May 2013") is at least the total at the end of the
        // month before and at most the one at the end of that month: two sums of the "at least the parts" kind. (The
        // period starts before that month, so both totals are since the launch.) Those two totals are to a known day and
        // join the splits and chains below like any other.
        var toKnownDays = new List<ObservationKey>();
        foreach (ObservationKey total in sinceLaunch)
        {
            if (total.Period is DatedPeriod)
            {
                toKnownDays.Add(total);
                continue;
            }
            LocalDate launch = LaunchOf(total)!.Value;
            ObservationKey monthBefore = total.WithPeriod(ReportingPeriod.Between(launch, total.Period.EarliestEnd.PlusDays(-1)));
            ObservationKey monthEnd = total.WithPeriod(ReportingPeriod.Between(launch, total.Period.LatestEnd));
            sums.Add(new SumConstraint(total, new[] { monthBefore }, SumKind.AtLeastTheParts));
            sums.Add(new SumConstraint(monthEnd, new[] { total }, SumKind.AtLeastTheParts));
            toKnownDays.Add(monthBefore);
            toKnownDays.Add(monthEnd);
        }
        sinceLaunch = toKnownDays.Distinct().ToArray();
        // A total to a day inside a year splits that year in two: the days up to it and the days after. It is the total
        // at the end of the year before plus the first part (in the launch year, the first part is itself), and the
        // year's count is the two parts together; the total at the year end before joins the chain below.
        var yearEnds = new List<ObservationKey>();
        foreach (ObservationKey total in sinceLaunch.Where(k => !IsYearEnd(k.Period.End)))
        {
            LocalDate launch = LaunchOf(total)!.Value;
            LocalDate day = total.Period.End;
            var yearStart = new LocalDate(day.Year, 1, 1);
            ObservationKey head = total.WithPeriod(ReportingPeriod.Between(launch > yearStart ? launch : yearStart, day));
            ObservationKey tail = total.WithPeriod(ReportingPeriod.Between(day.PlusDays(1), new LocalDate(day.Year, 12, 31)));
            sums.Add(new SumConstraint(total.WithPeriod(ReportingPeriod.Year(day.Year)), new[] { head, tail }, SumKind.Equal));
            if (day.Year > launch.Year)
            {
                ObservationKey before = total.WithPeriod(ReportingPeriod.Between(launch, new LocalDate(day.Year - 1, 12, 31)));
                yearEnds.Add(before);
                sums.Add(new SumConstraint(total, new[] { before, head }, SumKind.Equal));
            }
        }
        // Since-launch totals of one count, chained year end to year end: the first is the sum of its years, each later
        // one the one before plus the years in between. (Written as one sum of all years each, the shared years would
        // not cancel in interval arithmetic; chained, two published totals pin the years between them.)
        foreach (IGrouping<ObservationKey, ObservationKey> chain in sinceLaunch.Where(k => IsYearEnd(k.Period.End)).Concat(yearEnds).Distinct()
            .GroupBy(total => total.WithPeriod(ReportingPeriod.Year(2000))))
        {
            LocalDate launch = LaunchOf(chain.Key)!.Value;
            ObservationKey? previous = null;
            foreach (ObservationKey total in chain.OrderBy(k => k.Period.End))
            {
                int from = previous is null ? launch.Year : previous.Period.End.Year + 1;
                ObservationKey[] years = Enumerable.Range(from, total.Period.End.Year - from + 1)
                    .Select(year => total.WithPeriod(ReportingPeriod.Year(year))).ToArray();
                ObservationKey[] parts = previous is null ? years : years.Prepend(previous).ToArray();
                if (!(parts.Length == 1 && parts[0].Equals(total)))
                {
                    sums.Add(new SumConstraint(total, parts, SumKind.Equal));
                }
                previous = total;
            }
        }
        return sums.Where(s => s.Keys.Any(k => !known.ContainsKey(k))).ToList();
    }

    private static bool IsYearEnd(LocalDate day) => day.Month == 12 && day.Day == 31;

    /// <summary>
    /// The sums that the published counts and bounds can satisfy. When the counts alone (no figure) leave a count no
    /// value, the sums about it are set aside (told to <paramref name="setAside"/>, with that count) and left out, so
    /// that no figure is blamed for a fault of the data; this repeats until the rest fits (each round removes at least
    /// one sum).
    /// </summary>
    internal static IReadOnlyList<SumConstraint> Consistent(IReadOnlyList<SumConstraint> sums, IReadOnlyDictionary<ObservationKey, long> known,
        IReadOnlyDictionary<ObservationKey, (long Low, long High)> bounds, Action<ObservationKey, IReadOnlyList<SumConstraint>> setAside)
    {
        var kept = new List<SumConstraint>();
        // Sums that share no unknown count cannot make each other fail: each connected group is checked on its own, so
        // the cost is that of the groups, not of one system of every sum in the dataset.
        foreach (List<SumConstraint> group in Connected(sums, known))
        {
            while (group.Count > 0)
            {
                Inference data = Inference.Run(known, bounds, Array.Empty<FigureConstraint>(), group);
                if (data.Feasible)
                {
                    break;
                }
                ObservationKey empty = data.EmptyAt!;
                SumConstraint[] involved = group.Where(s => s.Keys.Contains(empty)).ToArray();
                if (involved.Length == 0)
                {
                    break;
                }
                setAside(empty, involved);
                group.RemoveAll(involved.Contains);
            }
            kept.AddRange(group);
        }
        // The sums in the order they came, as the reasoning expects.
        var keep = new HashSet<SumConstraint>(kept, ReferenceEqualityComparer.Instance);
        return sums.Where(keep.Contains).ToList();
    }

    /// <summary>The sums grouped by the unknown counts they share, directly or through other sums.</summary>
    private static IEnumerable<List<SumConstraint>> Connected(IReadOnlyList<SumConstraint> sums, IReadOnlyDictionary<ObservationKey, long> known)
    {
        var groups = new KeyUnion();
        foreach (SumConstraint sum in sums)
        {
            groups.Union(sum.Keys.Where(k => !known.ContainsKey(k)));
        }
        return sums.GroupBy(sum => sum.Keys.FirstOrDefault(k => !known.ContainsKey(k)) is ObservationKey unknown ? groups.Find(unknown) : sum.Total)
            .Select(group => group.ToList());
    }
}
