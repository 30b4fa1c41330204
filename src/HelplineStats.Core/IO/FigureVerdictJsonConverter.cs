using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelplineStats.Core.Audit;

namespace HelplineStats.Core.IO;

/// <summary>
/// Writes a <see cref="FigureVerdict"/> with <see cref="JsonSerializer"/> as one entry of the audit shape's
/// <c>verdicts</c> (<c>helplinestats-audit/1</c>, docs/formats.md). A verdict is a conclusion drawn from a dataset, not
/// data: to get it back, read the dataset and audit it again, so reading one throws.
/// Stateless and thread-safe.
/// </summary>
public sealed class FigureVerdictJsonConverter : JsonConverter<FigureVerdict>
{
    /// <summary>Creates the converter; it holds no state, so one instance serves every call.</summary>
    public FigureVerdictJsonConverter()
    {
    }

    /// <summary>Always throws: a verdict is recomputed from its dataset, never read.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="FigureVerdict"/>.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override FigureVerdict Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A verdict is not read back: read its dataset and audit that (Auditor.Audit).");

    /// <summary>Writes the verdict as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The verdict.</param>
    /// <param name="options">The serializer's options (not used: the shape is fixed).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, FigureVerdict value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        AuditJsonWriter.WriteVerdict(writer, value);
    }
}
