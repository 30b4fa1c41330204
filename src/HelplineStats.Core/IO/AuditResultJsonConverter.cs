using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelplineStats.Core.Audit;

namespace HelplineStats.Core.IO;

/// <summary>
/// Writes an <see cref="AuditResult"/> with <see cref="JsonSerializer"/> in the documented audit shape
/// (<c>helplinestats-audit/1</c>, docs/formats.md), the same JSON as <see cref="AuditJsonWriter"/>. An audit is a
/// conclusion drawn from a dataset, not data: to get it back, read the dataset and audit it again, so reading one throws.
/// Stateless and thread-safe.
/// </summary>
public sealed class AuditResultJsonConverter : JsonConverter<AuditResult>
{
    /// <summary>Creates the converter; it holds no state, so one instance serves every call.</summary>
    public AuditResultJsonConverter()
    {
    }

    /// <summary>Always throws: an audit is recomputed from its dataset, never read.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type, <see cref="AuditResult"/>.</param>
    /// <param name="options">The serializer's options.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override AuditResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An audit is not read back: read its dataset and audit that (Auditor.Audit).");

    /// <summary>Writes the audit as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The audit.</param>
    /// <param name="options">The serializer's options (not used: the shape is fixed).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public override void Write(Utf8JsonWriter writer, AuditResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        AuditJsonWriter.WriteDocument(writer, value);
    }
}
