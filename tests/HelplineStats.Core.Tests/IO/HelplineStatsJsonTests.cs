using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.IO;

/// <summary>The model through <see cref="JsonSerializer"/>, for apps that reuse it: the file format, its checks, no reflection.</summary>
public sealed class HelplineStatsJsonTests
{
    private static readonly JsonSerializerOptions WithConverters = new JsonSerializerOptions().AddHelplineStatsConverters();

    // Nothing but the library's resolver: a type it does not answer for fails, so these tests see no reflection.
    private static readonly JsonSerializerOptions ResolverOnly = new() { TypeInfoResolver = HelplineStatsJson.TypeInfoResolver };

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Generators) })]
    public bool SerializeThenDeserialize_AnyDataset_GivesBackAnEqualDataset(Dataset dataset) =>
        JsonSerializer.Deserialize<Dataset>(JsonSerializer.Serialize(dataset, WithConverters), WithConverters) == dataset;

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(Generators) })]
    public bool SerializeThenDeserialize_WithTheResolverAlone_GivesBackAnEqualDataset(Dataset dataset) =>
        JsonSerializer.Deserialize<Dataset>(JsonSerializer.Serialize(dataset, ResolverOnly), ResolverOnly) == dataset;

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(Generators) })]
    public bool SerializeThenDeserialize_AnyReport_GivesBackAnEqualReport(Report report) =>
        JsonSerializer.Deserialize<Report>(JsonSerializer.Serialize(report, ResolverOnly), ResolverOnly) == report;

    [Fact]
    public void Serialize_AReport_IsADatasetFileOfThatReport()
    {
        Report report = EmbeddedData.FlemishHelplines2021.Reports[0];
        Dataset read = DatasetJsonReader.FromJson(JsonSerializer.Serialize(report, WithConverters), "report.json");
        Assert.Equal(Dataset.Of(report), read);
    }

    [Fact]
    public void Deserialize_AReportFromADatasetOfFive_ThrowsNamingTheReports()
    {
        string json = DatasetJsonWriter.ToJson(EmbeddedData.FlemishHelplines2021);
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Report>(json, WithConverters));
        DataFormatException inner = Assert.IsType<DataFormatException>(e.InnerException);
        Assert.Equal("$.reports", inner.Location);
        Assert.Contains("has 5", inner.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_AVerdict_IsItsEntryInTheAuditShape_AndIsNotReadBack()
    {
        AuditResult audit = Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021);
        JsonArray verdicts = JsonNode.Parse(AuditJsonWriter.ToJson(audit))!["verdicts"]!.AsArray();
        for (int i = 0; i < audit.Verdicts.Count; i++)
        {
            // Alone, a verdict is worded without the rest of the audit (another figure is named by its reference, not by
            // what it printed), so the words may differ; every other field is the same.
            JsonNode alone = JsonNode.Parse(JsonSerializer.Serialize(audit.Verdicts[i], ResolverOnly))!;
            Assert.False(string.IsNullOrWhiteSpace(alone["text"]!.GetValue<string>()));
            Assert.True(JsonNode.DeepEquals(WithoutWords(verdicts[i]!), WithoutWords(alone)), $"verdict {i}");
        }
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<FigureVerdict>("{}", ResolverOnly));
    }

    [Fact]
    public void Serialize_TheEmbeddedPage_IsTheDocumentedFileFormat()
    {
        Dataset page = EmbeddedData.FlemishHelplines2021;
        JsonNode? viaSerializer = JsonNode.Parse(JsonSerializer.Serialize(page, WithConverters));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(DatasetJsonWriter.ToJson(page)), viaSerializer));
        Assert.Equal("helplinestats/1", (string?)viaSerializer!["format"]);
    }

    [Fact]
    public void Deserialize_AValueOfTheWrongType_ThrowsJsonExceptionNamingTheField()
    {
        // The embedded file's first report is 1712's, whose first observation is its 8,515 calls.
        string json = DatasetJsonWriter.ToJson(EmbeddedData.FlemishHelplines2021);
        string broken = ReplaceFirst(json, "\"value\": 8515", "\"value\": \"many\"");

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dataset>(broken, WithConverters));
        DataFormatException inner = Assert.IsType<DataFormatException>(e.InnerException);
        Assert.Equal("$.reports[0].observations[0].value", inner.Location);
        Assert.Equal(DatasetJsonConverter.Source, inner.Source);
        Assert.Contains("$.reports[0].observations[0].value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ADuplicateKey_IsRefusedAsInAFile()
    {
        string json = "{\"format\": \"helplinestats/1\", \"reports\": [], \"reports\": []}";
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dataset>(json, ResolverOnly));
        Assert.Contains("appears twice", Assert.IsType<DataFormatException>(e.InnerException).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeThenDeserialize_IdsPeriodsReferencesAndKinds_AreTheirTextAsInTheFiles()
    {
        var value = new Holder
        {
            Helpline = HelplineId.Of("1712"),
            Channel = Channel.Chat,
            Metric = Metric.WebsiteVisitors,
            Period = ReportingPeriod.Parse("2017-05-19/2021-12-31"),
            Figure = FigureReference.Parse("tele-onthaal/2021/visitors-vs-2020"),
            Verdict = VerdictKind.NotCheckable,
            Kind = FigureKind.RelativeChange,
            ByPeriod = new Dictionary<ReportingPeriod, long> { [ReportingPeriod.Year(2021)] = 8515 },
        };

        string json = JsonSerializer.Serialize(value, WithConverters);

        Assert.Equal(
            "{\"Helpline\":\"1712\",\"Channel\":\"chat\",\"Metric\":\"website-visitors\",\"Period\":\"2017-05-19/2021-12-31\","
            + "\"Figure\":\"tele-onthaal/2021/visitors-vs-2020\",\"Verdict\":\"not-checkable\",\"Kind\":\"relative-change\","
            + "\"ByPeriod\":{\"2021\":8515}}",
            json);
        Holder read = JsonSerializer.Deserialize<Holder>(json, WithConverters)!;
        Assert.Equal(value.Helpline, read.Helpline);
        Assert.Equal(value.Channel, read.Channel);
        Assert.Equal(value.Metric, read.Metric);
        Assert.Equal(value.Period, read.Period);
        Assert.Equal(value.Figure, read.Figure);
        Assert.Equal(value.Verdict, read.Verdict);
        Assert.Equal(value.Kind, read.Kind);
        Assert.Equal(8515, read.ByPeriod[ReportingPeriod.Year(2021)]);
    }

    public sealed class PeriodsHolder
    {
        public DatedPeriod? Year { get; set; }
        public MonthEndPeriod? UpToMay { get; set; }
        public Dictionary<DatedPeriod, long> ByYear { get; set; } = new();
    }

    public static TheoryData<string> OptionsKinds() => new() { "converters", "resolver" };

    private static JsonSerializerOptions Options(string kind) => kind == "converters"
        ? WithConverters
        : new JsonSerializerOptions { TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
            HelplineStatsJson.TypeInfoResolver, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()) };

    [Theory]
    [MemberData(nameof(OptionsKinds))]
    public void SerializeThenDeserialize_TheTwoKindsOfPeriod_AreTheirText_AsValuesAndAsKeys(string kind)
    {
        JsonSerializerOptions options = Options(kind);
        Assert.Equal("\"2021\"", JsonSerializer.Serialize(ReportingPeriod.Year(2021), options));
        var value = new PeriodsHolder
        {
            Year = ReportingPeriod.Year(2021),
            UpToMay = ReportingPeriod.ToSomeDayIn(new NodaTime.LocalDate(2012, 3, 12), new NodaTime.YearMonth(2013, 5)),
            ByYear = new Dictionary<DatedPeriod, long> { [ReportingPeriod.Quarter(2021, 2)] = 7 },
        };
        string json = JsonSerializer.Serialize(value, options);
        Assert.Equal("{\"Year\":\"2021\",\"UpToMay\":\"2012-03-12/2013-05\",\"ByYear\":{\"2021-Q2\":7}}", json);
        PeriodsHolder read = JsonSerializer.Deserialize<PeriodsHolder>(json, options)!;
        Assert.Equal(value.Year, read.Year);
        Assert.Equal(value.UpToMay, read.UpToMay);
        Assert.Equal(7, read.ByYear[ReportingPeriod.Quarter(2021, 2)]);
    }

    [Fact]
    public void Deserialize_APeriodOfTheOtherKind_IsRefusedAtItsPath()
    {
        var dated = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PeriodsHolder>("{\"Year\":\"2012-03-12/2013-05\"}", WithConverters));
        Assert.Contains("ends on an unknown day of a month", dated.Message, StringComparison.Ordinal);
        Assert.Equal("$.Year", dated.Path);
        var monthEnd = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PeriodsHolder>("{\"UpToMay\":\"2021\"}", WithConverters));
        Assert.Contains("its last day is known", monthEnd.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SerializeThenDeserialize_APeriodEndingOnAnUnknownDayOfAMonth_IsItsText_AlsoAsAKey()
    {
        ReportingPeriod upToMay = ReportingPeriod.Parse("2012-03-12/2013-05");
        var value = new Holder { Period = upToMay, ByPeriod = new Dictionary<ReportingPeriod, long> { [upToMay] = 9000 } };
        string json = JsonSerializer.Serialize(value, WithConverters);
        Assert.Contains("\"Period\":\"2012-03-12/2013-05\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ByPeriod\":{\"2012-03-12/2013-05\":9000}", json, StringComparison.Ordinal);
        Holder read = JsonSerializer.Deserialize<Holder>(json, WithConverters)!;
        Assert.IsType<MonthEndPeriod>(read.Period);
        Assert.Equal(9000, read.ByPeriod[upToMay]);
    }

    [Theory]
    [InlineData("\"2021-13\"")]
    [InlineData("\"\"")]
    [InlineData("2021")]
    public void Deserialize_NotAPeriod_ThrowsJsonExceptionWithThePath(string period)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>($"{{\"Period\": {period}}}", WithConverters));
        Assert.Equal("$.Period", e.Path);
    }

    [Fact]
    public void Deserialize_AnInvalidHelplineId_ThrowsJsonException()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<HelplineId>("\"Not An Id\"", ResolverOnly));
        Assert.Contains("Not An Id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_AnAudit_IsTheDocumentedAuditShape_AndIsNotReadBack()
    {
        AuditResult audit = Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021);
        JsonNode? viaSerializer = JsonNode.Parse(JsonSerializer.Serialize(audit, ResolverOnly));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(AuditJsonWriter.ToJson(audit)), viaSerializer));
        Assert.Equal("helplinestats-audit/2", (string?)viaSerializer!["format"]);
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<AuditResult>("{}", ResolverOnly));
    }

    [Fact]
    public void TypeInfoResolver_AnotherType_IsLeftToTheNextResolver()
    {
        Assert.Null(HelplineStatsJson.TypeInfoResolver.GetTypeInfo(typeof(Holder), new JsonSerializerOptions()));
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Holder(), ResolverOnly));
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the text.");
        return text[..at] + to + text[(at + from.Length)..];
    }

    public sealed class Holder
    {
        public HelplineId? Helpline { get; set; }
        public Channel? Channel { get; set; }
        public Metric? Metric { get; set; }
        public ReportingPeriod? Period { get; set; }
        public FigureReference? Figure { get; set; }
        public VerdictKind Verdict { get; set; }
        public FigureKind Kind { get; set; }
        public Dictionary<ReportingPeriod, long> ByPeriod { get; set; } = new();
    }

    /// <summary>A copy of <paramref name="node"/> without its "text" fields, at any depth.</summary>
    private static JsonNode WithoutWords(JsonNode node)
    {
        JsonNode copy = node.DeepClone();
        void Strip(JsonNode? n)
        {
            if (n is JsonObject o)
            {
                o.Remove("text");
                foreach (var pair in o)
                {
                    Strip(pair.Value);
                }
            }
            else if (n is JsonArray a)
            {
                foreach (JsonNode? item in a)
                {
                    Strip(item);
                }
            }
        }
        Strip(copy);
        return copy;
    }
}
