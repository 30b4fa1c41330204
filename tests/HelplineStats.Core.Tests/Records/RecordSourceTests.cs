using System;
using System.IO;
using System.Linq;
using System.Text;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests.Records;

/// <summary>Nothing counted twice: the records files an aggregate counted, kept through merges and partial aggregate files.</summary>
public sealed class RecordSourceTests
{
    private static byte[] Csv(int count, int seed)
    {
        var writer = new StringWriter();
        ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, 2021, count, seed), writer);
        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    private static ContactAggregate Read(byte[] csv, string name)
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        ContactRecordCsv.ReadInto(new MemoryStream(csv), name, aggregator);
        return aggregator.ToAggregate();
    }

    [Fact]
    public void ReadInto_NotesTheFile_WithItsBytesRecordsAndFingerprint()
    {
        byte[] csv = Csv(300, 1);

        RecordSource source = Assert.Single(Read(csv, "a.csv").Sources);

        Assert.Equal("a.csv", source.Name);
        Assert.Equal(csv.Length, source.Bytes);
        Assert.Equal(300, source.Records);
        Assert.Equal(source, Assert.Single(Read(csv, "copy.csv").Sources)); // the same content under another name
        Assert.NotEqual(source, Assert.Single(Read(Csv(300, 2), "a.csv").Sources));
        // A byte-order mark is not content.
        Assert.Equal(source, Assert.Single(Read(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(csv).ToArray(), "bom.csv").Sources));
    }

    [Fact]
    public void Merge_OfTwoAggregatesOfOneFile_IsRefused_NamingBoth()
    {
        byte[] csv = Csv(200, 3);
        ContactAggregate first = Read(csv, "a.csv");
        ContactAggregate other = Read(Csv(100, 4), "b.csv");

        var e = Assert.Throws<RecordsCountedTwiceException>(() => first.Merge(other).Merge(Read(csv, "copy.csv")));

        Assert.Equal("a.csv", e.Counted.Name);
        Assert.Equal("copy.csv", e.Again.Name);
        Assert.Equal("other", e.ParamName);
        Assert.StartsWith("The records of a.csv are counted again as copy.csv (200 records, fingerprint ", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, first.Merge(other).Sources.Count);
    }

    [Fact]
    public void ReadInto_AFileOfNoRecords_IsNoSource_SoEmptyShardsMerge()
    {
        var writer = new StringWriter();
        ContactRecordCsv.Write(Array.Empty<ContactRecord>(), writer);
        byte[] header = Encoding.UTF8.GetBytes(writer.ToString());

        ContactAggregate empty = Read(header, "empty1.csv");

        Assert.Empty(empty.Sources);
        Assert.Empty(empty.Merge(Read(header, "empty2.csv")).Sources);
    }

    [Fact]
    public void ReadInto_TheSameFileTwiceIntoOneAggregator_IsRefused()
    {
        byte[] csv = Csv(50, 7);
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        ContactRecordCsv.ReadInto(new MemoryStream(csv), "a.csv", aggregator);

        var e = Assert.Throws<RecordsCountedTwiceException>(() => ContactRecordCsv.ReadInto(new MemoryStream(csv), "again.csv", aggregator));

        Assert.Equal(("a.csv", "again.csv"), (e.Counted.Name, e.Again.Name));
    }

    [Fact]
    public void Merge_WithTheEmptyAggregate_KeepsTheSources_OnEitherSide()
    {
        ContactAggregate a = Read(Csv(40, 8), "a.csv");
        ContactAggregate empty = ContactAggregate.Empty(PeriodGranularity.Month);

        Assert.Equal(a.Sources, a.Merge(empty).Sources);
        Assert.Equal(a.Sources, empty.Merge(a).Sources);
    }

    [Fact]
    public void Json_Version2_KeepsTheSources_AndVersion1StillReads_WithNone()
    {
        ContactAggregate both = Read(Csv(50, 5), "a.csv").Merge(Read(Csv(60, 6), "b.csv"));
        string json = ContactAggregateJson.ToJson(both);

        ContactAggregate back = ContactAggregateJson.FromJson(json, "p.json", AggregationSchema.Default);
        ContactAggregate old = ContactAggregateJson.FromJson(json.Replace(ContactAggregateJson.CurrentFormatName, ContactAggregateJson.FormatName, StringComparison.Ordinal),
            "old.json", AggregationSchema.Default);

        Assert.Contains("\"format\": \"helplinestats-aggregate/2\"", json, StringComparison.Ordinal);
        Assert.Equal(both, back);
        Assert.Equal(both.Sources.Select(s => s.ToString()), back.Sources.Select(s => s.ToString()));
        Assert.Equal(both, old);
        Assert.Empty(old.Sources);
    }

    [Fact]
    public void Json_ASourceNameOfTenMegabytes_IsRefused_NotCarriedIntoMessages()
    {
        // Found by the CLI fuzzer: a 10 MB string as a source's name was read and would have been written into every
        // message that names the source.
        string json = "{\"format\":\"helplinestats-aggregate/2\",\"granularity\":\"year\",\"sources\":[{\"name\":\"" + new string('x', 10_000_000)
            + "\",\"bytes\":1,\"records\":1,\"fingerprint\":\"0123456789abcdef\"}],\"counts\":[]}";

        var e = Assert.Throws<DataFormatException>(() => ContactAggregateJson.FromJson(json, "p.json", AggregationSchema.Default));

        Assert.Equal("p.json: $.sources[0].name: expected a file name of at most 4096 characters, found one of 10000000", e.Message);
    }

    [Theory]
    [InlineData("[{\"name\":\"a.csv\",\"bytes\":10,\"records\":1,\"fingerprint\":\"0123456789abcdef\"},{\"name\":\"b.csv\",\"bytes\":10,\"records\":1,\"fingerprint\":\"0123456789abcdef\"}]",
        "$.sources[1]", "counts the records of \"a.csv\" again (as \"b.csv\")")]
    [InlineData("[{\"name\":\"a.csv\",\"bytes\":-1,\"records\":1,\"fingerprint\":\"0123456789abcdef\"}]", "$.sources[0].bytes", "expected a whole number, zero or more")]
    [InlineData("[{\"name\":\"a.csv\",\"bytes\":1,\"records\":1,\"fingerprint\":\"xyz\"}]", "$.sources[0].fingerprint", "16 lowercase hexadecimal digits")]
    [InlineData("{}", "$.sources", "expected an array")]
    public void Json_BadSources_AreRefusedAtTheirPath(string sources, string path, string problem)
    {
        string json = $"{{\"format\":\"helplinestats-aggregate/2\",\"granularity\":\"year\",\"sources\":{sources},\"counts\":[]}}";

        var e = Assert.Throws<DataFormatException>(() => ContactAggregateJson.FromJson(json, "p.json", AggregationSchema.Default));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }
}
