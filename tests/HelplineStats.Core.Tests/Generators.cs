using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Core.Tests;

/// <summary>
/// One <see cref="Arbitrary{T}"/> per domain type, each respecting the type's invariants and reaching its edges:
/// 29 February, launch days, one-day periods, the first and last years, zero and huge counts.
/// </summary>
public static class Generators
{
    /// <summary>A small pool of ids so that generated values collide often enough to exercise equality and merging.</summary>
    private static readonly string[] IdPool = { "a", "b", "1712", "tele-onthaal", "x.y", "z_9", "stop-it-now-flanders" };

    internal static Gen<string> ValidIdText =>
        Gen.OneOf(
            Gen.Elements(IdPool),
            Gen.Choose(1, Internal.Guard.MaxIdLength).SelectMany(length =>
                Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-_.".ToCharArray()).ArrayOf(length)
                    .Select(chars => new string(chars))
                    .Where(text => char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]))));

    internal static Gen<int> Years => Gen.Frequency(
        (6, Gen.Choose(2000, 2030)),
        (1, Gen.Elements(ReportingPeriod.MinYear, 2, 1600, 1900, 2000, 2100, 9998, ReportingPeriod.MaxYear)),
        (2, Gen.Choose(ReportingPeriod.MinYear, ReportingPeriod.MaxYear)));

    internal static Gen<LocalDate> Dates => Gen.Frequency(
        (5, Years.SelectMany(year => Gen.Choose(1, CalendarSystem.Iso.GetDaysInYear(year)).Select(day => new LocalDate(year, 1, 1).PlusDays(day - 1)))),
        (1, Gen.Elements(2016, 2020, 2000, 2400, 2024, 4).Select(year => new LocalDate(year, 2, 29))),
        (1, Years.Select(year => new LocalDate(year, 12, 31))),
        (1, Gen.Elements(new LocalDate(2012, 3, 12), new LocalDate(2017, 5, 19))));

    internal static Gen<long> CountValues => Gen.Frequency(
        (5, Gen.Choose(0, 200_000).Select(v => (long)v)),
        (1, Gen.Elements(0L, 1L, long.MaxValue, long.MaxValue - 1, int.MaxValue)),
        (1, ArbMap.Default.GeneratorFor<long>().Select(v => v == long.MinValue ? 0 : Math.Abs(v))));

    /// <summary>Periods of every shape, one in ten ending on an unknown day of a month.</summary>
    internal static Gen<ReportingPeriod> Periods => Gen.Frequency(
        (9, DatedPeriods.Select(period => (ReportingPeriod)period)), (1, MonthEndPeriods.Select(period => (ReportingPeriod)period)));

    /// <summary>Periods whose end is known only to the month ("2012-03-12/2013-05"): from any day to a month after it,
    /// reaching February of leap years, December/January wraps and the last month of the year 9999.</summary>
    internal static Gen<MonthEndPeriod> MonthEndPeriods => Gen.Frequency(
        (4, Dates.Where(d => d.Year < ReportingPeriod.MaxYear - 5).Zip(Gen.Choose(1, 60))
            .Select(t => ReportingPeriod.ToSomeDayIn(t.Item1, new YearMonth(t.Item1.Year, t.Item1.Month).PlusMonths(t.Item2)))),
        (1, Gen.Elements(
            ReportingPeriod.ToSomeDayIn(new LocalDate(2012, 3, 12), new YearMonth(2013, 5)),
            ReportingPeriod.ToSomeDayIn(new LocalDate(2019, 12, 31), new YearMonth(2020, 2)),
            ReportingPeriod.ToSomeDayIn(new LocalDate(2017, 5, 19), new YearMonth(2018, 1)),
            ReportingPeriod.ToSomeDayIn(new LocalDate(2017, 5, 19), new YearMonth(2017, 12)),
            ReportingPeriod.ToSomeDayIn(new LocalDate(1, 1, 1), new YearMonth(9999, 12)))));

    /// <summary>Periods whose days are all known: years, quarters, months, days and other runs of days.</summary>
    internal static Gen<DatedPeriod> DatedPeriods => Gen.Frequency(
        (3, Years.Select(ReportingPeriod.Year)),
        (2, Years.Zip(Gen.Choose(1, 4)).Select(t => ReportingPeriod.Quarter(t.Item1, t.Item2))),
        (2, Years.Zip(Gen.Choose(1, 12)).Select(t => ReportingPeriod.Month(t.Item1, t.Item2))),
        (2, Dates.Select(ReportingPeriod.Day)),
        (2, Dates.Zip(Gen.Choose(0, 4000)).Where(t => t.Item1.Year < ReportingPeriod.MaxYear - 11)
            .Select(t => ReportingPeriod.Between(t.Item1, t.Item1.PlusDays(t.Item2)))));

    internal static Gen<Channel> Channels => Gen.OneOf(Gen.Elements(Channel.WellKnown.ToArray()), Gen.Elements("sms", "letter", "app").Select(Channel.Of));

    /// <summary>Known (non-unknown) categories of a taxonomy, each at most once.</summary>
    private static Gen<Category[]> LabelsOf(Taxonomy taxonomy) =>
        Gen.Elements(taxonomy.Categories.Where(c => !c.IsUnknown).ToArray()).ListOf().Select(list => list.Distinct().ToArray());

    private static Gen<Category?> MaybeOf(Taxonomy taxonomy) =>
        Gen.Frequency((1, Gen.Constant((Category?)null)), (4, Gen.Elements(taxonomy.Categories.Where(c => !c.IsUnknown).Select(c => (Category?)c).ToArray())));

    internal static Gen<PossibleVictim> Victims =>
        LabelsOf(Taxonomies.KindOfViolence).Zip(MaybeOf(Taxonomies.AgeGroup)).Zip(MaybeOf(Taxonomies.Gender).Zip(MaybeOf(Taxonomies.ViolenceContext)))
            .Select(t => new PossibleVictim(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));

    /// <summary>Records over a few helplines, any dates (so day cells far apart), every channel (more than four) and every category.</summary>
    internal static Gen<ContactRecord> ContactRecords =>
        Gen.Elements("1712", "tele-onthaal", "site-b").Select(HelplineId.Of).Zip(Dates).Zip(Channels).SelectMany(where =>
            Gen.Elements(ContactOutcome.Conversation, ContactOutcome.NoConversation).Zip(MaybeOf(Taxonomies.CallerRelation)).Zip(MaybeOf(Taxonomies.Gender)).SelectMany(who =>
                Gen.Elements((bool?)true, false, null).Zip(LabelsOf(Taxonomies.ConversationTopic)).Zip(Victims.ArrayOf().Select(v => v.Take(4).ToArray()))
                    .Zip(ArbMap.Default.GeneratorFor<bool>())
                    .Select(what => new ContactRecord(
                        where.Item1.Item1, where.Item1.Item2, where.Item2, who.Item1.Item1, who.Item1.Item2, who.Item2,
                        what.Item1.Item1.Item1, what.Item1.Item1.Item2, what.Item1.Item2, what.Item2))));

    internal static Gen<Metric> Metrics => Gen.OneOf(Gen.Elements(Metric.WellKnown.ToArray()), Gen.Elements("visits", "callbacks").Select(Metric.Of));

    internal static Gen<Helpline> HelplineValues => Gen.OneOf(
        Gen.Elements(Helplines.All.ToArray()),
        ValidIdText.Zip(Gen.Frequency((1, Gen.Constant((LocalDate?)null)), (3, Dates.Select(d => (LocalDate?)d))))
            .Zip(Channels.ListOf().Select(c => c.Distinct().ToArray()))
            .Zip(Gen.Elements(Enum.GetValues<AnonymityPolicy>()))
            .Select(t => new Helpline(HelplineId.Of(t.Item1.Item1.Item1), "Helpline " + t.Item1.Item1.Item1, "A helpline made up for a test.",
                t.Item1.Item1.Item2, t.Item1.Item2.Select(c => new ChannelOffering(c)), t.Item2)));

    internal static Gen<Taxonomy> TaxonomyValues => Gen.OneOf(
        Gen.Elements(Taxonomies.All.ToArray()),
        Gen.Choose(1, 12).SelectMany(size => Gen.Choose(-1, size - 1).ArrayOf(size).Select(parents =>
            Taxonomy.Create("generated", 1, "Generated",
                parents.Select((parent, i) => new CategoryDefinition(
                    "c" + i, "Category " + i, parent >= 0 && parent < i ? "c" + parent : null))))));

    internal static Gen<Precision> Precisions => Gen.OneOf(
        Gen.Constant(default(Precision)),
        Gen.Choose(0, Precision.MaxDecimals).Select(Precision.DecimalPlaces),
        Gen.Elements(0.5m, 0.25m, 2m, 5m, 0.05m).Select(Precision.OfStep));

    internal static Gen<Rational> Rationals => Gen.Frequency(
        (4, Gen.Choose(-2000, 2000).Zip(Gen.Choose(1, 400)).Select(t => Rational.Of(t.Item1, t.Item2))),
        (1, ArbMap.Default.GeneratorFor<long>().Zip(ArbMap.Default.GeneratorFor<long>().Where(d => d != 0)).Select(t => Rational.Of(t.Item1, t.Item2))),
        (1, Gen.Elements(-25, -15, -5, 5, 15, 25, 125).Select(n => Rational.Of(n, 10))));

    /// <summary>A report of one of a few helplines and years, whose counts come from one fixed "truth", so that any two generated reports can be merged without conflict.</summary>
    internal static Gen<Report> Reports =>
        Gen.Elements(Helplines.All.ToArray()).Zip(Gen.Elements(2019, 2020, 2021))
            .SelectMany(t => Gen.Elements(AllKeys(t.Item1, t.Item2)).ListOf().Zip(Gen.Elements(true, false)).Zip(Gen.Elements(true, false, false))
                .Zip(Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 12))))
                .Select(u => WithMonthEnd(MakeReport(t.Item1, t.Item2, u.Item1.Item1.Item1, u.Item1.Item1.Item2, u.Item1.Item2), u.Item2)));

    internal static Gen<Dataset> Datasets => Reports.ListOf().Select(reports => Dataset.Of(reports));

    /// <summary>The count the test "truth" gives a key: stable, so generated reports always agree.</summary>
    internal static long Truth(ObservationKey key) => (long)(unchecked((uint)key.ToString().GetHashCode(StringComparison.Ordinal)) % 10_000) + 10_000;

    /// <summary>Counts for apportionment: small values with many ties, some zeros, a few huge ones.</summary>
    internal static Gen<(string Key, long Count)[]> ApportionItems =>
        Gen.Frequency(
            (4, Gen.Elements(0L, 1L, 2L, 3L, 7L, 10L)),
            (3, Gen.Choose(0, 100_000).Select(v => (long)v)),
            (1, Gen.Elements(long.MaxValue / 4, long.MaxValue / 3, 1L << 40)))
            .NonEmptyListOf()
            .Where(counts => counts.Any(c => c > 0))
            .Select(counts => counts.Select((count, i) => ("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), count)).ToArray());

    internal static Gen<RoundingPolicy> Policies =>
        Gen.Elements(Enum.GetValues<RoundingMode>()).Zip(Gen.OneOf(
                Gen.Choose(0, 4).Select(Precision.DecimalPlaces),
                Gen.Elements(0.5m, 0.25m, 2m, 5m, 0.05m).Select(Precision.OfStep)))
            .Select(t => RoundingPolicy.Of(t.Item1, t.Item2));

    /// <summary>Shares of the same metric, zero parts and full wholes included.</summary>
    internal static Gen<Share> Shares =>
        Gen.Choose(1, 1000).SelectMany(whole => Gen.Frequency(
                (6, Gen.Choose(0, whole)),
                (1, Gen.Elements(0, whole)))
            .Select(part => Share.Of(Count.Of(part, Metric.Conversations), Count.Of(whole, Metric.Conversations))));

    /// <summary>A yearly series of one of the ready-made helplines, from its launch year (or 2000), with unknown years and a missing year now and then.</summary>
    internal static Gen<Series> YearlySeries =>
        Gen.Elements(Helplines.All.ToArray()).SelectMany(helpline =>
            Gen.Choose(1, 15).SelectMany(length =>
                Gen.Frequency(
                    (6, Gen.Choose(0, 20_000).Select(v => (long?)v)),
                    (1, Gen.Constant((long?)null)),
                    (1, Gen.Constant((long?)-1)))
                .ArrayOf(length)
                .Select(values =>
                {
                    int first = helpline.LaunchDate?.Year ?? 2000;
                    var points = new List<SeriesPoint>();
                    for (int i = 0; i < values.Length; i++)
                    {
                        var period = ReportingPeriod.Year(first + i);
                        if (values[i] == -1)
                        {
                            continue; // a year nobody listed: a hole between two periods
                        }
                        points.Add(values[i] is long v ? SeriesPoint.Known(period, Count.Of(v, Metric.Calls)) : SeriesPoint.Unknown(period));
                    }
                    return Series.Create(helpline, Metric.Calls, points);
                })));

    public static Arbitrary<RoundingPolicy> RoundingPolicyArb() => Policies.ToArbitrary();

    public static Arbitrary<Share> ShareArb() => Shares.ToArbitrary();

    public static Arbitrary<Series> SeriesArb() => YearlySeries.ToArbitrary();

    public static Arbitrary<(string Key, long Count)[]> ApportionItemsArb() => ApportionItems.ToArbitrary();

    public static Arbitrary<HelplineId> HelplineIdArb() => ValidIdText.Select(HelplineId.Of).ToArbitrary();

    public static Arbitrary<Channel> ChannelArb() => Channels.ToArbitrary();

    public static Arbitrary<ContactRecord> ContactRecordArb() => ContactRecords.ToArbitrary();

    public static Arbitrary<Metric> MetricArb() => Metrics.ToArbitrary();

    public static Arbitrary<LocalDate> LocalDateArb() => Dates.ToArbitrary();

    public static Arbitrary<ReportingPeriod> ReportingPeriodArb() => Periods.ToArbitrary();

    public static Arbitrary<DatedPeriod> DatedPeriodArb() => DatedPeriods.ToArbitrary();

    public static Arbitrary<Count> CountArb() => CountValues.Zip(Metrics).Select(t => Count.Of(t.Item1, t.Item2)).ToArbitrary();

    public static Arbitrary<Helpline> HelplineArb() => HelplineValues.ToArbitrary();

    public static Arbitrary<Taxonomy> TaxonomyArb() => TaxonomyValues.ToArbitrary();

    public static Arbitrary<Precision> PrecisionArb() => Precisions.ToArbitrary();

    public static Arbitrary<Rational> RationalArb() => Rationals.ToArbitrary();

    public static Arbitrary<Report> ReportArb() => Reports.ToArbitrary();

    public static Arbitrary<Dataset> DatasetArb() => Datasets.ToArbitrary();

    public static Arbitrary<ObservationKey> ObservationKeyArb() =>
        Gen.Elements(Helplines.All.ToArray()).Zip(Gen.Elements(2019, 2020, 2021))
            .SelectMany(t => Gen.Elements(AllKeys(t.Item1, t.Item2))).ToArbitrary();

    public static Arbitrary<Observation> ObservationArb() =>
        ObservationKeyArb().Generator.Zip(Gen.Elements(0L, 1L, 7L, 8515L)).Select(t => t.Item1.Observe(t.Item2)).ToArbitrary();

    public static Arbitrary<Category> CategoryArb() =>
        Gen.Elements(Taxonomies.All.SelectMany(taxonomy => taxonomy.Categories).ToArray()).ToArbitrary();

    /// <summary>Published figures of every kind over a small pool of keys, values and ids, so that equal pairs are common.</summary>
    public static Arbitrary<PublishedFigure> PublishedFigureArb() =>
        ObservationKeyArb().Generator
            .Zip(Gen.Elements(0m, 5m, 13.9m, 18m, 86.0m))
            .Zip(Gen.Elements(Enum.GetValues<Qualifier>()))
            .Zip(Gen.Elements("a", "b"))
            .SelectMany(t =>
            {
                (((ObservationKey key, decimal value), Qualifier qualifier), string id) = t;
                ObservationKey whole = key.WithChannel(null).WithCategory(null);
                ReportingPeriod earlier = ((DatedPeriod)key.Period).Previous(); // the keys are of years
                return Gen.Elements<Func<PublishedFigure>>(
                    () => CountFigure.Of(id, key, value, qualifier),
                    () => ShareFigure.Of(id, key, whole, ShareBasis.Known, value, qualifier),
                    () => RelativeChangeFigure.Of(id, key, earlier, -value, qualifier),
                    () => AbsoluteChangeFigure.Of(id, key, earlier, -value, qualifier),
                    () => PercentagePointChangeFigure.Of(id, key, whole, ShareBasis.Total, earlier, -value, qualifier),
                    () => MultipleFigure.Of(id, key, earlier, value, qualifier, Precision.OfStep(0.5m)),
                    () => RateFigure.PerDay(id, key, value, qualifier),
                    () => RateFigure.PerWeek(id, key, value, qualifier),
                    () => OneInNFigure.Of(id, key, whole, ShareBasis.Total, value + 1, qualifier),
                    () => SinceLaunchFigure.Of(id, key, value, qualifier),
                    () => RecordFigure.Highest(id, key),
                    () => RecordFigure.Lowest(id, key),
                    () => AgeFigure.Of(id, key.Helpline, key.Period, (int)value, qualifier),
                    () => RatioFigure.Of(id, key, whole.WithMetric(key.Metric == Metric.Calls ? Metric.Conversations : Metric.Calls), value, qualifier))
                    .Select(make => make());
            }).ToArbitrary();

    public static Arbitrary<Breakdown> BreakdownArb() =>
        Gen.Elements(Helplines.All.ToArray()).Zip(Gen.Elements(Taxonomies.All.ToArray())).Zip(Gen.Elements(Enum.GetValues<BreakdownCoverage>()))
            .SelectMany(t => Gen.Choose(0, 1000).ArrayOf(t.Item1.Item2.Roots.Count()).Select(values =>
            {
                ((Helpline helpline, Taxonomy taxonomy), BreakdownCoverage coverage) = t;
                var key = new ObservationKey(helpline.Id, ReportingPeriod.Year(2021), Metric.Calls);
                Category[] roots = taxonomy.Roots.ToArray();
                long sum = values.Sum(v => (long)v);
                long total = coverage switch
                {
                    BreakdownCoverage.Complete => sum,
                    BreakdownCoverage.Incomplete => sum + values.FirstOrDefault(),
                    _ => values.Length == 0 ? 0 : values.Max(),
                };
                return Breakdown.Create(key.Observe(total), BreakdownDimension.Of(taxonomy), coverage,
                    roots.Select((category, i) => key.WithCategory(category).Observe(values[i])));
            })).ToArbitrary();

    internal static ObservationKey[] AllKeys(Helpline helpline, int year)
    {
        var keys = new List<ObservationKey>();
        foreach (int y in new[] { year - 1, year })
        {
            foreach (Metric metric in new[] { Metric.Calls, Metric.Conversations, Metric.PossibleVictims })
            {
                var key = new ObservationKey(helpline.Id, ReportingPeriod.Year(y), metric);
                keys.Add(key);
                keys.AddRange(helpline.Channels.Select(offering => key.WithChannel(offering.Channel)));
                keys.Add(key.WithCategory(Taxonomies.Gender.Get("woman")));
            }
        }
        return keys.ToArray();
    }

    /// <summary>
    /// The report with, when <paramref name="month"/> is a month (1 to 12) of its year after the helpline's launch month,
    /// a since-launch count of calls to an unknown day of that month ("since launch, up to May 2021") from the "truth",
    /// printed as a since-launch figure, with a per-day average over it (which cannot be checked: its days are not known).
    /// </summary>
    private static Report WithMonthEnd(Report report, int month)
    {
        int year = report.Period.Start.Year;
        if (month == 0 || report.Helpline.LaunchDate is not LocalDate launch || launch >= new LocalDate(year, month, 1))
        {
            return report;
        }
        var key = new ObservationKey(report.Helpline.Id, ReportingPeriod.ToSomeDayIn(launch, new YearMonth(year, month)), Metric.Calls);
        PublishedFigure[] figures =
        {
            SinceLaunchFigure.Of(FormattableString.Invariant($"calls-up-to-{month:D2}"), key, Truth(key)),
            RateFigure.PerDay(FormattableString.Invariant($"calls-a-day-up-to-{month:D2}"), key, 10m),
        };
        return Report.Create(report.Helpline, report.Period, report.Observations.Append(key.Observe(Truth(key))), report.Breakdowns,
            report.Figures.Concat(figures));
    }

    /// <summary>
    /// A report of counts from the "truth"; with <paramref name="withBounds"/> also counts of callbacks known only within
    /// bounds: the total unknown in an incomplete breakdown by channel whose parts are exact, and the women's count
    /// between a few below and above its truth. Callbacks are never exact elsewhere, so reports still merge.
    /// </summary>
    private static Report MakeReport(Helpline helpline, int year, IEnumerable<ObservationKey> keys, bool withFigures, bool withBounds)
    {
        Report report = MakeReport(helpline, year, keys, withFigures);
        if (!withBounds || helpline.Channels.Count == 0)
        {
            return report;
        }
        var callbacks = new ObservationKey(helpline.Id, ReportingPeriod.Year(year), Metric.Of("callbacks"));
        ObservationKey women = callbacks.WithCategory(Taxonomies.Gender.Get("woman"));
        var bounded = new Observation(women, CountBounds.Between(Truth(women) - 3, Truth(women) + 3));
        Breakdown byChannel = Breakdown.Create(new Observation(callbacks, CountBounds.Unknown), BreakdownDimension.Channel, BreakdownCoverage.Incomplete,
            helpline.Channels.Select(offering => callbacks.WithChannel(offering.Channel).Observe(Truth(callbacks.WithChannel(offering.Channel)))));
        return Report.Create(helpline, report.Period, report.Observations.Append(bounded), report.Breakdowns.Append(byChannel), report.Figures);
    }

    private static Report MakeReport(Helpline helpline, int year, IEnumerable<ObservationKey> keys, bool withFigures)
    {
        ObservationKey[] chosen = keys.ToArray();
        var period = ReportingPeriod.Year(year);
        var figures = new List<PublishedFigure>();
        if (withFigures)
        {
            var calls = new ObservationKey(helpline.Id, period, Metric.Calls);
            figures.Add(RelativeChangeFigure.Of("calls-change", calls, period.Previous(), (Truth(calls) % 40) - 20));
            figures.Add(CountFigure.Of("calls", calls, Truth(calls)));
        }
        return Report.Create(helpline, period, chosen.Select(key => key.Observe(Truth(key))), figures: figures);
    }
}
