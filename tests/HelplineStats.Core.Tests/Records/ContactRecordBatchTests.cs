using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using NodaTime;

namespace HelplineStats.Core.Tests.Records;

public sealed class ContactRecordBatchTests
{
    private static ContactRecordBatch BatchOf(params ContactRecord[] records)
    {
        var batch = new ContactRecordBatch(AggregationSchema.Default);
        batch.AddRange(records);
        return batch;
    }

    private static ContactRecord Call(string helpline, LocalDate date, Channel channel, Category? relation = null) =>
        new(HelplineId.Of(helpline), date, channel, ContactOutcome.Conversation, relation, null, null, Array.Empty<Category>(), Array.Empty<PossibleVictim>(), referred: false);

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Generators) })]
    public bool Batch_GivesBackEqualRecords(ContactRecord[] records) => BatchOf(records).SequenceEqual(records);

    [Property(MaxTest = 200, Arbitrary = new[] { typeof(Generators) })]
    public Property EveryPath_CountsWhatTheRecordsMean(ContactRecord[] records, PeriodGranularity granularity)
    {
        var oneByOne = new ContactAggregator(granularity, AggregationSchema.Default);
        oneByOne.AddRange(records);
        var byBatch = new ContactAggregator(granularity, AggregationSchema.Default);
        byBatch.Add(BatchOf(records.Take(records.Length / 2).ToArray()));
        byBatch.Add(BatchOf(records.Skip(records.Length / 2).ToArray()));
        return (ExpectedCounts.Agree(oneByOne.ToAggregate(), records)).Label("one by one")
            .And(ExpectedCounts.Agree(byBatch.ToAggregate(), records)).Label("two batches")
            .And(oneByOne.RecordCount == records.Length && byBatch.RecordCount == records.Length).Label("record counts");
    }

    [Property(MaxTest = 30)]
    public Property OnSeveralCores_GivesWhatOneAggregatorGives() =>
        Prop.ForAll(Gen.Choose(0, 20_000).Zip(Gen.Choose(1, 5)).ToArbitrary(), t =>
        {
            ContactRecord[] records = SyntheticRecords.Generate(Helplines.TeleOnthaal, 2021, t.Item1, seed: t.Item1).ToArray();
            ContactAggregate parallel = ContactAggregate.Of(BatchOf(records), PeriodGranularity.Month, t.Item2);
            return ExpectedCounts.Agree(parallel, records);
        });

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(Generators) })]
    public bool IsoDays_CountDaysLikeNodaTime(LocalDate date) =>
        IsoDays.From(date) == Period.DaysBetween(new LocalDate(1, 1, 1), date) && IsoDays.ToDate(IsoDays.From(date)) == date;

    [Fact]
    public void IsoDays_FirstAndLastDays_AndWhatIsNotADate()
    {
        Assert.Equal(0, IsoDays.From(1, 1, 1));
        Assert.Equal(365, IsoDays.From(2, 1, 1)); // year 1 is not a leap year
        Assert.Equal(3_652_058, IsoDays.From(9999, 12, 31)); // 9,999 years of 365 days plus 2,424 leap days, minus one
        Assert.True(IsoDays.IsValid(2000, 2, 29));
        Assert.False(IsoDays.IsValid(1900, 2, 29));
        Assert.False(IsoDays.IsValid(2021, 4, 31));
        Assert.False(IsoDays.IsValid(0, 1, 1));
        Assert.False(IsoDays.IsValid(2021, 13, 1));
    }

    [Fact]
    public void Add_RefusedRecord_KeepsNothingOfIt_AndTheBatchGoesOn()
    {
        Taxonomy other = Taxonomy.Create("my-relations", 1, "Mine", new CategoryDefinition("neighbour", "Neighbour"));
        ContactRecord first = Call("1712", new LocalDate(2021, 1, 1), Channel.Phone, Taxonomies.CallerRelation.Get("self"));
        ContactRecord bad = new(HelplineId.Of("1712"), new LocalDate(2021, 1, 2), Channel.Chat, ContactOutcome.Conversation, other.Get("neighbour"), null, null,
            new[] { Taxonomies.ConversationTopic.Get("corona") }, new[] { new PossibleVictim(new[] { Taxonomies.KindOfViolence.Get("other") }, null, null, null) }, true);
        ContactRecord second = new(HelplineId.Of("1712"), new LocalDate(2021, 1, 3), Channel.Email, ContactOutcome.NoConversation, null, null, false,
            Array.Empty<Category>(), new[] { new PossibleVictim(new[] { Taxonomies.KindOfViolence.Get("child-abuse") }, null, null, null) }, false);
        var batch = new ContactRecordBatch(AggregationSchema.Default);
        batch.Add(first);
        RecordException e = Assert.Throws<RecordException>(() => batch.Add(bad));
        Assert.Equal(1, e.Position);
        Assert.Contains("caller relation", e.Problem, StringComparison.Ordinal);
        batch.Add(second);
        Assert.Equal(new[] { first, second }, batch);
    }

    [Fact]
    public void Aggregator_RefusesABatchOfOtherTaxonomies()
    {
        var schema = new AggregationSchema(Taxonomy.Create("my-relations", 1, "Mine", new CategoryDefinition("neighbour", "Neighbour")),
            Taxonomies.Gender, Taxonomies.KindOfViolence, Taxonomies.AgeGroup, Taxonomies.ViolenceContext, Taxonomies.ConversationTopic);
        var aggregator = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        Assert.Equal("batch", Assert.Throws<ArgumentException>(() => aggregator.Add(new ContactRecordBatch(schema))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BatchOf()[0]);
    }

    [Fact]
    public void SixChannels_OverSeveralBatches_AndDaysNineThousandYearsApart_AreEachCountedInTheirOwnCell()
    {
        // Worked by hand: phone twice (one in a later batch), the five other channels once each; two days far apart.
        var aggregator = new ContactAggregator(PeriodGranularity.Day, AggregationSchema.Default);
        var first = new LocalDate(1, 1, 1);
        var last = new LocalDate(9999, 12, 31);
        aggregator.Add(BatchOf(Call("1712", first, Channel.Phone), Call("1712", last, Channel.Chat)));
        aggregator.Add(Call("1712", first, Channel.Email));
        aggregator.Add(BatchOf(Call("1712", first, Channel.Of("sms")), Call("1712", first, Channel.Of("letter")), Call("1712", last, Channel.Of("app")),
            Call("1712", last, Channel.Phone)));
        ContactAggregate aggregate = aggregator.ToAggregate();
        ObservationKey CallsOn(LocalDate day, Channel? channel = null) => new(HelplineId.Of("1712"), ReportingPeriod.Day(day), Metric.Calls, channel);
        Assert.Equal(4, aggregate[CallsOn(first)]);
        Assert.Equal(3, aggregate[CallsOn(last)]);
        Assert.Equal(1, aggregate[CallsOn(first, Channel.Phone)]);
        Assert.Equal(1, aggregate[CallsOn(last, Channel.Phone)]);
        Assert.Equal(1, aggregate[CallsOn(first, Channel.Of("letter"))]);
        Assert.Equal(1, aggregate[CallsOn(last, Channel.Of("app"))]);
        Assert.Equal(0, aggregate[CallsOn(first, Channel.Of("app"))]);
        Assert.Equal(7, aggregator.RecordCount);
    }

    [Fact]
    public void At_AnInstant_CountsOnTheLocalDayOfTheHelplinesZone()
    {
        // 23:30 UTC on 31 December 2021 is 00:30 on 1 January 2022 in Brussels (UTC+1 in winter), and 21:00 UTC on
        // 30 June 2021 is 23:00 the same day (UTC+2 in summer).
        DateTimeZone brussels = DateTimeZoneProviders.Tzdb["Europe/Brussels"];
        ContactRecord AtUtc(int year, int month, int day, int hour, int minute) => ContactRecord.At(Helplines.Line1712.Id,
            Instant.FromUtc(year, month, day, hour, minute), brussels, Channel.Phone, ContactOutcome.Conversation, null, null, null,
            Array.Empty<Category>(), Array.Empty<PossibleVictim>(), referred: false);
        Assert.Equal(new LocalDate(2022, 1, 1), AtUtc(2021, 12, 31, 23, 30).Date);
        Assert.Equal(new LocalDate(2021, 6, 30), AtUtc(2021, 6, 30, 21, 0).Date);
        Assert.Equal("timeZone", Assert.Throws<ArgumentNullException>(() => ContactRecord.At(Helplines.Line1712.Id, Instant.FromUtc(2021, 1, 1, 0, 0), null!,
            Channel.Phone, ContactOutcome.Conversation, null, null, null, Array.Empty<Category>(), Array.Empty<PossibleVictim>(), false)).ParamName);
    }

    [Fact]
    public void CategoriesOfAnEqualTaxonomyMadeApart_CountInTheSamePlaces()
    {
        // Two equal taxonomies made separately: a record categorised with the second counts where the first's category would.
        CategoryDefinition[] definitions = { new("neighbour", "Neighbour"), new("colleague", "Colleague") };
        Taxonomy first = Taxonomy.Create("relations", 1, "Relations", definitions);
        Taxonomy second = Taxonomy.Create("relations", 1, "Relations", definitions);
        var schema = new AggregationSchema(first, Taxonomies.Gender, Taxonomies.KindOfViolence, Taxonomies.AgeGroup, Taxonomies.ViolenceContext, Taxonomies.ConversationTopic);
        var aggregator = new ContactAggregator(PeriodGranularity.Year, schema);
        aggregator.Add(Call("1712", new LocalDate(2021, 5, 1), Channel.Phone, second.Get("colleague")));
        aggregator.Add(Call("1712", new LocalDate(2021, 5, 2), Channel.Phone, first.Get("colleague")));
        var persons = new ObservationKey(HelplineId.Of("1712"), ReportingPeriod.Year(2021), Metric.ContactPersons);
        ContactAggregate aggregate = aggregator.ToAggregate();
        Assert.Equal(2, aggregate[persons.WithCategory(first.Get("colleague"))]);
        Assert.Equal(0, aggregate[persons.WithCategory(first.Get("neighbour"))]);
    }
}
