using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using NodaTime;

namespace HelplineStats.Core.Tests.Records;

public sealed class ContactAggregatorTests
{
    private static readonly Helpline Line = Helplines.Line1712;

    private static ContactRecord Record(int month, Channel channel, ContactOutcome outcome, Category? relation, bool? anonymous, params PossibleVictim[] victims) =>
        new(Line.Id, new LocalDate(2021, month, 15), channel, outcome, relation, null, anonymous, Array.Empty<Category>(), victims, referred: false);

    private static PossibleVictim Victim(params string[] kinds) =>
        new(kinds.Select(Taxonomies.KindOfViolence.Get), Taxonomies.AgeGroup.Get("minor"), null, null);

    private static ContactAggregate Aggregate(IEnumerable<ContactRecord> records, PeriodGranularity granularity = PeriodGranularity.Year)
    {
        var aggregator = new ContactAggregator(granularity, AggregationSchema.Default);
        aggregator.AddRange(records);
        return aggregator.ToAggregate();
    }

    [Fact]
    public void Aggregate_ThreeRecords_CountsEveryMetricAndKeepsUnknowns()
    {
        ContactRecord[] records =
        {
            Record(1, Channel.Phone, ContactOutcome.Conversation, Taxonomies.CallerRelation.Get("self"), true, Victim("child-abuse", "other")),
            Record(2, Channel.Chat, ContactOutcome.NoConversation, null, null),
            Record(3, Channel.Phone, ContactOutcome.Conversation, Taxonomies.CallerRelation.Get("parent"), false, Victim("child-abuse"), Victim("partner-violence")),
        };
        ContactAggregate aggregate = Aggregate(records);
        var calls = new ObservationKey(Line.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Assert.Equal(3, aggregate[calls]);
        Assert.Equal(2, aggregate[calls.WithChannel(Channel.Phone)]);
        Assert.Equal(2, aggregate[calls.WithMetric(Metric.Conversations)]);
        Assert.Equal(3, aggregate[calls.WithMetric(Metric.PossibleVictims)]);
        // Multi-label: the first victim counts under two kinds.
        Assert.Equal(2, aggregate[calls.WithMetric(Metric.PossibleVictims).WithCategory(Taxonomies.KindOfViolence.Get("child-abuse"))]);
        Assert.Equal(1, aggregate[calls.WithMetric(Metric.PossibleVictims).WithCategory(Taxonomies.KindOfViolence.Get("other"))]);
        // Unknowns are counted as unknown, never dropped.
        Assert.Equal(1, aggregate[calls.WithMetric(Metric.ContactPersons).WithCategory(Taxonomies.CallerRelation.Unknown)]);
        Assert.Equal(1, aggregate[calls.WithMetric(Metric.ContactPersons).WithCategory(Taxonomies.Anonymity.Unknown)]);
        Assert.Equal(3, aggregate[calls.WithMetric(Metric.ContactPersons).WithCategory(Taxonomies.Gender.Unknown)]);
    }

    [Fact]
    public void ToDataset_IsTheLibrarysUsualDatasetWithCompleteBreakdowns()
    {
        Dataset dataset = Aggregate(SyntheticRecords.Generate(Line, 2021, 5_000, seed: 7)).ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
        Report report = Assert.Single(dataset.Reports);
        var calls = new ObservationKey(Line.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Assert.Equal(5_000, report.Find(calls)!.Value);
        Breakdown byChannel = report.FindBreakdown(calls, BreakdownDimension.Channel)!;
        Assert.True(byChannel.IsComplete);
        Assert.Equal(CountBounds.Exactly(5_000), byChannel.PartsSum);
        Assert.True(report.FindBreakdown(calls.WithMetric(Metric.PossibleVictims), BreakdownDimension.Of(Taxonomies.KindOfViolence))!.IsMultiLabel);
    }

    [Fact]
    public void Add_CategoryOutsideTheSchema_NamesThePositionAndCountsNothingOfIt()
    {
        Taxonomy other = Taxonomy.Create("my-relations", 1, "Mine", new CategoryDefinition("neighbour", "Neighbour"));
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        aggregator.Add(Record(1, Channel.Phone, ContactOutcome.Conversation, null, null));
        ContactAggregate before = aggregator.ToAggregate();
        var e = Assert.Throws<RecordException>(() => aggregator.Add(Record(1, Channel.Phone, ContactOutcome.Conversation, other.Get("neighbour"), null)));
        Assert.Equal(1, e.Position);
        Assert.Contains("'my-relations:neighbour'", e.Message, StringComparison.Ordinal);
        Assert.Equal(before, aggregator.ToAggregate());
        Assert.Equal(1, aggregator.RecordCount);
    }

    [Fact]
    public void Record_ExplicitUnknownOrRepeatedKind_IsRefusedWhenMade()
    {
        Assert.Throws<ArgumentException>(() => Record(1, Channel.Phone, ContactOutcome.Conversation, Taxonomies.CallerRelation.Unknown, null));
        Assert.Throws<ArgumentException>(() => Victim("child-abuse", "child-abuse"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Record(1, Channel.Phone, (ContactOutcome)9, null, null));
    }

    [Fact]
    public async Task AddRangeAsync_StreamsTheSameCountsAsTheEnumerable()
    {
        ContactRecord[] records = SyntheticRecords.Generate(Line, 2020, 500, seed: 3).ToArray();
        var streamed = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        await streamed.AddRangeAsync(AsAsync(records), CancellationToken.None);
        Assert.Equal(Aggregate(records, PeriodGranularity.Month), streamed.ToAggregate());
        Assert.Equal(12, streamed.ToAggregate().ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default).Reports.Count);
    }

    [Fact]
    public void Of_OnTwoCores_GivesWhatOneAggregatorGives_AndNamesTheFirstBadRecordByItsPosition()
    {
        ContactRecord[] records = SyntheticRecords.Generate(Line, 2021, 20_000, seed: 5).ToArray();
        Assert.Equal(Aggregate(records, PeriodGranularity.Quarter), ContactAggregate.Of(records, PeriodGranularity.Quarter, AggregationSchema.Default, 2));
        Assert.Equal(Aggregate(records, PeriodGranularity.Quarter), ContactAggregate.Of(records, PeriodGranularity.Quarter, AggregationSchema.Default, 7));
        Taxonomy other = Taxonomy.Create("my-relations", 1, "Mine", new CategoryDefinition("neighbour", "Neighbour"));
        records[15_000] = Record(1, Channel.Phone, ContactOutcome.Conversation, other.Get("neighbour"), null);
        Assert.Equal(15_000, Assert.Throws<RecordException>(() => ContactAggregate.Of(records, PeriodGranularity.Year, AggregationSchema.Default, 2)).Position);
    }

    [Fact]
    public void Synthetic_SameSeed_SameRecords_AndLeapYearsHave366Days()
    {
        Assert.Equal(SyntheticRecords.Generate(Line, 2020, 300, 11), SyntheticRecords.Generate(Line, 2020, 300, 11));
        Assert.NotEqual(SyntheticRecords.Generate(Line, 2020, 300, 11), SyntheticRecords.Generate(Line, 2020, 300, 12));
        Assert.Equal(new LocalDate(2020, 12, 31), SyntheticRecords.Generate(Line, 2020, 10_000, 1).Last().Date);
        Assert.Empty(SyntheticRecords.Generate(Line, 2020, 0, 1));
    }

    private static Gen<(ContactRecord[] Records, int Split1, int Split2)> Splits =>
        Gen.Choose(0, 300).Zip(Gen.Choose(0, 10_000)).SelectMany(t =>
        {
            ContactRecord[] records = SyntheticRecords.Generate(Line, 2021, t.Item1, t.Item2).ToArray();
            return Gen.Choose(0, records.Length).Zip(Gen.Choose(0, records.Length))
                .Select(s => (records, Math.Min(s.Item1, s.Item2), Math.Max(s.Item1, s.Item2)));
        });

    [Property(MaxTest = 60)]
    public Property Merge_OfASplit_EqualsTheWhole_AndIsAssociativeAndCommutative() =>
        Prop.ForAll(Splits.ToArbitrary(), t =>
        {
            (ContactRecord[] records, int first, int second) = t;
            ContactAggregate a = Aggregate(records.Take(first), PeriodGranularity.Month);
            ContactAggregate b = Aggregate(records.Skip(first).Take(second - first), PeriodGranularity.Month);
            ContactAggregate c = Aggregate(records.Skip(second), PeriodGranularity.Month);
            ContactAggregate whole = Aggregate(records, PeriodGranularity.Month);
            return a.Merge(b).Merge(c) == whole && a.Merge(b.Merge(c)) == whole && c.Merge(a).Merge(b) == whole
                && a.Merge(ContactAggregate.Empty(PeriodGranularity.Month)) == a
                && a.Merge(b).GetHashCode() == b.Merge(a).GetHashCode();
        });

    [Property(MaxTest = 40)]
    public Property Aggregate_AgreesWithCountingByHandWithLinq() =>
        Prop.ForAll(Gen.Choose(0, 2_000).Zip(Gen.Choose(0, 10_000)).ToArbitrary(), t =>
        {
            ContactRecord[] records = SyntheticRecords.Generate(Line, 2021, t.Item1, t.Item2).ToArray();
            ContactAggregate aggregate = Aggregate(records, PeriodGranularity.Month);
            bool channels = records.GroupBy(r => (r.Date.Month, r.Channel)).All(g =>
                aggregate[new ObservationKey(Line.Id, ReportingPeriod.Month(2021, g.Key.Month), Metric.Calls, g.Key.Channel)] == g.Count());
            bool relations = records.GroupBy(r => (r.Date.Month, r.CallerRelation ?? Taxonomies.CallerRelation.Unknown)).All(g =>
                aggregate[new ObservationKey(Line.Id, ReportingPeriod.Month(2021, g.Key.Month), Metric.ContactPersons, null, g.Key.Item2)] == g.Count());
            bool kinds = records.SelectMany(r => r.Victims.SelectMany(v => v.KindsOfViolence.Select(k => (r.Date.Month, k)))).GroupBy(x => x).All(g =>
                aggregate[new ObservationKey(Line.Id, ReportingPeriod.Month(2021, g.Key.Month), Metric.PossibleVictims, null, g.Key.k)] == g.Count());
            bool conversations = records.Count(r => r.Outcome == ContactOutcome.Conversation)
                == aggregate.Counts.Where(p => p.Key.Metric == Metric.Conversations && p.Key.Channel is null && p.Key.Category is null).Sum(p => p.Value);
            bool referrals = records.Count(r => r.Referred)
                == aggregate.Counts.Where(p => p.Key.Metric == Metric.Referrals).Sum(p => p.Value);
            return channels && relations && kinds && conversations && referrals;
        });

    private static async IAsyncEnumerable<ContactRecord> AsAsync(IEnumerable<ContactRecord> records)
    {
        foreach (ContactRecord record in records)
        {
            await Task.Yield();
            yield return record;
        }
    }
}
