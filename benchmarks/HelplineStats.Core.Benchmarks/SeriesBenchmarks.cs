using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Shares and changes over a series of 10,000 monthly periods. The baselines are plain decimal loops over the same
/// counts: what exactness and the domain types cost.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SeriesBenchmarks
{
    private long[] _counts = Array.Empty<long>();
    private Series _series = null!;
    private Count[] _wholes = Array.Empty<Count>();
    private Count[] _parts = Array.Empty<Count>();

    [Params(10_000)]
    public int Periods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        var helpline = new Helpline(HelplineId.Of("benchmark-line"), "Benchmark Line", "A made-up helpline for benchmarks.", null,
            new[] { new ChannelOffering(Channel.Phone) }, AnonymityPolicy.Unknown);
        _counts = Enumerable.Range(0, Periods).Select(_ => (long)random.Next(1, 20_000)).ToArray();
        var points = new List<SeriesPoint>(Periods);
        for (int i = 0; i < Periods; i++)
        {
            points.Add(SeriesPoint.Known(ReportingPeriod.Month(1200 + (i / 12), 1 + (i % 12)), Count.Of(_counts[i], Metric.Calls)));
        }
        _series = Series.Create(helpline, Metric.Calls, points);
        _wholes = _counts.Select(count => Count.Of(count * 3, Metric.Calls)).ToArray();
        _parts = _counts.Select(count => Count.Of(count, Metric.Calls)).ToArray();
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Changes")]
    public decimal DecimalChangesLoop()
    {
        decimal sum = 0;
        for (int i = 12; i < _counts.Length; i++)
        {
            sum += Math.Round((_counts[i] - _counts[i - 12]) * 100m / _counts[i - 12], 1, MidpointRounding.AwayFromZero);
        }
        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Changes")]
    public decimal YearOnYearChanges()
    {
        RoundingPolicy policy = RoundingPolicy.HalfAwayFromZero(1);
        decimal sum = 0;
        foreach ((_, _, Change change) in _series.YearOnYearChanges())
        {
            sum += policy.Round(change.RelativePercent!.Value);
        }
        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Running totals")]
    public long RunningTotals() => _series.RunningTotals()[^1].KnownSum.Value;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Shares")]
    public decimal DecimalSharesLoop()
    {
        decimal sum = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            sum += Math.Round(_counts[i] * 100m / (_counts[i] * 3), 1, MidpointRounding.AwayFromZero);
        }
        return sum;
    }

    [Benchmark]
    [BenchmarkCategory("Shares")]
    public decimal Shares()
    {
        RoundingPolicy policy = RoundingPolicy.HalfAwayFromZero(1);
        decimal sum = 0;
        for (int i = 0; i < _parts.Length; i++)
        {
            sum += policy.Round(Share.Of(_parts[i], _wholes[i]).Percent!.Value);
        }
        return sum;
    }
}
