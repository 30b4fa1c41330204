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
/// <para>Counting works column by column on a <see cref="ContactRecordBatch"/> (records added one at a time are gathered
/// in a small batch of the aggregator's own and counted a block at a time), into one dense array of counts per helpline
/// and period, indexed by interned channels and by the categories' positions in their taxonomies; observation keys are
/// made only in <see cref="ToAggregate"/>. Nothing is allocated per record, and memory grows with the number of distinct
/// helplines, periods, channels and categories, not with the number of records, so a stream of any length aggregates in
/// flat memory.</para>
/// <para>Not thread-safe: aggregate shards separately and merge the aggregates (<see cref="ContactAggregate.Merge"/>).</para>
/// </remarks>
public sealed class ContactAggregator
{
    /// <summary>How many records added one at a time are gathered before they are counted.</summary>
    private const int PendingBlock = 4096;

    /// <summary>Above this many (helpline, day) slots a batch's cells are looked up by key instead of in a table.</summary>
    private const int MaxDayTable = 1 << 20;

    // Where each count sits in a cell (the counts of one helpline and period): five totals and the anonymity split first,
    // then one run per taxonomy, then calls and conversations per channel, interleaved so that more channels only append.
    private const int CallsAt = 0;
    private const int ConversationsAt = 1;
    private const int VictimsAt = 2;
    private const int ReferralsAt = 3;
    private const int AnonymityAt = 4;
    private const int TopicsAt = 7;
    private readonly int _relationsAt;
    private readonly int _personGendersAt;
    private readonly int _kindsAt;
    private readonly int _agesAt;
    private readonly int _victimGendersAt;
    private readonly int _contextsAt;
    private readonly int _channelsAt;

    private readonly Interner<HelplineId> _helplines = new();
    private readonly Interner<Channel> _channels = new();
    private readonly ContactRecordBatch _pending;
    private readonly Dictionary<(int Helpline, int Period), long[]> _cells = new();
    private int _channelCapacity = 4;

    // Scratch reused from one batch to the next, so counting a batch allocates nothing once they are large enough.
    private int[] _helplineMap = Array.Empty<int>();
    private int[] _channelMap = Array.Empty<int>();
    private long[]?[] _dayTable = Array.Empty<long[]?>();

    /// <summary>An empty aggregator.</summary>
    /// <param name="granularity">The periods to count in.</param>
    /// <param name="schema">The taxonomies of the categorised fields.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="granularity"/> is not defined.</exception>
    /// <exception cref="ArgumentException">A taxonomy of the schema has more than 65,535 categories.</exception>
    public ContactAggregator(PeriodGranularity granularity, AggregationSchema schema)
    {
        if (!Enum.IsDefined(granularity))
        {
            throw new ArgumentOutOfRangeException(nameof(granularity), granularity, "Not a defined granularity.");
        }
        Granularity = granularity;
        Schema = Guard.NotNull(schema, nameof(schema));
        _pending = new ContactRecordBatch(schema);
        _relationsAt = TopicsAt + schema.Topic.Categories.Count;
        _personGendersAt = _relationsAt + schema.CallerRelation.Categories.Count;
        _kindsAt = _personGendersAt + schema.Gender.Categories.Count;
        _agesAt = _kindsAt + schema.KindOfViolence.Categories.Count;
        _victimGendersAt = _agesAt + schema.AgeGroup.Categories.Count;
        _contextsAt = _victimGendersAt + schema.Gender.Categories.Count;
        _channelsAt = _contextsAt + schema.ViolenceContext.Categories.Count;
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
        _pending.Add(record, RecordCount);
        RecordCount++;
        if (_pending.Count == PendingBlock)
        {
            CountPending();
        }
    }

    /// <summary>Counts every record of a batch, column by column: the fast path for records held in memory.</summary>
    /// <param name="batch">The records, whose schema must equal this aggregator's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="batch"/> is null.</exception>
    /// <exception cref="ArgumentException">The batch's schema differs from the aggregator's.</exception>
    public void Add(ContactRecordBatch batch)
    {
        Guard.NotNull(batch, nameof(batch));
        if (!batch.Schema.Matches(Schema))
        {
            throw new ArgumentException("The batch's records are categorised in other taxonomies than the aggregator counts in.", nameof(batch));
        }
        Count(batch, 0, batch.Count);
        RecordCount += batch.Count;
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
        CountPending();
        var counts = new Dictionary<ObservationKey, long>();
        void Put(ObservationKey key, long value)
        {
            if (value > 0)
            {
                counts[key] = value;
            }
        }
        void PutAll(ObservationKey total, long[] cell, int at, Taxonomy taxonomy)
        {
            for (int i = 0; i < taxonomy.Categories.Count; i++)
            {
                Put(total.WithCategory(taxonomy.Categories[i]), cell[at + i]);
            }
        }
        foreach (((int helpline, int period), long[] cell) in _cells)
        {
            var calls = new ObservationKey(_helplines[helpline], PeriodOfCode(period), Metric.Calls);
            Put(calls, cell[CallsAt]);
            ObservationKey conversations = calls.WithMetric(Metric.Conversations);
            Put(conversations, cell[ConversationsAt]);
            for (int c = 0; c < _channels.Count; c++)
            {
                Put(calls.WithChannel(_channels[c]), cell[_channelsAt + (2 * c)]);
                Put(conversations.WithChannel(_channels[c]), cell[_channelsAt + (2 * c) + 1]);
            }
            PutAll(conversations, cell, TopicsAt, Schema.Topic);
            ObservationKey persons = calls.WithMetric(Metric.ContactPersons);
            Put(persons, cell[CallsAt]); // every contact has one contact person
            PutAll(persons, cell, _relationsAt, Schema.CallerRelation);
            PutAll(persons, cell, _personGendersAt, Schema.Gender);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Get("anonymous")), cell[AnonymityAt]);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Get("identified")), cell[AnonymityAt + 1]);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Unknown), cell[AnonymityAt + 2]);
            ObservationKey victims = calls.WithMetric(Metric.PossibleVictims);
            Put(victims, cell[VictimsAt]);
            PutAll(victims, cell, _kindsAt, Schema.KindOfViolence);
            PutAll(victims, cell, _agesAt, Schema.AgeGroup);
            PutAll(victims, cell, _victimGendersAt, Schema.Gender);
            PutAll(victims, cell, _contextsAt, Schema.ViolenceContext);
            Put(calls.WithMetric(Metric.Referrals), cell[ReferralsAt]);
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

    /// <summary>Counts the records <paramref name="start"/> to <paramref name="end"/> (exclusive) of a batch of the same schema; does not touch <see cref="RecordCount"/>.</summary>
    internal void Count(ContactRecordBatch batch, int start, int end)
    {
        if (start >= end)
        {
            return;
        }
        // Map the batch's helplines and channels to the aggregator's, and make room for new channels in every cell.
        int helplineCount = batch.Helplines.Count;
        int[] helplineMap = Scratch(ref _helplineMap, helplineCount);
        for (int h = 0; h < helplineCount; h++)
        {
            helplineMap[h] = _helplines.IndexOf(batch.Helplines[h]);
        }
        int channelCount = batch.Channels.Count;
        int[] channelMap = Scratch(ref _channelMap, channelCount);
        for (int c = 0; c < channelCount; c++)
        {
            channelMap[c] = _channelsAt + (2 * _channels.IndexOf(batch.Channels[c]));
        }
        EnsureChannelCapacity(_channels.Count);

        // One slot per helpline and day of the batch holds the cell the day is counted in, looked up once.
        int minDay = batch.MinDay;
        long daySpan = (long)batch.MaxDay - minDay + 1;
        long slots = daySpan * helplineCount;
        long[]?[]? table = null;
        if (slots <= MaxDayTable)
        {
            table = _dayTable.Length >= slots ? _dayTable : (_dayTable = new long[]?[Math.Max(slots, 512)]);
            Array.Clear(table, 0, (int)slots);
        }

        int[] helplineColumn = batch.HelplineColumn, dayColumn = batch.DayColumn, channelColumn = batch.ChannelColumn;
        int[] topicStart = batch.TopicStart, victimStart = batch.VictimStart, kindStart = batch.KindStart;
        byte[] flagColumn = batch.FlagColumn;
        ushort[] relationColumn = batch.RelationColumn, callerGenderColumn = batch.CallerGenderColumn, topicColumn = batch.TopicColumn;
        ushort[] ageColumn = batch.AgeColumn, victimGenderColumn = batch.VictimGenderColumn, contextColumn = batch.ContextColumn, kindColumn = batch.KindColumn;
        int relationsAt = _relationsAt, personGendersAt = _personGendersAt, kindsAt = _kindsAt, agesAt = _agesAt,
            victimGendersAt = _victimGendersAt, contextsAt = _contextsAt;
        for (int row = start; row < end; row++)
        {
            int helpline = helplineColumn[row];
            int day = dayColumn[row];
            long[] cell;
            if (table is not null)
            {
                int slot = (int)((helpline * daySpan) + (day - minDay));
                cell = table[slot] ??= CellOf(helplineMap[helpline], day);
            }
            else
            {
                cell = CellOf(helplineMap[helpline], day);
            }
            int channel = channelMap[channelColumn[row]];
            int flags = flagColumn[row];
            cell[CallsAt]++;
            cell[channel]++;
            if ((flags & ContactRecordBatch.ConversationFlag) != 0)
            {
                cell[ConversationsAt]++;
                cell[channel + 1]++;
                for (int t = topicStart[row]; t < topicStart[row + 1]; t++)
                {
                    cell[TopicsAt + topicColumn[t]]++;
                }
            }
            cell[relationsAt + relationColumn[row]]++;
            cell[personGendersAt + callerGenderColumn[row]]++;
            cell[AnonymityAt + ((flags >> ContactRecordBatch.AnonymityShift) & 3)]++;
            int firstVictim = victimStart[row], endVictim = victimStart[row + 1];
            cell[VictimsAt] += endVictim - firstVictim;
            for (int v = firstVictim; v < endVictim; v++)
            {
                cell[agesAt + ageColumn[v]]++;
                cell[victimGendersAt + victimGenderColumn[v]]++;
                cell[contextsAt + contextColumn[v]]++;
                for (int k = kindStart[v]; k < kindStart[v + 1]; k++)
                {
                    cell[kindsAt + kindColumn[k]]++;
                }
            }
            if ((flags & ContactRecordBatch.ReferredFlag) != 0)
            {
                cell[ReferralsAt]++;
            }
        }
    }

    private void CountPending()
    {
        Count(_pending, 0, _pending.Count);
        _pending.Clear();
    }

    private static int[] Scratch(ref int[] scratch, int length) => scratch.Length >= length ? scratch : (scratch = new int[Math.Max(length, 8)]);

    private void EnsureChannelCapacity(int channels)
    {
        if (channels <= _channelCapacity)
        {
            return;
        }
        _channelCapacity = Math.Max(channels, _channelCapacity * 2);
        foreach ((int, int) key in new List<(int, int)>(_cells.Keys))
        {
            long[] cell = _cells[key];
            Array.Resize(ref cell, CellLength);
            _cells[key] = cell;
        }
    }

    private int CellLength => _channelsAt + (2 * _channelCapacity);

    private long[] CellOf(int helpline, int day)
    {
        var key = (helpline, CodeOf(day));
        if (!_cells.TryGetValue(key, out long[]? cell))
        {
            cell = new long[CellLength];
            _cells.Add(key, cell);
        }
        return cell;
    }

    private int CodeOf(int dayNumber)
    {
        if (Granularity == PeriodGranularity.Day)
        {
            return dayNumber;
        }
        (int year, int month, _) = IsoDays.ToCivil(dayNumber);
        return Granularity switch
        {
            PeriodGranularity.Month => (year * 12) + month - 1,
            PeriodGranularity.Quarter => (year * 4) + ((month - 1) / 3),
            _ => year,
        };
    }

    private ReportingPeriod PeriodOfCode(int code) => Granularity switch
    {
        PeriodGranularity.Day => ReportingPeriod.Day(IsoDays.ToDate(code)),
        PeriodGranularity.Month => ReportingPeriod.Month(code / 12, (code % 12) + 1),
        PeriodGranularity.Quarter => ReportingPeriod.Quarter(code / 4, (code % 4) + 1),
        _ => ReportingPeriod.Year(code),
    };
}
