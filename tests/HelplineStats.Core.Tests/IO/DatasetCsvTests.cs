using System;
using System.IO;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

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
}
