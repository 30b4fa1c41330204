using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Records;

/// <summary>
/// The counts of a set of contact records, per helpline, period, metric, channel and category: a partial aggregate
/// that merges exactly with others (a month with the next, one site with another), and becomes the same
/// <see cref="Dataset"/> the rest of the library reads.
/// </summary>
/// <remarks>
/// <para>Merging adds counts key by key, so it is associative and commutative, and merging the aggregates of the parts
/// of a split gives the aggregate of the whole (FsCheck properties). Both sides must count in the same periods.</para>
/// <para>Equality is by granularity and counts. Immutable and thread-safe.</para>
/// </remarks>
public sealed record ContactAggregate
{
    private readonly Dictionary<ObservationKey, long> _counts;

    internal ContactAggregate(PeriodGranularity granularity, Dictionary<ObservationKey, long> counts, IEnumerable<RecordSource>? sources = null)
    {
        Granularity = granularity;
        _counts = counts;
        Sources = (sources ?? Array.Empty<RecordSource>()).OrderBy(s => s.Fingerprint, StringComparer.Ordinal).ThenBy(s => s.Bytes).ThenBy(s => s.Name, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>The records files counted, in fingerprint order: each file of one record or more read by
    /// <see cref="IO.ContactRecordCsv"/> into an aggregator, and those of every aggregate merged in. Empty for records counted from memory and for partial
    /// aggregates of format version 1, which did not state them; such counts cannot be checked for being counted twice.
    /// Not part of equality.</summary>
    public IReadOnlyList<RecordSource> Sources { get; }

    /// <summary>The aggregate of no records.</summary>
    /// <param name="granularity">The periods to count in.</param>
    /// <returns>The empty aggregate.</returns>
    public static ContactAggregate Empty(PeriodGranularity granularity) => new(granularity, new Dictionary<ObservationKey, long>());

    /// <summary>
    /// Aggregates in-memory records on several cores: the records are cut into contiguous shards, each counted by its
    /// own aggregator, and the shard aggregates are merged, which gives exactly what one aggregator would.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="granularity">The periods to count in.</param>
    /// <param name="schema">The taxonomies of the categorised fields.</param>
    /// <param name="degreeOfParallelism">How many shards to count at once, 1 or more (<see cref="Environment.ProcessorCount"/> uses every core).</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or the granularity is not defined.</exception>
    /// <exception cref="RecordException">A record cannot be counted; the exception names the first such record's position.</exception>
    public static ContactAggregate Of(IReadOnlyList<ContactRecord> records, PeriodGranularity granularity, AggregationSchema schema, int degreeOfParallelism)
    {
        Guard.NotNull(records, nameof(records));
        Guard.NotNull(schema, nameof(schema));
        return Sharded(records.Count, granularity, schema, degreeOfParallelism, (aggregator, start, end) =>
        {
            for (int i = start; i < end; i++)
            {
                try
                {
                    aggregator.Add(records[i] ?? throw new ArgumentNullException(nameof(records), $"records[{i}] is null."));
                }
                catch (RecordException e)
                {
                    throw new RecordException(i, e.Problem);
                }
            }
        });
    }

    /// <summary>
    /// Aggregates a batch of records on several cores: the batch is cut into contiguous ranges, each counted by its own
    /// aggregator, and the range aggregates are merged, which gives exactly what one aggregator would.
    /// </summary>
    /// <param name="batch">The records.</param>
    /// <param name="granularity">The periods to count in.</param>
    /// <param name="degreeOfParallelism">How many ranges to count at once, 1 or more (<see cref="Environment.ProcessorCount"/> uses every core).</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is less than 1, or the granularity is not defined.</exception>
    public static ContactAggregate Of(ContactRecordBatch batch, PeriodGranularity granularity, int degreeOfParallelism)
    {
        Guard.NotNull(batch, nameof(batch));
        return Sharded(batch.Count, granularity, batch.Schema, degreeOfParallelism, (aggregator, start, end) => aggregator.Count(batch, start, end));
    }

    private static ContactAggregate Sharded(int count, PeriodGranularity granularity, AggregationSchema schema, int degreeOfParallelism,
        Action<ContactAggregator, int, int> countRange)
    {
        Guard.InRange(degreeOfParallelism, 1, 1024, nameof(degreeOfParallelism));
        int shards = Math.Max(1, Math.Min(degreeOfParallelism, count / 1024));
        var aggregators = new ContactAggregator[shards];
        for (int shard = 0; shard < shards; shard++)
        {
            aggregators[shard] = new ContactAggregator(granularity, schema);
        }
        var failures = new Exception?[shards];
        System.Threading.Tasks.Parallel.For(0, shards, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, shard =>
        {
            try
            {
                countRange(aggregators[shard], (int)((long)count * shard / shards), (int)((long)count * (shard + 1) / shards));
            }
            catch (Exception e) when (e is RecordException or ArgumentNullException)
            {
                failures[shard] = e;
            }
        });
        if (Array.Find(failures, f => f is not null) is Exception first)
        {
            throw first;
        }
        ContactAggregate result = aggregators[0].ToAggregate();
        for (int i = 1; i < aggregators.Length; i++)
        {
            result = result.Merge(aggregators[i].ToAggregate());
        }
        return result;
    }

    /// <summary>The periods the records were counted in.</summary>
    public PeriodGranularity Granularity { get; }

    /// <summary>Every count, by key.</summary>
    public IReadOnlyDictionary<ObservationKey, long> Counts => _counts;

    /// <summary>The count at <paramref name="key"/>, zero when nothing was counted there.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public long this[ObservationKey key] => _counts.GetValueOrDefault(Guard.NotNull(key, nameof(key)));

    /// <summary>The sum of two aggregates, key by key.</summary>
    /// <param name="other">The other aggregate, counted in the same periods.</param>
    /// <returns>The merged aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The aggregates count in different periods.</exception>
    /// <exception cref="OverflowException">A merged count exceeds <see cref="long.MaxValue"/>; the message names its key.</exception>
    /// <exception cref="RecordsCountedTwiceException">Both aggregates counted one records file (the same content under
    /// any name; see <see cref="Sources"/>).</exception>
    public ContactAggregate Merge(ContactAggregate other)
    {
        Guard.NotNull(other, nameof(other));
        if (other.Granularity != Granularity)
        {
            throw new ArgumentException($"Cannot merge counts per {Granularity} with counts per {other.Granularity}.", nameof(other));
        }
        var counted = new HashSet<RecordSource>(Sources);
        foreach (RecordSource again in other.Sources)
        {
            if (counted.TryGetValue(again, out RecordSource? first))
            {
                throw new RecordsCountedTwiceException(first, again, nameof(other));
            }
        }
        var merged = new Dictionary<ObservationKey, long>(_counts);
        foreach ((ObservationKey key, long count) in other._counts)
        {
            long before = merged.GetValueOrDefault(key);
            if (count > long.MaxValue - before)
            {
                throw new OverflowException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"The count at {key} would exceed {long.MaxValue} when merged ({before} + {count})."));
            }
            merged[key] = before + count;
        }
        return new ContactAggregate(Granularity, merged, Sources.Concat(other.Sources));
    }

    /// <summary>
    /// The counts as a dataset: one report per helpline and period, with calls and conversations broken down by channel,
    /// contact persons by relation, gender and anonymity, possible victims by kind of violence (multi-label), age group
    /// and gender, and conversations by topic (multi-label). Counts by context of violence are observations (the context
    /// taxonomy nests, so its counts are not one single-label breakdown).
    /// </summary>
    /// <param name="helplines">The helplines counted; the ready-made ones need not be given.</param>
    /// <param name="schema">The taxonomies the records were counted in.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A counted helpline is neither given nor ready-made.</exception>
    public Dataset ToDataset(IEnumerable<Helpline> helplines, AggregationSchema schema)
    {
        IReadOnlyList<Helpline> given = Guard.NoNullItems(helplines, nameof(helplines));
        Guard.NotNull(schema, nameof(schema));
        var reports = new List<Report>();
        foreach (IGrouping<(HelplineId Helpline, ReportingPeriod Period), KeyValuePair<ObservationKey, long>> group in _counts
            .GroupBy(pair => (pair.Key.Helpline, pair.Key.Period)).OrderBy(g => g.Key.Helpline).ThenBy(g => g.Key.Period))
        {
            Helpline helpline = given.FirstOrDefault(h => h.Id.Equals(group.Key.Helpline)) ?? Helplines.Find(group.Key.Helpline)
                ?? throw new InvalidOperationException($"The helpline '{group.Key.Helpline}' was counted but is neither given nor ready-made.");
            var counts = group.ToDictionary(pair => pair.Key, pair => pair.Value);
            var observations = counts.OrderBy(pair => pair.Key).Select(pair => pair.Key.Observe(pair.Value)).ToList();
            var breakdowns = new List<Breakdown>();
            var calls = new ObservationKey(helpline.Id, group.Key.Period, Metric.Calls);
            void Split(ObservationKey total, BreakdownDimension dimension, BreakdownCoverage coverage)
            {
                if (!counts.TryGetValue(total, out long value))
                {
                    return;
                }
                IEnumerable<Observation> parts = observations.Where(o =>
                    dimension.IsChannel
                        ? o.Key.Channel is not null && o.Key.WithChannel(null).Equals(total)
                        : o.Key.Category is Category c && dimension.Taxonomy is Taxonomy taxonomy && taxonomy.Contains(c) && o.Key.WithCategory(null).Equals(total));
                breakdowns.Add(Breakdown.Create(total.Observe(value), dimension, coverage, parts));
            }
            Split(calls, BreakdownDimension.Channel, BreakdownCoverage.Complete);
            Split(calls.WithMetric(Metric.Conversations), BreakdownDimension.Channel, BreakdownCoverage.Complete);
            Split(calls.WithMetric(Metric.Conversations), BreakdownDimension.Of(schema.Topic), BreakdownCoverage.MultiLabel);
            ObservationKey persons = calls.WithMetric(Metric.ContactPersons);
            Split(persons, BreakdownDimension.Of(schema.CallerRelation), BreakdownCoverage.Complete);
            Split(persons, BreakdownDimension.Of(schema.Gender), BreakdownCoverage.Complete);
            Split(persons, BreakdownDimension.Of(AggregationSchema.Anonymity), BreakdownCoverage.Complete);
            ObservationKey victims = calls.WithMetric(Metric.PossibleVictims);
            Split(victims, BreakdownDimension.Of(schema.KindOfViolence), BreakdownCoverage.MultiLabel);
            Split(victims, BreakdownDimension.Of(schema.AgeGroup), BreakdownCoverage.Complete);
            Split(victims, BreakdownDimension.Of(schema.Gender), BreakdownCoverage.Complete);
            reports.Add(Report.Create(helpline, group.Key.Period, observations, breakdowns));
        }
        return Dataset.Of(reports);
    }

    /// <summary>Whether <paramref name="other"/> counts in the same periods and has the same counts.</summary>
    /// <param name="other">The aggregate to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(ContactAggregate? other) =>
        other is not null && Granularity == other.Granularity && _counts.Count == other._counts.Count
        && _counts.All(pair => other._counts.TryGetValue(pair.Key, out long count) && count == pair.Value);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        long sum = 0;
        foreach (long count in _counts.Values)
        {
            sum = unchecked(sum + count);
        }
        return HashCode.Combine(Granularity, _counts.Count, sum);
    }

    /// <summary>The granularity and how many keys are counted.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"counts per {Granularity} at {Invariant.Plural(_counts.Count, "key")}";
}
