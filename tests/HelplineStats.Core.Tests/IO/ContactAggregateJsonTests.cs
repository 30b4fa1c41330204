using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests.IO;

public sealed class ContactAggregateJsonTests
{
    [Property(MaxTest = 30)]
    public Property WriteThenRead_GivesBackTheSameAggregate_AndShardsWrittenApartMergeExactly() =>
        Prop.ForAll(Gen.Choose(0, 800).Zip(Gen.Choose(0, 10_000)).Zip(Gen.Elements(Enum.GetValues<PeriodGranularity>())).ToArbitrary(), t =>
        {
            ((int count, int seed), PeriodGranularity granularity) = t;
            var records = SyntheticRecords.Generate(Helplines.Line1712, 2021, count, seed).ToArray();
            ContactAggregate Of(System.Collections.Generic.IEnumerable<ContactRecord> part)
            {
                var aggregator = new ContactAggregator(granularity, AggregationSchema.Default);
                aggregator.AddRange(part);
                return aggregator.ToAggregate();
            }
            ContactAggregate RoundTrip(ContactAggregate aggregate) =>
                ContactAggregateJson.FromJson(ContactAggregateJson.ToJson(aggregate), "shard.json", AggregationSchema.Default);
            ContactAggregate whole = Of(records);
            return RoundTrip(whole) == whole
                && RoundTrip(Of(records.Take(count / 3))).Merge(RoundTrip(Of(records.Skip(count / 3)))) == whole;
        });

    [Theory]
    [InlineData("{\"format\":\"other\",\"granularity\":\"year\",\"counts\":[]}", "$.format")]
    [InlineData("{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"week\",\"counts\":[]}", "$.granularity")]
    [InlineData("{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"year\",\"counts\":[{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"value\":0}]}", "$.counts[0].value")]
    [InlineData("{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"year\",\"counts\":[{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"category\":\"gender:robot\",\"value\":3}]}", "$.counts[0].category")]
    public void Read_BadFile_NamesThePath(string json, string path)
    {
        var e = Assert.Throws<DataFormatException>(() => ContactAggregateJson.FromJson(json, "shard.json", AggregationSchema.Default));
        Assert.Equal(path, e.Location);
    }
}
