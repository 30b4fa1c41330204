using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.Figures;

/// <summary>
/// The counts of one metric of one helpline over a run of periods, such as calls per year since launch. A period nobody
/// published stays an explicit unknown, never a zero.
/// </summary>
/// <remarks>
/// <para>Points are kept in period order; they may not overlap, and none may end before the launch (the first may start
/// before it: the launch year is then partial). Periods need not be adjacent: the days between two points count as
/// unknown, exactly like an unknown point.</para>
/// <para>From a series come running totals since launch (<see cref="RunningTotals"/>), year-on-year changes
/// (<see cref="YearOnYearChanges"/>), the multiple against the launch period (<see cref="MultipleAgainstLaunchPeriod"/>)
/// and record checks (<see cref="CheckHighest"/>, <see cref="CheckLowest"/>).</para>
/// <para>Equality is by helpline, metric and points. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Series
{
    private readonly IReadOnlyList<SeriesPoint> _points;
    private readonly Dictionary<ReportingPeriod, SeriesPoint> _byPeriod;

    private Series(Helpline helpline, Metric metric, IReadOnlyList<SeriesPoint> points)
    {
        Helpline = helpline;
        Metric = metric;
        _points = points;
        _byPeriod = points.ToDictionary(point => point.Period);
    }

    /// <summary>The helpline.</summary>
    public Helpline Helpline { get; }

    /// <summary>What is counted.</summary>
    public Metric Metric { get; }

    /// <summary>The points, in period order.</summary>
    public IReadOnlyList<SeriesPoint> Points => _points;

    /// <summary>Makes a series.</summary>
    /// <param name="helpline">The helpline.</param>
    /// <param name="metric">What is counted.</param>
    /// <param name="points">The periods with their counts or explicit unknowns, in any order.</param>
    /// <returns>The series, in period order.</returns>
    /// <exception cref="ArgumentNullException">An argument or a point is null.</exception>
    /// <exception cref="MetricMismatchException">A count has another metric.</exception>
    /// <exception cref="ArgumentException">Two periods overlap, a period ends before the launch, or a period ends on an
    /// unknown day of a month; the message names them.</exception>
    public static Series Create(Helpline helpline, Metric metric, IEnumerable<SeriesPoint> points)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(metric, nameof(metric));
        SeriesPoint[] sorted = Guard.NoNullItems(points, nameof(points)).OrderBy(point => point.Period).ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            SeriesPoint point = sorted[i];
            if (point.Count is Count count && !count.Metric.Equals(metric))
            {
                throw new MetricMismatchException(metric, count.Metric, "put in one series", nameof(points));
            }
            if (point.Period is not DatedPeriod)
            {
                throw new ArgumentException($"The period {point.Period} ends on an unknown day of its last month; a series needs periods whose days are known.", nameof(points));
            }
            if (helpline.LaunchDate is LocalDate launch && point.Period.End < launch)
            {
                throw new ArgumentException(
                    $"The period {point.Period} ends before '{helpline.Id}' was launched on {LocalDatePattern.Iso.Format(launch)}.", nameof(points));
            }
            if (i > 0 && sorted[i - 1].Period.Overlaps(point.Period))
            {
                throw new ArgumentException($"The periods {sorted[i - 1].Period} and {point.Period} overlap; a series counts each day once.", nameof(points));
            }
        }
        return new Series(helpline, metric, Array.AsReadOnly(sorted));
    }

    /// <summary>
    /// The series of <paramref name="metric"/> (over all channels and categories) for the given periods, read from the
    /// reports of a dataset; a period no report gives a count for is an explicit unknown.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="helpline">The helpline.</param>
    /// <param name="metric">What is counted.</param>
    /// <param name="periods">The periods of the series.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataConflictException">Two reports give different counts for one period.</exception>
    /// <exception cref="ArgumentException">See <see cref="Create"/>.</exception>
    public static Series From(Dataset dataset, Helpline helpline, Metric metric, IEnumerable<ReportingPeriod> periods)
    {
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(metric, nameof(metric));
        Report[] reports = dataset.ForHelpline(helpline.Id).ToArray();
        return Create(helpline, metric, Guard.NoNullItems(periods, nameof(periods)).Select(period =>
        {
            var key = new ObservationKey(helpline.Id, period, metric);
            Count[] counts = reports.Select(report => report.Find(key)?.Count).OfType<Count>().Distinct().ToArray();
            return counts.Length switch
            {
                0 => SeriesPoint.Unknown(period),
                1 => SeriesPoint.Known(period, counts[0]),
                _ => throw new DataConflictException(key.ToString(), counts[0].ToString(), counts[1].ToString(), nameof(dataset)),
            };
        }));
    }

    /// <summary>The point of <paramref name="period"/>, or <c>null</c> when the series has none.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The point, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public SeriesPoint? Find(ReportingPeriod period)
    {
        Guard.NotNull(period, nameof(period));
        return _byPeriod.TryGetValue(period, out SeriesPoint? point) ? point : null;
    }

    /// <summary>
    /// The running total at the end of every point: from the launch (or, when the launch is not known, from the first
    /// point) to the end of that point's period. Each holds the sum of the known counts so far and says whether that is
    /// the exact total (no unknown point and no uncovered day since the start).
    /// </summary>
    /// <returns>One running total per point, in order; the sums never decrease.</returns>
    public IReadOnlyList<RunningTotal> RunningTotals()
    {
        var totals = new List<RunningTotal>(_points.Count);
        if (_points.Count == 0)
        {
            return totals.AsReadOnly();
        }
        LocalDate start = Helpline.LaunchDate ?? _points[0].Period.Start;
        LocalDate? coveredUntil = null;
        bool complete = true;
        Count sum = Count.Zero(Metric);
        foreach (SeriesPoint point in _points)
        {
            bool adjacent = coveredUntil is LocalDate covered
                ? Period.DaysBetween(covered, point.Period.Start) <= 1
                : point.Period.Start <= start;
            complete &= adjacent && point.IsKnown;
            if (point.Count is Count count)
            {
                sum += count;
            }
            coveredUntil = coveredUntil is LocalDate end && end > point.Period.End ? end : point.Period.End;
            totals.Add(new RunningTotal(point.Period, ReportingPeriod.Between(start, point.Period.End), sum, complete));
        }
        return totals.AsReadOnly();
    }

    /// <summary>
    /// Each known count against the known count of the same period one year earlier ("−1% against 2020"), in order.
    /// Periods with no such neighbour in the series, or an unknown one, have no entry.
    /// </summary>
    /// <returns>The changes, with the periods they run between.</returns>
    public IReadOnlyList<(ReportingPeriod From, ReportingPeriod To, Change Change)> YearOnYearChanges()
    {
        var changes = new List<(ReportingPeriod, ReportingPeriod, Change)>();
        foreach (SeriesPoint point in _points)
        {
            if (point.Count is not Count later || point.Period.Start.Year == ReportingPeriod.MinYear)
            {
                continue;
            }
            ReportingPeriod earlierPeriod = point.Period.YearsEarlier(1);
            if (Find(earlierPeriod)?.Count is Count earlier)
            {
                changes.Add((earlierPeriod, point.Period, Change.Between(earlier, later)));
            }
        }
        return changes.AsReadOnly();
    }

    /// <summary>
    /// The count of <paramref name="period"/> as a multiple of the launch period's count (the point whose period holds
    /// the launch date); the result says whether that period is partial and offers the per-day ratio.
    /// </summary>
    /// <param name="period">A period of the series with a known count.</param>
    /// <returns>The multiple; undefined when the launch period's count is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The launch date is not known, no point holds it, or either count is unknown.</exception>
    public Multiple MultipleAgainstLaunchPeriod(ReportingPeriod period)
    {
        Guard.NotNull(period, nameof(period));
        LocalDate launch = Helpline.LaunchDate
            ?? throw new InvalidOperationException($"The launch date of '{Helpline.Id}' is not known, so there is no launch period.");
        SeriesPoint launchPoint = _points.FirstOrDefault(point => point.Period.Contains(launch))
            ?? throw new InvalidOperationException($"No period of the series holds the launch date {LocalDatePattern.Iso.Format(launch)}.");
        Count earlier = launchPoint.Count ?? throw new InvalidOperationException($"The count of the launch period {launchPoint.Period} is not known.");
        Count later = Find(period)?.Count ?? throw new InvalidOperationException($"The series has no known count for {period}.");
        var key = new ObservationKey(Helpline.Id, period, Metric);
        return Multiple.Between(key.WithPeriod(launchPoint.Period).Observe(earlier.Value), key.Observe(later.Value), Helpline);
    }

    /// <summary>Whether <paramref name="period"/> holds the highest count of the series, over its known part.</summary>
    /// <param name="period">A period of the series with a known count.</param>
    /// <returns>The check, with the unknown periods that could still beat it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The series has no known count for <paramref name="period"/>.</exception>
    public RecordCheck CheckHighest(ReportingPeriod period) => CheckRecord(period, highest: true);

    /// <summary>Whether <paramref name="period"/> holds the lowest count of the series, over its known part.</summary>
    /// <param name="period">A period of the series with a known count.</param>
    /// <returns>The check, with the unknown periods that could still beat it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The series has no known count for <paramref name="period"/>.</exception>
    public RecordCheck CheckLowest(ReportingPeriod period) => CheckRecord(period, highest: false);

    /// <summary>Whether <paramref name="other"/> has the same helpline, metric and points.</summary>
    /// <param name="other">The series to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Series? other) =>
        other is not null && Helpline.Equals(other.Helpline) && Metric.Equals(other.Metric) && _points.SequenceEqual(other._points);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Helpline.Id, Metric, _points.Count);

    /// <summary>The helpline, metric and points.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Helpline.Id} {Metric}: {string.Join(", ", _points)}";

    private RecordCheck CheckRecord(ReportingPeriod period, bool highest)
    {
        Guard.NotNull(period, nameof(period));
        Count claimed = Find(period)?.Count ?? throw new InvalidOperationException($"The series has no known count for {period}.");
        SeriesPoint[] others = _points.Where(point => !point.Period.Equals(period)).ToArray();
        bool holds = others.All(point => point.Count is not Count count || (highest ? count <= claimed : count >= claimed));
        return new RecordCheck(
            period,
            highest,
            holds,
            others.Where(point => !point.IsKnown).Select(point => point.Period).ToList().AsReadOnly(),
            others.Where(point => point.Count == claimed).Select(point => point.Period).ToList().AsReadOnly());
    }
}
