using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Auditing published figures: one report per made-up helpline, ten figures each, a fifth of them about counts that were
/// not published (so intervals must be inferred) and some printed wrongly (so slips must be explained). Each helpline was
/// launched in 2015 and publishes its total since launch and its yearly counts except 2019's, so the since-launch chain
/// pins 2019 and the change against 2019 is judged through it (sums and chains in every group). The floor is
/// deserialising the same figures from JSON with System.Text.Json: the least any tool must do to read them at all.
/// </summary>
[MemoryDiagnoser]
public class AuditBenchmarks
{
    private Dataset _dataset = Dataset.Empty;
    private byte[] _json = Array.Empty<byte>();

    [Params(1_000, 10_000)]
    public int Figures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        var reports = new List<Report>();
        var dtos = new List<FigureDto>();
        for (int r = 0; r < Figures / 10; r++)
        {
            var helpline = new Helpline(HelplineId.Of("line-" + r), "Line " + r, "A made-up helpline for benchmarks.", new NodaTime.LocalDate(2015, 3, 1),
                new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat) }, AnonymityPolicy.Unknown);
            var year = ReportingPeriod.Year(2021);
            var calls = new ObservationKey(helpline.Id, year, Metric.Calls);
            long total = random.Next(1_000, 200_000);
            long phone = total * random.Next(60, 90) / 100;
            long earlier = total * random.Next(80, 120) / 100;
            long victims = total * random.Next(100, 140) / 100;
            decimal slip = r % 7 == 0 ? 1m : 0m;
            PublishedFigure[] figures =
            {
                CountFigure.Of("calls", calls, total),
                RelativeChangeFigure.Of("vs-2020", calls, year.Previous(), Math.Round((total - earlier) * 100m / earlier, 1, MidpointRounding.AwayFromZero) + slip),
                RelativeChangeFigure.Of("vs-2019", calls, ReportingPeriod.Year(2019), Math.Round((total - (earlier * 9 / 10)) * 100m / (earlier * 9 / 10), 0, MidpointRounding.AwayFromZero)),
                RelativeChangeFigure.Of("vs-2018", calls, ReportingPeriod.Year(2018), 25m),
                ShareFigure.Of("phone", calls.WithChannel(Channel.Phone), calls, ShareBasis.Total, Math.Round(phone * 100m / total, 0, MidpointRounding.AwayFromZero) + slip),
                ShareFigure.Of("chat", calls.WithChannel(Channel.Chat), calls, ShareBasis.Total, Math.Round((total - phone) * 100m / total, 0, MidpointRounding.AwayFromZero)),
                RateFigure.PerDay("per-day", calls, Math.Round(total / 365m, 0, MidpointRounding.AwayFromZero) + slip),
                MultipleFigure.Of("times", calls, year.Previous(), Math.Round((decimal)total / earlier, 1, MidpointRounding.AwayFromZero)),
                AbsoluteChangeFigure.Of("difference", calls, year.Previous(), total - earlier),
                RatioFigure.Of("victims-per-call", calls.WithMetric(Metric.PossibleVictims), calls, Math.Round((decimal)victims / total, 2, MidpointRounding.AwayFromZero)),
            };
            long y2019 = earlier * 9 / 10;
            long[] before = { total / 3, total / 2, total * 2 / 3, total * 3 / 4 };
            long sinceLaunch = before.Sum() + y2019 + earlier + total;
            var observations = new List<Observation>
            {
                calls.WithPeriod(year.Previous()).Observe(earlier), calls.WithMetric(Metric.PossibleVictims).Observe(victims),
                calls.WithPeriod(helpline.SinceLaunch(year)).Observe(sinceLaunch),
            };
            observations.AddRange(before.Select((count, i) => calls.WithPeriod(ReportingPeriod.Year(2015 + i)).Observe(count)));
            reports.Add(Report.Create(helpline, year,
                observations,
                new[] { Breakdown.ByChannel(calls.Observe(total), BreakdownCoverage.Complete, (Channel.Phone, phone), (Channel.Chat, total - phone)) },
                figures));
            dtos.AddRange(figures.Select(f => new FigureDto(f.Id, f.Kind.ToString(), f.Subject!.ToString(), (f as ShareFigure)?.Whole.ToString(), (f as ComparedFigure)?.ComparisonPeriod.ToString(), f.Value!.Value, f.Qualifier.ToString(), f.Precision.Step)));
        }
        _dataset = Dataset.Of(reports);
        _json = JsonSerializer.SerializeToUtf8Bytes(dtos);
    }

    [Benchmark(Baseline = true)]
    public int DeserialiseFiguresFloor() => JsonSerializer.Deserialize<List<FigureDto>>(_json)!.Count;

    [Benchmark]
    public int Audit() => Auditor.Default.Audit(_dataset).Verdicts.Count;

    public sealed record FigureDto(string Id, string Kind, string Subject, string? Whole, string? Comparison, decimal Value, string Qualifier, decimal Step);
}
