using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.IO;

/// <summary>
/// A value written as its invariant text and read back through its own validating factory, as in the file format: ids,
/// periods and figure references are strings there. Invalid text is a <see cref="JsonException"/> naming the value and
/// the rule, so that <see cref="JsonSerializer"/> adds where it stands.
/// </summary>
internal abstract class TextJsonConverter<T> : JsonConverter<T>
    where T : class
{
    /// <summary>Parses the text; throws <see cref="ArgumentException"/> or <see cref="FormatException"/> for invalid text.</summary>
    protected abstract T Parse(string text);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? FromText(reader.GetString()!)
            : throw new JsonException($"expected a string for {Article.A(typeof(T).Name)}, found {reader.TokenType}");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());

    // Dictionary keys: ids and periods key JSON objects as they key the model's lookups.
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => FromText(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(value.ToString()!);

    private T FromText(string text)
    {
        try
        {
            return Parse(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new JsonException($"{Internal.Quoted.Of(text)} is not a valid {typeof(T).Name}: {e.Message}", e);
        }
    }
}

/// <summary>A helpline id as its text, such as <c>1712</c>.</summary>
internal sealed class HelplineIdJsonConverter : TextJsonConverter<HelplineId>
{
    protected override HelplineId Parse(string text) => HelplineId.Of(text);
}

/// <summary>A channel as its id, such as <c>chat</c>.</summary>
internal sealed class ChannelJsonConverter : TextJsonConverter<Channel>
{
    protected override Channel Parse(string text) => Channel.Of(text);
}

/// <summary>A metric as its id, such as <c>calls</c>.</summary>
internal sealed class MetricJsonConverter : TextJsonConverter<Metric>
{
    protected override Metric Parse(string text) => Metric.Of(text);
}

/// <summary>A period as in the file format, such as <c>2021</c>, <c>2021-Q2</c> or <c>2017-05-19/2021-12-31</c>.</summary>
internal sealed class ReportingPeriodJsonConverter : TextJsonConverter<ReportingPeriod>
{
    protected override ReportingPeriod Parse(string text) => ReportingPeriod.Parse(text);
}

/// <summary>A period whose days are all known, as in the file format (<c>2021</c>); a month-end period is refused.</summary>
internal sealed class DatedPeriodJsonConverter : TextJsonConverter<DatedPeriod>
{
    protected override DatedPeriod Parse(string text) => ReportingPeriod.Parse(text) is DatedPeriod dated
        ? dated
        : throw new FormatException("it ends on an unknown day of a month, so it is not a period with both its days known.");
}

/// <summary>A period ending on an unknown day of a month, as in the file format (<c>2012-03-12/2013-05</c>); a dated period is refused.</summary>
internal sealed class MonthEndPeriodJsonConverter : TextJsonConverter<MonthEndPeriod>
{
    protected override MonthEndPeriod Parse(string text) => ReportingPeriod.Parse(text) is MonthEndPeriod monthEnd
        ? monthEnd
        : throw new FormatException("its last day is known, so it is not a period ending on an unknown day of a month.");
}

/// <summary>A figure reference as <c>helpline/period/figure-id</c>.</summary>
internal sealed class FigureReferenceJsonConverter : TextJsonConverter<FigureReference>
{
    protected override FigureReference Parse(string text) => FigureReference.Parse(text);
}
