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
/// Writes a <see cref="Dataset"/> as JSON, the full-fidelity format (docs/formats.md): the taxonomies its categories come
/// from, its helplines, and every report with its observations, breakdowns and published figures.
/// <see cref="DatasetJsonReader"/> reads it back to an equal dataset.
/// </summary>
public static class DatasetJsonWriter
{
    /// <summary>The format name written in a file whose counts are all exact; the reader checks it.</summary>
    public const string FormatName = "helplinestats/1";

    /// <summary>The format name written in a file that holds counts known only within bounds, or not at all, or periods
    /// whose end is known only to the month (version 2: a count with <c>"min"</c> and <c>"max"</c> instead of a
    /// <c>"value"</c>, a period such as <c>2012-03-12/2013-05</c>; docs/formats.md). Version 1 files are
    /// read as before; the writer names version 2 only when a dataset needs it.</summary>
    public const string BoundedFormatName = "helplinestats/2";

    /// <summary>Writes <paramref name="dataset"/> to <paramref name="output"/> as indented UTF-8 JSON.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Dataset dataset, Stream output) => Write(dataset, output, Array.Empty<Taxonomy>());

    /// <summary>Writes <paramref name="dataset"/> to <paramref name="output"/> as indented UTF-8 JSON, with extra taxonomies.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <param name="taxonomies">Taxonomies to prefer for the categories of the same id and version; every category also knows
    /// the taxonomy that made it, which is written when none is given.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Dataset dataset, Stream output, IEnumerable<Taxonomy> taxonomies)
    {
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(output, nameof(output));
        Guard.NotNull(taxonomies, nameof(taxonomies));
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        WriteDocument(json, dataset, taxonomies);
    }

    /// <summary>The dataset document (format, taxonomies, helplines, reports) as one JSON object at the writer's position.</summary>
    internal static void WriteDocument(Utf8JsonWriter json, Dataset dataset, IEnumerable<Taxonomy> taxonomies)
    {
        IReadOnlyList<Taxonomy> used = TaxonomiesOf(dataset, taxonomies);
        json.WriteStartObject();
        json.WriteString("format", NeedsVersion2(dataset) ? BoundedFormatName : FormatName);
        json.WriteStartArray("taxonomies");
        foreach (Taxonomy taxonomy in used)
        {
            WriteTaxonomy(json, taxonomy);
        }
        json.WriteEndArray();
        json.WriteStartArray("helplines");
        foreach (Helpline helpline in dataset.Helplines)
        {
            WriteHelpline(json, helpline);
        }
        json.WriteEndArray();
        json.WriteStartArray("reports");
        foreach (Report report in dataset.Reports)
        {
            WriteReport(json, report);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The dataset as an indented JSON string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToJson(Dataset dataset) => JsonText.Of(stream => Write(dataset, stream));

    /// <summary>One definition (a helpline or a taxonomy) as compact JSON, as the tidy CSV carries it in a cell.</summary>
    internal static string Definition(Action<Utf8JsonWriter> write) => JsonText.Of(stream =>
    {
        using var json = new Utf8JsonWriter(stream);
        write(json);
    });

    /// <summary>The taxonomies the dataset's categories and breakdowns come from, by id.</summary>
    internal static IReadOnlyList<Taxonomy> TaxonomiesOf(Dataset dataset, IEnumerable<Taxonomy> given)
    {
        var candidates = new List<Taxonomy>(Guard.NoNullItems(given, "taxonomies"));
        candidates.AddRange(Dimensions(dataset).Select(d => d.Taxonomy).OfType<Taxonomy>());
        candidates.AddRange(Taxonomies.All);
        var used = new Dictionary<TaxonomyId, Taxonomy>();
        foreach (Report report in dataset.Reports)
        {
            IEnumerable<Category> categories = report.Observations.Select(o => o.Key.Category)
                .Concat(report.Figures.SelectMany(f => new[] { f.Subject?.Category, FigureKinds.Whole(f)?.Category }))
                .OfType<Category>();
            foreach (Category category in categories)
            {
                if (used.ContainsKey(category.TaxonomyId))
                {
                    continue;
                }
                // Every category is made by its taxonomy and knows it, so a taxonomy defined in a file is written with it.
                used[category.TaxonomyId] = candidates.FirstOrDefault(t => t.Id.Equals(category.TaxonomyId) && t.Version == category.TaxonomyVersion && t.Contains(category))
                    ?? category.Owner!;
            }
        }
        foreach (Taxonomy inBreakdown in Dimensions(dataset).Select(d => d.Taxonomy).OfType<Taxonomy>())
        {
            used.TryAdd(inBreakdown.Id, inBreakdown);
        }
        return used.Values.OrderBy(t => t.Id).ToList();
    }

    private static IEnumerable<BreakdownDimension> Dimensions(Dataset dataset) =>
        dataset.Reports.SelectMany(r => r.Breakdowns.Select(b => b.Dimension));

    internal static void WriteTaxonomy(Utf8JsonWriter json, Taxonomy taxonomy)
    {
        json.WriteStartObject();
        json.WriteString("id", taxonomy.Id.Value);
        json.WriteNumber("version", taxonomy.Version);
        json.WriteString("name", taxonomy.Name);
        json.WriteStartArray("categories");
        foreach (CategoryDefinition category in taxonomy.Definitions)
        {
            json.WriteStartObject();
            json.WriteString("id", category.Id.Value);
            json.WriteString("label", category.Label);
            if (category.ParentId is CategoryId parent)
            {
                json.WriteString("parent", parent.Value);
            }
            WriteLocalized(json, "labels", category.Labels);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A text per language as an object (<c>{"en": "...", "nl": "..."}</c>), left out when there is none.</summary>
    private static void WriteLocalized(Utf8JsonWriter json, string name, LocalizedText texts)
    {
        if (texts.IsEmpty)
        {
            return;
        }
        json.WriteStartObject(name);
        foreach (string language in texts.Languages)
        {
            texts.TryGet(language, out string? text);
            json.WriteString(language, text);
        }
        json.WriteEndObject();
    }

    internal static void WriteHelpline(Utf8JsonWriter json, Helpline helpline)
    {
        json.WriteStartObject();
        json.WriteString("id", helpline.Id.Value);
        json.WriteString("name", helpline.Name);
        if (helpline.OtherNames.Count > 0)
        {
            json.WriteStartArray("otherNames");
            foreach (string name in helpline.OtherNames)
            {
                json.WriteStringValue(name);
            }
            json.WriteEndArray();
        }
        json.WriteString("description", helpline.Description);
        WriteLocalized(json, "descriptions", helpline.Descriptions);
        if (helpline.LaunchDate is LocalDate launch)
        {
            json.WriteString("launchDate", LocalDatePattern.Iso.Format(launch));
        }
        else
        {
            json.WriteNull("launchDate");
        }
        json.WriteString("anonymity", KebabCase.Of(helpline.Anonymity));
        json.WriteStartArray("channels");
        foreach (ChannelOffering offering in helpline.Channels)
        {
            json.WriteStartObject();
            json.WriteString("channel", offering.Channel.Value);
            if (offering.SinceYear is int year)
            {
                json.WriteNumber("sinceYear", year);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject();
        json.WriteString("helpline", report.Helpline.Id.Value);
        json.WriteString("period", report.Period.ToString());
        json.WriteStartArray("observations");
        foreach (Observation count in CountsOutsideBreakdowns(report))
        {
            WriteCount(json, count);
        }
        json.WriteEndArray();
        json.WriteStartArray("breakdowns");
        foreach (Breakdown breakdown in report.Breakdowns)
        {
            json.WriteStartObject();
            json.WritePropertyName("total");
            WriteCount(json, breakdown.Total);
            json.WriteString("dimension", breakdown.Dimension.Taxonomy is Taxonomy taxonomy ? taxonomy.Id.Value : "channel");
            json.WriteString("coverage", KebabCase.Of(breakdown.Coverage));
            json.WriteStartArray("parts");
            foreach (Observation part in breakdown.Parts)
            {
                WriteCount(json, part);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (PublishedFigure figure in report.Figures)
        {
            WriteFigure(json, figure);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>The counts of a report that belong to no breakdown, exact or bounded, ordered by key.</summary>
    /// <summary>Whether the dataset uses what only version 2 has: counts known within bounds, or periods whose end is known only to the month.</summary>
    private static bool NeedsVersion2(Dataset dataset) => dataset.Reports.Any(r => r.Observations.Any(o => !o.IsExact)
        || PeriodsOf(r).Any(p => p is not DatedPeriod));

    /// <summary>Every period a report writes: its own, its counts' and its figures'.</summary>
    private static IEnumerable<ReportingPeriod> PeriodsOf(Report report) =>
        new[] { report.Period }
            .Concat(report.Observations.Select(c => c.Key.Period))
            .Concat(report.Figures.Select(FigureKinds.Fields).SelectMany(f => new[] { f.Period, f.Subject?.Period, f.Whole?.Period, f.Comparison }).OfType<ReportingPeriod>());

    internal static IEnumerable<Observation> CountsOutsideBreakdowns(Report report)
    {
        var inBreakdowns = new HashSet<ObservationKey>(report.Breakdowns.SelectMany(b => b.Counts).Select(o => o.Key));
        return report.Observations.Where(o => !inBreakdowns.Contains(o.Key));
    }

    /// <summary>A count exactly (<c>"value"</c>) or by its bounds (<c>"min"</c> when above zero, <c>"max"</c> when
    /// there is an upper end; neither for an unknown count).</summary>
    private static void WriteCount(Utf8JsonWriter json, Observation count)
    {
        json.WriteStartObject();
        JsonText.WriteKeyFields(json, count.Key);
        if (count.IsExact)
        {
            json.WriteNumber("value", count.Bounds.Low);
        }
        else
        {
            if (count.Bounds.Low > 0)
            {
                json.WriteNumber("min", count.Bounds.Low);
            }
            if (count.Bounds.High is long high)
            {
                json.WriteNumber("max", high);
            }
        }
        json.WriteEndObject();
    }

    private static void WriteKey(Utf8JsonWriter json, string name, ObservationKey key)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        JsonText.WriteKeyFields(json, key);
        json.WriteEndObject();
    }

    private static void WriteFigure(Utf8JsonWriter json, PublishedFigure figure)
    {
        json.WriteStartObject();
        json.WriteString("id", figure.Id);
        FigureFields fields = FigureKinds.Fields(figure);
        json.WriteString("kind", KebabCase.Of(figure.Kind));
        if (figure.Subject is ObservationKey subject)
        {
            WriteKey(json, "subject", subject);
        }
        else
        {
            json.WriteString("period", figure.Period.ToString());
        }
        if (fields.Whole is ObservationKey whole)
        {
            WriteKey(json, "whole", whole);
            json.WriteString("basis", KebabCase.Of(fields.Basis));
        }
        if (fields.Comparison is ReportingPeriod comparison)
        {
            json.WriteString("comparisonPeriod", comparison.ToString());
        }
        if (fields.Apportioned)
        {
            json.WriteBoolean("apportioned", true);
        }
        if (figure.Value is decimal value)
        {
            json.WriteNumber("value", value);
            json.WriteNumber("precision", figure.Precision.Step / 1.0000000000000000000000000000m);
        }
        json.WriteString("qualifier", KebabCase.Of(figure.Qualifier));
        json.WriteEndObject();
    }
}
