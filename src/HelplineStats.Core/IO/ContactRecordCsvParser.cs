using System;
using System.IO;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.IO;

/// <summary>
/// Reads the rows of a records CSV (<see cref="ContactRecordCsv"/>) straight into a <see cref="ContactRecordBatch"/>:
/// lines are cut out of a reused character buffer, fields out of the line, and each field is turned into its column
/// value through span lookups, so a row costs no allocation once its helpline and channel have been seen. A row is checked
/// whole before it is kept; a bad one stops the reading with a <see cref="DataFormatException"/> naming file, line and
/// column, after the good rows before it have been handed out.
/// </summary>
internal sealed class ContactRecordCsvParser
{
    private const int FieldCount = 10;
    private static readonly string[] Columns = ContactRecordCsv.Header.Split(',');

    private readonly TextReader _input;
    private readonly string _source;
    private readonly SpanMap<HelplineId> _helplines = new();
    private readonly SpanMap<Channel> _channels = new();
    private readonly CategoryField _relations;
    private readonly CategoryField _genders;
    private readonly CategoryField _topics;
    private readonly CategoryField _kinds;
    private readonly CategoryField _ages;
    private readonly CategoryField _contexts;
    private readonly char[] _lastDate = new char[10];
    private int _lastDay = -1;
    private int[] _labels = new int[8];

    private char[] _buffer = new char[1 << 16];
    private int _start;
    private int _end;
    private bool _endOfInput;
    private bool _headerRead;
    private long _line;
    private DataFormatException? _deferred;

    internal ContactRecordCsvParser(TextReader input, string source, AggregationSchema schema)
    {
        _input = input;
        _source = source;
        _relations = new CategoryField(schema.CallerRelation);
        _genders = new CategoryField(schema.Gender);
        _topics = new CategoryField(schema.Topic);
        _kinds = new CategoryField(schema.KindOfViolence);
        _ages = new CategoryField(schema.AgeGroup);
        _contexts = new CategoryField(schema.ViolenceContext);
    }

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
            if (!NextLine(out ReadOnlySpan<char> header) || !header.SequenceEqual(ContactRecordCsv.Header))
            {
                throw new DataFormatException(_source, "header", $"expected the header \"{ContactRecordCsv.Header}\"", 1);
            }
            _headerRead = true;
        }
        int appended = 0;
        while (appended < maxRows && NextLine(out ReadOnlySpan<char> line))
        {
            if (line.IsEmpty)
            {
                continue;
            }
            try
            {
                ParseRow(line, batch);
                appended++;
            }
            catch (DataFormatException e)
            {
                batch.AbortRow();
                if (appended == 0)
                {
                    throw;
                }
                _deferred = e; // hand out the good rows first; the error comes with the next call
                break;
            }
        }
        return appended > 0;
    }

    private bool NextLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            int newline = _buffer.AsSpan(_start, _end - _start).IndexOf('\n');
            if (newline >= 0 || (_endOfInput && _start < _end))
            {
                int length = newline >= 0 ? newline : _end - _start;
                line = _buffer.AsSpan(_start, length);
                _start += newline >= 0 ? length + 1 : length;
                _line++;
                if (!line.IsEmpty && line[^1] == '\r')
                {
                    line = line[..^1];
                }
                return true;
            }
            if (_endOfInput)
            {
                line = default;
                return false;
            }
            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, checked(_buffer.Length * 2));
            }
            int read = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfInput = true;
            }
            _end += read;
        }
    }

    private void ParseRow(ReadOnlySpan<char> line, ContactRecordBatch batch)
    {
        // Cut the line into its ten fields: field f is line[starts[f]..(starts[f + 1] - 1)].
        Span<int> starts = stackalloc int[FieldCount + 1];
        int position = 0;
        for (int f = 1; f < FieldCount; f++)
        {
            int comma = line[position..].IndexOf(',');
            if (comma < 0)
            {
                throw WrongFieldCount(line);
            }
            position += comma + 1;
            starts[f] = position;
        }
        if (line[position..].IndexOf(',') >= 0)
        {
            throw WrongFieldCount(line);
        }
        starts[FieldCount] = line.Length + 1;

        ReadOnlySpan<char> helplineText = Field(line, starts, 0);
        if (!_helplines.TryGet(helplineText, out HelplineId helpline))
        {
            string text = helplineText.ToString();
            helpline = Make(() => HelplineId.Of(text), 0);
            _helplines.Add(text, helpline);
        }
        int day = Day(Field(line, starts, 1));
        ReadOnlySpan<char> channelText = Field(line, starts, 2);
        if (!_channels.TryGet(channelText, out Channel channel))
        {
            string text = channelText.ToString();
            channel = Make(() => Channel.Of(text), 2);
            _channels.Add(text, channel);
        }
        ReadOnlySpan<char> outcomeText = Field(line, starts, 3);
        int flags = outcomeText.SequenceEqual("conversation") ? ContactRecordBatch.ConversationFlag
            : outcomeText.SequenceEqual("no-conversation") ? 0
            : throw Fault(3, $"expected \"conversation\" or \"no-conversation\", found \"{outcomeText.ToString()}\"");
        int relation = _relations.OfOrUnknown(Field(line, starts, 4), this, 4);
        int callerGender = _genders.OfOrUnknown(Field(line, starts, 5), this, 5);
        ReadOnlySpan<char> anonymousText = Field(line, starts, 6);
        int anonymity = anonymousText.IsEmpty ? 2 : anonymousText.SequenceEqual("true") ? 0 : anonymousText.SequenceEqual("false") ? 1
            : throw Fault(6, $"expected true, false or nothing, found \"{anonymousText.ToString()}\"");
        flags |= anonymity << ContactRecordBatch.AnonymityShift;

        ReadOnlySpan<char> topics = Field(line, starts, 7);
        int labels = 0;
        while (!topics.IsEmpty)
        {
            int semicolon = topics.IndexOf(';');
            ReadOnlySpan<char> topic = semicolon < 0 ? topics : topics[..semicolon];
            int index = _topics.Of(topic, this, 7);
            AddLabel(ref labels, index, 7, "a topic is listed twice");
            batch.AppendTopic(index);
            topics = semicolon < 0 ? default : topics[(semicolon + 1)..];
            if (semicolon >= 0 && topics.IsEmpty)
            {
                throw Fault(7, "a topic list ends with ';'");
            }
        }

        ReadOnlySpan<char> victims = Field(line, starts, 8);
        while (!victims.IsEmpty)
        {
            int bar = victims.IndexOf('|');
            ParseVictim(bar < 0 ? victims : victims[..bar], batch);
            victims = bar < 0 ? default : victims[(bar + 1)..];
            if (bar >= 0 && victims.IsEmpty)
            {
                throw Fault(8, "a victim list ends with '|'");
            }
        }

        ReadOnlySpan<char> referredText = Field(line, starts, 9);
        flags |= referredText.SequenceEqual("true") ? ContactRecordBatch.ReferredFlag
            : referredText.SequenceEqual("false") ? 0
            : throw Fault(9, $"expected true or false, found \"{referredText.ToString()}\"");

        batch.CommitRow(batch.Helplines.IndexOf(helpline), day, batch.Channels.IndexOf(channel), flags, relation, callerGender);
    }

    private void ParseVictim(ReadOnlySpan<char> victim, ContactRecordBatch batch)
    {
        int first = victim.IndexOf('/');
        int second = first < 0 ? -1 : victim[(first + 1)..].IndexOf('/');
        int third = second < 0 ? -1 : victim[(first + second + 2)..].IndexOf('/');
        if (third < 0 || victim[(first + second + third + 3)..].IndexOf('/') >= 0)
        {
            throw Fault(8, $"a victim is written kinds/age/gender/context, found \"{victim.ToString()}\"");
        }
        second += first + 1;
        third += second + 1;
        ReadOnlySpan<char> kinds = victim[..first];
        int labels = 0;
        while (!kinds.IsEmpty)
        {
            int plus = kinds.IndexOf('+');
            int index = _kinds.Of(plus < 0 ? kinds : kinds[..plus], this, 8);
            AddLabel(ref labels, index, 8, "a kind of violence is listed twice for one victim");
            batch.AppendKind(index);
            kinds = plus < 0 ? default : kinds[(plus + 1)..];
            if (plus >= 0 && kinds.IsEmpty)
            {
                throw Fault(8, "a list of kinds of violence ends with '+'");
            }
        }
        batch.AppendVictim(
            _ages.OfOrUnknown(victim[(first + 1)..second], this, 8),
            _genders.OfOrUnknown(victim[(second + 1)..third], this, 8),
            _contexts.OfOrUnknown(victim[(third + 1)..], this, 8));
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

    private int Day(ReadOnlySpan<char> text)
    {
        if (_lastDay >= 0 && text.SequenceEqual(_lastDate))
        {
            return _lastDay;
        }
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !Digits(text[..4], out int year) || !Digits(text.Slice(5, 2), out int month) || !Digits(text.Slice(8, 2), out int day)
            || !IsoDays.IsValid(year, month, day))
        {
            throw Fault(1, $"\"{text.ToString()}\" is not a date (YYYY-MM-DD) in the years 0001 to 9999");
        }
        text.CopyTo(_lastDate);
        _lastDay = IsoDays.From(year, month, day);
        return _lastDay;
    }

    private static bool Digits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> line, Span<int> starts, int field) =>
        line[starts[field]..(starts[field + 1] - 1)];

    private T Make<T>(Func<T> make, int column) => ErrorMessages.Located(make, (problem, inner) => Fault(column, problem, inner));

    private DataFormatException Fault(int column, string problem, Exception? inner = null) =>
        new(_source, $"line {_line}, column \"{Columns[column]}\"", problem, _line, column + 1, inner);

    private DataFormatException WrongFieldCount(ReadOnlySpan<char> line) =>
        new(_source, $"line {_line}", $"the row has {line.Count(',') + 1} fields, expected {FieldCount}", _line);

    /// <summary>The category ids of one taxonomy, to positions in its <see cref="Taxonomy.Categories"/>.</summary>
    private sealed class CategoryField
    {
        private readonly SpanMap<int> _positions = new();
        private readonly Taxonomy _taxonomy;
        private readonly int _unknown;

        internal CategoryField(Taxonomy taxonomy)
        {
            _taxonomy = taxonomy;
            for (int i = 0; i < taxonomy.Categories.Count; i++)
            {
                if (taxonomy.Categories[i].IsUnknown)
                {
                    _unknown = i;
                }
                else
                {
                    _positions.Add(taxonomy.Categories[i].Id.Value, i);
                }
            }
        }

        internal int OfOrUnknown(ReadOnlySpan<char> id, ContactRecordCsvParser parser, int column) =>
            id.IsEmpty ? _unknown : Of(id, parser, column);

        internal int Of(ReadOnlySpan<char> id, ContactRecordCsvParser parser, int column)
        {
            if (_positions.TryGet(id, out int position))
            {
                return position;
            }
            if (id.IsEmpty)
            {
                throw parser.Fault(column, $"an empty category id in a list of taxonomy '{_taxonomy.Id}'");
            }
            throw parser.Fault(column, id.SequenceEqual(_taxonomy.Unknown.Id.Value)
                ? $"'{id.ToString()}' is the explicit unknown of taxonomy '{_taxonomy.Id}'; leave the field empty when it is not known"
                : $"taxonomy '{_taxonomy.Id}' has no category '{id.ToString()}'");
        }
    }
}
