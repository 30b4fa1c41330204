using System;
using System.IO;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.IO;

public sealed class DatasetCsvTests
{
    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool WriteThenRead_GivesBackTheSameDataset(Dataset dataset) =>
        DatasetCsvReader.FromCsv(DatasetCsvWriter.ToCsv(dataset), "generated.csv") == dataset;

    [Fact]
    public void WriteThenRead_EveryKindOfFigureAndBreakdown_RoundTrips()
    {
        Dataset dataset = DatasetJsonTests.RichDataset();
        Helpline line = dataset.Helplines.Single(h => h.Id.Value == "example-line");
        Taxonomy reasons = dataset.Reports.SelectMany(r => r.Breakdowns).Select(b => b.Dimension.Taxonomy).OfType<Taxonomy>().Single(t => t.Id.Value == "reason");
        string csv = DatasetCsvWriter.ToCsv(dataset);
        Assert.Equal(dataset, DatasetCsvReader.Read(new StringReader(csv), "rich.csv", new[] { line }, new[] { reasons }));
        Assert.StartsWith("record,helpline,report,period_start,period_end,metric,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_TheEmbeddedPage_RoundTrips()
    {
        Dataset page = EmbeddedData.FlemishHelplines2021;
        Assert.Equal(page, DatasetCsvReader.FromCsv(DatasetCsvWriter.ToCsv(page), "page.csv"));
    }

    [Fact]
    public void Read_BadValue_NamesLineAndColumn()
    {
        string csv = DatasetCsvWriter.ToCsv(EmbeddedData.FlemishHelplines2021);
        string[] lines = csv.Split('\n');
        int index = Array.FindIndex(lines, line => line.Contains(",8515,", StringComparison.Ordinal));
        lines[index] = lines[index].Replace(",8515,", ",-8515,", StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => DatasetCsvReader.FromCsv(string.Join('\n', lines), "page.csv"));
        int line = index + 1;
        Assert.Equal(line, e.Line);
        Assert.Equal(15, e.Column);
        Assert.Equal($"line {line}, column \"value\"", e.Location);
        Assert.StartsWith($"page.csv({line},15): line {line}, column \"value\": value must not be negative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumnOrRaggedRowOrOpenQuote_IsRefused()
    {
        Assert.Contains("the column \"report\" is missing", Assert.Throws<DataFormatException>(() => DatasetCsvReader.FromCsv("record,helpline\n", "a.csv")).Message, StringComparison.Ordinal);
        string header = DatasetCsvWriter.ToCsv(Dataset.Empty);
        Assert.Contains("the row has 2 fields", Assert.Throws<DataFormatException>(() => DatasetCsvReader.FromCsv(header + "count,1712\n", "b.csv")).Message, StringComparison.Ordinal);
        Assert.Contains("not closed", Assert.Throws<DataFormatException>(() => DatasetCsvReader.FromCsv(header + "\"count,1712\n", "c.csv")).Message, StringComparison.Ordinal);
        Assert.Equal(Dataset.Empty, DatasetCsvReader.FromCsv(header, "d.csv"));
    }

    [Fact]
    public void WriteThenRead_APeriodEndingInAMonth_WritesTheMonthInPeriodEnd()
    {
        ReportingPeriod upToMay = ReportingPeriod.ToSomeDayIn(new NodaTime.LocalDate(2012, 3, 12), new NodaTime.YearMonth(2013, 5));
        var key = new ObservationKey(Helplines.Line1712.Id, upToMay, Metric.Calls);
        Dataset dataset = Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2013), new[] { key.Observe(9000) },
            figures: new PublishedFigure[] { SinceLaunchFigure.Of("since-launch", key, 9000m), RelativeChangeFigure.Of("change", key.WithPeriod(ReportingPeriod.Year(2013)), upToMay, 5m) }));
        string csv = DatasetCsvWriter.ToCsv(dataset);
        Assert.Contains("count,1712,2013,2012-03-12,2013-05,calls,", csv, StringComparison.Ordinal);
        Assert.Contains(",2012-03-12,2013-05,", csv.Split('\n').Single(line => line.Contains(",change,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(dataset, DatasetCsvReader.FromCsv(csv, "month.csv"));
    }

    [Theory]
    [InlineData("2013-5", "is neither a date (YYYY-MM-DD) nor a month")]
    [InlineData("2013-13", "is neither a date (YYYY-MM-DD) nor a month")]
    [InlineData("2012-02", "must start before that month")]
    public void Read_BadPeriodEnd_NamesLineAndColumn(string end, string problem)
    {
        ReportingPeriod upToMay = ReportingPeriod.ToSomeDayIn(new NodaTime.LocalDate(2012, 3, 12), new NodaTime.YearMonth(2013, 5));
        var key = new ObservationKey(Helplines.Line1712.Id, upToMay, Metric.Calls);
        string csv = DatasetCsvWriter.ToCsv(Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2013), new[] { key.Observe(9000) })));
        var e = Assert.Throws<DataFormatException>(() => DatasetCsvReader.FromCsv(csv.Replace(",2013-05,", "," + end + ",", StringComparison.Ordinal), "bad.csv"));
        Assert.Equal(3, e.Line);
        Assert.Equal("line 3, column \"period_end\"", e.Location);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", e.Problem, StringComparison.Ordinal);
    }
}
