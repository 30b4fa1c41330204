using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.IO;

/// <summary>
/// Serialises a <see cref="Report"/> with <see cref="JsonSerializer"/> as a dataset document of exactly that report, in the
/// documented file format (<c>helplinestats/1</c>): a report needs its helpline and taxonomies, which the document
/// carries, so what is written is a file that <see cref="DatasetJsonReader"/> also reads. Stateless and thread-safe.
/// </summary>
public sealed class ReportJsonConverter : JsonConverter<Report>
{
    /// <summary>Creates the converter; it holds no state, so one instance serves every call.</summary>
    public ReportJsonConverter()
    {
    }

    /// <summary>Reads a dataset document of one report at the reader's position.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="Report"/>.</param>
    /// <param name="options">The serializer's options (not used: the format is fixed).</param>
    /// <returns>The report.</returns>
    /// <exception cref="JsonException">The value is not a valid dataset of exactly one report; its
    /// <see cref="Exception.InnerException"/> is the <see cref="DataFormatException"/> that names the field.</exception>
    public override Report Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Dataset dataset = DatasetJsonConverter.ReadDocument(ref reader);
        return dataset.Reports.Count == 1
            ? dataset.Reports[0]
            : throw DatasetJsonConverter.Refuse(new DataFormatException(DatasetJsonConverter.Source, "$.reports",
                $"a report is written as a dataset of exactly one report; this one has {dataset.Reports.Count}"));
    }

    /// <summary>Writes the report as a dataset document of that report alone.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The report.</param>
    /// <param name="options">The serializer's options (not used: the format is fixed).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, Report value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        DatasetJsonWriter.WriteDocument(writer, Dataset.Of(value), Array.Empty<Taxonomy>());
    }
}
