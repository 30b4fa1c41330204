using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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

    // Where each count sits in a cell (the counts of one helpline and period): referrals and the anonymity split first,
    // then one run per taxonomy, then calls and conversations per channel, interleaved so that more channels only append.
    // Totals are not counted apart: calls and conversations are the sums over the channels, contact persons are the
    // calls (one per contact), and possible victims the sum over the age groups (every victim has one, maybe unknown).
    private const int ReferralsAt = 0;
    private const int AnonymityAt = 1;
    private const int TopicsAt = 4;
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
    private readonly List<RecordSource> _sources = new();
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

    /// <summary>
    /// Adds the counts of another aggregator of the same periods and schema (one that counted another part of the same
    /// input), cell by cell with checked sums: the same as counting its records here. <paramref name="other"/> is left as it was.
    /// </summary>
    /// <exception cref="ArgumentException">The periods or the schema differ.</exception>
    /// <exception cref="OverflowException">A count would exceed <see cref="long.MaxValue"/>.</exception>
    internal void Add(ContactAggregator other)
    {
        if (other.Granularity != Granularity || !other.Schema.Matches(Schema))
        {
            throw new ArgumentException("The aggregators count in other periods or other taxonomies.", nameof(other));
        }
        other.CountPending();
        CountPending();
        var channelMap = new int[other._channels.Count];
        for (int c = 0; c < channelMap.Length; c++)
        {
            channelMap[c] = _channels.IndexOf(other._channels[c]);
        }
        EnsureChannelCapacity(_channels.Count);
        foreach (((int helpline, int period), long[] theirs) in other._cells)
        {
            var key = (_helplines.IndexOf(other._helplines[helpline]), period);
            if (!_cells.TryGetValue(key, out long[]? ours))
            {
                ours = new long[CellLength];
                _cells.Add(key, ours);
            }
            for (int i = 0; i < _channelsAt; i++)
            {
                ours[i] = checked(ours[i] + theirs[i]);
            }
            for (int c = 0; c < channelMap.Length; c++)
            {
                int at = _channelsAt + (2 * channelMap[c]), from = other._channelsAt + (2 * c);
                ours[at] = checked(ours[at] + theirs[from]);
                ours[at + 1] = checked(ours[at + 1] + theirs[from + 1]);
            }
        }
        RecordCount = checked(RecordCount + other.RecordCount);
        foreach (RecordSource source in other._sources)
        {
            AddSource(source);
        }
    }

    /// <summary>Notes a records file read into this aggregator whole (<see cref="ContactAggregate.Sources"/>).</summary>
    /// <exception cref="RecordsCountedTwiceException">The aggregator has counted the same content before.</exception>
    internal void AddSource(RecordSource source)
    {
        if (_sources.Find(source.Equals) is RecordSource before)
        {
            throw new RecordsCountedTwiceException(before, source, nameof(source));
        }
        _sources.Add(source);
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
            ObservationKey conversations = calls.WithMetric(Metric.Conversations);
            long callCount = 0, conversationCount = 0;
            for (int c = 0; c < _channels.Count; c++)
            {
                long channelCalls = cell[_channelsAt + (2 * c)], channelConversations = cell[_channelsAt + (2 * c) + 1];
                Put(calls.WithChannel(_channels[c]), channelCalls);
                Put(conversations.WithChannel(_channels[c]), channelConversations);
                callCount = checked(callCount + channelCalls);
                conversationCount = checked(conversationCount + channelConversations);
            }
            Put(calls, callCount);
            Put(conversations, conversationCount);
            PutAll(conversations, cell, TopicsAt, Schema.Topic);
            ObservationKey persons = calls.WithMetric(Metric.ContactPersons);
            Put(persons, callCount); // every contact has one contact person
            PutAll(persons, cell, _relationsAt, Schema.CallerRelation);
            PutAll(persons, cell, _personGendersAt, Schema.Gender);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Get("anonymous")), cell[AnonymityAt]);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Get("identified")), cell[AnonymityAt + 1]);
            Put(persons.WithCategory(AggregationSchema.Anonymity.Unknown), cell[AnonymityAt + 2]);
            ObservationKey victims = calls.WithMetric(Metric.PossibleVictims);
            long victimCount = 0;
            for (int a = 0; a < Schema.AgeGroup.Categories.Count; a++)
            {
                victimCount = checked(victimCount + cell[_agesAt + a]);
            }
            Put(victims, victimCount);
            PutAll(victims, cell, _kindsAt, Schema.KindOfViolence);
            PutAll(victims, cell, _agesAt, Schema.AgeGroup);
            PutAll(victims, cell, _victimGendersAt, Schema.Gender);
            PutAll(victims, cell, _contextsAt, Schema.ViolenceContext);
            Put(calls.WithMetric(Metric.Referrals), cell[ReferralsAt]);
        }
        return new ContactAggregate(Granularity, counts, _sources);
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
        if (start < 0 || end > batch.Count || start > end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Rows {start} to {end} are not within a batch of {batch.Count}.");
        }
        if (start == end)
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

        // The hot loop reads the columns and bumps the counts through references without bounds checks. What keeps every
        // index in range: rows lie in [0, batch.Count); the offsets of a row lie within their columns; category values
        // are positions in the schema's taxonomies (the batch stores nothing else, and its schema matches ours), which
        // the cell layout has a run for; channel offsets are within the capacity ensured above; slots are below
        // the table's size. The increments stay checked.
        ref int helplineColumn = ref MemoryMarshal.GetArrayDataReference(batch.HelplineColumn);
        ref int dayColumn = ref MemoryMarshal.GetArrayDataReference(batch.DayColumn);
        ref int channelColumn = ref MemoryMarshal.GetArrayDataReference(batch.ChannelColumn);
        ref byte flagColumn = ref MemoryMarshal.GetArrayDataReference(batch.FlagColumn);
        ref ushort relationColumn = ref MemoryMarshal.GetArrayDataReference(batch.RelationColumn);
        ref ushort callerGenderColumn = ref MemoryMarshal.GetArrayDataReference(batch.CallerGenderColumn);
        ref int topicStart = ref MemoryMarshal.GetArrayDataReference(batch.TopicStart);
        ref ushort topicColumn = ref MemoryMarshal.GetArrayDataReference(batch.TopicColumn);
        ref int victimStart = ref MemoryMarshal.GetArrayDataReference(batch.VictimStart);
        ref ushort ageColumn = ref MemoryMarshal.GetArrayDataReference(batch.AgeColumn);
        ref ushort victimGenderColumn = ref MemoryMarshal.GetArrayDataReference(batch.VictimGenderColumn);
        ref ushort contextColumn = ref MemoryMarshal.GetArrayDataReference(batch.ContextColumn);
        ref int kindStart = ref MemoryMarshal.GetArrayDataReference(batch.KindStart);
        ref ushort kindColumn = ref MemoryMarshal.GetArrayDataReference(batch.KindColumn);
        int relationsAt = _relationsAt, personGendersAt = _personGendersAt, kindsAt = _kindsAt, agesAt = _agesAt,
            victimGendersAt = _victimGendersAt, contextsAt = _contextsAt;
        // Rows come in runs of the same helpline and day (registrations are mostly in date order): the per-row fields of
        // a run are counted row by row, then its victims and their kinds in two flat loops, which keeps the loops long
        // and their branches predictable. Conversations and referrals are added as 0 or 1 rather than branched on.
        int row = start;
        while (row < end)
        {
            int helpline = Unsafe.Add(ref helplineColumn, row);
            int day = Unsafe.Add(ref dayColumn, row);
            long[] cellArray;
            if (table is not null)
            {
                int slot = (int)((helpline * daySpan) + (day - minDay));
                cellArray = table[slot] ??= CellOf(helplineMap[helpline], day);
            }
            else
            {
                cellArray = CellOf(helplineMap[helpline], day);
            }
            ref long cell = ref MemoryMarshal.GetArrayDataReference(cellArray);
            int runStart = row;
            for (; row < end && Unsafe.Add(ref dayColumn, row) == day && Unsafe.Add(ref helplineColumn, row) == helpline; row++)
            {
                int channel = channelMap[Unsafe.Add(ref channelColumn, row)];
                int flags = Unsafe.Add(ref flagColumn, row);
                int conversation = flags & ContactRecordBatch.ConversationFlag;
                Unsafe.Add(ref cell, channel)++;
                Unsafe.Add(ref cell, channel + 1) += conversation;
                for (int t = Unsafe.Add(ref topicStart, row), endTopic = Unsafe.Add(ref topicStart, row + 1); t < endTopic; t++)
                {
                    Unsafe.Add(ref cell, TopicsAt + Unsafe.Add(ref topicColumn, t)) += conversation;
                }
                Unsafe.Add(ref cell, relationsAt + Unsafe.Add(ref relationColumn, row))++;
                Unsafe.Add(ref cell, personGendersAt + Unsafe.Add(ref callerGenderColumn, row))++;
                Unsafe.Add(ref cell, AnonymityAt + ((flags >> ContactRecordBatch.AnonymityShift) & 3))++;
                Unsafe.Add(ref cell, ReferralsAt) += (flags >> ContactRecordBatch.ReferredShift) & 1;
            }
            int firstVictim = Unsafe.Add(ref victimStart, runStart), endVictim = Unsafe.Add(ref victimStart, row);
            for (int v = firstVictim; v < endVictim; v++)
            {
                Unsafe.Add(ref cell, agesAt + Unsafe.Add(ref ageColumn, v))++;
                Unsafe.Add(ref cell, victimGendersAt + Unsafe.Add(ref victimGenderColumn, v))++;
                Unsafe.Add(ref cell, contextsAt + Unsafe.Add(ref contextColumn, v))++;
            }
            for (int k = Unsafe.Add(ref kindStart, firstVictim), endKind = Unsafe.Add(ref kindStart, endVictim); k < endKind; k++)
            {
                Unsafe.Add(ref cell, kindsAt + Unsafe.Add(ref kindColumn, k))++;
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
