using System;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests.IO;

public sealed class ContactRecordCsvTests
{
    private static string ToCsv(System.Collections.Generic.IEnumerable<ContactRecord> records)
    {
        var writer = new StringWriter();
        ContactRecordCsv.Write(records, writer);
        return writer.ToString();
    }

    [Property(MaxTest = 30)]
    public Property WriteThenRead_GivesBackTheSameRecords() =>
        Prop.ForAll(Gen.Choose(0, 500).Zip(Gen.Choose(0, 10_000)).ToArbitrary(), t =>
        {
            ContactRecord[] records = SyntheticRecords.Generate(Helplines.StopItNowFlanders, 2020, t.Item1, t.Item2).ToArray();
            return ContactRecordCsv.Read(new StringReader(ToCsv(records)), "records.csv", AggregationSchema.Default).SequenceEqual(records);
        });

    [Fact]
    public void Write_ShowsTheDocumentedLayout()
    {
        ContactRecord record = new(Helplines.Line1712.Id, new NodaTime.LocalDate(2021, 3, 4), Channel.Chat, ContactOutcome.Conversation,
            Taxonomies.CallerRelation.Get("self"), null, true, new[] { Taxonomies.ConversationTopic.Get("corona") },
            new[]
            {
                new PossibleVictim(new[] { Taxonomies.KindOfViolence.Get("child-abuse"), Taxonomies.KindOfViolence.Get("other") }, Taxonomies.AgeGroup.Get("minor"), null, Taxonomies.ViolenceContext.Get("household")),
                new PossibleVictim(Array.Empty<Category>(), null, Taxonomies.Gender.Get("woman"), null),
            },
            referred: false);
        Assert.Equal(ContactRecordCsv.Header + "\n1712,2021-03-04,chat,conversation,self,,true,corona,child-abuse+other/minor//household|/ /woman/,false\n".Replace("/ /", "//", StringComparison.Ordinal), ToCsv(new[] { record }));
    }

    [Theory]
    [InlineData("1712,2021-02-30,phone,conversation,,,,,,false", 2, "date")]
    [InlineData("1712,2021-02-01,phone,talked,,,,,,false", 4, "outcome")]
    [InlineData("1712,2021-02-01,phone,conversation,cousin,,,,,false", 5, "caller_relation")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,,child-abuse/minor,false", 9, "victims")]
    [InlineData("Bad Id,2021-02-01,phone,conversation,,,,,,false", 1, "helpline")]
    public void Read_BadField_NamesLineAndColumnWhenEnumerated(string row, int column, string name)
    {
        var records = ContactRecordCsv.Read(new StringReader(ContactRecordCsv.Header + "\n1712,2021-02-01,phone,conversation,,,,,,false\n" + row + "\n"), "in.csv", AggregationSchema.Default);
        var e = Assert.Throws<DataFormatException>(() => records.ToList());
        Assert.Equal(3, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Equal($"line 3, column \"{name}\"", e.Location);
    }

    [Fact]
    public void Read_WrongHeaderOrFieldCount_IsRefused()
    {
        Assert.Throws<DataFormatException>(() => ContactRecordCsv.Read(new StringReader("a,b\n"), "x.csv", AggregationSchema.Default).ToList());
        Assert.Contains("the row has 3 fields", Assert.Throws<DataFormatException>(() =>
            ContactRecordCsv.Read(new StringReader(ContactRecordCsv.Header + "\n1712,2021-01-01,phone\n"), "y.csv", AggregationSchema.Default).ToList()).Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100, Arbitrary = new[] { typeof(Generators) })]
    public Property ReadInto_AndReadBatch_GiveWhatTheRecordsGive(ContactRecord[] records, PeriodGranularity granularity)
    {
        string csv = ToCsv(records);
        var aggregator = new ContactAggregator(granularity, AggregationSchema.Default);
        long read = ContactRecordCsv.ReadInto(new StringReader(csv), "records.csv", aggregator);
        ContactRecordBatch batch = ContactRecordCsv.ReadBatch(new StringReader(csv.Replace("\n", "\r\n", StringComparison.Ordinal)), "records.csv", AggregationSchema.Default);
        return (read == records.Length).Label("count")
            .And(Records.ExpectedCounts.Agree(aggregator.ToAggregate(), records)).Label("counts")
            .And(batch.SequenceEqual(records)).Label("batch, CRLF line ends");
    }

    [Theory]
    [InlineData("1712,0000-01-01,phone,conversation,,,,,,false", 2, "is not a date")]
    [InlineData("1712,2021-1-01,phone,conversation,,,,,,false", 2, "is not a date")]
    [InlineData("1712,2021-02-01,phone,conversation,unknown,,,,,false", 5, "is the explicit unknown")]
    [InlineData("1712,2021-02-01,phone,conversation,,,maybe,,,false", 7, "expected true, false or nothing")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,corona;corona,,false", 8, "listed twice")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,corona;,,false", 8, "ends with ';'")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,,other+other///,false", 9, "listed twice")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,,other///|,false", 9, "ends with '|'")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,,other////,false", 9, "kinds/age/gender/context")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,,/teen//,false", 9, "has no category \"teen\"")]
    [InlineData("1712,2021-02-01,phone,conversation,,,,,,yes", 10, "expected true or false")]
    public void Read_MoreBadFields_NameTheColumnAndWhatIsWrong(string row, int column, string problem)
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        var e = Assert.Throws<DataFormatException>(() => ContactRecordCsv.ReadInto(
            new StringReader(ContactRecordCsv.Header + "\n1712,2021-02-01,phone,conversation,,,,,,false\n\n" + row + "\n"), "in.csv", aggregator));
        Assert.Equal(4, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.StartsWith("in.csv(4,", e.Message, StringComparison.Ordinal);
        Assert.Equal(1, aggregator.RecordCount); // the good row before the bad one is counted, nothing of the bad one
    }

    [Fact]
    public void Read_ALineLongerThanTheBuffer_AndNoFinalNewline()
    {
        string victims = string.Join("|", Enumerable.Repeat("child-abuse/minor/woman/household", 5_000));
        string csv = ContactRecordCsv.Header + "\n1712,2021-02-01,phone,conversation,,,,," + victims + ",true";
        ContactRecord record = Assert.Single(ContactRecordCsv.Read(new StringReader(csv), "long.csv", AggregationSchema.Default));
        Assert.Equal(5_000, record.Victims.Count);
        Assert.True(record.Referred);
        Assert.All(record.Victims, v => Assert.Equal(Taxonomies.ViolenceContext.Get("household"), v.Context));
    }

    [Fact]
    public void ReadInto_ReportsProgressAfterEachBlock()
    {
        string csv = ToCsv(SyntheticRecords.Generate(Helplines.Line1712, 2021, ContactRecordCsv.BlockSize + 10, seed: 3));
        var reported = new System.Collections.Generic.List<long>();
        var aggregator = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        ContactRecordCsv.ReadInto(new StringReader(csv), "p.csv", aggregator, new Reported(reported));
        Assert.Equal(new long[] { ContactRecordCsv.BlockSize, ContactRecordCsv.BlockSize + 10 }, reported);
    }

    private sealed class Reported(System.Collections.Generic.List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }
}
