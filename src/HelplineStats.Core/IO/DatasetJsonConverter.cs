using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.IO;

/// <summary>
/// Serialises a <see cref="Dataset"/> with <see cref="JsonSerializer"/> in the documented file format
/// (<c>helplinestats/1</c>, docs/formats.md): the same JSON as <see cref="DatasetJsonWriter"/>, read back with the same
/// checks as <see cref="DatasetJsonReader"/>. Added by <see cref="HelplineStatsJson.AddHelplineStatsConverters"/> and
/// <see cref="HelplineStatsJson.TypeInfoResolver"/>. Stateless and thread-safe.
/// </summary>
public sealed class DatasetJsonConverter : JsonConverter<Dataset>
{
    /// <summary>Creates the converter; it holds no state, so one instance serves every call.</summary>
    public DatasetJsonConverter()
    {
    }

    /// <summary>The source named in the errors of a dataset read through <see cref="JsonSerializer"/>.</summary>
    public const string Source = "JsonSerializer";

    /// <summary>Reads a dataset at the reader's position.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="Dataset"/>.</param>
    /// <param name="options">The serializer's options (not used: the format is fixed).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="JsonException">The value is not a valid dataset; its <see cref="Exception.InnerException"/> is the
    /// <see cref="DataFormatException"/> that names the field (a JSON path within the dataset) and what is wrong.</exception>
    public override Dataset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadDocument(ref reader);

    /// <summary>Reads the dataset document at the reader's position, with a file's checks.</summary>
    /// <exception cref="JsonException">The value is not a valid dataset (the inner exception names the field).</exception>
    internal static Dataset ReadDocument(ref Utf8JsonReader reader)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        try
        {
            return DatasetJsonReader.FromElement(document.RootElement, Source);
        }
        catch (DataFormatException e)
        {
            throw Refuse(e);
        }
    }

    /// <summary>A fault in the data as the <see cref="JsonException"/> the serializer expects, with the fault inside.</summary>
    internal static JsonException Refuse(DataFormatException fault) => new(fault.Message, fault.Location, null, null, fault);

    /// <summary>Writes the dataset as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The dataset.</param>
    /// <param name="options">The serializer's options (not used: the format is fixed).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, Dataset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        DatasetJsonWriter.WriteDocument(writer, value, Array.Empty<Taxonomy>());
    }
}
