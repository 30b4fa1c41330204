using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// Contact records as CSV, one row per record (docs/records.md): <c>helpline,date,channel,outcome,caller_relation,
/// caller_gender,anonymous,topics,victims,referred</c>. Categories are written by id within the schema's taxonomy for
/// their field; an empty field is unknown. Reading streams the file, so a file of any length costs flat memory; rows are
/// parsed from UTF-8 bytes straight into columns (<see cref="ContactRecordBatch"/>), so
/// <see cref="ReadInto(Stream, string, ContactAggregator, IProgress{long})"/> counts a file without decoding it to text
/// or making an object per record, and <see cref="ReadInto(FileStream, string, ContactAggregator, IEnumerable{Helpline}, int, IProgress{long})"/>
/// reads the parts of a file on several cores.
/// </summary>
public static class ContactRecordCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "helpline,date,channel,outcome,caller_relation,caller_gender,anonymous,topics,victims,referred";

    /// <summary>Writes records as CSV, with the header row.</summary>
    /// <param name="records">The records.</param>
    /// <param name="output">Where to write; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    public static void Write(IEnumerable<ContactRecord> records, TextWriter output)
    {
        Guard.NotNull(records, nameof(records));
        Guard.NotNull(output, nameof(output));
        output.Write(Header);
        output.Write('\n');
        var line = new StringBuilder(128);
        foreach (ContactRecord record in records)
        {
            Guard.NotNull(record, nameof(records));
            line.Clear();
            line.Append(record.Helpline.Value).Append(',')
                .Append(LocalDatePattern.Iso.Format(record.Date)).Append(',')
                .Append(record.Channel.Value).Append(',')
                .Append(record.Outcome == ContactOutcome.Conversation ? "conversation" : "no-conversation").Append(',')
                .Append(record.CallerRelation?.Id.Value).Append(',')
                .Append(record.CallerGender?.Id.Value).Append(',')
                .Append(record.Anonymous switch { true => "true", false => "false", null => "" }).Append(',')
                .AppendJoin(';', record.Topics.Select(t => t.Id.Value)).Append(',');
            for (int v = 0; v < record.Victims.Count; v++)
            {
                PossibleVictim victim = record.Victims[v];
                if (v > 0)
                {
                    line.Append('|');
                }
                line.AppendJoin('+', victim.KindsOfViolence.Select(k => k.Id.Value)).Append('/')
                    .Append(victim.AgeGroup?.Id.Value).Append('/')
                    .Append(victim.Gender?.Id.Value).Append('/')
                    .Append(victim.Context?.Id.Value);
            }
            line.Append(',').Append(record.Referred ? "true" : "false");
            output.Write(line);
            output.Write('\n');
        }
    }

    /// <summary>Reads records from CSV, lazily: each record is made when it is enumerated.</summary>
    /// <param name="input">The CSV text; read as the sequence is enumerated.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="schema">The taxonomies the category ids belong to.</param>
    /// <returns>The records, in file order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">While enumerating: a row is malformed; the message names the line and column.</exception>
    public static IEnumerable<ContactRecord> Read(TextReader input, string source, AggregationSchema schema)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(source, nameof(source));
        Guard.NotNull(schema, nameof(schema));
        return Records(input, source, schema);
    }

    /// <summary>Reads records from CSV and counts them, as <see cref="ReadInto(TextReader, string, ContactAggregator, IProgress{long})"/> does, with no progress told.</summary>
    /// <param name="input">The CSV text.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="aggregator">Counts the records, in its schema's taxonomies.</param>
    /// <returns>How many records were read and counted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">A row is malformed; the message names the line and column. The rows before it are counted.</exception>
    public static long ReadInto(TextReader input, string source, ContactAggregator aggregator) => ReadInto(input, source, aggregator, (IProgress<long>?)null);

    /// <summary>
    /// Reads records from CSV text and counts them, a block at a time, without making a <see cref="ContactRecord"/> for
    /// each, in flat memory. The text is encoded to UTF-8 a block at a time for the parser: for a file, give the
    /// <see cref="Stream"/> instead (<see cref="ReadInto(Stream, string, ContactAggregator, IProgress{long})"/>), which
    /// spares that and the decoding.
    /// </summary>
    /// <param name="input">The CSV text.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="aggregator">Counts the records, in its schema's taxonomies.</param>
    /// <param name="progress">Told the number of records read so far after each block of <see cref="BlockSize"/> records; may be null.</param>
    /// <returns>How many records were read and counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/>, <paramref name="source"/> or <paramref name="aggregator"/> is null.</exception>
    /// <exception cref="DataFormatException">A row is malformed; the message names the line and column. The rows before it are counted.</exception>
    public static long ReadInto(TextReader input, string source, ContactAggregator aggregator, IProgress<long>? progress) =>
        ReadInto(input, source, aggregator, (IReadOnlySet<HelplineId>?)null, progress);

    /// <summary>Reads every record of a CSV into one batch, to keep in memory and count, on several cores if wanted.</summary>
    /// <param name="input">The CSV text.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="schema">The taxonomies the category ids belong to.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">A row is malformed; the message names the line and column. Nothing is returned.</exception>
    public static ContactRecordBatch ReadBatch(TextReader input, string source, AggregationSchema schema)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(source, nameof(source));
        Guard.NotNull(schema, nameof(schema));
        var parser = new ContactRecordCsvParser(Utf8Input.Of(input), source, schema);
        var batch = new ContactRecordBatch(schema);
        while (parser.Fill(batch, int.MaxValue))
        {
        }
        return batch;
    }

    /// <summary>
    /// Reads records from CSV and counts them, as <see cref="ReadInto(TextReader, string, ContactAggregator, IProgress{long})"/>
    /// does, accepting only rows of the given helplines: a row of another is refused at its line and column, so a file
    /// that could never become a dataset fails where the bad row is.
    /// </summary>
    /// <param name="input">The CSV text.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="aggregator">Counts the records, in its schema's taxonomies.</param>
    /// <param name="helplines">The helplines rows may be of.</param>
    /// <param name="progress">Told the number of records read so far after each block of <see cref="BlockSize"/> records; may be null.</param>
    /// <returns>How many records were read and counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/>, <paramref name="source"/>, <paramref name="aggregator"/> or <paramref name="helplines"/> is null.</exception>
    /// <exception cref="DataFormatException">A row is malformed or of another helpline; the message names the line and column. The rows before it are counted.</exception>
    public static long ReadInto(TextReader input, string source, ContactAggregator aggregator, IEnumerable<Helpline> helplines, IProgress<long>? progress)
    {
        IReadOnlySet<HelplineId> known = KnownIds(Guard.NotNull(helplines, nameof(helplines)));
        return ReadInto(input, source, aggregator, known, progress);
    }

    /// <summary>Reads records from a CSV file or stream of UTF-8 bytes and counts them, as <see cref="ReadInto(Stream, string, ContactAggregator, IProgress{long})"/> does, with no progress told.</summary>
    /// <param name="input">The CSV bytes, from the stream's current position; the stream is left open.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="aggregator">Counts the records, in its schema's taxonomies.</param>
    /// <returns>How many records were read and counted.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">A row is malformed; the message names the line and column. The rows before it are counted.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static long ReadInto(Stream input, string source, ContactAggregator aggregator) => ReadInto(input, source, aggregator, (IProgress<long>?)null);

    /// <summary>
    /// Reads records from a CSV file or stream and counts them, a block at a time, on one core and in flat memory: the
    /// bytes are parsed as UTF-8 where they lie, never decoded to text (a file that starts with a UTF-16 or UTF-32
    /// byte-order mark is transcoded to UTF-8 on the way; UTF-8's own mark is skipped).
    /// </summary>
    /// <param name="input">The CSV bytes, from the stream's current position; the stream is left open.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="aggregator">Counts the records, in its schema's taxonomies.</param>
    /// <param name="progress">Told the number of records read so far after each block of <see cref="BlockSize"/> records; may be null.</param>
    /// <returns>How many records were read and counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/>, <paramref name="source"/> or <paramref name="aggregator"/> is null.</exception>
    /// <exception cref="DataFormatException">A row is malformed; the message names the line and column. The rows before it are counted.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static long ReadInto(Stream input, string source, ContactAggregator aggregator, IProgress<long>? progress)
    {
        Guard.NotNull(input, nameof(input));
        return ReadInto(Utf8Input.Of(input), source, aggregator, null, progress);
    }

    /// <summary>
    /// Reads records from a CSV file or stream and counts them, as <see cref="ReadInto(Stream, string, ContactAggregator, IProgress{long})"/>
    /// does, accepting only rows of the given helplines: a row of another is refused at its line and column.
    /// </summary>
    /// <param name="input">The CSV bytes, from the stream's current position; the stream is left open.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="aggregator">Counts the records, in its schema's taxonomies.</param>
    /// <param name="helplines">The helplines rows may be of.</param>
    /// <param name="progress">Told the number of records read so far after each block of <see cref="BlockSize"/> records; may be null.</param>
    /// <returns>How many records were read and counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/>, <paramref name="source"/>, <paramref name="aggregator"/> or <paramref name="helplines"/> is null.</exception>
    /// <exception cref="DataFormatException">A row is malformed or of another helpline; the message names the line and column. The rows before it are counted.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static long ReadInto(Stream input, string source, ContactAggregator aggregator, IEnumerable<Helpline> helplines, IProgress<long>? progress)
    {
        Guard.NotNull(input, nameof(input));
        IReadOnlySet<HelplineId> known = KnownIds(Guard.NotNull(helplines, nameof(helplines)));
        return ReadInto(Utf8Input.Of(input), source, aggregator, known, progress);
    }

    /// <summary>
    /// Reads records from a CSV file on several cores and counts them: the file is cut at line ends into parts (the
    /// format has no quoting, so a line end always ends a row), each part is parsed and counted by its own aggregator,
    /// a few parts at a time, and the parts' counts are added to <paramref name="aggregator"/> exactly. The result is
    /// the same as reading on one core, errors included: a malformed row is reported at its true line of the file, and
    /// <paramref name="aggregator"/> then holds exactly the rows before the first malformed one. Memory stays flat: each
    /// core holds a buffer, a block of rows and the counts of its part.
    /// </summary>
    /// <param name="file">The file, read from its current position to the length it has when reading starts, at offsets (its position is not moved); left open. A file that cannot seek, is empty, or starts with a UTF-16 or UTF-32 byte-order mark is read on one core as a stream.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <param name="aggregator">Counts the records, in its schema's taxonomies.</param>
    /// <param name="helplines">The helplines rows may be of, or <c>null</c> to accept any helpline.</param>
    /// <param name="degreeOfParallelism">How many parts to read at once, from 1 to 1024 (<see cref="Environment.ProcessorCount"/> uses every core; 1 reads the file as a stream).</param>
    /// <param name="progress">Told the number of records read so far after each block of <see cref="BlockSize"/> records of any part; may be null. It is called from the reading threads, one call at a time, with a growing number.</param>
    /// <returns>How many records were read and counted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/>, <paramref name="source"/> or <paramref name="aggregator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="degreeOfParallelism"/> is not within 1 to 1024.</exception>
    /// <exception cref="DataFormatException">A row is malformed or of another helpline; the message names the line and column. The rows before it are counted, nothing after it.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static long ReadInto(FileStream file, string source, ContactAggregator aggregator, IEnumerable<Helpline>? helplines, int degreeOfParallelism, IProgress<long>? progress)
    {
        Guard.NotNull(file, nameof(file));
        Guard.NotNull(source, nameof(source));
        Guard.NotNull(aggregator, nameof(aggregator));
        Guard.InRange(degreeOfParallelism, 1, 1024, nameof(degreeOfParallelism));
        IReadOnlySet<HelplineId>? known = helplines is null ? null : KnownIds(helplines);
        long start = file.CanSeek ? file.Position : 0, end = file.CanSeek ? file.Length : 0;
        if (degreeOfParallelism == 1 || end <= start)
        {
            return ReadInto(Utf8Input.Of(file), source, aggregator, known, progress);
        }
        Microsoft.Win32.SafeHandles.SafeFileHandle handle = file.SafeFileHandle;
        Span<byte> head = stackalloc byte[4];
        (Encoding? encoding, int mark) = Utf8Input.Encoded(head[..RandomAccess.Read(handle, head, start)]);
        if (encoding is not null)
        {
            return ReadInto(Utf8Input.Of(file), source, aggregator, known, progress);
        }
        var parts = new ContactRecordCsvParts((into, offset) => RandomAccess.Read(handle, into, offset), start + mark, end);
        return parts.ReadInto(parts.Cuts(degreeOfParallelism), source, aggregator, known, degreeOfParallelism, progress);
    }

    /// <summary>
    /// Reads the records of a CSV file held in memory as <see cref="ReadInto(FileStream, string, ContactAggregator, IEnumerable{Helpline}, int, IProgress{long})"/>
    /// does, cut near the given offsets (each moved to the next line start), on several cores: the entry the properties
    /// test every split point through.
    /// </summary>
    internal static long ReadInto(ReadOnlyMemory<byte> file, IReadOnlyList<long> cuts, string source, ContactAggregator aggregator, IReadOnlySet<HelplineId>? helplines, int degreeOfParallelism)
    {
        var parts = new ContactRecordCsvParts((into, offset) =>
        {
            int length = (int)Math.Min(into.Length, file.Length - offset);
            file.Span.Slice((int)offset, length).CopyTo(into);
            return length;
        }, Utf8Input.Encoded(file.Span[..Math.Min(4, file.Length)]).Mark, file.Length);
        return parts.ReadInto(cuts, source, aggregator, helplines, degreeOfParallelism, null);
    }

    private static HashSet<HelplineId> KnownIds(IEnumerable<Helpline> helplines) =>
        new(Guard.NoNullItems(helplines, nameof(helplines)).Select(h => h.Id));

    private static long ReadInto(TextReader input, string source, ContactAggregator aggregator, IReadOnlySet<HelplineId>? helplines, IProgress<long>? progress)
    {
        Guard.NotNull(input, nameof(input));
        return ReadInto(Utf8Input.Of(input), source, aggregator, helplines, progress);
    }

    private static long ReadInto(Utf8Input input, string source, ContactAggregator aggregator, IReadOnlySet<HelplineId>? helplines, IProgress<long>? progress)
    {
        Guard.NotNull(source, nameof(source));
        Guard.NotNull(aggregator, nameof(aggregator));
        var fingerprint = new ContentFingerprint();
        var parser = new ContactRecordCsvParser(input.Fingerprinted(fingerprint, 0), source, aggregator.Schema, helplines);
        var batch = new ContactRecordBatch(aggregator.Schema);
        long read = 0;
        while (parser.Fill(batch, BlockSize))
        {
            aggregator.Add(batch);
            read += batch.Count;
            batch.Clear();
            progress?.Report(read);
        }
        if (read > 0)
        {
            // A file of no records (a header alone, an empty month's shard) counts nothing, so it cannot count anything twice.
            aggregator.AddSource(new RecordSource(source, fingerprint.Bytes, read, fingerprint.Finish()));
        }
        return read;
    }

    /// <summary>
    /// The longest line a records CSV may have, 1,048,576 bytes of UTF-8 (a record is about a hundred): a longer one, such
    /// as a file with no line ends at all, is refused with its line number instead of being held in memory.
    /// </summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>How many records <see cref="ReadInto(TextReader, string, ContactAggregator, IProgress{long})"/> reads before it counts them and reports progress.</summary>
    public const int BlockSize = 16_384;

    private static IEnumerable<ContactRecord> Records(TextReader input, string source, AggregationSchema schema)
    {
        var parser = new ContactRecordCsvParser(Utf8Input.Of(input), source, schema);
        var batch = new ContactRecordBatch(schema);
        while (parser.Fill(batch, 1024))
        {
            for (int i = 0; i < batch.Count; i++)
            {
                yield return batch[i];
            }
            batch.Clear();
        }
    }
}
