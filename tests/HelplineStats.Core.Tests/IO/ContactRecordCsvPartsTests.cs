using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests.IO;

/// <summary>
/// Reading a records CSV in parts on several cores against reading it whole on one: the same counts, the same first
/// error (file, line, column and value), and on an error the same rows counted, wherever the file is cut.
/// </summary>
public sealed class ContactRecordCsvPartsTests
{
    private static readonly string[] BadRows =
    {
        "1712,2021-02-30,phone,conversation,,,,,,false",
        "1712,2021-02-01,phone,talked,,,,,,false",
        "1712,2021-02-01,phone,conversation,cousin,,,,,false",
        "1712,2021-02-01,phone,conversation,,,,,child-abuse/minor,false",
        "1712,2021-02-01,phone",
        "Bad Id,2021-02-01,phone,conversation,,,,,,false",
        "1712,2021-02-01,phone,conversation,,,,corona;corona,,false",
        "1712,2021-02-01,phone,conversation,,,,,,yés",
    };

    /// <summary>A file of records with empty lines, maybe CRLF line ends, a UTF-8 mark, bad rows and a missing final line end.</summary>
    private static Gen<byte[]> Files =>
        Generators.ContactRecords.ArrayOf().Zip(Gen.Elements(BadRows).Zip(Gen.Choose(0, 10_000)).ArrayOf().Select(b => b.Take(3).ToArray()))
            .Zip(Gen.Elements("\n", "\r\n").Zip(ArbMap.Default.GeneratorFor<bool>()).Zip(ArbMap.Default.GeneratorFor<bool>().Zip(Gen.Choose(0, 10_000))))
            .Select(t =>
            {
                (ContactRecord[] records, (string Row, int At)[] bad) = t.Item1;
                ((string lineEnd, bool mark), (bool finalLineEnd, int emptyAt)) = t.Item2;
                var writer = new StringWriter();
                ContactRecordCsv.Write(records, writer);
                List<string> lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
                foreach ((string row, int at) in bad)
                {
                    lines.Insert(1 + (at % lines.Count), row);
                }
                lines.Insert(1 + (emptyAt % lines.Count), "");
                string text = string.Join(lineEnd, lines) + (finalLineEnd ? lineEnd : "");
                return (mark ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(text)).ToArray();
            });

    /// <summary>What reading gives: the count returned, the counts kept, and the error's message, if any.</summary>
    private static (long Read, long Counted, ContactAggregate Aggregate, string? Error) Outcome(ContactAggregator aggregator, Func<long> read)
    {
        try
        {
            long count = read();
            return (count, aggregator.RecordCount, aggregator.ToAggregate(), null);
        }
        catch (DataFormatException e)
        {
            return (-1, aggregator.RecordCount, aggregator.ToAggregate(), $"{e.Message} [{e.Line},{e.Column}]");
        }
    }

    [Property(MaxTest = 300)]
    public Property ReadInParts_GivesWhatOneCoreGives_WhereverTheFileIsCut() =>
        Prop.ForAll(Files.Zip(Gen.Choose(0, 1000).ArrayOf().Select(c => c.Take(6).ToArray()))
                .Zip(Gen.Choose(1, 4).Zip(Gen.Elements(PeriodGranularity.Day, PeriodGranularity.Month, PeriodGranularity.Year))).ToArbitrary(),
            t =>
            {
                ((byte[] file, int[] permille), (int cores, PeriodGranularity granularity)) = t;
                long[] cuts = permille.Select(p => file.Length * (long)p / 1000).Order().ToArray();
                var one = new ContactAggregator(granularity, AggregationSchema.Default);
                var expected = Outcome(one, () => ContactRecordCsv.ReadInto(new MemoryStream(file), "r.csv", one));
                var parts = new ContactAggregator(granularity, AggregationSchema.Default);
                var actual = Outcome(parts, () => ContactRecordCsv.ReadInto(file, cuts, "r.csv", parts, null, cores));
                return (actual.Error == expected.Error).Label($"error: {actual.Error} vs {expected.Error}")
                    .And(actual.Read == expected.Read).Label("records read")
                    .And(actual.Counted == expected.Counted).Label($"records counted: {actual.Counted} vs {expected.Counted}")
                    .And(actual.Aggregate == expected.Aggregate).Label("counts")
                    .And(string.Join(";", actual.Aggregate.Sources) == string.Join(";", expected.Aggregate.Sources))
                    .Label($"sources: {string.Join(";", actual.Aggregate.Sources)} vs {string.Join(";", expected.Aggregate.Sources)}");
            });

    [Fact]
    public void ReadInto_AFileOnTwoCores_ReportsTheTrueLineAndKeepsTheRowsBefore()
    {
        string path = Path.GetTempFileName();
        try
        {
            var writer = new StringWriter();
            ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, 2021, 60_000, seed: 5), writer);
            List<string> lines = writer.ToString().Split('\n').ToList();
            lines.Insert(50_001, "1712,2021-02-01,phone,conversation,,,,,,maybe"); // line 50,002 of the file, in a late part
            File.WriteAllText(path, string.Join("\n", lines));
            Assert.True(new FileInfo(path).Length > 4 << 20, "the file is cut into several parts");

            var one = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
            DataFormatException expected;
            using (FileStream stream = File.OpenRead(path))
            {
                expected = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(stream, path, one, Helplines.All, 1, null));
            }
            var two = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
            var told = new List<long>();
            using (FileStream stream = File.OpenRead(path))
            {
                DataFormatException e = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(stream, path, two, Helplines.All, 2, new Told(told)));
                Assert.Equal(expected.Message, e.Message);
            }
            Assert.Equal(50_002, expected.Line);
            Assert.Equal(10, expected.Column);
            Assert.Equal(50_000, two.RecordCount);
            Assert.Equal(one.ToAggregate(), two.ToAggregate());
            Assert.Equal(told.Order(), told); // one call at a time, counting up
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadInto_ALineTooLongAcrossTheCuts_IsRefusedAtItsLineAsOnOneCore()
    {
        string good = ContactRecordCsv.Header + "\n" + string.Concat(Enumerable.Repeat("1712,2021-02-01,phone,conversation,,,,,,false\n", 1000));
        byte[] file = Encoding.UTF8.GetBytes(good + "1712,2021-02-01,phone,conversation,,,,," + new string('x', ContactRecordCsv.MaxLineLength) + ",false\n" + good[(ContactRecordCsv.Header.Length + 1)..]);
        var one = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        DataFormatException expected = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(new MemoryStream(file), "long.csv", one));
        var parts = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        long[] cuts = { good.Length + 10, good.Length + 500_000, good.Length + 1_000_000, file.Length - 100 };
        DataFormatException e = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(file, cuts, "long.csv", parts, null, 3));
        Assert.Equal("long.csv(1002): line 1002: the line is longer than 1048576 bytes, the most a records CSV line may have", expected.Message);
        Assert.Equal(expected.Message, e.Message);
        Assert.Equal(1000, parts.RecordCount);
        Assert.Equal(one.ToAggregate(), parts.ToAggregate());
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    [InlineData("utf-8")]
    public void ReadInto_AFileWithAByteOrderMark_IsReadInItsEncoding(string encodingName)
    {
        Encoding encoding = Encoding.GetEncoding(encodingName);
        var writer = new StringWriter();
        ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, 2021, 20_000, seed: 8), writer);
        string text = writer.ToString();
        var expected = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        ContactRecordCsv.ReadInto(new StringReader(text), "r.csv", expected);
        byte[] bytes = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

        var fromStream = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        Assert.Equal(20_000, ContactRecordCsv.ReadInto(new MemoryStream(bytes), "r.csv", fromStream));
        Assert.Equal(expected.ToAggregate(), fromStream.ToAggregate());
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var fromFile = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
            using FileStream stream = File.OpenRead(path);
            Assert.Equal(20_000, ContactRecordCsv.ReadInto(stream, path, fromFile, null, 2, null));
            Assert.Equal(expected.ToAggregate(), fromFile.ToAggregate());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ReadInto_ANonAsciiValue_IsQuotedInTheErrorAsText()
    {
        string csv = ContactRecordCsv.Header + "\n1712,2021-02-01,phone,conversation,zoë,,,,,false\n";
        var aggregator = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        DataFormatException e = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "z.csv", aggregator));
        Assert.StartsWith("z.csv(2,5): line 2, column \"caller_relation\": taxonomy ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith(" has no category \"zoë\"", e.Message, StringComparison.Ordinal);
        var fromText = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(new StringReader(csv), "z.csv", aggregator));
        Assert.Equal(e.Message, fromText.Message);
    }

    private sealed class Told(List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}
