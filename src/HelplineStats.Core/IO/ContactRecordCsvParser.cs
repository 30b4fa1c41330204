using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.IO;

/// <summary>
/// Reads the rows of a records CSV (<see cref="ContactRecordCsv"/>) straight into a <see cref="ContactRecordBatch"/>:
/// lines are cut out of a reused buffer of UTF-8 bytes (never decoded to UTF-16), fields out of the line, and each field
/// is turned into its column value through byte-span lookups, so a row costs no allocation once its helpline and channel
/// have been seen. The format has no quoting, so a line end always ends a row: what lets a file be cut at line ends and
/// its parts read on several cores, each by a parser of its own that starts without the header. A row is checked
/// whole before it is kept; a bad one stops the reading with a <see cref="DataFormatException"/> naming file, line and
/// column, after the good rows before it have been handed out.
/// </summary>
internal sealed class ContactRecordCsvParser
{
    private const int FieldCount = 10;

    /// <summary>The fewest bytes read at a time: the buffer grows rather than read less.</summary>
    private const int MinRead = 4096;

    private static readonly string[] Columns = ContactRecordCsv.Header.Split(',');
    private static readonly byte[] HeaderBytes = Encoding.UTF8.GetBytes(ContactRecordCsv.Header);
    private static readonly TokenTable Outcomes = TokenTable.TryCreate(new[] { ("conversation", ContactRecordBatch.ConversationFlag), ("no-conversation", 0) })!;
    private static readonly TokenTable Anonymities = TokenTable.TryCreate(new[] { ("true", 0), ("false", 1), ("", 2) })!;
    private static readonly TokenTable Referrals = TokenTable.TryCreate(new[] { ("true", ContactRecordBatch.ReferredFlag), ("false", 0) })!;

    private readonly Utf8Input _input;
    private readonly string _source;

    private readonly IdField<HelplineId> _helplines;
    private readonly IdField<Channel> _channels = new(Channel.Of);
    private readonly CategoryField _relations;
    private readonly CategoryField _genders;
    private readonly CategoryField _topics;
    private readonly CategoryField _kinds;
    private readonly CategoryField _ages;
    private readonly CategoryField _contexts;
    private ulong _lastDateHead;
    private ushort _lastDateTail;
    private int _lastDay = -1;
    private int[] _labels = new int[8];
    private int[] _separators = new int[64];
    private int[] _separatorsInBuffer = new int[4096];
    private int _separatorCount;
    private int _nextSeparator;
    private int _lineStart;

    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfInput;
    private bool _headerRead;
    private long _line;
    private DataFormatException? _deferred;

    /// <summary>A parser of the rows of <paramref name="input"/>, which starts with the header unless <paramref name="header"/> is false (a later part of a file).</summary>
    internal ContactRecordCsvParser(Utf8Input input, string source, AggregationSchema schema, IReadOnlySet<HelplineId>? helplines = null, bool header = true)
    {
        _input = input;
        _source = source;
        _headerRead = !header;
        Func<HelplineId, string?>? unknown = helplines is null ? null : id => helplines.Contains(id)
            ? null
            : $"the helpline '{id}' is not one of the helplines known here ({string.Join(", ", System.Linq.Enumerable.Order(helplines))})";
        _helplines = new IdField<HelplineId>(HelplineId.Of, unknown);
        _relations = new CategoryField(schema.CallerRelation);
        _genders = new CategoryField(schema.Gender);
        _topics = new CategoryField(schema.Topic);
        _kinds = new CategoryField(schema.KindOfViolence);
        _ages = new CategoryField(schema.AgeGroup);
        _contexts = new CategoryField(schema.ViolenceContext);
    }

    /// <summary>How many lines have been read, the header and empty lines included.</summary>
    internal long Lines => _line;

    /// <summary>
    /// Appends up to <paramref name="maxRows"/> rows to <paramref name="batch"/> (whose schema is the parser's).
    /// Returns false when the input is exhausted and nothing was appended.
    /// </summary>
    internal bool Fill(ContactRecordBatch batch, int maxRows)
    {
        if (_deferred is not null)
        {
            DataFormatException deferred = _deferred;
            _deferred = null;
            _endOfInput = true;
            _start = _end;
            throw deferred;
        }
        if (!_headerRead)
        {
            bool any = NextLine(out ReadOnlySpan<byte> header, out _);
            if (!any || !header.SequenceEqual(HeaderBytes))
            {
                if (any)
                {
                    FileKinds.Require(FileKinds.OfCsvHeader(header), FileKind.Records, _source);
                }
                throw new DataFormatException(_source, "header", $"expected the header \"{ContactRecordCsv.Header}\"", 1);
            }
            _headerRead = true;
        }
        int appended = 0;
        while (appended < maxRows)
        {
            try
            {
                if (!NextLine(out ReadOnlySpan<byte> line, out ReadOnlySpan<int> commas))
                {
                    break;
                }
                if (line.IsEmpty)
                {
                    continue;
                }
                ParseRow(line, commas, batch);
                appended++;
            }
            catch (DataFormatException e)
            {
                batch.AbortRow();
                if (appended == 0)
                {
                    throw;
                }
                _deferred = e; // hand out the good rows first (a line too long included); the error comes with the next call
                break;
            }
        }
        return appended > 0;
    }

    /// <summary>
    /// The next line (without its line end) and where its commas are (positions in the buffer): the buffered text is
    /// scanned once for commas and line ends together, so a line and its fields cost no search of their own. A row of
    /// ten fields is nine commas then a line end, found with one test of ten entries.
    /// </summary>
    private bool NextLine(out ReadOnlySpan<byte> line, out ReadOnlySpan<int> commas)
    {
        while (true)
        {
            int next = _nextSeparator;
            int[] separators = _separatorsInBuffer;
            if (next + FieldCount <= _separatorCount)
            {
                ref int first = ref separators[next];
                int commasOr = first | Unsafe.Add(ref first, 1) | Unsafe.Add(ref first, 2) | Unsafe.Add(ref first, 3) | Unsafe.Add(ref first, 4)
                    | Unsafe.Add(ref first, 5) | Unsafe.Add(ref first, 6) | Unsafe.Add(ref first, 7) | Unsafe.Add(ref first, 8);
                if ((commasOr | ~Unsafe.Add(ref first, FieldCount - 1)) >= 0)
                {
                    next += FieldCount - 1;
                }
                else
                {
                    while (next < _separatorCount && separators[next] >= 0)
                    {
                        next++;
                    }
                }
            }
            else
            {
                while (next < _separatorCount && separators[next] >= 0)
                {
                    next++;
                }
            }
            if (next < _separatorCount || (_endOfInput && _start < _end))
            {
                int lineEnd = next < _separatorCount ? ~separators[next] : _end;
                if (lineEnd - _start > ContactRecordCsv.MaxLineLength)
                {
                    throw LineTooLong();
                }
                line = _buffer.AsSpan(_start, lineEnd - _start);
                commas = separators.AsSpan(_nextSeparator, next - _nextSeparator);
                _lineStart = _start;
                _start = Math.Min(lineEnd + 1, _end);
                _nextSeparator = Math.Min(next + 1, _separatorCount);
                _line++;
                if (!line.IsEmpty && line[^1] == (byte)'\r')
                {
                    line = line[..^1];
                }
                return true;
            }
            if (_endOfInput)
            {
                line = default;
                commas = default;
                return false;
            }
            // Keep the unfinished line, read more after it, and scan it all again.
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end > ContactRecordCsv.MaxLineLength)
            {
                throw LineTooLong();
            }
            // The last TokenTable.Padding bytes of the buffer are never filled: lookups may read that far past a field.
            if (_buffer.Length - TokenTable.Padding - _end < MinRead)
            {
                Array.Resize(ref _buffer, checked(_buffer.Length * 2));
            }
            int read = _input.Read(_buffer.AsSpan(_end, _buffer.Length - TokenTable.Padding - _end));
            if (read == 0)
            {
                _endOfInput = true;
            }
            _end += read;
            _separatorCount = SeparatorScan.FindFieldEnds(_buffer.AsSpan(0, _end), ref _separatorsInBuffer);
            _nextSeparator = 0;
        }
    }

    private void ParseRow(ReadOnlySpan<byte> line, ReadOnlySpan<int> commas, ContactRecordBatch batch)
    {
        // The line's ten fields lie between its nine commas (see Field).
        if (commas.Length != FieldCount - 1)
        {
            throw WrongFieldCount(line);
        }

        int helpline = _helplines.IndexIn(batch, batch.Helplines, Field(line, commas, 0), this, 0);
        int day = Day(Field(line, commas, 1));
        int channel = _channels.IndexIn(batch, batch.Channels, Field(line, commas, 2), this, 2);
        ReadOnlySpan<byte> outcomeText = Field(line, commas, 3);
        int flags = Outcomes.Find(outcomeText);
        if (flags < 0)
        {
            throw Fault(3, $"expected \"conversation\" or \"no-conversation\", found {Quoted.Of(Text(outcomeText))}");
        }
        int relation = _relations.OfOrUnknown(Field(line, commas, 4), this, 4);
        int callerGender = _genders.OfOrUnknown(Field(line, commas, 5), this, 5);
        ReadOnlySpan<byte> anonymousText = Field(line, commas, 6);
        int anonymity = Anonymities.Find(anonymousText);
        if (anonymity < 0)
        {
            throw Fault(6, $"expected true, false or nothing, found {Quoted.Of(Text(anonymousText))}");
        }
        flags |= anonymity << ContactRecordBatch.AnonymityShift;

        ReadOnlySpan<byte> topics = Field(line, commas, 7);
        int labels = 0;
        while (!topics.IsEmpty)
        {
            int semicolon = topics.IndexOf((byte)';');
            ReadOnlySpan<byte> topic = semicolon < 0 ? topics : topics[..semicolon];
            int index = _topics.Of(topic, this, 7);
            AddLabel(ref labels, index, 7, "a topic is listed twice");
            batch.AppendTopic(index);
            topics = semicolon < 0 ? default : topics[(semicolon + 1)..];
            if (semicolon >= 0 && topics.IsEmpty)
            {
                throw Fault(7, "a topic list ends with ';'");
            }
        }

        ParseVictims(Field(line, commas, 8), batch);

        ReadOnlySpan<byte> referredText = Field(line, commas, 9);
        int referred = Referrals.Find(referredText);
        if (referred < 0)
        {
            throw Fault(9, $"expected true or false, found {Quoted.Of(Text(referredText))}");
        }
        batch.CommitRow(helpline, day, channel, flags | referred, relation, callerGender);
    }

    /// <summary>
    /// Reads the victims field: victims separated by '|', each kinds/age/gender/context with the kinds separated by '+'.
    /// One scan finds every separator; the tokens between them are read in order, the separator after each saying what
    /// comes next.
    /// </summary>
    private void ParseVictims(ReadOnlySpan<byte> field, ContactRecordBatch batch)
    {
        if (field.IsEmpty)
        {
            return;
        }
        int count = field.Length <= 64 && Vector256.IsHardwareAccelerated
            ? SeparatorScan.FindInShort(field, (byte)'|', (byte)'/', (byte)'+', _separators)
            : SeparatorScan.Find(field, (byte)'|', (byte)'/', (byte)'+', ref _separators);
        int[] separators = _separators;
        int s = 0, tokenStart = 0;
        // Each victim is kinds/age/gender/context, its kinds separated by '+', victims separated by '|': read in that
        // order straight from the separator positions, so the common victim costs no branch on what comes next.
        while (true)
        {
            int victimStart = tokenStart;
            int labels = 0;
            int end = s < count ? separators[s] : field.Length;
            bool listed = s < count && field[end] == (byte)'+';
            while (s < count && field[end] == (byte)'+')
            {
                AppendKind(field[tokenStart..end], batch, ref labels);
                tokenStart = end + 1;
                end = ++s < count ? separators[s] : field.Length;
            }
            if (s + 2 >= count || field[end] != (byte)'/' || field[separators[s + 1]] != (byte)'/' || field[separators[s + 2]] != (byte)'/'
                || (s + 3 < count && field[separators[s + 3]] != (byte)'|'))
            {
                throw NotAVictim(field, victimStart);
            }
            if (listed || end > tokenStart)
            {
                AppendKind(field[tokenStart..end], batch, ref labels);
            }
            int ageEnd = separators[s + 1], genderEnd = separators[s + 2];
            int contextEnd = s + 3 < count ? separators[s + 3] : field.Length;
            batch.AppendVictim(
                _ages.OfOrUnknown(field[(end + 1)..ageEnd], this, 8),
                _genders.OfOrUnknown(field[(ageEnd + 1)..genderEnd], this, 8),
                _contexts.OfOrUnknown(field[(genderEnd + 1)..contextEnd], this, 8));
            if (contextEnd == field.Length)
            {
                return;
            }
            if (contextEnd == field.Length - 1)
            {
                throw Fault(8, "a victim list ends with '|'");
            }
            s += 4;
            tokenStart = contextEnd + 1;
        }
    }

    private void AppendKind(ReadOnlySpan<byte> id, ContactRecordBatch batch, ref int labels)
    {
        int kind = _kinds.Of(id, this, 8);
        AddLabel(ref labels, kind, 8, "a kind of violence is listed twice for one victim");
        batch.AppendKind(kind);
    }

    private DataFormatException NotAVictim(ReadOnlySpan<byte> field, int victimStart)
    {
        int victimEnd = field[victimStart..].IndexOf((byte)'|');
        ReadOnlySpan<byte> victim = victimEnd < 0 ? field[victimStart..] : field.Slice(victimStart, victimEnd);
        return Fault(8, $"a victim is written kinds/age/gender/context, found {Quoted.Of(Text(victim))}");
    }

    /// <summary>Remembers a label of a multi-label field for this row, refusing one listed twice.</summary>
    private void AddLabel(ref int labels, int index, int column, string problem)
    {
        for (int i = 0; i < labels; i++)
        {
            if (_labels[i] == index)
            {
                throw Fault(column, problem);
            }
        }
        if (labels == _labels.Length)
        {
            Array.Resize(ref _labels, labels * 2);
        }
        _labels[labels++] = index;
    }

    private int Day(ReadOnlySpan<byte> text)
    {
        // Rows come mostly in date order: a date equal to the last one (two loads and compares) is not parsed again.
        ref byte start = ref MemoryMarshal.GetReference(text);
        if (text.Length == 10 && _lastDay >= 0 && Unsafe.ReadUnaligned<ulong>(ref start) == _lastDateHead
            && Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref start, 8)) == _lastDateTail)
        {
            return _lastDay;
        }
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !Digits(text[..4], out int year) || !Digits(text.Slice(5, 2), out int month) || !Digits(text.Slice(8, 2), out int day)
            || !IsoDays.IsValid(year, month, day))
        {
            throw Fault(1, $"{Quoted.Of(Text(text))} is not a date (YYYY-MM-DD) in the years 0001 to 9999");
        }
        _lastDateHead = Unsafe.ReadUnaligned<ulong>(ref start);
        _lastDateTail = Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref start, 8));
        _lastDay = IsoDays.From(year, month, day);
        return _lastDay;
    }

    private static bool Digits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (byte c in text)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>Field <paramref name="field"/> of a line of ten fields, from the positions of its commas in the buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<byte> Field(ReadOnlySpan<byte> line, ReadOnlySpan<int> commas, int field)
    {
        int from = field == 0 ? 0 : commas[field - 1] - _lineStart + 1;
        int to = field == FieldCount - 1 ? line.Length : commas[field] - _lineStart;
        return line[from..to];
    }

    private T Make<T>(Func<T> make, int column) => ErrorMessages.Located(make, (problem, inner) => Fault(column, problem, inner));

    /// <summary>UTF-8 bytes of a field as text, for a message (bytes that are not UTF-8 become U+FFFD, as a decoder makes them).</summary>
    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>Where in a records CSV: the line, and the column when known (1-based).</summary>
    private static string Location(long line, long? column) =>
        column is long c ? $"line {line}, column \"{Columns[c - 1]}\"" : $"line {line}";

    /// <summary>
    /// The same error <paramref name="lines"/> lines further down: a part of a file read on its own counts its lines from
    /// its start, and learns how many lines come before it only when the parts before it are read.
    /// </summary>
    internal static DataFormatException Relocated(DataFormatException error, long lines) =>
        lines == 0 || error.Line is not long line
            ? error
            : new(error.Source, Location(line + lines, error.Column), error.Problem, line + lines, error.Column, error.InnerException);

    private DataFormatException Fault(int column, string problem, Exception? inner = null) =>
        new(_source, Location(_line, column + 1), problem, _line, column + 1, inner);

    private DataFormatException LineTooLong() =>
        new(_source, Location(_line + 1, null), string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"the line is longer than {ContactRecordCsv.MaxLineLength} bytes, the most a records CSV line may have"), _line + 1);

    private DataFormatException WrongFieldCount(ReadOnlySpan<byte> line) =>
        new(_source, Location(_line, null), $"the row has {line.Count((byte)',') + 1} fields, expected {FieldCount}", _line);

    /// <summary>
    /// The category ids of one taxonomy, to positions in its <see cref="Taxonomy.Categories"/>. Ids are first looked for
    /// among the few of the same length (one comparison for most taxonomies); a length shared by many ids goes to a hash.
    /// </summary>
    private sealed class CategoryField
    {
        private readonly SpanMap<int> _positions = new();
        private readonly TokenTable? _table;
        private readonly Taxonomy _taxonomy;
        private readonly int _unknown;

        internal CategoryField(Taxonomy taxonomy)
        {
            _taxonomy = taxonomy;
            var entries = new System.Collections.Generic.List<(string Key, int Value)>();
            for (int i = 0; i < taxonomy.Categories.Count; i++)
            {
                if (taxonomy.Categories[i].IsUnknown)
                {
                    _unknown = i;
                }
                else
                {
                    entries.Add((taxonomy.Categories[i].Id.Value, i));
                    _positions.Add(taxonomy.Categories[i].Id.Value, i);
                }
            }
            entries.Add(("", _unknown)); // an empty field is the unknown
            _table = TokenTable.TryCreate(entries);
        }

        internal int OfOrUnknown(ReadOnlySpan<byte> id, ContactRecordCsvParser parser, int column)
        {
            int position = _table?.Find(id) ?? (id.IsEmpty ? _unknown : -1);
            return position >= 0 ? position : Of(id, parser, column);
        }

        internal int Of(ReadOnlySpan<byte> id, ContactRecordCsvParser parser, int column)
        {
            int position = _table?.Find(id) ?? (_positions.TryGet(id, out int found) ? found : -1);
            if (position >= 0 && !id.IsEmpty)
            {
                return position;
            }
            if (id.IsEmpty)
            {
                throw parser.Fault(column, $"an empty category id in a list of taxonomy '{_taxonomy.Id}'");
            }
            string text = Text(id);
            throw parser.Fault(column, text == _taxonomy.Unknown.Id.Value
                ? $"{Quoted.Of(text)} is the explicit unknown of taxonomy '{_taxonomy.Id}'; leave the field empty when it is not known"
                : $"taxonomy '{_taxonomy.Id}' has no category {Quoted.Of(text)}");
        }
    }

    /// <summary>
    /// An open set of ids (helplines, channels) read from a field: each text is made into an id once, and its position in
    /// the batch being filled is remembered, so a row costs one table lookup.
    /// </summary>
    private sealed class IdField<T>(Func<string, T> make, Func<T, string?>? refuse = null) where T : class
    {
        private const int MostInTable = 256;
        private readonly SpanMap<int> _positions = new();
        private readonly List<(string Key, int Value)> _entries = new();
        private readonly List<T> _ids = new();
        private TokenTable? _table = TokenTable.TryCreate(Array.Empty<(string, int)>());
        private int[] _inBatch = Array.Empty<int>();
        private ContactRecordBatch? _batch;

        internal int IndexIn(ContactRecordBatch batch, Interner<T> interner, ReadOnlySpan<byte> text, ContactRecordCsvParser parser, int column)
        {
            if (!ReferenceEquals(batch, _batch))
            {
                _batch = batch;
                Array.Fill(_inBatch, -1);
            }
            int position = _table is not null ? _table.Find(text) : (_positions.TryGet(text, out int found) ? found : -1);
            if (position < 0)
            {
                position = Add(text, parser, column);
            }
            int inBatch = _inBatch[position];
            if (inBatch < 0)
            {
                _inBatch[position] = inBatch = interner.IndexOf(_ids[position]);
            }
            return inBatch;
        }

        private int Add(ReadOnlySpan<byte> text, ContactRecordCsvParser parser, int column)
        {
            string key = Text(text);
            T id = parser.Make(() => make(key), column);
            if (refuse?.Invoke(id) is string problem)
            {
                throw parser.Fault(column, problem);
            }
            int position = _ids.Count;
            _ids.Add(id);
            _entries.Add((key, position));
            _positions.Add(key, position);
            _table = _entries.Count <= MostInTable ? TokenTable.TryCreate(_entries) : null;
            Array.Resize(ref _inBatch, _ids.Count);
            _inBatch[position] = -1;
            return position;
        }
    }
}
