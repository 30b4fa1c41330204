using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Contact records to counts per month: the obvious LINQ GroupBy over the same in-memory records (the baseline, for the
/// same counts: calls and conversations by channel, callers by relation, gender and anonymity, victims by kind, age
/// group, gender and context), against <see cref="ContactAggregator"/> on one and on two cores, and against the floor of a
/// plain sum over the same records.
/// </summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private ContactRecord[] _records = Array.Empty<ContactRecord>();

    [Params(100_000, 1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => _records = SyntheticRecords.Generate(Helplines.Line1712, 2021, Records, seed: 2021).ToArray();

    [Benchmark(Baseline = true)]
    public int LinqGroupBy()
    {
        int groups = 0;
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.Channel)).Count();
        groups += _records.Where(r => r.Outcome == ContactOutcome.Conversation).GroupBy(r => (r.Helpline, r.Date.Month, r.Channel)).Count();
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.CallerRelation)).Count();
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.CallerGender)).Count();
        groups += _records.GroupBy(r => (r.Helpline, r.Date.Month, r.Anonymous)).Count();
        var victims = _records.SelectMany(r => r.Victims.Select(v => (r.Helpline, r.Date.Month, Victim: v))).ToArray();
        groups += victims.SelectMany(v => v.Victim.KindsOfViolence.Select(k => (v.Helpline, v.Month, k))).GroupBy(x => x).Count();
        groups += victims.GroupBy(v => (v.Helpline, v.Month, v.Victim.AgeGroup)).Count();
        groups += victims.GroupBy(v => (v.Helpline, v.Month, v.Victim.Gender)).Count();
        groups += victims.GroupBy(v => (v.Helpline, v.Month, v.Victim.Context)).Count();
        return groups;
    }

    /// <summary>The floor: one pass over the same records adding up a number from each (how many victims).</summary>
    [Benchmark]
    public long PlainSumFloor()
    {
        long sum = 0;
        foreach (ContactRecord record in _records)
        {
            sum += record.Victims.Count;
        }
        return sum;
    }

    [Benchmark]
    public int ContactAggregator()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        aggregator.AddRange(_records);
        return aggregator.ToAggregate().Counts.Count;
    }

    [Benchmark]
    public int ContactAggregateOnTwoCores() =>
        ContactAggregate.Of(_records, PeriodGranularity.Month, AggregationSchema.Default, 2).Counts.Count;
}
