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
/// their field; an empty field is unknown. Reading streams the file, so a file of any length costs flat memory.
/// </summary>
public static class ContactRecordCsv
{
    /// <summary>The header row.</summary>
    public const string Header = "helpline,date,channel,outcome,caller_relation,caller_gender,anonymous,topics,victims,referred";

    private static readonly string[] Columns = Header.Split(',');

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

    private static IEnumerable<ContactRecord> Records(TextReader input, string source, AggregationSchema schema)
    {
        string? header = input.ReadLine();
        if (header is null || !string.Equals(header.TrimEnd('\r'), Header, StringComparison.Ordinal))
        {
            throw new DataFormatException(source, "header", $"expected the header \"{Header}\"", 1);
        }
        var helplines = new Dictionary<string, HelplineId>(StringComparer.Ordinal);
        var channels = new Dictionary<string, Channel>(StringComparer.Ordinal);
        var noCategories = Array.Empty<Category>();
        long lineNumber = 1;
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }
            string[] fields = line.TrimEnd('\r').Split(',');
            long at = lineNumber;
            DataFormatException Fault(int column, string problem, Exception? inner = null) =>
                new(source, $"line {at}, column \"{Columns[column]}\"", problem, at, column + 1, inner);
            if (fields.Length != Columns.Length)
            {
                throw new DataFormatException(source, $"line {at}", $"the row has {fields.Length} fields, expected {Columns.Length}", at);
            }
            {
                if (!helplines.TryGetValue(fields[0], out HelplineId? helpline))
                {
                    helpline = Make(() => HelplineId.Of(fields[0]), 0);
                    helplines.Add(fields[0], helpline);
                }
                ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(fields[1]);
                if (!date.Success)
                {
                    throw Fault(1, $"\"{fields[1]}\" is not a date (YYYY-MM-DD)");
                }
                if (!channels.TryGetValue(fields[2], out Channel? channel))
                {
                    channel = Make(() => Channel.Of(fields[2]), 2);
                    channels.Add(fields[2], channel);
                }
                ContactOutcome outcome = fields[3] switch
                {
                    "conversation" => ContactOutcome.Conversation,
                    "no-conversation" => ContactOutcome.NoConversation,
                    _ => throw Fault(3, $"expected \"conversation\" or \"no-conversation\", found \"{fields[3]}\""),
                };
                Category? relation = OptionalCategory(schema.CallerRelation, fields[4], 4);
                Category? gender = OptionalCategory(schema.Gender, fields[5], 5);
                bool? anonymous = fields[6] switch { "true" => true, "false" => false, "" => null, _ => throw Fault(6, $"expected true, false or nothing, found \"{fields[6]}\"") };
                Category[] topics = fields[7].Length == 0 ? noCategories : fields[7].Split(';').Select(t => Category(schema.Topic, t, 7)).ToArray();
                PossibleVictim[] victims = fields[8].Length == 0 ? Array.Empty<PossibleVictim>() : fields[8].Split('|').Select(Victim).ToArray();
                bool referred = fields[9] switch { "true" => true, "false" => false, _ => throw Fault(9, $"expected true or false, found \"{fields[9]}\"") };
                yield return Make(() => new ContactRecord(helpline, date.Value, channel, outcome, relation, gender, anonymous, topics, victims, referred), 0);
            }

            Category Category(Taxonomy taxonomy, string id, int column) =>
                taxonomy.TryGet(Make(() => CategoryId.Of(id), column), out Category? category)
                    ? category
                    : throw Fault(column, $"taxonomy '{taxonomy.Id}' has no category '{id}'");

            Category? OptionalCategory(Taxonomy taxonomy, string id, int column) => id.Length == 0 ? null : Category(taxonomy, id, column);

            PossibleVictim Victim(string text)
            {
                string[] parts = text.Split('/');
                if (parts.Length != 4)
                {
                    throw Fault(8, $"a victim is written kinds/age/gender/context, found \"{text}\"");
                }
                Category[] kinds = parts[0].Length == 0 ? noCategories : parts[0].Split('+').Select(k => Category(schema.KindOfViolence, k, 8)).ToArray();
                return Make(() => new PossibleVictim(kinds, OptionalCategory(schema.AgeGroup, parts[1], 8), OptionalCategory(schema.Gender, parts[2], 8),
                    OptionalCategory(schema.ViolenceContext, parts[3], 8)), 8);
            }

            T Make<T>(Func<T> make, int column) => ErrorMessages.Located(make, (problem, inner) => Fault(column, problem, inner));
        }
    }
}
