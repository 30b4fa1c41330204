using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>The counts of the whole dataset a composer works from, with conflicting counts left unknown, and the yearly series the records and since-launch totals need.</summary>
internal sealed class CountsForComposing
{
    internal CountsForComposing(Dataset dataset) => Known = dataset.KnownCounts(null);

    /// <summary>Every count known, by key; since-launch totals derived while composing are added.</summary>
    internal Dictionary<ObservationKey, long> Known { get; }

    /// <summary>The yearly series of a total from the launch year (or the first known year) to the subject's year.</summary>
    internal Series YearlySeries(Helpline helpline, ObservationKey subject)
    {
        int last = subject.Period.Start.Year;
        int first = helpline.LaunchDate?.Year
            ?? Known.Keys.Where(k => k.Helpline.Equals(subject.Helpline) && k.Metric.Equals(subject.Metric) && k.Channel is null
                    && k.Category is null && k.Period.Kind == PeriodKind.Year)
                .Select(k => k.Period.Start.Year).DefaultIfEmpty(last).Min();
        return Series.Create(helpline, subject.Metric, Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(year =>
        {
            ReportingPeriod period = ReportingPeriod.Year(year);
            return Known.TryGetValue(subject.WithPeriod(period), out long count)
                ? SeriesPoint.Known(period, Count.Of(count, subject.Metric))
                : SeriesPoint.Unknown(period);
        }));
    }

    /// <summary>A since-launch total derived from the yearly counts (recorded as a count), or <c>null</c> when a year is missing.</summary>
    internal Observation? SinceLaunch(Helpline helpline, ObservationKey sinceLaunch)
    {
        if (helpline.LaunchDate is not LocalDate launch)
        {
            return null;
        }
        IEnumerable<long?> years = Enumerable.Range(launch.Year, sinceLaunch.Period.End.Year - launch.Year + 1)
            .Select(year => Known.TryGetValue(sinceLaunch.WithPeriod(ReportingPeriod.Year(year)), out long count) ? count : (long?)null);
        if (FigureMath.Cumulative(years) is not long total)
        {
            return null;
        }
        Known[sinceLaunch] = total;
        return sinceLaunch.Observe(total);
    }
}
