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
/// <para>Counting works on dense arrays per helpline and period, indexed by interned channels and categories, so adding a
/// record allocates nothing once its helpline, period and channel have been seen; observation keys are made only in
/// <see cref="ToAggregate"/>. Memory grows with the number of distinct helplines, periods and categories, not with the
/// number of records, so a stream of any length aggregates in flat memory.</para>
/// <para>Not thread-safe: aggregate shards separately and merge the aggregates (<see cref="ContactAggregate.Merge"/>).</para>
/// </remarks>
public sealed class ContactAggregator
{
    private readonly Interner<HelplineId> _helplines = new();
    private readonly Interner<Channel> _channels = new();
    private readonly CategoryIndex _topics;
    private readonly CategoryIndex _relations;
    private readonly CategoryIndex _genders;
    private readonly CategoryIndex _kinds;
    private readonly CategoryIndex _ages;
    private readonly CategoryIndex _contexts;
    private readonly Dictionary<(int Helpline, int Period), Cell> _cells = new();
    private readonly List<int> _kindScratch = new();
    private Cell? _lastCell;
    private (int Helpline, int Period) _lastKey = (-1, int.MinValue);

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
        _topics = new CategoryIndex(schema.Topic, "topic");
        _relations = new CategoryIndex(schema.CallerRelation, "caller relation");
        _genders = new CategoryIndex(schema.Gender, "gender");
        _kinds = new CategoryIndex(schema.KindOfViolence, "kind of violence");
        _ages = new CategoryIndex(schema.AgeGroup, "victim age group");
        _contexts = new CategoryIndex(schema.ViolenceContext, "context of violence");
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
        long position = RecordCount;
        // First every index (which validates the record), then the counting, so that a refused record counts for nothing.
        int relation = _relations.OfOrUnknown(record.CallerRelation, position);
        int callerGender = _genders.OfOrUnknown(record.CallerGender, position);
        Category[] topics = record.TopicArray;
        for (int i = 0; i < topics.Length; i++)
        {
            _topics.Of(topics[i], position);
        }
        PossibleVictim[] victims = record.VictimArray;
        _kindScratch.Clear();
        for (int v = 0; v < victims.Length; v++)
        {
            PossibleVictim victim = victims[v];
            Category[] kinds = victim.KindArray;
            for (int k = 0; k < kinds.Length; k++)
            {
                _kindScratch.Add(_kinds.Of(kinds[k], position));
            }
            _ages.OfOrUnknown(victim.AgeGroup, position);
            _genders.OfOrUnknown(victim.Gender, position);
            _contexts.OfOrUnknown(victim.Context, position);
        }

        Cell cell = CellOf(record);
        int channel = _channels.IndexOf(record.Channel);
        cell.Calls++;
        Increment(ref cell.CallsByChannel, channel);
        if (record.Outcome == ContactOutcome.Conversation)
        {
            cell.Conversations++;
            Increment(ref cell.ConversationsByChannel, channel);
            for (int i = 0; i < topics.Length; i++)
            {
                cell.Topics[_topics.Of(topics[i], position)]++;
            }
        }
        cell.Persons++;
        cell.Relations[relation]++;
        cell.PersonGenders[callerGender]++;
        cell.Anonymity[record.Anonymous switch { true => 0, false => 1, null => 2 }]++;
        if (victims.Length > 0)
        {
            cell.Victims = checked(cell.Victims + victims.Length);
            for (int k = 0; k < _kindScratch.Count; k++)
            {
                cell.Kinds[_kindScratch[k]]++;
            }
            for (int v = 0; v < victims.Length; v++)
            {
                PossibleVictim victim = victims[v];
                cell.Ages[_ages.OfOrUnknown(victim.AgeGroup, position)]++;
                cell.VictimGenders[_genders.OfOrUnknown(victim.Gender, position)]++;
                cell.Contexts[_contexts.OfOrUnknown(victim.Context, position)]++;
            }
        }
        if (record.Referred)
        {
            cell.Referrals++;
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

    /// <summary>The counts so far, as an immutable, mergeable value (only the keys that were counted at least once).</summary>
    /// <returns>The aggregate.</returns>
    public ContactAggregate ToAggregate()
    {
        var counts = new Dictionary<ObservationKey, long>();
        void Put(ObservationKey key, long value)
        {
            if (value > 0)
            {
                counts[key] = value;
            }
        }
        void PutAll(ObservationKey total, long[] byCategory, CategoryIndex index)
        {
            for (int i = 0; i < byCategory.Length; i++)
            {
                Put(total.WithCategory(index.Taxonomy.Categories[i]), byCategory[i]);
            }
        }
        foreach (((int helpline, int period), Cell cell) in _cells)
        {
            var calls = new ObservationKey(_helplines[helpline], PeriodOfCode(period), Metric.Calls);
            Put(calls, cell.Calls);
            ObservationKey conversations = calls.WithMetric(Metric.Conversations);
            Put(conversations, cell.Conversations);
            for (int c = 0; c < Math.Min(cell.CallsByChannel.Length, _channels.Count); c++)
            {
                Put(calls.WithChannel(_channels[c]), cell.CallsByChannel[c]);
            }
            for (int c = 0; c < Math.Min(cell.ConversationsByChannel.Length, _channels.Count); c++)
            {
                Put(conversations.WithChannel(_channels[c]), cell.ConversationsByChannel[c]);
            }
            PutAll(conversations, cell.Topics, _topics);
            ObservationKey persons = calls.WithMetric(Metric.ContactPersons);
            Put(persons, cell.Persons);
            PutAll(persons, cell.Relations, _relations);
            PutAll(persons, cell.PersonGenders, _genders);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Get("anonymous")), cell.Anonymity[0]);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Get("identified")), cell.Anonymity[1]);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Unknown), cell.Anonymity[2]);
            ObservationKey victims = calls.WithMetric(Metric.PossibleVictims);
            Put(victims, cell.Victims);
            PutAll(victims, cell.Kinds, _kinds);
            PutAll(victims, cell.Ages, _ages);
            PutAll(victims, cell.VictimGenders, _genders);
            PutAll(victims, cell.Contexts, _contexts);
            Put(calls.WithMetric(Metric.Referrals), cell.Referrals);
        }
        return new ContactAggregate(Granularity, counts);
    }

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

    private int CodeOf(LocalDate date) => Granularity switch
    {
        PeriodGranularity.Day => (date.Year * 400) + date.DayOfYear,
        PeriodGranularity.Month => (date.Year * 12) + date.Month - 1,
        PeriodGranularity.Quarter => (date.Year * 4) + ((date.Month - 1) / 3),
        _ => date.Year,
    };

    private ReportingPeriod PeriodOfCode(int code) => Granularity switch
    {
        PeriodGranularity.Day => ReportingPeriod.Day(new LocalDate(code / 400, 1, 1).PlusDays((code % 400) - 1)),
        PeriodGranularity.Month => ReportingPeriod.Month(code / 12, (code % 12) + 1),
        PeriodGranularity.Quarter => ReportingPeriod.Quarter(code / 4, (code % 4) + 1),
        _ => ReportingPeriod.Year(code),
    };

    private Cell CellOf(ContactRecord record)
    {
        var key = (_helplines.IndexOf(record.Helpline), CodeOf(record.Date));
        if (_lastCell is not null && key == _lastKey)
        {
            return _lastCell;
        }
        if (!_cells.TryGetValue(key, out Cell? cell))
        {
            cell = new Cell(_topics.Size, _relations.Size, _genders.Size, _kinds.Size, _ages.Size, _contexts.Size);
            _cells.Add(key, cell);
        }
        _lastKey = key;
        _lastCell = cell;
        return cell;
    }

    private static void Increment(ref long[] counts, int index)
    {
        if (index >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(index + 1, counts.Length * 2));
        }
        counts[index]++;
    }

    /// <summary>The counts of one helpline and period.</summary>
    private sealed class Cell(int topics, int relations, int genders, int kinds, int ages, int contexts)
    {
        internal long Calls;
        internal long Conversations;
        internal long Persons;
        internal long Victims;
        internal long Referrals;
        internal long[] CallsByChannel = new long[4];
        internal long[] ConversationsByChannel = new long[4];
        internal readonly long[] Topics = new long[topics];
        internal readonly long[] Relations = new long[relations];
        internal readonly long[] PersonGenders = new long[genders];
        internal readonly long[] Anonymity = new long[3];
        internal readonly long[] Kinds = new long[kinds];
        internal readonly long[] Ages = new long[ages];
        internal readonly long[] VictimGenders = new long[genders];
        internal readonly long[] Contexts = new long[contexts];
    }

    /// <summary>Dense indices for values seen so far; the same instance is found by reference, an equal one by value.</summary>
    private sealed class Interner<T> where T : class
    {
        private readonly Dictionary<T, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<T, int> _byValue = new();
        private readonly List<T> _values = new();

        internal T this[int index] => _values[index];

        internal int Count => _values.Count;

        internal int IndexOf(T value)
        {
            if (_byReference.TryGetValue(value, out int index))
            {
                return index;
            }
            if (!_byValue.TryGetValue(value, out index))
            {
                index = _values.Count;
                _values.Add(value);
                _byValue.Add(value, index);
            }
            _byReference[value] = index;
            return index;
        }
    }

    /// <summary>The position of a category in its taxonomy, found by reference after the first time; refuses categories of other taxonomies.</summary>
    private sealed class CategoryIndex(Taxonomy taxonomy, string field)
    {
        private readonly Dictionary<Category, int> _byReference = new(ReferenceEqualityComparer.Instance);
        private readonly int _unknown = IndexIn(taxonomy, taxonomy.Unknown);

        internal Taxonomy Taxonomy => taxonomy;

        internal int Size => taxonomy.Categories.Count;

        internal int OfOrUnknown(Category? category, long position) => category is null ? _unknown : Of(category, position);

        internal int Of(Category category, long position)
        {
            if (_byReference.TryGetValue(category, out int index))
            {
                return index;
            }
            if (!taxonomy.Contains(category))
            {
                throw new RecordException(position, $"the {field} '{category}' is not a category of taxonomy '{taxonomy.Id}'.");
            }
            index = IndexIn(taxonomy, category);
            _byReference[category] = index;
            return index;
        }

        private static int IndexIn(Taxonomy taxonomy, Category category)
        {
            for (int i = 0; i < taxonomy.Categories.Count; i++)
            {
                if (taxonomy.Categories[i].Equals(category))
                {
                    return i;
                }
            }
            return -1;
        }
    }
}
