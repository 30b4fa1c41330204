using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Contact records to counts per month, all in one run: the obvious LINQ GroupBy over the same in-memory records (the
/// baseline, for the same counts: calls and conversations by channel, callers by relation, gender and anonymity, victims
/// by kind, age group, gender and context), against <see cref="ContactAggregator"/> fed the records one by one and fed
/// the same records held column by column (<see cref="ContactRecordBatch"/>), each on one and on two cores, and against
/// two floors: a plain sum over the record objects and a plain sum over every column of the batch. The benchmark
/// project that references DuckDB.NET adds the same counts by DuckDB (AggregationBenchmarks.DuckDb.cs).
/// </summary>
[MemoryDiagnoser]
public partial class AggregationBenchmarks
{
    private ContactRecord[] _records = Array.Empty<ContactRecord>();
    private ContactRecordBatch _batch = new(AggregationSchema.Default);

    /// <summary>1 and 10 million records; see <see cref="BenchmarkSizes"/> for the CI smoke and other sizes.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Or(1_000_000, 10_000_000);

    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _records = SyntheticRecords.Generate(Helplines.Line1712, 2021, Records, seed: 2021).ToArray();
        _batch = new ContactRecordBatch(AggregationSchema.Default);
        _batch.AddRange(_records);
    }

    [Benchmark(Baseline = true)]
    public int LinqGroupBy()
    {
        int groups = 0;
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.Channel)).Count();
        groups += _records.Where(r => r.Outcome == ContactOutcome.Conversation).GroupBy(r => (r.Helpline, r.Date.Month, r.Channel)).Count();
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.CallerRelation)).Count();
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.CallerGender)).Count();
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.Anonymous)).Count();
        groups += _records.Where(r => r.Outcome == ContactOutcome.Conversation).SelectMany(r => r.Topics.Select(t => (r.Helpline, r.Date.Month, t))).GroupBy(x => x).Count();
        groups += _records.Where(r => r.Referred).GroupBy(r => (r.Helpline, r.Date.Month)).Count();
        var victims = _records.SelectMany(r => r.Victims.Select(v => (r.Helpline, r.Date.Month, Victim: v))).ToArray();
        groups += victims.SelectMany(v => v.Victim.KindsOfViolence.Select(k => (v.Helpline, v.Month, k))).GroupBy(x => x).Count();
        groups += victims.GroupBy(v => (v.Helpline, v.Month, v.Victim.AgeGroup)).Count();
        groups += victims.GroupBy(v => (v.Helpline, v.Month, v.Victim.Gender)).Count();
        groups += victims.GroupBy(v => (v.Helpline, v.Month, v.Victim.Context)).Count();
        return groups;
    }

    /// <summary>The floor for record objects: one pass over them adding up a number from each (how many victims).</summary>
    [Benchmark]
    public long PlainSumOverObjects()
    {
        long sum = 0;
        foreach (ContactRecord record in _records)
        {
            sum += record.Victims.Count;
        }
        return sum;
    }

    /// <summary>
    /// The floor for record objects as they are: one pass reading every value the aggregator reads from them (the
    /// record's fields, each topic, each victim and each of its kinds, a category by its position), with no counting.
    /// </summary>
    [Benchmark]
    public long PlainWalkOverEveryObjectRead()
    {
        long sum = 0;
        foreach (ContactRecord record in _records)
        {
            sum += record.Date.Day + record.Channel.Value.Length + (int)record.Outcome + (record.CallerRelation?.Position ?? 0)
                + (record.CallerGender?.Position ?? 0) + (record.Anonymous == true ? 1 : 0) + (record.Referred ? 1 : 0)
                + record.Helpline.Value.Length;
            foreach (Category topic in record.TopicArray)
            {
                sum += topic.Position;
            }
            foreach (PossibleVictim victim in record.VictimArray)
            {
                sum += (victim.AgeGroup?.Position ?? 0) + (victim.Gender?.Position ?? 0) + (victim.Context?.Position ?? 0);
                foreach (Category kind in victim.KindArray)
                {
                    sum += kind.Position;
                }
            }
        }
        return sum;
    }

    [Benchmark]
    public int AggregatorOverObjects()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        aggregator.AddRange(_records);
        return aggregator.ToAggregate().Counts.Count;
    }

    [Benchmark]
    public int AggregatorOverObjectsOnTwoCores() =>
        ContactAggregate.Of(_records, PeriodGranularity.Month, AggregationSchema.Default, 2).Counts.Count;

    /// <summary>The floor for the batch: one pass adding up every value of every column the aggregator reads.</summary>
    [Benchmark]
    public long PlainSumOverColumns() => BatchColumns.Sum(_batch);

    [Benchmark]
    public int AggregatorOverBatch()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        aggregator.Add(_batch);
        return aggregator.ToAggregate().Counts.Count;
    }

    [Benchmark]
    public int AggregatorOverBatchOnTwoCores() => ContactAggregate.Of(_batch, PeriodGranularity.Month, 2).Counts.Count;
}
