using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.IO;

/// <summary>
/// A conclusion the audit draws from a dataset (an <c>AuditResult</c> in the audit shape, a <c>FigureVerdict</c> as one
/// of its verdicts), written with <see cref="JsonSerializer"/> as <see cref="AuditJsonWriter"/> writes it. It is not
/// data: to get it back, read the dataset and audit it again, so reading one throws. Stateless and thread-safe.
/// </summary>
internal sealed class WriteOnlyJsonConverter<T> : JsonConverter<T>
    where T : class
{
    private readonly Action<Utf8JsonWriter, T> _write;

    internal WriteOnlyJsonConverter(Action<Utf8JsonWriter, T> write) => _write = write;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"{Article.Capital(typeof(T).Name)} is not read back: read its dataset and audit that (Auditor.Audit).");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        _write(writer, value);
    }
}
