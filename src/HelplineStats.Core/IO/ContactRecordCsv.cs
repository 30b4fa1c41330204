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
/// their field; an empty field is unknown. Reading streams the file, so a file of any length costs flat memory; rows are parsed from spans straight into columns
/// (<see cref="ContactRecordBatch"/>), so <see cref="ReadInto(TextReader, string, ContactAggregator, IProgress{long})"/> counts a file without making an object per record.
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
    /// Reads records from CSV and counts them, a block at a time, without making a <see cref="ContactRecord"/> for each:
    /// the fast way from a file of any length to an aggregate, in flat memory.
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
        var parser = new ContactRecordCsvParser(input, source, schema);
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
        IReadOnlyList<Helpline> known = Guard.NoNullItems(helplines, nameof(helplines));
        return ReadInto(input, source, aggregator, new HashSet<HelplineId>(known.Select(h => h.Id)), progress);
    }

    private static long ReadInto(TextReader input, string source, ContactAggregator aggregator, IReadOnlySet<HelplineId>? helplines, IProgress<long>? progress)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(source, nameof(source));
        Guard.NotNull(aggregator, nameof(aggregator));
        var parser = new ContactRecordCsvParser(input, source, aggregator.Schema, helplines);
        var batch = new ContactRecordBatch(aggregator.Schema);
        long read = 0;
        while (parser.Fill(batch, BlockSize))
        {
            aggregator.Add(batch);
            read += batch.Count;
            batch.Clear();
            progress?.Report(read);
        }
        return read;
    }

    /// <summary>
    /// The longest line a records CSV may have, 1,048,576 characters (a record is about a hundred): a longer one, such as
    /// a file with no line ends at all, is refused with its line number instead of being held in memory.
    /// </summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>How many records <see cref="ReadInto(TextReader, string, ContactAggregator, IProgress{long})"/> reads before it counts them and reports progress.</summary>
    public const int BlockSize = 16_384;

    private static IEnumerable<ContactRecord> Records(TextReader input, string source, AggregationSchema schema)
    {
        var parser = new ContactRecordCsvParser(input, source, schema);
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
