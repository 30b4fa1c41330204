using System;
using System.IO;
using HelplineStats.Cli;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using HelplineStats.Core.Text;
using NodaTime;

namespace HelplineStats.Cli.Tests;

/// <summary>
/// Issue 25: a command given a file of another of the library's kinds says in one line, naming the file, what it is and
/// what reads it, and exits 2; a value of the wrong type in a JSON file is named at its full path.
/// </summary>
public sealed class FileKindCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-kinds").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string Records()
    {
        var text = new StringWriter();
        ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, 2021, 10, seed: 1), text);
        return Write("records.csv", text.ToString());
    }

    private string Partial()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        aggregator.AddRange(SyntheticRecords.Generate(Helplines.Line1712, 2021, 10, seed: 1));
        return Write("partial.json", ContactAggregateJson.ToJson(aggregator.ToAggregate()));
    }

    private string Export() => Write("export.json", DatasetJsonWriter.ToJson(EmbeddedData.FlemishHelplines2021));

    private string ExportCsv() => Write("export.csv", DatasetCsvWriter.ToCsv(EmbeddedData.FlemishHelplines2021));

    private string Plan() => Write("plan.json", FigurePlanJson.ToJson(FigurePlan.Default));

    private string AuditJson() => Write("audit.json", AuditJsonWriter.ToJson(Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021)));

    private string ReportCsv() => Write("report.csv", ReportCsvWriter.ToCsv(ReportPage.Of(EmbeddedData.FlemishHelplines2021,
        Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021), TextCulture.English, new LocalDate(2022, 1, 1))));

    /// <summary>Runs the command and checks the shape of a refusal: exit 2, nothing on standard output, one line; returns that line.</summary>
    private static string Refused(params string[] args)
    {
        (int code, string output, string error) = CliRunner.Run(args);
        Assert.True(code == CliApp.ExitBadInput, $"exit {code}: {error}");
        Assert.Equal("", output);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        return error.TrimEnd('\n');
    }

    [Fact]
    public void Report_GivenARecordsFile_SaysToAggregateItFirst()
    {
        string records = Records();
        Assert.Equal($"helpline-stats: {records}: this is a records file (contact records), not a dataset; count it into a dataset first with 'helpline-stats aggregate' (ContactRecordCsv)",
            Refused("report", records));
    }

    [Fact]
    public void Aggregate_GivenADatasetExport_SaysItIsADatasetForReportAuditOrCompose()
    {
        string export = Export();
        Assert.Equal($"helpline-stats: {export}: this is a dataset (helplinestats/1), not a partial aggregate; give it to report, audit, export or compose (DatasetJsonReader)",
            Refused("aggregate", export));
    }

    [Fact]
    public void Aggregate_GivenADatasetCsv_SaysItIsADataset()
    {
        string export = ExportCsv();
        Assert.StartsWith($"helpline-stats: {export}: this is a dataset as CSV (helpline-stats export --format csv), not a records file", Refused("aggregate", export), StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_GivenAPartialAggregate_SaysToMergeItFirst()
    {
        string partial = Partial();
        Assert.Equal($"helpline-stats: {partial}: this is a partial aggregate (helplinestats-aggregate/2), not a dataset; merge it into a dataset first with 'helpline-stats aggregate' (ContactAggregateJson)",
            Refused("audit", partial));
    }

    [Fact]
    public void Export_GivenAPlan_SaysItIsAPlanForCompose()
    {
        string plan = Plan();
        Assert.Equal($"helpline-stats: {plan}: this is a figure plan (helplinestats-plan/1), not a dataset; give it to 'helpline-stats compose --plan' (FigurePlanJson)",
            Refused("export", "--input", plan));
    }

    [Fact]
    public void Compose_APlanThatIsADataset_SaysItIsADataset()
    {
        string export = Export();
        Assert.StartsWith($"helpline-stats: {export}: this is a dataset (helplinestats/1), not a figure plan;", Refused("compose", "--plan", export), StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_LikeARecordsFile_SaysItIsARecordsFile()
    {
        string records = Records();
        Assert.StartsWith($"helpline-stats: {records}: this is a records file (contact records), not a dataset;", Refused("compose", "--like", records), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("audit")]
    public void ReadingCommands_GivenWhatTheToolWrote_SayItIsNotReadBack(string command)
    {
        string audit = AuditJson();
        Assert.Equal($"helpline-stats: {audit}: this is the audit's output (helplinestats-audit/2), not a dataset; it is written for people and other tools, never read back: give the dataset it was made from",
            Refused(command, audit));
        string report = ReportCsv();
        Assert.StartsWith($"helpline-stats: {report}: this is a report page as CSV (helpline-stats report --format csv), not a dataset;", Refused(command, report), StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_AWrongTypedValueInAPartial_NamesTheFullPathAndTheTypeExpected()
    {
        string file = Write("p.json", "{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"year\",\"counts\":["
            + "{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"value\":false}]}");
        Assert.Equal($"helpline-stats: {file}: $.counts[0].value: expected a whole number, found false", Refused("aggregate", file));
    }

    [Fact]
    public void Report_AWrongTypedValueInADataset_NamesTheFullPathAndTheTypeExpected()
    {
        string file = Write("d.json", """{ "format": "helplinestats/1", "reports": [ { "helpline": "1712", "period": "2021", "observations": [ { "period": "2021", "metric": "calls", "value": "many" } ] } ] }""");
        Assert.Equal($"helpline-stats: {file}: $.reports[0].observations[0].value: expected a whole number, found the string \"many\"", Refused("report", file));
    }
}
