using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Disclosure;

/// <summary>
/// Protection laws over generated small helplines: monthly-like tables by channel and gender with many small cells,
/// both margins, several years with since-launch totals, and shares and changes printed from the counts (with decimal
/// arithmetic written here).
/// </summary>
public sealed class DisclosurePropertyTests
{
    private static readonly Helpline Line = Helplines.StopItNowFlanders; // launched on 19 May 2017
    private static readonly Channel[] ChannelsUsed = { Channel.Phone, Channel.Chat, Channel.Email };
    private static readonly string[] Genders = { "woman", "man", "other" };

    /// <summary>A world: for each year, calls by channel and gender; which since-launch totals are published; the policy.</summary>
    private sealed record World(long[][,] Cells, bool[] SinceLaunchPublished, DisclosurePolicy Policy)
    {
        internal int FirstYear => 2017;

        internal ObservationKey Calls(int year) => new(Line.Id, ReportingPeriod.Year(year), Metric.Calls);

        internal Dataset Publish()
        {
            var reports = new List<Report>();
            long sinceLaunch = 0;
            for (int y = 0; y < Cells.Length; y++)
            {
                int year = FirstYear + y;
                long[,] cells = Cells[y];
                ObservationKey total = Calls(year);
                long Channel(int c) => Enumerable.Range(0, Genders.Length).Sum(g => cells[c, g]);
                long Gender(int g) => Enumerable.Range(0, ChannelsUsed.Length).Sum(c => cells[c, g]);
                long all = Enumerable.Range(0, ChannelsUsed.Length).Sum(Channel);
                sinceLaunch += all;
                var breakdowns = new List<Breakdown>
                {
                    Breakdown.ByChannel(total.Observe(all), BreakdownCoverage.Complete, ChannelsUsed.Select((ch, c) => (ch, Channel(c))).ToArray()),
                    Breakdown.ByCategory(total.Observe(all), Taxonomies.Gender, BreakdownCoverage.Complete, Genders.Select((g, i) => (g, Gender(i))).ToArray()),
                };
                for (int c = 0; c < ChannelsUsed.Length; c++)
                {
                    int row = c;
                    breakdowns.Add(Breakdown.ByCategory(total.WithChannel(ChannelsUsed[c]).Observe(Channel(c)), Taxonomies.Gender, BreakdownCoverage.Complete,
                        Genders.Select((g, i) => (g, cells[row, i])).ToArray()));
                }
                for (int g = 0; g < Genders.Length; g++)
                {
                    int column = g;
                    breakdowns.Add(Breakdown.ByChannel(total.WithCategory(Taxonomies.Gender.Get(Genders[g])).Observe(Gender(g)), BreakdownCoverage.Complete,
                        ChannelsUsed.Select((ch, c) => (ch, cells[c, column])).ToArray()));
                }
                var observations = new List<Observation>();
                if (SinceLaunchPublished[y])
                {
                    observations.Add(total.WithPeriod(Line.SinceLaunch(ReportingPeriod.Year(year))).Observe(sinceLaunch));
                }
                var figures = new List<PublishedFigure>();
                for (int c = 0; c < ChannelsUsed.Length && all > 0; c++)
                {
                    figures.Add(PublishedFigure.Share($"share-{ChannelsUsed[c]}", total.WithChannel(ChannelsUsed[c]), total, ShareBasis.Total,
                        Math.Round(Channel(c) * 100m / all, 0, MidpointRounding.AwayFromZero)));
                }
                if (y > 0)
                {
                    long[,] before = Cells[y - 1];
                    long earlier = Enumerable.Range(0, ChannelsUsed.Length).Sum(c => Enumerable.Range(0, Genders.Length).Sum(g => before[c, g]));
                    if (earlier > 0)
                    {
                        observations.Add(Calls(year - 1).Observe(earlier));
                        figures.Add(PublishedFigure.RelativeChange("change", total, ReportingPeriod.Year(year - 1),
                            Math.Round((all - earlier) * 100m / earlier, 1, MidpointRounding.AwayFromZero), precision: Precision.DecimalPlaces(1)));
                    }
                }
                reports.Add(Report.Create(Line, ReportingPeriod.Year(year), observations, breakdowns, figures));
            }
            return Dataset.Of(reports);
        }
    }

    private static readonly Gen<long> SmallOrNot = Gen.Frequency(
        (4, Gen.Choose(0, 6).Select(v => (long)v)),
        (2, Gen.Choose(5, 60).Select(v => (long)v)),
        (1, Gen.Choose(100, 2000).Select(v => (long)v)));

    private static readonly Gen<World> Worlds =
        from years in Gen.Choose(1, 3)
        from cells in SmallOrNot.ArrayOf(ChannelsUsed.Length * Genders.Length).ArrayOf(years)
        from sinceLaunch in Gen.Elements(true, false).ArrayOf(years)
        from minimum in Gen.Elements(3, 5, 10)
        from rounding in Gen.Frequency((4, Gen.Constant<int?>(null)), (1, Gen.Elements<int?>(3, 5)))
        select new World(cells.Select(flat =>
        {
            var grid = new long[ChannelsUsed.Length, Genders.Length];
            for (int i = 0; i < flat.Length; i++)
            {
                grid[i / Genders.Length, i % Genders.Length] = flat[i];
            }
            return grid;
        }).ToArray(), sinceLaunch, new DisclosurePolicy(minimum, rounding));

    private static IEnumerable<(ObservationKey Key, CountBounds Shown)> Shown(Dataset dataset) =>
        dataset.Reports.SelectMany(r => r.Observations.Select(o => (o.Key, CountBounds.Exactly(o.Value))).Concat(r.BoundedObservations.Select(b => (b.Key, b.Bounds))));

    [Property(MaxTest = 120)]
    public Property Protect_ShowsNoSmallCount_TellsTheTruth_AndPassesItsOwnAttack() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            Dataset original = world.Publish();
            Dictionary<ObservationKey, long> truth = original.KnownCounts(null);
            Protection protection = world.Policy.Protect(original);
            Dataset shown = protection.Dataset;
            int k = world.Policy.MinimumCount;
            bool noSmallShown = Shown(shown).All(s => !(s.Shown.IsExact && s.Shown.Low >= 1 && s.Shown.Low < k));
            bool truthful = Shown(shown).All(s => s.Shown.Contains(truth[s.Key]));
            bool everySmallProtected = truth.Where(p => p.Value >= 1 && p.Value < k).All(p => protection.Primary.Contains(p.Key));
            bool safe = protection.Check.IsSafe && world.Policy.Check(shown).IsSafe;
            bool figuresAccounted = original.Reports.Sum(r => r.Figures.Count) == shown.Reports.Sum(r => r.Figures.Count) + protection.Withheld.Count;
            return (noSmallShown && truthful && everySmallProtected && safe && figuresAccounted)
                .Label($"noSmallShown={noSmallShown} truthful={truthful} everySmallProtected={everySmallProtected} safe={safe} figures={figuresAccounted}");
        });

    /// <summary>The reader (the audit's inference over what is shown) leaves each protected count anywhere from 1 to k − 1.</summary>
    [Property(MaxTest = 80)]
    public Property Protect_LeavesEveryProtectedCount_TheWholeRangeFromOneToKMinusOne() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            Protection protection = world.Policy.Protect(world.Publish());
            ReaderKnowledge reader = ReaderKnowledge.Of(protection.Dataset);
            Inference inference = Inference.Run(reader.Exact, reader.Bounds, reader.Figures, reader.Sums);
            int k = world.Policy.MinimumCount;
            return inference.Feasible && protection.Primary.All(key =>
            {
                (long low, long high) = inference.Intervals.TryGetValue(key, out (long Low, long High) i) ? i : reader.Bounds[key];
                return low <= 1 && high >= k - 1;
            });
        });

    [Property(MaxTest = 80)]
    public Property Check_AnUnprotectedTableWithASmallCount_IsNotSafe() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            Dataset original = world.Publish();
            bool hasSmall = original.KnownCounts(null).Values.Any(v => v >= 1 && v < world.Policy.MinimumCount);
            DisclosureCheck check = world.Policy.Check(original);
            return hasSmall == !check.IsSafe;
        });

    [Property(MaxTest = 60)]
    public Property Protect_AProtectedDataset_IsLeftAsItIs() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            var policy = new DisclosurePolicy(world.Policy.MinimumCount);
            Protection once = policy.Protect(world.Publish());
            Protection twice = policy.Protect(once.Dataset);
            return (twice.Dataset.Equals(once.Dataset) && twice.Secondary.Count == 0 && twice.Withheld.Count == 0)
                .Label($"secondary again: {twice.Secondary.Count}, withheld again: {twice.Withheld.Count}");
        });
    /// <summary>No count hidden besides the small ones is hidden for nothing: showing any one of them again gives a small count away.</summary>
    [Property(MaxTest = 40)]
    public Property Protect_EverySecondaryCount_IsNeeded() =>
        Prop.ForAll(Worlds.ToArbitrary(), world =>
        {
            Dataset original = world.Publish();
            Dictionary<ObservationKey, long> truth = original.KnownCounts(null);
            Protection protection = world.Policy.Protect(original);
            ReaderKnowledge reader = ReaderKnowledge.Of(protection.Dataset);
            var primary = protection.Primary.ToHashSet();
            return protection.Secondary.All(shown =>
            {
                var exact = new Dictionary<ObservationKey, long>(reader.Exact) { [shown] = truth[shown] };
                var bounds = reader.Bounds.Where(b => !b.Key.Equals(shown)).ToDictionary(b => b.Key, b => b.Value);
                Inference inference = Inference.Run(exact, bounds, reader.Figures, reader.Sums);
                return inference.Intervals.Any(i => primary.Contains(i.Key)
                    ? !(i.Value.Low <= 1 && i.Value.High >= world.Policy.MinimumCount - 1)
                    : i.Value.High >= 1 && i.Value.High < world.Policy.MinimumCount && !(i.Value.Low <= 1 && i.Value.High == world.Policy.MinimumCount - 1));
            });
        });
}
