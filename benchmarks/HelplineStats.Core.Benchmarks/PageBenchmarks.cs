using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using HelplineStats.Core.Text;
using HelplineStats.Rendering;
using NodaTime;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// The HTML figures page of 100 helpline-years (20 made-up helplines over five years, composed by the default plan and
/// audited beforehand): the page's model (wording, charts, table twins) and the model written through the default
/// Liquid template. The baseline is the page the text layer already wrote, the plain-text report of the same data.
/// </summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private static readonly LocalDate AsOf = new(2022, 3, 12);
    private Dataset _dataset = Dataset.Empty;
    private AuditResult _audit = null!;

    [Params(100)]
    public int HelplineYears { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        const int years = 5;
        var helplines = Enumerable.Range(1, HelplineYears / years).Select(i => new Helpline(
            HelplineId.Of("line-" + i.ToString("00", CultureInfo.InvariantCulture)), "Line " + i.ToString(CultureInfo.InvariantCulture),
            "A made-up helpline.", new LocalDate(2017, 1 + (i % 12), 1),
            new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat), new ChannelOffering(Channel.Email) },
            AnonymityPolicy.CallerChooses)).ToList();
        var counter = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        foreach (Helpline helpline in helplines)
        {
            for (int year = 2017; year < 2017 + years; year++)
            {
                counter.AddRange(SyntheticRecords.Generate(helpline, year, count: 200, seed: year * 100));
            }
        }
        Dataset counts = counter.ToAggregate().ToDataset(helplines, AggregationSchema.Default);
        _dataset = Composer.Default.Compose(counts, FigurePlan.Default).Dataset;
        _audit = Auditor.Default.Audit(_dataset);
    }

    [Benchmark(Baseline = true)]
    public int TextReport() => ReportPage.Of(_dataset, _audit, TextCulture.Dutch, AsOf).ToText().Length;

    [Benchmark]
    public int PageModel() => FiguresPage.Of(_dataset, _audit, TextCulture.Dutch, AsOf).Helplines.Count;

    [Benchmark]
    public int HtmlPage() => PageRenderer.Default.Render(FiguresPage.Of(_dataset, _audit, TextCulture.Dutch, AsOf)).Length;
}
