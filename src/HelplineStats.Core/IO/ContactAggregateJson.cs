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

    /// <summary>The longest name of a records file a partial aggregate may state (a path, not a payload).</summary>
    private const int MaxSourceName = 4096;

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
        JsonDocument document = JsonInput.Parse(utf8Json, source, FileKind.PartialAggregate);
        using (document)
        {
            JsonElement root = document.RootElement;
            FileKinds.Require(FileKinds.OfJson(root), FileKind.PartialAggregate, source);
            DataFormatException Fault(string path, string problem, Exception? inner = null) => new(source, path, problem, inner: inner);
            JsonElement Member(JsonElement element, string name, string path)
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw Fault(path, JsonInput.Expected("an object", element));
                }
                return element.TryGetProperty(name, out JsonElement value) ? value : throw Fault(path, $"the field \"{name}\" is missing");
            }
            string TextValue(JsonElement value, string path) =>
                value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Fault(path, JsonInput.Expected("a string", value));
            string Text(JsonElement element, string name, string path) => TextValue(Member(element, name, path), $"{path}.{name}");
            string? OptionalText(JsonElement element, string name, string path) =>
                element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? TextValue(value, $"{path}.{name}") : null;
            // Each value is checked where it stands, so a fault names its member: $.counts[3].value, not $.counts[3].
            T At<T>(string path, Func<T> make) => ErrorMessages.Located(make, (problem, inner) => Fault(path, problem, inner));
            string format = Text(root, "format", "$");
            if (format != FormatName && format != CurrentFormatName)
            {
                throw Fault("$.format", $"expected \"{CurrentFormatName}\" or \"{FormatName}\", found {Quoted.Of(format)}");
            }
            var sources = new List<RecordSource>();
            var seen = new HashSet<RecordSource>();
            if (format == CurrentFormatName)
            {
                JsonElement list = Member(root, "sources", "$");
                if (list.ValueKind != JsonValueKind.Array)
                {
                    throw Fault("$.sources", JsonInput.Expected("an array", list));
                }
                int at = 0;
                foreach (JsonElement item in list.EnumerateArray())
                {
                    string path = string.Create(CultureInfo.InvariantCulture, $"$.sources[{at++}]");
                    long Number(string name)
                    {
                        JsonElement value = Member(item, name, path);
                        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long n) && n >= 0
                            ? n : throw Fault($"{path}.{name}", JsonInput.Expected("a whole number, zero or more", value));
                    }
                    string name = Text(item, "name", path);
                    if (name.Length > MaxSourceName)
                    {
                        throw Fault($"{path}.name", $"expected a file name of at most {MaxSourceName} characters, found one of {name.Length}");
                    }
                    long bytes = Number("bytes"), records = Number("records");
                    string fingerprint = Text(item, "fingerprint", path);
                    RecordSource counted = At($"{path}.fingerprint", () => new RecordSource(name, bytes, records, fingerprint));
                    if (seen.TryGetValue(counted, out RecordSource? twice))
                    {
                        throw Fault(path, $"counts the records of {Quoted.Of(twice.Name)} again (as {Quoted.Of(counted.Name)})");
                    }
                    sources.Add(counted);
                    seen.Add(counted);
                }
            }
            string granularityText = Text(root, "granularity", "$");
            if (!KebabCase.TryParse(granularityText, out PeriodGranularity granularity))
            {
                throw Fault("$.granularity", $"expected one of {string.Join(", ", KebabCase.All<PeriodGranularity>())}, found {Quoted.Of(granularityText)}");
            }
            Taxonomy[] taxonomies = new[] { schema.CallerRelation, schema.Gender, schema.KindOfViolence, schema.AgeGroup, schema.ViolenceContext, schema.Topic, AggregationSchema.Anonymity }
                .Concat(Taxonomies.All).ToArray();
            var counts = new Dictionary<ObservationKey, long>();
            JsonElement array = Member(root, "counts", "$");
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw Fault("$.counts", JsonInput.Expected("an array", array));
            }
            int index = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"$.counts[{index++}]");
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw Fault(path, JsonInput.Expected("an object", item));
                }
                HelplineId helpline = At($"{path}.helpline", () =>
                {
                    HelplineId id = HelplineId.Of(Text(item, "helpline", path));
                    return known is null || known.Contains(id) ? id
                        : throw new ArgumentException($"the helpline '{id}' is not one of the helplines known here ({string.Join(", ", known.Order())})");
                });
                string periodText = Text(item, "period", path);
                ReportingPeriod period = At($"{path}.period", () =>
                {
                    ReportingPeriod parsed = ReportingPeriod.TryParse(periodText, out ReportingPeriod? p) ? p : throw new ArgumentException($"{Quoted.Of(periodText)} is not a period");
                    return ContactAggregator.PeriodOf(parsed.Start, granularity).Equals(parsed) ? parsed
                        : throw new ArgumentException($"the period {parsed} is not {Article.A(KebabCase.Of(granularity))}, but the file counts per {KebabCase.Of(granularity)}");
                });
                string metricText = Text(item, "metric", path);
                Metric metric = At($"{path}.metric", () => Metric.Of(metricText));
                string? channelText = OptionalText(item, "channel", path);
                Channel? channel = channelText is null ? null : At($"{path}.channel", () => Channel.Of(channelText));
                string? category = OptionalText(item, "category", path);
                Category? resolved = category is null ? null : At($"{path}.category", () =>
                {
                    int colon = category.IndexOf(':', StringComparison.Ordinal);
                    Taxonomy taxonomy = colon > 0 ? taxonomies.FirstOrDefault(t => t.Id.Value == category[..colon])
                        ?? throw new ArgumentException($"the taxonomy of {Quoted.Of(category)} is not known") : throw new ArgumentException($"expected \"taxonomy:category\", found {Quoted.Of(category)}");
                    return taxonomy.Get(category[(colon + 1)..]);
                });
                JsonElement v = Member(item, "value", path);
                long value = v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long n) ? n : throw Fault($"{path}.value", JsonInput.Expected("a whole number", v));
                if (value <= 0)
                {
                    throw Fault($"{path}.value", $"the value must be a whole number above zero; it was {value.ToString(CultureInfo.InvariantCulture)}");
                }
                ObservationKey key = At(path, () => new ObservationKey(helpline, period, metric, channel, resolved));
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
