using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Disclosure;

/// <summary>
/// Small generated helplines for the protection laws: for each year, calls by channel and gender with many small
/// cells, both margins, since-launch totals, and shares and changes printed from the counts (with decimal arithmetic
/// written here).
/// </summary>
internal static class DisclosureWorld
{
    /// <summary>A dataset as published with some counts shown only within bounds: each count as <paramref name="shown"/>
    /// says (exactly, or bounds that hold it), breakdowns with a count not shown exactly as bounded breakdowns.</summary>
    internal static Dataset Hide(Dataset dataset, Func<ObservationKey, long, CountBounds> shown)
    {
        Observation Shown(Observation o) => new(o.Key, shown(o.Key, o.ExactCount(nameof(dataset)).Value));
        var reports = new List<Report>();
        foreach (Report report in dataset.Reports)
        {
            var inBreakdowns = report.Breakdowns.SelectMany(b => b.Counts).Select(o => o.Key).ToHashSet();
            reports.Add(Report.Create(report.Helpline, report.Period,
                report.Observations.Where(o => !inBreakdowns.Contains(o.Key)).Select(Shown),
                report.Breakdowns.Select(b => Breakdown.Create(Shown(b.Total), b.Dimension, b.Coverage, b.Parts.Select(Shown))),
                report.Figures));
        }
        return Dataset.Of(reports);
    }

    internal static readonly Helpline Line = Helplines.StopItNowFlanders; // launched on 19 May 2017
    internal static readonly Channel[] ChannelsUsed = { Channel.Phone, Channel.Chat, Channel.Email };
    internal static readonly string[] Genders = { "woman", "man", "other" };

    /// <summary>A world: for each year, calls by channel and gender; which since-launch totals are published; the policy.</summary>
    internal sealed record World(long[][,] Cells, bool[] SinceLaunchPublished, DisclosurePolicy Policy)
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
                    figures.Add(ShareFigure.Of($"share-{ChannelsUsed[c]}", total.WithChannel(ChannelsUsed[c]), total, ShareBasis.Total,
                        Math.Round(Channel(c) * 100m / all, 0, MidpointRounding.AwayFromZero)));
                }
                if (y > 0)
                {
                    long[,] before = Cells[y - 1];
                    long earlier = Enumerable.Range(0, ChannelsUsed.Length).Sum(c => Enumerable.Range(0, Genders.Length).Sum(g => before[c, g]));
                    if (earlier > 0)
                    {
                        observations.Add(Calls(year - 1).Observe(earlier));
                        figures.Add(RelativeChangeFigure.Of("change", total, ReportingPeriod.Year(year - 1),
                            Math.Round((all - earlier) * 100m / earlier, 1, MidpointRounding.AwayFromZero), precision: Precision.DecimalPlaces(1)));
                    }
                }
                reports.Add(Report.Create(Line, ReportingPeriod.Year(year), observations, breakdowns, figures));
            }
            return Dataset.Of(reports);
        }
    }

    internal static readonly Gen<long> SmallOrNot = Gen.Frequency(
        (4, Gen.Choose(0, 6).Select(v => (long)v)),
        (2, Gen.Choose(5, 60).Select(v => (long)v)),
        (1, Gen.Choose(100, 2000).Select(v => (long)v)));

    internal static readonly Gen<World> Worlds =
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
}
