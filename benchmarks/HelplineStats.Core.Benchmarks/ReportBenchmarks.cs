using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Building and merging reports: validation, key ordering and conflict detection over many observations. The baseline
/// is the least a report must do, putting the observations in a dictionary by key.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private Observation[] _observations = System.Array.Empty<Observation>();
    private Report _left = null!;
    private Report _right = null!;

    [Params(10_000)]
    public int Observations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Helpline helpline = Helplines.Line1712;
        var metrics = new[] { Metric.Calls, Metric.Conversations, Metric.PossibleVictims };
        var channels = new Channel?[] { null, Channel.Phone, Channel.Chat, Channel.Email };
        var categories = Taxonomies.KindOfViolence.Categories.Cast<Category?>().Prepend(null).ToArray();
        var observations = new List<Observation>();
        int value = 0;
        for (int year = 2013; observations.Count < Observations; year = year == 2021 ? 2013 : year + 1)
        {
            foreach (Metric metric in metrics)
            {
                foreach (Channel? channel in channels)
                {
                    foreach (Category? category in categories)
                    {
                        ObservationKey key = new(helpline.Id, ReportingPeriod.Month(year, 1 + (value % 12)), metric, channel, category);
                        observations.Add(key.Observe(value++));
                    }
                }
            }
        }
        _observations = observations.GroupBy(o => o.Key).Select(g => g.First()).Take(Observations).ToArray();
        _left = Report.Create(helpline, ReportingPeriod.Year(2021), _observations.Where((_, i) => i % 2 == 0));
        _right = Report.Create(helpline, ReportingPeriod.Year(2021), _observations.Where((_, i) => i % 3 == 0));
    }

    [Benchmark(Baseline = true)]
    public int DictionaryByKey()
    {
        var byKey = new Dictionary<ObservationKey, Observation>();
        foreach (Observation observation in _observations)
        {
            byKey.TryAdd(observation.Key, observation);
        }
        return byKey.Count;
    }

    [Benchmark]
    public int CreateReport() => Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), _observations).Observations.Count;

    [Benchmark]
    public int MergeReports() => _left.Merge(_right).Observations.Count;
}
