using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.IO;

/// <summary>
/// <see cref="JsonSerializer"/> support for the model, for apps that reuse it (docs/formats.md, "With JsonSerializer"):
/// a <see cref="Dataset"/> in the documented file format (a <see cref="Report"/> as a dataset of that report), an
/// <see cref="AuditResult"/> in the audit shape (a <see cref="FigureVerdict"/> as one of its verdicts), ids, channels,
/// metrics, periods and figure references as their text, and verdict and figure kinds as their kebab-case names, all as
/// in the files. For trimming and native AOT, <see cref="TypeInfoResolver"/> gives the same without reflection.
/// </summary>
public static class HelplineStatsJson
{
    /// <summary>Adds the library's converters to <paramref name="options"/>, which must not be in use yet.</summary>
    /// <param name="options">The options to add to, such as ASP.NET Core's <c>JsonOptions.SerializerOptions</c>.</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="System.InvalidOperationException">The options are read-only (already used for serialisation).</exception>
    public static JsonSerializerOptions AddHelplineStatsConverters(this JsonSerializerOptions options)
    {
        Guard.NotNull(options, nameof(options));
        foreach (JsonConverter converter in Converters())
        {
            options.Converters.Add(converter);
        }
        return options;
    }

    /// <summary>
    /// Type information for the same types, built from the converters alone (no reflection), for trimmed and native AOT
    /// apps: add it to <c>options.TypeInfoResolverChain</c>, or combine it with a source-generated context of your own
    /// (<c>JsonTypeInfoResolver.Combine(HelplineStatsJson.TypeInfoResolver, MyContext.Default)</c>). It answers for
    /// <see cref="Dataset"/>, <see cref="Report"/>, <see cref="AuditResult"/>, <see cref="FigureVerdict"/>, <see cref="HelplineId"/>, <see cref="Channel"/>,
    /// <see cref="Metric"/>, <see cref="ReportingPeriod"/> (and its <see cref="DatedPeriod"/> and <see cref="MonthEndPeriod"/>),
    /// <see cref="FigureReference"/>, <see cref="VerdictKind"/>, <see cref="VerdictReason"/> and
    /// <see cref="FigureKind"/>, and leaves every other type to the next resolver. Thread-safe.
    /// </summary>
    public static IJsonTypeInfoResolver TypeInfoResolver { get; } = new ConverterTypeInfoResolver();

    /// <summary>Every converter of the library, new instances each time.</summary>
    internal static JsonConverter[] Converters() => new JsonConverter[]
    {
        new DatasetJsonConverter(),
        new ReportJsonConverter(),
        new WriteOnlyJsonConverter<AuditResult>((json, audit) => AuditJsonWriter.WriteDocument(json, audit)),
        new WriteOnlyJsonConverter<FigureVerdict>(AuditJsonWriter.WriteVerdict),
        new HelplineIdJsonConverter(),
        new ChannelJsonConverter(),
        new MetricJsonConverter(),
        new ReportingPeriodJsonConverter(),
        new DatedPeriodJsonConverter(),
        new MonthEndPeriodJsonConverter(),
        new FigureReferenceJsonConverter(),
        new JsonStringEnumConverter<VerdictKind>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<VerdictReason>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
        new JsonStringEnumConverter<FigureKind>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false),
    };

    /// <summary>Type information made from the converters: what a source-generated context gives for converter-backed types.</summary>
    private sealed class ConverterTypeInfoResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            foreach (JsonConverter converter in Converters())
            {
                if (!converter.CanConvert(type))
                {
                    continue;
                }
                JsonConverter made = converter is JsonConverterFactory factory ? factory.CreateConverter(type, options)! : converter;
                return made switch
                {
                    JsonConverter<Dataset> => JsonMetadataServices.CreateValueInfo<Dataset>(options, made),
                    JsonConverter<Report> => JsonMetadataServices.CreateValueInfo<Report>(options, made),
                    JsonConverter<AuditResult> => JsonMetadataServices.CreateValueInfo<AuditResult>(options, made),
                    JsonConverter<FigureVerdict> => JsonMetadataServices.CreateValueInfo<FigureVerdict>(options, made),
                    JsonConverter<HelplineId> => JsonMetadataServices.CreateValueInfo<HelplineId>(options, made),
                    JsonConverter<Channel> => JsonMetadataServices.CreateValueInfo<Channel>(options, made),
                    JsonConverter<Metric> => JsonMetadataServices.CreateValueInfo<Metric>(options, made),
                    JsonConverter<ReportingPeriod> => JsonMetadataServices.CreateValueInfo<ReportingPeriod>(options, made),
                    JsonConverter<DatedPeriod> => JsonMetadataServices.CreateValueInfo<DatedPeriod>(options, made),
                    JsonConverter<MonthEndPeriod> => JsonMetadataServices.CreateValueInfo<MonthEndPeriod>(options, made),
                    JsonConverter<FigureReference> => JsonMetadataServices.CreateValueInfo<FigureReference>(options, made),
                    JsonConverter<VerdictKind> => JsonMetadataServices.CreateValueInfo<VerdictKind>(options, made),
                    JsonConverter<VerdictReason> => JsonMetadataServices.CreateValueInfo<VerdictReason>(options, made),
                    JsonConverter<FigureKind> => JsonMetadataServices.CreateValueInfo<FigureKind>(options, made),
                    _ => throw new InvalidOperationException($"No type information for the converter of {type}: a converter was added without its case here."),
                };
            }
            return null;
        }
    }
}
