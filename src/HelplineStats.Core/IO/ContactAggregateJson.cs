using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.IO;

/// <summary>
/// A partial aggregate of contact records as JSON (<c>helplinestats-aggregate/2</c>), so that shards aggregated on
/// different machines or at different times can be written, read back and merged exactly. Reading back what was
/// written gives an equal aggregate, with the same <see cref="ContactAggregate.Sources"/>.
/// </summary>
/// <remarks>Version 2 adds <c>sources</c>: the records files counted, each with its name, bytes, records and
/// fingerprint, so that merging refuses a file counted twice. Version 1 files still read, with no sources (and so
/// without that check).</remarks>
public static class ContactAggregateJson
{
    /// <summary>The name of version 1 of the format, which the reader still reads (with no sources).</summary>
    public const string FormatName = "helplinestats-aggregate/1";

    /// <summary>The format name <see cref="Write"/> writes: version 2, with the sources.</summary>
    public const string CurrentFormatName = "helplinestats-aggregate/2";

    /// <summary>Writes an aggregate as UTF-8 JSON, its counts in a stable order.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ContactAggregate aggregate, Stream output)
    {
        Guard.NotNull(aggregate, nameof(aggregate));
        Guard.NotNull(output, nameof(output));
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", CurrentFormatName);
        json.WriteString("granularity", KebabCase.Of(aggregate.Granularity));
        json.WriteStartArray("sources");
        foreach (RecordSource counted in aggregate.Sources)
        {
            json.WriteStartObject();
            json.WriteString("name", counted.Name);
            json.WriteNumber("bytes", counted.Bytes);
            json.WriteNumber("records", counted.Records);
            json.WriteString("fingerprint", counted.Fingerprint);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("counts");
        foreach (KeyValuePair<ObservationKey, long> count in aggregate.Counts.OrderBy(pair => pair.Key))
        {
            json.WriteStartObject();
            json.WriteString("helpline", count.Key.Helpline.Value);
            JsonText.WriteKeyFields(json, count.Key);
            json.WriteNumber("value", count.Value);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The aggregate as a JSON string.</summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null.</exception>
    public static string ToJson(ContactAggregate aggregate) => JsonText.Of(stream => Write(aggregate, stream));

    /// <summary>Reads an aggregate; categories are looked up in <paramref name="schema"/>'s taxonomies and the ready-made ones.</summary>
    /// <param name="utf8Json">The stream to read; it is left open.</param>
    /// <param name="source">The name to report in errors.</param>
    /// <param name="schema">The taxonomies the records were counted in.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The file is not a valid aggregate; the message names the JSON path.</exception>
    public static ContactAggregate Read(Stream utf8Json, string source, AggregationSchema schema) => Read(utf8Json, source, schema, null);

    /// <summary>
    /// Reads an aggregate whose counts may only be of the given helplines and must hang together as a dataset (no part of
    /// a breakdown above its total): a count of another helpline is refused at its JSON path, so a shard that could never
    /// become a dataset fails when it is read, not when it is merged.
    /// </summary>
    /// <param name="utf8Json">The stream to read; it is left open.</param>
    /// <param name="source">The name to report in errors.</param>
    /// <param name="schema">The taxonomies the records were counted in.</param>
    /// <param name="helplines">The helplines the counts may be of.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The file is not a valid aggregate; the message names the JSON path.</exception>
    public static ContactAggregate Read(Stream utf8Json, string source, AggregationSchema schema, IEnumerable<Helpline> helplines) =>
        Read(utf8Json, source, schema, Guard.NoNullItems(helplines, nameof(helplines)));

    private static ContactAggregate Read(Stream utf8Json, string source, AggregationSchema schema, IReadOnlyList<Helpline>? helplines)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(source, nameof(source));
        Guard.NotNull(schema, nameof(schema));
        HashSet<HelplineId>? known = helplines is null ? null : new HashSet<HelplineId>(helplines.Select(h => h.Id));
        JsonDocument document = JsonInput.Parse(utf8Json, source);
        using (document)
        {
            JsonElement root = document.RootElement;
            DataFormatException Fault(string path, string problem, Exception? inner = null) => new(source, path, problem, inner: inner);
            string Text(JsonElement element, string name, string path) =>
                element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw Fault($"{path}.{name}", "expected a string");
            string format = Text(root, "format", "$");
            if (format != FormatName && format != CurrentFormatName)
            {
                throw Fault("$.format", $"expected \"{CurrentFormatName}\" or \"{FormatName}\"");
            }
            var sources = new List<RecordSource>();
            if (format == CurrentFormatName)
            {
                if (!root.TryGetProperty("sources", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
                {
                    throw Fault("$.sources", "expected an array");
                }
                int at = 0;
                foreach (JsonElement item in list.EnumerateArray())
                {
                    string path = string.Create(CultureInfo.InvariantCulture, $"$.sources[{at++}]");
                    long Number(string name) => item.ValueKind == JsonValueKind.Object && item.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number
                        && value.TryGetInt64(out long n) && n >= 0 ? n : throw Fault($"{path}.{name}", "expected a whole number, zero or more");
                    string fingerprint = Text(item, "fingerprint", path);
                    var counted = ErrorMessages.Located(() => new RecordSource(Text(item, "name", path), Number("bytes"), Number("records"), fingerprint),
                        (problem, inner) => Fault($"{path}.fingerprint", problem, inner));
                    if (sources.Find(s => s.Equals(counted)) is RecordSource twice)
                    {
                        throw Fault(path, $"counts the records of {Quoted.Of(twice.Name)} again (as {Quoted.Of(counted.Name)})");
                    }
                    sources.Add(counted);
                }
            }
            if (!KebabCase.TryParse(Text(root, "granularity", "$"), out PeriodGranularity granularity))
            {
                throw Fault("$.granularity", $"expected one of {string.Join(", ", KebabCase.All<PeriodGranularity>())}");
            }
            Taxonomy[] taxonomies = new[] { schema.CallerRelation, schema.Gender, schema.KindOfViolence, schema.AgeGroup, schema.ViolenceContext, schema.Topic, AggregationSchema.Anonymity }
                .Concat(Taxonomies.All).ToArray();
            var counts = new Dictionary<ObservationKey, long>();
            if (!root.TryGetProperty("counts", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
            {
                throw Fault("$.counts", "expected an array");
            }
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"$.counts[{index++}]");
                (ObservationKey key, long value) = ErrorMessages.Located(() =>
                {
                    string? channel = item.TryGetProperty("channel", out JsonElement c) ? c.GetString() : null;
                    string? category = item.TryGetProperty("category", out JsonElement k) ? k.GetString() : null;
                    Category? resolved = null;
                    if (category is not null)
                    {
                        int colon = category.IndexOf(':', StringComparison.Ordinal);
                        Taxonomy taxonomy = colon > 0 ? taxonomies.FirstOrDefault(t => t.Id.Value == category[..colon])
                            ?? throw new ArgumentException($"the taxonomy of {Quoted.Of(category)} is not known") : throw new ArgumentException($"expected \"taxonomy:category\", found {Quoted.Of(category)}");
                        resolved = taxonomy.Get(category[(colon + 1)..]);
                    }
                    HelplineId helpline = HelplineId.Of(Text(item, "helpline", path));
                    if (known is not null && !known.Contains(helpline))
                    {
                        throw new ArgumentException($"the helpline '{helpline}' is not one of the helplines known here ({string.Join(", ", known.Order())})");
                    }
                    string periodText = Text(item, "period", path);
                    ReportingPeriod period = ReportingPeriod.TryParse(periodText, out ReportingPeriod? parsedPeriod)
                        ? parsedPeriod : throw new ArgumentException($"{Quoted.Of(periodText)} is not a period");
                    if (!ContactAggregator.PeriodOf(period.Start, granularity).Equals(period))
                    {
                        throw new ArgumentException($"the period {period} is not a {KebabCase.Of(granularity)}, but the file counts per {KebabCase.Of(granularity)}");
                    }
                    var parsed = new ObservationKey(helpline, period,
                        Metric.Of(Text(item, "metric", path)), channel is null ? null : Channel.Of(channel), resolved);
                    long count = item.TryGetProperty("value", out JsonElement v) && v.TryGetInt64(out long n) && n > 0
                        ? n : throw new ArgumentException("the value must be a whole number above zero");
                    return (parsed, count);
                }, (problem, inner) => Fault(path, problem, inner));
                if (!counts.TryAdd(key, value))
                {
                    throw Fault(path, $"{key} is counted twice");
                }
            }
            var aggregate = new ContactAggregate(granularity, counts, sources);
            if (helplines is not null)
            {
                // Counts made from records always hang together (no part above its total, complete breakdowns adding up);
                // a file whose counts do not could never become a dataset, so it is refused here rather than at the end.
                ErrorMessages.Located(() => aggregate.ToDataset(helplines, schema), (problem, inner) => Fault("$.counts", problem, inner));
            }
            return aggregate;
        }
    }

    /// <summary>Reads an aggregate from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to report in errors.</param>
    /// <param name="schema">The taxonomies the records were counted in.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The text is not a valid aggregate.</exception>
    public static ContactAggregate FromJson(string json, string source, AggregationSchema schema)
    {
        Guard.NotNull(json, nameof(json));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream, source, schema);
    }
}
