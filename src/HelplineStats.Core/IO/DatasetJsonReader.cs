using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// Reads a <see cref="Dataset"/> from the JSON that <see cref="DatasetJsonWriter"/> writes (docs/formats.md). Every
/// fault is a <see cref="DataFormatException"/> naming the source, the JSON path and, for syntax errors, the line and
/// column; nothing of a faulty file is returned.
/// </summary>
/// <remarks>Categories are resolved against the file's taxonomies, then the ready-made <see cref="Taxonomies"/>; helplines
/// against the file's helplines, then the ready-made <see cref="Helplines"/>.</remarks>
public static class DatasetJsonReader
{
    /// <summary>Reads a dataset from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to read; it is left open.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The file is not valid JSON or not a valid dataset.</exception>
    public static Dataset Read(Stream utf8Json, string source)
    {
        Guard.NotNull(utf8Json, nameof(utf8Json));
        Guard.NotNull(source, nameof(source));
        JsonDocument document = JsonInput.Parse(utf8Json, source, FileKind.DatasetJson);
        using (document)
        {
            return new Reading(source).Dataset(document.RootElement);
        }
    }

    /// <summary>Reads a dataset from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The name to report in errors.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The text is not valid JSON or not a valid dataset.</exception>
    public static Dataset FromJson(string json, string source)
    {
        Guard.NotNull(json, nameof(json));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return Read(stream, source);
    }

    /// <summary>Reads a dataset from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="DataFormatException">The file is not valid JSON or not a valid dataset.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static Dataset ReadFile(string path)
    {
        Guard.NotNull(path, nameof(path));
        using FileStream stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a dataset from a parsed JSON value, with the checks of a file: duplicate keys, then the document itself.</summary>
    /// <exception cref="DataFormatException">The value is not a valid dataset; the location is a JSON path within it.</exception>
    internal static Dataset FromElement(JsonElement root, string source)
    {
        JsonInput.CheckKeys(root, "$", source);
        return new Reading(source).Dataset(root);
    }

    /// <summary>Reads one definition (a helpline or a taxonomy) from JSON text, as the tidy CSV carries it in a cell.</summary>
    /// <exception cref="DataFormatException">The text is not JSON or not a valid definition; the location is a JSON path within it.</exception>
    internal static T Definition<T>(string json, string source, Func<Reading, JsonElement, string, T> read)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        using JsonDocument document = JsonInput.Parse(stream, source);
        return read(new Reading(source), document.RootElement, "$");
    }

    /// <summary>One read of one document: the source name and the taxonomies and helplines found so far.</summary>
    internal sealed class Reading
    {
        private readonly string _source;
        private readonly Dictionary<TaxonomyId, Taxonomy> _taxonomies = new();
        private readonly Dictionary<HelplineId, Helpline> _helplines = new();
        private bool _bounds;

        internal Reading(string source) => _source = source;

        internal Dataset Dataset(JsonElement root)
        {
            FileKinds.Require(FileKinds.OfJson(root), FileKind.DatasetJson, _source);
            RequireKind(root, JsonValueKind.Object, "$");
            string format = String(root, "format", "$");
            _bounds = string.Equals(format, DatasetJsonWriter.BoundedFormatName, StringComparison.Ordinal);
            if (!_bounds && !string.Equals(format, DatasetJsonWriter.FormatName, StringComparison.Ordinal))
            {
                throw Fault("$.format", $"expected \"{DatasetJsonWriter.FormatName}\" or \"{DatasetJsonWriter.BoundedFormatName}\", found {Quoted.Of(format)}");
            }
            foreach ((JsonElement element, string path) in Items(root, "taxonomies", "$", optional: true))
            {
                Taxonomy taxonomy = TaxonomyAt(element, path);
                if (!_taxonomies.TryAdd(taxonomy.Id, taxonomy))
                {
                    throw Fault(path + ".id", $"the taxonomy '{taxonomy.Id}' is defined twice");
                }
            }
            foreach ((JsonElement element, string path) in Items(root, "helplines", "$", optional: true))
            {
                Helpline helpline = HelplineAt(element, path);
                if (!_helplines.TryAdd(helpline.Id, helpline))
                {
                    throw Fault(path + ".id", $"the helpline '{helpline.Id}' is defined twice");
                }
            }
            var reports = Items(root, "reports", "$", optional: false).Select(r => ReportAt(r.Element, r.Path)).ToList();
            return Build("$.reports", () => Model.Dataset.Of(reports));
        }

        internal Taxonomy TaxonomyAt(JsonElement element, string path)
        {
            RequireKind(element, JsonValueKind.Object, path);
            return Build(path, () => Taxonomy.Create(String(element, "id", path), Int(element, "version", path), String(element, "name", path),
                Items(element, "categories", path, optional: false).Select(c => Build(c.Path, () =>
                    new CategoryDefinition(String(c.Element, "id", c.Path), String(c.Element, "label", c.Path), OptionalString(c.Element, "parent", c.Path),
                        Localized(c.Element, "labels", c.Path))))));
        }

        internal Helpline HelplineAt(JsonElement element, string path)
        {
            RequireKind(element, JsonValueKind.Object, path);
            string? launch = OptionalString(element, "launchDate", path);
            LocalDate? launchDate = launch is null ? null : Date(launch, path + ".launchDate");
            AnonymityPolicy anonymity = Enum<AnonymityPolicy>(element, "anonymity", path);
            var channels = Items(element, "channels", path, optional: false).Select(c => Build(c.Path, () =>
                new ChannelOffering(Channel.Of(String(c.Element, "channel", c.Path)), OptionalInt(c.Element, "sinceYear", c.Path)))).ToList();
            var otherNames = Items(element, "otherNames", path, optional: true).Select(n => StringValue(n.Element, n.Path)).ToList();
            LocalizedText descriptions = Localized(element, "descriptions", path);
            return Build(path, () => new Helpline(HelplineId.Of(String(element, "id", path)), String(element, "name", path),
                String(element, "description", path), launchDate, channels, anonymity, otherNames, descriptions));
        }

        /// <summary>An optional object of texts per language (<c>{"nl": "...", "en": "..."}</c>).</summary>
        private LocalizedText Localized(JsonElement element, string name, string path)
        {
            if (!element.TryGetProperty(name, out JsonElement texts) || texts.ValueKind == JsonValueKind.Null)
            {
                return LocalizedText.Empty;
            }
            string at = $"{path}.{name}";
            RequireKind(texts, JsonValueKind.Object, at);
            var pairs = texts.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, StringValue(p.Value, $"{at}.{p.Name}"))).ToList();
            return Build(at, () => LocalizedText.Of(pairs));
        }

        private Report ReportAt(JsonElement element, string path)
        {
            RequireKind(element, JsonValueKind.Object, path);
            string id = String(element, "helpline", path);
            HelplineId helplineId = Build(path + ".helpline", () => HelplineId.Of(id));
            Helpline helpline = _helplines.TryGetValue(helplineId, out Helpline? defined) ? defined
                : Helplines.Find(helplineId) ?? throw Fault(path + ".helpline", $"the helpline '{id}' is neither defined in the file nor built in");
            ReportingPeriod period = PeriodAt(element, "period", path);
            var observations = Items(element, "observations", path, optional: true).Select(o => ObservationAt(o.Element, o.Path, helplineId)).ToList();
            var breakdowns = Items(element, "breakdowns", path, optional: true).Select(b => BreakdownAt(b.Element, b.Path, helplineId)).ToList();
            var figures = Items(element, "figures", path, optional: true).Select(f => FigureAt(f.Element, f.Path, helplineId)).ToList();
            return Build(path, () => Report.Create(helpline, period, observations, breakdowns, figures));
        }

        private Breakdown BreakdownAt(JsonElement element, string path, HelplineId helpline)
        {
            RequireKind(element, JsonValueKind.Object, path);
            Observation total = ObservationAt(Property(element, "total", path), path + ".total", helpline);
            string dimension = String(element, "dimension", path);
            BreakdownDimension dim = dimension == "channel"
                ? BreakdownDimension.Channel
                : BreakdownDimension.Of(TaxonomyNamed(dimension, path + ".dimension"));
            BreakdownCoverage coverage = Enum<BreakdownCoverage>(element, "coverage", path);
            var parts = Items(element, "parts", path, optional: false).Select(p => ObservationAt(p.Element, p.Path, helpline)).ToList();
            return Build(path, () => Breakdown.Create(total, dim, coverage, parts));
        }

        private PublishedFigure FigureAt(JsonElement element, string path, HelplineId helpline)
        {
            RequireKind(element, JsonValueKind.Object, path);
            string id = String(element, "id", path);
            FigureKind kind = Enum<FigureKind>(element, "kind", path);
            Qualifier qualifier = element.TryGetProperty("qualifier", out _) ? Enum<Qualifier>(element, "qualifier", path) : Qualifier.None;
            ObservationKey? subject = element.TryGetProperty("subject", out JsonElement s) ? KeyAt(s, path + ".subject", helpline) : null;
            ObservationKey? whole = element.TryGetProperty("whole", out JsonElement w) ? KeyAt(w, path + ".whole", helpline) : null;
            ShareBasis basis = element.TryGetProperty("basis", out _) ? Enum<ShareBasis>(element, "basis", path) : ShareBasis.Total;
            ReportingPeriod? comparison = element.TryGetProperty("comparisonPeriod", out _) ? PeriodAt(element, "comparisonPeriod", path) : null;
            decimal? value = element.TryGetProperty("value", out JsonElement v) ? DecimalValue(v, path + ".value") : null;
            Precision? precision = element.TryGetProperty("precision", out JsonElement p)
                ? Build(path + ".precision", () => Precision.OfStep(DecimalValue(p, path + ".precision")))
                : null;
            ReportingPeriod? period = element.TryGetProperty("period", out _) ? PeriodAt(element, "period", path) : null;
            bool apportioned = element.TryGetProperty("apportioned", out JsonElement a) && Boolean(a, path + ".apportioned");
            return Build(path, () => FigureKinds.Read(new FigureFields(id, kind, helpline, period, subject, whole, basis, comparison, value, precision, qualifier, apportioned)));
        }

        private bool Boolean(JsonElement value, string path) => value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Fault(path, $"expected true or false, found {Describe(value)}"),
        };

        /// <summary>A count: its "value", or in version 2 its bounds "min" and "max" (both optional: no value means unknown).</summary>
        private Observation ObservationAt(JsonElement element, string path, HelplineId helpline)
        {
            ObservationKey key = KeyAt(element, path, helpline);
            bool hasMin = element.TryGetProperty("min", out JsonElement min);
            bool hasMax = element.TryGetProperty("max", out JsonElement max);
            if (!_bounds && (hasMin || hasMax))
            {
                throw Fault($"{path}.{(hasMin ? "min" : "max")}", $"bounds on a count need the format \"{DatasetJsonWriter.BoundedFormatName}\"");
            }
            if (element.TryGetProperty("value", out JsonElement value) || !_bounds)
            {
                if (hasMin || hasMax)
                {
                    throw Fault($"{path}.{(hasMin ? "min" : "max")}", "a count has either a \"value\" or bounds, not both");
                }
                long count = WholeNumber(Property(element, "value", path), path + ".value");
                return Build(path + ".value", () => key.Observe(count));
            }
            long low = hasMin ? WholeNumber(min, path + ".min") : 0;
            long? high = hasMax ? WholeNumber(max, path + ".max") : null;
            CountBounds bounds = high is long h
                ? Build(path + (hasMin ? ".min" : ".max"), () => CountBounds.Between(low, h))
                : Build(path + ".min", () => CountBounds.AtLeast(low));
            return new Observation(key, bounds);
        }

        private long WholeNumber(JsonElement value, string path) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long count) ? count : throw Fault(path, $"expected a whole number, found {Describe(value)}");

        private ObservationKey KeyAt(JsonElement element, string path, HelplineId helpline)
        {
            RequireKind(element, JsonValueKind.Object, path);
            ReportingPeriod period = PeriodAt(element, "period", path);
            Metric metric = Build(path + ".metric", () => Metric.Of(String(element, "metric", path)));
            string? channel = OptionalString(element, "channel", path);
            string? category = OptionalString(element, "category", path);
            return new ObservationKey(helpline, period, metric,
                channel is null ? null : Build(path + ".channel", () => Channel.Of(channel)),
                category is null ? null : CategoryNamed(category, path + ".category"));
        }

        private Category CategoryNamed(string text, string path)
        {
            int colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw Fault(path, $"expected \"taxonomy:category\", found {Quoted.Of(text)}");
            }
            Taxonomy taxonomy = TaxonomyNamed(text[..colon], path);
            string id = text[(colon + 1)..];
            return Build(path, () => taxonomy.Get(id));
        }

        private Taxonomy TaxonomyNamed(string id, string path)
        {
            TaxonomyId taxonomyId = Build(path, () => TaxonomyId.Of(id));
            return _taxonomies.TryGetValue(taxonomyId, out Taxonomy? taxonomy) ? taxonomy
                : Taxonomies.All.FirstOrDefault(t => t.Id.Equals(taxonomyId))
                ?? throw Fault(path, $"the taxonomy '{id}' is neither defined in the file nor built in");
        }

        private ReportingPeriod PeriodAt(JsonElement element, string name, string path)
        {
            string text = String(element, name, path);
            if (!ReportingPeriod.TryParse(text, out ReportingPeriod? period, out string? problem))
            {
                throw Fault($"{path}.{name}", $"{Quoted.Of(text)} is not a period: {problem}");
            }
            if (period is MonthEndPeriod && !_bounds)
            {
                throw Fault($"{path}.{name}", $"{Quoted.Of(text)} ends on an unknown day of a month, which needs the format \"{DatasetJsonWriter.BoundedFormatName}\"");
            }
            return period;
        }

        private LocalDate Date(string text, string path)
        {
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
            return result.Success ? result.Value : throw Fault(path, $"{Quoted.Of(text)} is not a date (YYYY-MM-DD)");
        }

        private TEnum Enum<TEnum>(JsonElement element, string name, string path) where TEnum : struct, Enum
        {
            string text = String(element, name, path);
            return KebabCase.TryParse(text, out TEnum value)
                ? value
                : throw Fault($"{path}.{name}", $"{Quoted.Of(text)} is not one of {string.Join(", ", KebabCase.All<TEnum>())}");
        }

        private IEnumerable<(JsonElement Element, string Path)> Items(JsonElement element, string name, string path, bool optional)
        {
            if (!element.TryGetProperty(name, out JsonElement array))
            {
                return optional ? Array.Empty<(JsonElement, string)>() : throw Fault(path, $"the field \"{name}\" is missing");
            }
            RequireKind(array, JsonValueKind.Array, $"{path}.{name}");
            return array.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{path}.{name}[{i}]"))).ToList();
        }

        private JsonElement Property(JsonElement element, string name, string path)
        {
            RequireKind(element, JsonValueKind.Object, path);
            return element.TryGetProperty(name, out JsonElement value) ? value : throw Fault(path, $"the field \"{name}\" is missing");
        }

        private string String(JsonElement element, string name, string path) => StringValue(Property(element, name, path), $"{path}.{name}");

        private string? OptionalString(JsonElement element, string name, string path) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? StringValue(value, $"{path}.{name}") : null;

        private string StringValue(JsonElement value, string path) =>
            value.ValueKind == JsonValueKind.String ? value.GetString()! : throw Fault(path, $"expected a string, found {Describe(value)}");

        private int Int(JsonElement element, string name, string path)
        {
            JsonElement value = Property(element, name, path);
            return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number) ? number : throw Fault($"{path}.{name}", $"expected a whole number, found {Describe(value)}");
        }

        private int? OptionalInt(JsonElement element, string name, string path) =>
            element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? Int(element, name, path) : null;

        private decimal DecimalValue(JsonElement value, string path) =>
            value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number) ? number : throw Fault(path, $"expected a number, found {Describe(value)}");

        private void RequireKind(JsonElement element, JsonValueKind kind, string path)
        {
            if (element.ValueKind != kind)
            {
                throw Fault(path, $"expected {(kind == JsonValueKind.Object ? "an object" : "an array")}, found {Describe(element)}");
            }
        }

        /// <summary>Runs a model constructor and turns its argument errors into located format errors.</summary>
        private T Build<T>(string path, Func<T> make) => ErrorMessages.Located(make, (problem, inner) => Fault(path, problem, inner));

        private DataFormatException Fault(string path, string problem, Exception? inner = null) => new(_source, path, problem, inner: inner);

        private static string Describe(JsonElement value) => JsonInput.Describe(value);
    }
}
