using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using HelplineStats.Core.Text;
using NodaTime;

namespace HelplineStats.Core.Tests.IO;

/// <summary>
/// Issue 25: every reader given a file of another of the library's kinds says, in one line naming the file, what the file
/// is and what reads it (<see cref="FileKinds"/>), instead of failing on the first field it misses.
/// </summary>
public sealed class FileKindTests
{
    /// <summary>A file of each kind the library reads or writes, with the words the message names it by.</summary>
    private static readonly Lazy<(string Kind, string Text, string Named)[]> Files = new(() =>
    {
        Dataset page = EmbeddedData.FlemishHelplines2021;
        AuditResult audit = Auditor.Default.Audit(page);
        ReportPage report = ReportPage.Of(page, audit, TextCulture.English, new LocalDate(2022, 1, 1));
        var records = new StringWriter();
        ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, 2021, 20, seed: 1), records);
        var aggregator = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        aggregator.AddRange(SyntheticRecords.Generate(Helplines.Line1712, 2021, 20, seed: 1));
        return new[]
        {
            ("records", records.ToString(), "a records file (contact records)"),
            ("dataset-json", DatasetJsonWriter.ToJson(page), "a dataset (helplinestats/1)"),
            ("dataset-json-2", """{ "format": "helplinestats/2", "reports": [] }""", "a dataset (helplinestats/2)"),
            ("dataset-csv", DatasetCsvWriter.ToCsv(page), "a dataset as CSV"),
            ("aggregate", ContactAggregateJson.ToJson(aggregator.ToAggregate()), "a partial aggregate (helplinestats-aggregate/2)"),
            ("plan", FigurePlanJson.ToJson(FigurePlan.Default), "a figure plan (helplinestats-plan/1)"),
            ("audit", AuditJsonWriter.ToJson(audit), "the audit's output (helplinestats-audit/2)"),
            ("report-json", AuditJsonWriter.ToJson(report), "a report page (helplinestats-report/3)"),
            ("report-csv", ReportCsvWriter.ToCsv(report), "a report page as CSV"),
        };
    });

    /// <summary>Each reader, the kinds of file it reads, and whether it reads JSON.</summary>
    private static readonly (string Name, string[] Reads, bool Json, Action<string, string> Read)[] Readers =
    {
        ("DatasetJsonReader", new[] { "dataset-json", "dataset-json-2" }, true, (text, source) => DatasetJsonReader.FromJson(text, source)),
        ("DatasetCsvReader", new[] { "dataset-csv" }, false, (text, source) => DatasetCsvReader.FromCsv(text, source)),
        ("ContactAggregateJson", new[] { "aggregate" }, true, (text, source) => ContactAggregateJson.FromJson(text, source, AggregationSchema.Default)),
        ("FigurePlanJson", new[] { "plan" }, true, (text, source) => FigurePlanJson.FromJson(text, source)),
        ("ContactRecordCsv", new[] { "records" }, false, (text, source) =>
            ContactRecordCsv.ReadInto(new MemoryStream(Encoding.UTF8.GetBytes(text)), source, new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default))),
    };

    [Fact]
    public void EveryReader_GivenEachOtherKind_SaysWhatTheFileIsInOneLine()
    {
        var wrong = new List<string>();
        foreach ((string reader, string[] reads, bool json, Action<string, string> read) in Readers)
        {
            foreach ((string kind, string text, string named) in Files.Value)
            {
                if (reads.Contains(kind))
                {
                    read(text, "own.file");
                    continue;
                }
                var e = Assert.Throws<DataFormatException>(() => read(text, "f.x"));
                bool jsonToCsv = !json && !kind.EndsWith("csv", StringComparison.Ordinal) && kind != "records";
                string said = jsonToCsv ? "this is JSON, not " : $"this is {named}";
                if (e.Location != "" || !e.Message.StartsWith("f.x: " + said, StringComparison.Ordinal) || e.Message.Contains('\n', StringComparison.Ordinal))
                {
                    wrong.Add($"{reader} given {kind}: [{e.Location}] {e.Message}");
                }
            }
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("DatasetCsvReader", "records", "records.csv: this is a records file (contact records), not a dataset; count it into a dataset first with 'helpline-stats aggregate' (ContactRecordCsv)")]
    [InlineData("ContactAggregateJson", "dataset-json-2", "records.csv: this is a dataset (helplinestats/2), not a partial aggregate; give it to report, audit, export or compose (DatasetJsonReader)")]
    [InlineData("DatasetJsonReader", "aggregate", "records.csv: this is a partial aggregate (helplinestats-aggregate/2), not a dataset; merge it into a dataset first with 'helpline-stats aggregate' (ContactAggregateJson)")]
    [InlineData("FigurePlanJson", "dataset-json", "records.csv: this is a dataset (helplinestats/1), not a figure plan; give it to report, audit, export or compose (DatasetJsonReader)")]
    [InlineData("DatasetJsonReader", "plan", "records.csv: this is a figure plan (helplinestats-plan/1), not a dataset; give it to 'helpline-stats compose --plan' (FigurePlanJson)")]
    [InlineData("DatasetJsonReader", "audit", "records.csv: this is the audit's output (helplinestats-audit/2), not a dataset; it is written for people and other tools, never read back: give the dataset it was made from")]
    [InlineData("ContactRecordCsv", "dataset-csv", "records.csv: this is a dataset as CSV (helpline-stats export --format csv), not a records file (contact records, CSV); give it to report, audit, export or compose (DatasetCsvReader)")]
    [InlineData("ContactRecordCsv", "report-csv", "records.csv: this is a report page as CSV (helpline-stats report --format csv), not a records file (contact records, CSV); it is written for people and other tools, never read back: give the dataset it was made from")]
    [InlineData("ContactRecordCsv", "aggregate", "records.csv: this is JSON, not a records file (contact records, CSV); name it .json to read it as JSON")]
    [InlineData("DatasetJsonReader", "dataset-csv", "records.csv: this is a dataset as CSV (helpline-stats export --format csv), not JSON; name it .csv to read it as CSV (DatasetCsvReader)")]
    [InlineData("ContactAggregateJson", "records", "records.csv: this is a records file (contact records), not a partial aggregate; count it into a dataset first with 'helpline-stats aggregate' (ContactRecordCsv)")]
    public void Reader_GivenAnotherKind_NamesTheFileWhatItIsAndWhatReadsIt(string reader, string kind, string message)
    {
        Action<string, string> read = Readers.Single(r => r.Name == reader).Read;
        var e = Assert.Throws<DataFormatException>(() => read(Files.Value.Single(f => f.Kind == kind).Text, "records.csv"));
        Assert.Equal(message, e.Message);
        Assert.Equal("", e.Location);
    }

    [Fact]
    public void Records_ReadOnTwoCores_GivenADatasetCsv_SayWhatItIs()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Files.Value.Single(f => f.Kind == "dataset-csv").Text);
            using FileStream file = File.OpenRead(path);
            var e = Assert.Throws<DataFormatException>(() =>
                ContactRecordCsv.ReadInto(file, "page.csv", new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default), Helplines.All, 2, null));
            Assert.StartsWith("page.csv: this is a dataset as CSV", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{ "granularity": "year", "counts": [] }""", "this is a partial aggregate, by its keys (it names no format), not a dataset")]
    [InlineData("""{ "rules": [] }""", "this is a figure plan, by its keys (it names no format), not a dataset")]
    [InlineData("""{ "format": "helplinestats-report/2", "statements": [] }""", "this is a report page (helplinestats-report/2), not a dataset")]
    public void DatasetReader_AnotherKindByItsShapeOrAnOlderVersion_IsStillRecognised(string json, string said)
    {
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(json, "x.json"));
        Assert.StartsWith("x.json: " + said, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "format": "other/1", "reports": [] }""", "$.format")]
    [InlineData("""{ "format": "helplinestats/9", "reports": [] }""", "$.format")]
    [InlineData("[]", "$")]
    public void DatasetReader_AJsonOfNoKnownKind_KeepsItsOwnLocatedMessage(string json, string location)
    {
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(json, "x.json"));
        Assert.Equal(location, e.Location);
    }

    [Fact]
    public void DatasetCsvReader_AHeaderOfNoKnownKind_StillNamesTheMissingColumn()
    {
        var e = Assert.Throws<DataFormatException>(() => DatasetCsvReader.FromCsv("record,helpline\nreport,1712\n", "x.csv"));
        Assert.Equal("x.csv(1): header: the column \"report\" is missing", e.Message);
    }

    [Fact]
    public void RecordsReader_ARecordsHeaderWithAColumnMissing_StillSaysTheHeaderItExpects()
    {
        var e = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(
            new MemoryStream(Encoding.UTF8.GetBytes("helpline,date,channel,outcome\n")), "r.csv", new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default)));
        Assert.StartsWith("r.csv(1): header: expected the header", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSerializer_DatasetGivenAPartialAggregate_SaysWhatItIs()
    {
        var options = new System.Text.Json.JsonSerializerOptions().AddHelplineStatsConverters();
        string aggregate = Files.Value.Single(f => f.Kind == "aggregate").Text;
        var e = Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<Dataset>(aggregate, options));
        var bad = Assert.IsType<DataFormatException>(e.InnerException);
        Assert.StartsWith("this is a partial aggregate (helplinestats-aggregate/2), not a dataset", bad.Problem, StringComparison.Ordinal);
    }
}
