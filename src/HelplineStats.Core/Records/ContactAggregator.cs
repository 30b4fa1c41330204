using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Records;

/// <summary>
/// Counts contact records, one at a time or streamed, into a <see cref="ContactAggregate"/>: calls and conversations by
/// channel, contact persons by relation, gender and anonymity, possible victims by kind of violence (multi-label), age
/// group, gender and context, conversations by topic (multi-label), and referrals, per helpline and period. Unknowns are
/// counted in each taxonomy's unknown category, never dropped.
/// </summary>
/// <remarks>
/// Memory grows with the number of distinct keys (helplines × periods × categories), not with the number of records, so
/// a stream of any length aggregates in flat memory. Not thread-safe: aggregate shards separately and merge the
/// aggregates (<see cref="ContactAggregate.Merge"/>).
/// </remarks>
public sealed class ContactAggregator
{
    private readonly Dictionary<ObservationKey, long> _counts = new();
    private readonly List<(ObservationKey Key, long Amount)> _pending = new();

    /// <summary>An empty aggregator.</summary>
    /// <param name="granularity">The periods to count in.</param>
    /// <param name="schema">The taxonomies of the categorised fields.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not defined.</exception>
    public ContactAggregator(PeriodGranularity granularity, AggregationSchema schema)
    {
        if (!Enum.IsDefined(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Not a defined granularity.");
        }
        Granularity = granularity;
        Schema = Guard.NotNull(schema, nameof(schema));
    }

    /// <summary>The periods records are counted in.</summary>
    public PeriodGranularity Granularity { get; }

    /// <summary>The taxonomies of the categorised fields.</summary>
    public AggregationSchema Schema { get; }

    /// <summary>How many records have been counted.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Counts one record.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="RecordException">A category of the record is not in the schema's taxonomy for its field; nothing of the record is counted.</exception>
    public void Add(ContactRecord record)
    {
        Guard.NotNull(record, nameof(record));
        _pending.Clear();
        Collect(record);
        foreach ((ObservationKey key, long amount) in _pending)
        {
            _counts[key] = checked(_counts.GetValueOrDefault(key) + amount);
        }
        RecordCount++;
    }

    /// <summary>Counts every record of a sequence, streaming it.</summary>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or a record is null.</exception>
    /// <exception cref="RecordException">A record cannot be counted; the records before it are counted.</exception>
    public void AddRange(IEnumerable<ContactRecord> records)
    {
        Guard.NotNull(records, nameof(records));
        foreach (ContactRecord record in records)
        {
            Add(record);
        }
    }

    /// <summary>Counts every record of an asynchronous stream.</summary>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Stops the counting.</param>
    /// <returns>A task that completes when the stream ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or a record is null.</exception>
    /// <exception cref="RecordException">A record cannot be counted; the records before it are counted.</exception>
    public async Task AddRangeAsync(IAsyncEnumerable<ContactRecord> records, CancellationToken cancellationToken)
    {
        Guard.NotNull(records, nameof(records));
        await foreach (ContactRecord record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            Add(record);
        }
    }

    /// <summary>The counts so far, as an immutable, mergeable value.</summary>
    /// <returns>The aggregate.</returns>
    public ContactAggregate ToAggregate() => new(Granularity, new Dictionary<ObservationKey, long>(_counts));

    /// <summary>The reporting period a day is counted in.</summary>
    /// <param name="date">The day.</param>
    /// <param name="granularity">The periods.</param>
    /// <returns>The period.</returns>
    public static ReportingPeriod PeriodOf(LocalDate date, PeriodGranularity granularity) => granularity switch
    {
        PeriodGranularity.Day => ReportingPeriod.Day(date),
        PeriodGranularity.Month => ReportingPeriod.Month(date.Year, date.Month),
        PeriodGranularity.Quarter => ReportingPeriod.Quarter(date.Year, ((date.Month - 1) / 3) + 1),
        _ => ReportingPeriod.Year(date.Year),
    };

    private void Collect(ContactRecord record)
    {
        var calls = new ObservationKey(record.Helpline, PeriodOf(record.Date, Granularity), Metric.Calls);
        Count(calls);
        Count(calls.WithChannel(record.Channel));
        if (record.Outcome == ContactOutcome.Conversation)
        {
            ObservationKey conversations = calls.WithMetric(Metric.Conversations);
            Count(conversations);
            Count(conversations.WithChannel(record.Channel));
            foreach (Category topic in record.Topics)
            {
                Count(conversations.WithCategory(Checked(topic, Schema.Topic, "topic")));
            }
        }
        ObservationKey persons = calls.WithMetric(Metric.ContactPersons);
        Count(persons);
        Count(persons.WithCategory(Known(record.CallerRelation, Schema.CallerRelation, "caller relation")));
        Count(persons.WithCategory(Known(record.CallerGender, Schema.Gender, "caller gender")));
        Count(persons.WithCategory(record.Anonymous switch
        {
            true => AggregationSchema.Anonymity.Get("anonymous"),
            false => AggregationSchema.Anonymity.Get("identified"),
            null => AggregationSchema.Anonymity.Unknown,
        }));
        if (record.Victims.Count > 0)
        {
            ObservationKey victims = calls.WithMetric(Metric.PossibleVictims);
            Count(victims, record.Victims.Count);
            foreach (PossibleVictim victim in record.Victims)
            {
                foreach (Category kind in victim.KindsOfViolence)
                {
                    Count(victims.WithCategory(Checked(kind, Schema.KindOfViolence, "kind of violence")));
                }
                Count(victims.WithCategory(Known(victim.AgeGroup, Schema.AgeGroup, "victim age group")));
                Count(victims.WithCategory(Known(victim.Gender, Schema.Gender, "victim gender")));
                Count(victims.WithCategory(Known(victim.Context, Schema.ViolenceContext, "context of violence")));
            }
        }
        if (record.Referred)
        {
            Count(calls.WithMetric(Metric.Referrals));
        }
    }

    private void Count(ObservationKey key, long amount = 1) => _pending.Add((key, amount));

    private Category Known(Category? category, Taxonomy taxonomy, string field) =>
        category is null ? taxonomy.Unknown : Checked(category, taxonomy, field);

    private Category Checked(Category category, Taxonomy taxonomy, string field) =>
        taxonomy.Contains(category)
            ? category
            : throw new RecordException(RecordCount, $"the {field} '{category}' is not a category of taxonomy '{taxonomy.Id}'.");
}
