using System;
using System.Collections;
using System.Collections.Generic;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Records;

/// <summary>
/// Contact records held column by column: each field of every record in its own array (helpline, day, channel, outcome,
/// relation, gender and anonymity, referral), the multi-label fields (topics, victims and their kinds of violence) as
/// offsets into flat arrays. The form to keep many records in memory and to count them fast
/// (<see cref="ContactAggregator.Add(ContactRecordBatch)"/>, <see cref="ContactAggregate.Of(ContactRecordBatch, PeriodGranularity, int)"/>):
/// about 40 bytes a record instead of an object graph, read front to back without a pointer chase.
/// </summary>
/// <remarks>
/// <para>Categories are held as their positions in the <see cref="Schema"/>'s taxonomies, so a record whose category is not
/// in the schema is refused when added (<see cref="RecordException"/>) and nothing of it is kept. Reading a record back
/// (<see cref="this[int]"/>) gives an equal <see cref="ContactRecord"/>.</para>
/// <para>Not thread-safe while records are added; any number of threads may read and count a batch that is no longer
/// changed.</para>
/// </remarks>
public sealed class ContactRecordBatch : IReadOnlyList<ContactRecord>
{
    internal const int ConversationFlag = 1;
    internal const int AnonymityShift = 1;
    internal const int ReferredShift = 3;
    internal const int ReferredFlag = 1 << ReferredShift;

    private int _count;
    private int _topicCount;
    private int _victimCount;
    private int _kindCount;

    /// <summary>An empty batch.</summary>
    /// <param name="schema">The taxonomies the records' categories belong to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">A taxonomy of the schema has more than 65,535 categories.</exception>
    public ContactRecordBatch(AggregationSchema schema)
    {
        Schema = Guard.NotNull(schema, nameof(schema));
        Topics = new CategoryIndex(schema.Topic, "topic");
        Relations = new CategoryIndex(schema.CallerRelation, "caller relation");
        Genders = new CategoryIndex(schema.Gender, "gender");
        Kinds = new CategoryIndex(schema.KindOfViolence, "kind of violence");
        Ages = new CategoryIndex(schema.AgeGroup, "victim age group");
        Contexts = new CategoryIndex(schema.ViolenceContext, "context of violence");
        Clear();
    }

    /// <summary>The taxonomies the records' categories belong to.</summary>
    public AggregationSchema Schema { get; }

    /// <summary>How many records the batch holds.</summary>
    public int Count => _count;

    internal Interner<HelplineId> Helplines { get; } = new();
    internal Interner<Channel> Channels { get; } = new();
    internal CategoryIndex Topics { get; }
    internal CategoryIndex Relations { get; }
    internal CategoryIndex Genders { get; }
    internal CategoryIndex Kinds { get; }
    internal CategoryIndex Ages { get; }
    internal CategoryIndex Contexts { get; }

    // One entry per record.
    internal int[] HelplineColumn { get; private set; } = Array.Empty<int>();
    internal int[] DayColumn { get; private set; } = Array.Empty<int>();
    internal int[] ChannelColumn { get; private set; } = Array.Empty<int>();
    internal byte[] FlagColumn { get; private set; } = Array.Empty<byte>();
    internal ushort[] RelationColumn { get; private set; } = Array.Empty<ushort>();
    internal ushort[] CallerGenderColumn { get; private set; } = Array.Empty<ushort>();

    // Record i's topics are TopicColumn[TopicStart[i]..TopicStart[i + 1]], its victims likewise.
    internal int[] TopicStart { get; private set; } = new int[1];
    internal ushort[] TopicColumn { get; private set; } = Array.Empty<ushort>();
    internal int[] VictimStart { get; private set; } = new int[1];

    // One entry per victim; victim v's kinds are KindColumn[KindStart[v]..KindStart[v + 1]].
    internal ushort[] AgeColumn { get; private set; } = Array.Empty<ushort>();
    internal ushort[] VictimGenderColumn { get; private set; } = Array.Empty<ushort>();
    internal ushort[] ContextColumn { get; private set; } = Array.Empty<ushort>();
    internal int[] KindStart { get; private set; } = new int[1];
    internal ushort[] KindColumn { get; private set; } = Array.Empty<ushort>();

    /// <summary>The smallest day number of the records (see <see cref="IsoDays"/>), <see cref="int.MaxValue"/> when empty.</summary>
    internal int MinDay { get; private set; }

    /// <summary>The largest day number of the records, <see cref="int.MinValue"/> when empty.</summary>
    internal int MaxDay { get; private set; }

    /// <summary>The record at a position, read back as a <see cref="ContactRecord"/> equal to the one added.</summary>
    /// <param name="index">The position, from 0.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not a position of the batch.</exception>
    public ContactRecord this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"The batch holds {_count} records.");
            }
            int flags = FlagColumn[index];
            var topics = new Category[TopicStart[index + 1] - TopicStart[index]];
            for (int t = 0; t < topics.Length; t++)
            {
                topics[t] = Topics.Taxonomy.Categories[TopicColumn[TopicStart[index] + t]];
            }
            var victims = new PossibleVictim[VictimStart[index + 1] - VictimStart[index]];
            for (int v = 0; v < victims.Length; v++)
            {
                int victim = VictimStart[index] + v;
                var kinds = new Category[KindStart[victim + 1] - KindStart[victim]];
                for (int k = 0; k < kinds.Length; k++)
                {
                    kinds[k] = Kinds.Taxonomy.Categories[KindColumn[KindStart[victim] + k]];
                }
                victims[v] = new PossibleVictim(kinds, Ages.KnownAt(AgeColumn[victim]), Genders.KnownAt(VictimGenderColumn[victim]), Contexts.KnownAt(ContextColumn[victim]));
            }
            return new ContactRecord(
                Helplines[HelplineColumn[index]], IsoDays.ToDate(DayColumn[index]), Channels[ChannelColumn[index]],
                (flags & ConversationFlag) != 0 ? ContactOutcome.Conversation : ContactOutcome.NoConversation,
                Relations.KnownAt(RelationColumn[index]), Genders.KnownAt(CallerGenderColumn[index]),
                ((flags >> AnonymityShift) & 3) switch { 0 => true, 1 => false, _ => null },
                topics, victims, (flags & ReferredFlag) != 0);
        }
    }

    /// <summary>Adds a record.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="RecordException">A category of the record is not in the schema's taxonomy for its field (the position is the record's would-be position in the batch); nothing of it is kept.</exception>
    /// <exception cref="OverflowException">The batch already holds <see cref="int.MaxValue"/> records, victims or labels.</exception>
    public void Add(ContactRecord record) => Add(Guard.NotNull(record, nameof(record)), _count);

    /// <summary>Adds every record of a sequence.</summary>
    /// <param name="records">The records.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> or a record is null.</exception>
    /// <exception cref="RecordException">A record cannot be kept; the records before it are.</exception>
    public void AddRange(IEnumerable<ContactRecord> records)
    {
        Guard.NotNull(records, nameof(records));
        foreach (ContactRecord record in records)
        {
            Add(record ?? throw new ArgumentNullException(nameof(records), $"The record at position {_count} is null."));
        }
    }

    /// <summary>Removes every record; the arrays are kept, so refilling the batch allocates nothing.</summary>
    public void Clear()
    {
        _count = 0;
        _topicCount = 0;
        _victimCount = 0;
        _kindCount = 0;
        MinDay = int.MaxValue;
        MaxDay = int.MinValue;
    }

    /// <summary>The records, read back one by one.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<ContactRecord> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Adds a record, naming <paramref name="position"/> if it is refused.</summary>
    internal void Add(ContactRecord record, long position)
    {
        try
        {
            Category[] topics = record.TopicArray;
            for (int i = 0; i < topics.Length; i++)
            {
                AppendTopic(Topics.Of(topics[i], position));
            }
            PossibleVictim[] victims = record.VictimArray;
            for (int v = 0; v < victims.Length; v++)
            {
                PossibleVictim victim = victims[v];
                Category[] kinds = victim.KindArray;
                for (int k = 0; k < kinds.Length; k++)
                {
                    AppendKind(Kinds.Of(kinds[k], position));
                }
                AppendVictim(Ages.OfOrUnknown(victim.AgeGroup, position), Genders.OfOrUnknown(victim.Gender, position), Contexts.OfOrUnknown(victim.Context, position));
            }
            int flags = (record.Outcome == ContactOutcome.Conversation ? ConversationFlag : 0)
                | ((record.Anonymous switch { true => 0, false => 1, null => 2 }) << AnonymityShift)
                | (record.Referred ? ReferredFlag : 0);
            CommitRow(Helplines.IndexOf(record.Helpline), IsoDays.From(record.Date), Channels.IndexOf(record.Channel), flags,
                Relations.OfOrUnknown(record.CallerRelation, position), Genders.OfOrUnknown(record.CallerGender, position));
        }
        catch
        {
            AbortRow();
            throw;
        }
    }

    /// <summary>Appends a topic to the record being built.</summary>
    internal void AppendTopic(int topic)
    {
        if (_topicCount == TopicColumn.Length)
        {
            TopicColumn = Grown(TopicColumn, _topicCount + 1);
        }
        TopicColumn[_topicCount] = (ushort)topic;
        _topicCount = checked(_topicCount + 1);
    }

    /// <summary>Appends a kind of violence to the victim being built.</summary>
    internal void AppendKind(int kind)
    {
        if (_kindCount == KindColumn.Length)
        {
            KindColumn = Grown(KindColumn, _kindCount + 1);
        }
        KindColumn[_kindCount] = (ushort)kind;
        _kindCount = checked(_kindCount + 1);
    }

    /// <summary>Appends a victim, with the kinds appended since the previous victim, to the record being built.</summary>
    internal void AppendVictim(int age, int gender, int context)
    {
        if (_victimCount == AgeColumn.Length)
        {
            int needed = _victimCount + 1;
            AgeColumn = Grown(AgeColumn, needed);
            VictimGenderColumn = Grown(VictimGenderColumn, needed);
            ContextColumn = Grown(ContextColumn, needed);
            KindStart = StartsFor(KindStart, AgeColumn.Length);
        }
        AgeColumn[_victimCount] = (ushort)age;
        VictimGenderColumn[_victimCount] = (ushort)gender;
        ContextColumn[_victimCount] = (ushort)context;
        _victimCount = checked(_victimCount + 1);
        KindStart[_victimCount] = _kindCount;
    }

    /// <summary>Ends the record being built: its topics and victims are the ones appended since the previous record.</summary>
    internal void CommitRow(int helpline, int day, int channel, int flags, int relation, int callerGender)
    {
        if (_count == HelplineColumn.Length)
        {
            int needed = checked(_count + 1);
            HelplineColumn = Grown(HelplineColumn, needed);
            DayColumn = Grown(DayColumn, needed);
            ChannelColumn = Grown(ChannelColumn, needed);
            FlagColumn = Grown(FlagColumn, needed);
            RelationColumn = Grown(RelationColumn, needed);
            CallerGenderColumn = Grown(CallerGenderColumn, needed);
            TopicStart = StartsFor(TopicStart, HelplineColumn.Length);
            VictimStart = StartsFor(VictimStart, HelplineColumn.Length);
        }
        HelplineColumn[_count] = helpline;
        DayColumn[_count] = day;
        ChannelColumn[_count] = channel;
        FlagColumn[_count] = (byte)flags;
        RelationColumn[_count] = (ushort)relation;
        CallerGenderColumn[_count] = (ushort)callerGender;
        _count++;
        TopicStart[_count] = _topicCount;
        VictimStart[_count] = _victimCount;
        MinDay = Math.Min(MinDay, day);
        MaxDay = Math.Max(MaxDay, day);
    }

    /// <summary>Forgets what was appended for a record that is not committed.</summary>
    internal void AbortRow()
    {
        _topicCount = TopicStart[_count];
        _victimCount = VictimStart[_count];
        _kindCount = KindStart[_victimCount];
    }

    /// <summary>An offsets array resized to one entry more than its column holds items.</summary>
    private static int[] StartsFor(int[] starts, int columnLength)
    {
        Array.Resize(ref starts, checked(columnLength + 1));
        return starts;
    }

    private static T[] Grown<T>(T[] array, int needed)
    {
        int size = (int)Math.Min(Array.MaxLength, Math.Max((long)needed, Math.Max(16L, array.Length * 2L)));
        if (size < needed)
        {
            throw new OverflowException("A batch holds at most " + Array.MaxLength + " records, victims or labels.");
        }
        Array.Resize(ref array, size);
        return array;
    }
}
