using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A set of reports: several helplines, several periods. At most one report per helpline and period; reports of the same
/// helpline and period are merged (<see cref="Report.Merge(Report)"/>).
/// </summary>
/// <remarks>
/// <para>Merging datasets is associative, commutative and idempotent: <c>a.Merge(b).Merge(c)</c> equals
/// <c>a.Merge(b.Merge(c))</c> and <c>b.Merge(a)</c> equals <c>a.Merge(b)</c>, and conflicting data throws
/// <see cref="DataConflictException"/> whatever the order.</para>
/// <para>Reports are kept in order of helpline id, then period. Equality: the same reports. Immutable and thread-safe.</para>
/// </remarks>
public sealed class Dataset : IEquatable<Dataset>
{
    private readonly IReadOnlyList<Report> _reports;

    private Dataset(IReadOnlyList<Report> reports) => _reports = reports;

    /// <summary>The dataset with no reports.</summary>
    public static Dataset Empty { get; } = new(Array.Empty<Report>());

    /// <summary>The reports, in order of helpline id, then period.</summary>
    public IReadOnlyList<Report> Reports => _reports;

    /// <summary>The helplines that have a report, in id order.</summary>
    public IEnumerable<Helpline> Helplines => _reports.Select(report => report.Helpline).Distinct();

    /// <summary>Makes a dataset of reports, merging those of the same helpline and period.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or an item is null.</exception>
    /// <exception cref="DataConflictException">Two reports disagree (see <see cref="Report.Merge(Report)"/>), or one helpline id has two descriptions.</exception>
    public static Dataset Of(IEnumerable<Report> reports)
    {
        var merged = new SortedDictionary<(HelplineId, ReportingPeriod), Report>();
        var helplines = new Dictionary<HelplineId, Helpline>();
        foreach (Report report in Guard.NoNullItems(reports, nameof(reports)))
        {
            if (helplines.TryGetValue(report.Helpline.Id, out Helpline? known) && !known.Equals(report.Helpline))
            {
                throw new DataConflictException($"the helpline '{known.Id}'", DescribeHelpline(known), DescribeHelpline(report.Helpline), nameof(reports));
            }
            helplines[report.Helpline.Id] = report.Helpline;
            var key = (report.Helpline.Id, report.Period);
            merged[key] = merged.TryGetValue(key, out Report? twin) ? twin.Merge(report) : report;
        }
        return merged.Count == 0 ? Empty : new Dataset(merged.Values.ToList().AsReadOnly());
    }

    /// <summary>Makes a dataset of reports, merging those of the same helpline and period.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or an item is null.</exception>
    /// <exception cref="DataConflictException">Two reports disagree.</exception>
    public static Dataset Of(params Report[] reports) => Of((IEnumerable<Report>)reports);

    /// <summary>The union of two datasets; reports of the same helpline and period are merged.</summary>
    /// <param name="other">The other dataset.</param>
    /// <returns>The merged dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="DataConflictException">The datasets disagree.</exception>
    public Dataset Merge(Dataset other)
    {
        Guard.NotNull(other, nameof(other));
        return Of(_reports.Concat(other._reports));
    }

    /// <summary>
    /// Every count of every report by key, as the audit and the composer read them: a key that two reports give
    /// differently is left out (unknown), and <paramref name="onConflict"/> hears of it once, with the first two values.
    /// </summary>
    internal Dictionary<ObservationKey, long> KnownCounts(Action<ObservationKey, long, long>? onConflict)
    {
        var counts = new Dictionary<ObservationKey, long>();
        var conflicting = new HashSet<ObservationKey>();
        foreach (Observation observation in _reports.SelectMany(r => r.Observations))
        {
            if (observation.Value is not long value || conflicting.Contains(observation.Key))
            {
                continue;
            }
            if (counts.TryGetValue(observation.Key, out long known) && known != value)
            {
                conflicting.Add(observation.Key);
                counts.Remove(observation.Key);
                onConflict?.Invoke(observation.Key, known, value);
                continue;
            }
            counts[observation.Key] = value;
        }
        return counts;
    }

    /// <summary>
    /// The bounds of every count published only within bounds, intersected over the reports; a count some report gives
    /// exactly is not among them. Bounds that exclude an exact count or each other are reported to
    /// <paramref name="onConflict"/> (the key, what one report says, what another says) and left out.
    /// </summary>
    internal Dictionary<ObservationKey, (long Low, long High)> KnownBounds(IReadOnlyDictionary<ObservationKey, long> exact, Action<ObservationKey, CountBounds, CountBounds>? onConflict)
    {
        var bounds = new Dictionary<ObservationKey, CountBounds>();
        var conflicting = new HashSet<ObservationKey>();
        foreach (Observation bounded in _reports.SelectMany(r => r.Observations).Where(o => !o.IsExact))
        {
            if (conflicting.Contains(bounded.Key))
            {
                continue;
            }
            if (exact.TryGetValue(bounded.Key, out long value))
            {
                if (!bounded.Bounds.Contains(value))
                {
                    conflicting.Add(bounded.Key);
                    onConflict?.Invoke(bounded.Key, CountBounds.Exactly(value), bounded.Bounds);
                }
                continue;
            }
            if (!bounds.TryGetValue(bounded.Key, out CountBounds known))
            {
                bounds[bounded.Key] = bounded.Bounds;
            }
            else if (known.Intersect(bounded.Bounds) is CountBounds both)
            {
                bounds[bounded.Key] = both;
            }
            else
            {
                conflicting.Add(bounded.Key);
                bounds.Remove(bounded.Key);
                onConflict?.Invoke(bounded.Key, known, bounded.Bounds);
            }
        }
        return bounds.ToDictionary(pair => pair.Key, pair => (pair.Value.Low, pair.Value.HighOrMax));
    }

    /// <summary>The report of <paramref name="helpline"/> for <paramref name="period"/>, or <c>null</c>.</summary>
    /// <param name="helpline">The helpline id.</param>
    /// <param name="period">The period.</param>
    /// <returns>The report, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Report? Find(HelplineId helpline, ReportingPeriod period)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(period, nameof(period));
        return _reports.FirstOrDefault(report => report.Helpline.Id.Equals(helpline) && report.Period.Equals(period));
    }

    /// <summary>The reports of one helpline, in period order.</summary>
    /// <param name="helpline">The helpline id.</param>
    /// <returns>Its reports.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/> is null.</exception>
    public IEnumerable<Report> ForHelpline(HelplineId helpline)
    {
        Guard.NotNull(helpline, nameof(helpline));
        return _reports.Where(report => report.Helpline.Id.Equals(helpline));
    }

    /// <summary>Whether <paramref name="other"/> holds equal reports.</summary>
    /// <param name="other">The dataset to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Dataset? other) => other is not null && _reports.SequenceEqual(other._reports);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Dataset);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (Report report in _reports)
        {
            hash.Add(report);
        }
        return hash.ToHashCode();
    }

    /// <summary>How many reports, of how many helplines.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Invariant.Plural(_reports.Count, "report")} of {Invariant.Plural(Helplines.Count(), "helpline")}";

    /// <summary>Whether two datasets are equal.</summary>
    /// <param name="left">The first dataset.</param>
    /// <param name="right">The second dataset.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(Dataset? left, Dataset? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two datasets differ.</summary>
    /// <param name="left">The first dataset.</param>
    /// <param name="right">The second dataset.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(Dataset? left, Dataset? right) => !(left == right);

    private static string DescribeHelpline(Helpline helpline) => $"{helpline} \"{helpline.Description}\"";
}
