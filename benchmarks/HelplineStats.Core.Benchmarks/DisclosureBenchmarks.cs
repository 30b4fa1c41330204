using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Small-count protection of a year of monthly tables of a large helpline: each month, calls by channel (four channels)
/// and by four taxonomies (gender, age group, caller's relation, anonymity), and every channel by every taxonomy with
/// both margins, so each cell sits in two sums; rare categories and the e-mail channel give small cells. About 900
/// counts and 48 channel shares. The baseline is one disclosure check of the unprotected tables (one run of the
/// attack); protection costs as many attacks as it needs rounds, plus one per figure about a hidden count.
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private static readonly Taxonomy[] TaxonomiesUsed = { Taxonomies.Gender, Taxonomies.AgeGroup, Taxonomies.CallerRelation, Taxonomies.Anonymity };
    private Dataset _dataset = Dataset.Empty;

    /// <summary>How many small counts the tables hold, and how many the protection hid besides (printed in the setup).</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        Channel[] channels = { Channel.Phone, Channel.Chat, Channel.Email, Channel.Of("sms") };
        var reports = new List<Report>();
        for (int month = 1; month <= 12; month++)
        {
            var period = ReportingPeriod.Month(2021, month);
            var calls = new ObservationKey(Helplines.Line1712.Id, period, Metric.Calls);
            long[] byChannel = channels.Select(c => (long)(c == Channel.Email ? random.Next(3, 40) : c == Channel.Phone ? random.Next(800, 3000) : random.Next(40, 600))).ToArray();
            long total = byChannel.Sum();
            var breakdowns = new List<Breakdown> { Breakdown.ByChannel(calls.Observe(total), BreakdownCoverage.Complete, channels.Zip(byChannel).ToArray()) };
            foreach (Taxonomy taxonomy in TaxonomiesUsed)
            {
                Category[] categories = taxonomy.Categories.Where(c => !c.IsUnknown && c.ParentId is null).ToArray();
                // Weights from 1 to 100, one rare category in each taxonomy.
                int[] weights = categories.Select((_, i) => i == categories.Length - 1 ? 1 : random.Next(10, 100)).ToArray();
                var cells = new long[channels.Length, categories.Length];
                for (int c = 0; c < channels.Length; c++)
                {
                    long left = byChannel[c];
                    for (int g = 0; g < categories.Length; g++)
                    {
                        long share = g == categories.Length - 1 ? left : Math.Min(left, byChannel[c] * weights[g] / weights.Sum());
                        cells[c, g] = share;
                        left -= share;
                    }
                }
                long Column(int g) => Enumerable.Range(0, channels.Length).Sum(c => cells[c, g]);
                breakdowns.Add(Breakdown.ByCategory(calls.Observe(total), taxonomy, BreakdownCoverage.Complete,
                    categories.Select((category, g) => (category.Id.Value, Column(g))).ToArray()));
                for (int c = 0; c < channels.Length; c++)
                {
                    int row = c;
                    breakdowns.Add(Breakdown.ByCategory(calls.WithChannel(channels[c]).Observe(byChannel[c]), taxonomy, BreakdownCoverage.Complete,
                        categories.Select((category, g) => (category.Id.Value, cells[row, g])).ToArray()));
                }
                for (int g = 0; g < categories.Length; g++)
                {
                    int column = g;
                    breakdowns.Add(Breakdown.ByChannel(calls.WithCategory(categories[g]).Observe(Column(g)), BreakdownCoverage.Complete,
                        channels.Select((channel, c) => (channel, cells[c, column])).ToArray()));
                }
            }
            PublishedFigure[] figures = channels.Select((channel, c) => ShareFigure.Of($"share-{channel}", calls.WithChannel(channel), calls, ShareBasis.Total,
                Math.Round(byChannel[c] * 100m / total, 1, MidpointRounding.AwayFromZero), precision: Precision.DecimalPlaces(1))).ToArray();
            reports.Add(Report.Create(Helplines.Line1712, period, breakdowns: breakdowns, figures: figures));
        }
        _dataset = Dataset.Of(reports);
        Protection protection = DisclosurePolicy.Default.Protect(_dataset);
        Console.WriteLine($"// {_dataset.Reports.Sum(r => r.Observations.Count)} counts; {protection}; {protection.Rounds} rounds");
    }

    /// <summary>One disclosure check of the unprotected tables: the attack once.</summary>
    [Benchmark(Baseline = true)]
    public DisclosureCheck CheckUnprotected() => DisclosurePolicy.Default.Check(_dataset);

    /// <summary>Protection with a minimum count of 5: primary and secondary suppression, figures sifted, the result checked.</summary>
    [Benchmark]
    public Protection Protect() => DisclosurePolicy.Default.Protect(_dataset);
}
