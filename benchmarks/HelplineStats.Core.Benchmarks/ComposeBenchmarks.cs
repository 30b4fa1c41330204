using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using NodaTime;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Composing the default plan against auditing the same figures (issue 11: composing should not cost more than
/// checking). The counts are made-up records of 200 helplines over five years (1,000 helpline-years, 60 records each,
/// every breakdown of the aggregator: channels, relations, gender, anonymity, kinds, ages, contexts, topics), launched
/// on 1 March 2016 so that changes, multiples, records and since-launch totals all apply. The baseline audits the page
/// the composer wrote (about 80 figures a helpline-year).
/// </summary>
[MemoryDiagnoser]
public class ComposeBenchmarks
{
    private Dataset _counts = Dataset.Empty;
    private Dataset _page = Dataset.Empty;

    /// <summary>Helpline-years in the counts; 50 in the CI smoke.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Or(1_000).Select(size => size >= 10_000 ? 50 : size);

    [ParamsSource(nameof(Sizes))]
    public int HelplineYears { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var helplines = Enumerable.Range(0, Math.Max(1, HelplineYears / 5)).Select(i => new Helpline(HelplineId.Of("line-" + i), "Line " + i,
            "A made-up helpline for benchmarks.", new LocalDate(2016, 3, 1),
            new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat), new ChannelOffering(Channel.Email) }, AnonymityPolicy.CallerChooses)).ToArray();
        var counter = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        foreach (Helpline helpline in helplines)
        {
            for (int year = 2017; year <= 2021; year++)
            {
                counter.AddRange(SyntheticRecords.Generate(helpline, year, 60, year * 7919));
            }
        }
        _counts = counter.ToAggregate().ToDataset(helplines, AggregationSchema.Default);
        _page = Composer.Default.Compose(_counts, FigurePlan.Default).Dataset;
    }

    [Benchmark(Baseline = true)]
    public int AuditThePage() => Auditor.Default.Audit(_page).Verdicts.Count;

    [Benchmark]
    public int ComposeThePage() => Composer.Default.Compose(_counts, FigurePlan.Default).Dataset.Reports.Sum(r => r.Figures.Count);
}
