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
}
