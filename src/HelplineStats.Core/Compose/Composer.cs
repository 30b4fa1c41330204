using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Compose;

/// <summary>
/// Writes the figures of a page from counts: a <see cref="FigurePlan"/> says which figures, and every value comes from
/// the formulas the audit checks with (<see cref="FigureMath"/> through the same evaluation), rounded by a named mode at
/// the plan's precision, with the qualifier the one <see cref="QualifierTable"/> picks. So the audit confirms every
/// figure the composer writes (an FsCheck property holds it).
/// </summary>
/// <remarks>
/// <para>A figure whose counts are missing or undefined is left out and listed with its reason
/// (<see cref="Composition.Skipped"/>); nothing is invented. A since-launch total not given as a count is derived from the
/// yearly counts when every year since the launch is known, and the derived count is added to the report so that the
/// audit can check it.</para>
/// <para>The result does not depend on the order of reports or figures: figures come out in id order, reports in the
/// dataset's order. A composer is immutable and thread-safe.</para>
/// </remarks>
public sealed class Composer
{
    /// <summary>A composer.</summary>
    /// <param name="table">The qualifier table that picks the words (and the audit accepts with).</param>
    /// <param name="rounding">How values are rounded at the plan's precision.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not defined.</exception>
    public Composer(QualifierTable table, RoundingMode rounding)
    {
        Table = Guard.NotNull(table, nameof(table));
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Not a defined rounding mode.");
        }
        Rounding = rounding;
    }

    /// <summary>The composer that matches <c>Auditor.Default</c>: the default table, half away from zero.</summary>
    public static Composer Default { get; } = new(QualifierTable.Default, RoundingMode.HalfAwayFromZero);

    /// <summary>The qualifier table.</summary>
    public QualifierTable Table { get; }

    /// <summary>How values are rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Composes the figures <paramref name="plan"/> asks for from the counts of <paramref name="counts"/>.</summary>
    /// <param name="counts">The counts; any published figures they carry are replaced.</param>
    /// <param name="plan">Which figures to write.</param>
    /// <returns>The dataset with the composed figures, and the figures left out.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Composition Compose(Dataset counts, FigurePlan plan)
    {
        Guard.NotNull(counts, nameof(counts));
        Guard.NotNull(plan, nameof(plan));
        var context = new Context(counts);
        var reports = new List<Report>();
        var skipped = new List<SkippedFigure>();
        var byReport = plan.Figures.ToLookup(f => (f.Helpline, f.Report));
        var seen = new HashSet<(HelplineId, ReportingPeriod)>();
        foreach (Report report in counts.Reports)
        {
            seen.Add((report.Helpline.Id, report.Period));
            reports.Add(ComposeReport(report, plan.Rules, byReport[(report.Helpline.Id, report.Period)].Select(f => f.Template), context, skipped));
        }
        foreach (IGrouping<(HelplineId Helpline, ReportingPeriod Report), PlannedFigure> group in byReport.Where(g => !seen.Contains(g.Key)))
        {
            Helpline? helpline = counts.Helplines.FirstOrDefault(h => h.Id.Equals(group.Key.Helpline));
            if (helpline is null)
            {
                skipped.AddRange(group.Select(f => Skip(f.Helpline, f.Report, f.Template, SkipReason.CountMissing, $"The counts hold nothing about '{f.Helpline}'.")));
                continue;
            }
            Report empty = Report.Create(helpline, group.Key.Report);
            reports.Add(ComposeReport(empty, Array.Empty<PlanRule>(), group.Select(f => f.Template), context, skipped));
        }
        return new Composition(Dataset.Of(reports), skipped.OrderBy(s => s.Figure).ToList());
    }

    private Report ComposeReport(Report report, IReadOnlyList<PlanRule> rules, IEnumerable<PublishedFigure> named, Context context, List<SkippedFigure> skipped)
    {
        var derived = new List<Observation>();
        var figures = new Dictionary<string, PublishedFigure>(StringComparer.Ordinal);
        var candidates = rules.SelectMany(rule => Expand(report, rule).Select(t => (Template: t, FromRule: true)))
            .Concat(named.Select(t => (Template: t, FromRule: false)))
            .GroupBy(c => c.Template.Id, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(c => c.Template.Id, StringComparer.Ordinal);
        foreach ((PublishedFigure template, bool fromRule) in candidates)
        {
            switch (Evaluate(report, template, fromRule, context, derived))
            {
                case PublishedFigure figure:
                    figures[figure.Id] = figure;
                    break;
                case (SkipReason reason, string description):
                    skipped.Add(Skip(report.Helpline.Id, report.Period, template, reason, description));
                    break;
            }
        }
        return Report.Create(report.Helpline, report.Period, report.Observations.Concat(derived), report.Breakdowns, figures.Values);
    }

    private static SkippedFigure Skip(HelplineId helpline, ReportingPeriod report, PublishedFigure template, SkipReason reason, string description) =>
        new(FigureReference.Of(helpline, report, template.Id), template.Kind, reason, description);

    /// <summary>The figure with its value, a (reason, description) pair, or null for a record claim a rule found not to hold.</summary>
    private object? Evaluate(Report report, PublishedFigure template, bool fromRule, Context context, List<Observation> derived)
    {
        Helpline helpline = report.Helpline;
        LocalDate? launch = helpline.LaunchDate;
        switch (template.Kind)
        {
            case FigureKind.AgeInYears:
                if (launch is null)
                {
                    return (SkipReason.LaunchDateUnknown, $"The launch date of '{helpline.Id}' is not known.");
                }
                if (FigureMath.AgeInYears(launch, template.Period.End) is not int years)
                {
                    return (SkipReason.Undefined, $"'{helpline.Id}' was launched after {template.Period}.");
                }
                return FigureMath.AgeInYears(launch, template.Period.EarliestEnd) == years
                    ? template.WithValue(years, Qualifier.None)
                    : (SkipReason.EndDayUnknown, $"{template.Period} ends on an unknown day of its last month, and the age on its last day depends on which day.");
            case FigureKind.HighestSinceLaunch or FigureKind.LowestSinceLaunch:
                return EvaluateRecord(helpline, template, fromRule, context);
            case FigureKind.RatePerDay or FigureKind.RatePerWeek when template.Subject!.Period.EndPrecision == DatePrecision.Month:
                return (SkipReason.EndDayUnknown, $"{template.Subject.Period} ends on an unknown day of its last month: its number of days is not known.");
        }
        FigureFormula formula = FigureFormula.For(template, launch)
            ?? throw new InvalidOperationException($"The figure kind {template.Kind} has neither a formula nor a check of its own.");
        if (template.Kind == FigureKind.CumulativeSinceLaunch && !context.Counts.ContainsKey(template.Subject!))
        {
            if (template.Subject!.Period.EndPrecision == DatePrecision.Month)
            {
                return (SkipReason.CountMissing, $"{template.Subject} is not given; a total to an unknown day of a month cannot be added up from yearly counts.");
            }
            if (context.SinceLaunch(helpline, template.Subject!) is not Observation sum)
            {
                return (SkipReason.CountMissing, $"{template.Subject} is not given, and not every year since the launch is known.");
            }
            derived.Add(sum);
        }
        (long[] values, List<ObservationKey> missing) = formula.Gather(context.Counts);
        if (missing.Count > 0)
        {
            return (SkipReason.CountMissing, $"Not known: {string.Join(", ", missing)}.");
        }
        if (formula.Evaluate(values) is not Rational exact)
        {
            return (SkipReason.Undefined, $"The counts leave it undefined (a zero whole or base): {string.Join(", ", formula.Inputs.Select((key, i) => string.Create(CultureInfo.InvariantCulture, $"{key} = {values[i]}")))}.");
        }
        RoundingPolicy policy = RoundingPolicy.Of(Rounding, template.Precision);
        if (template.IsApportioned)
        {
            return ApportionedShares.Value(report, template) is decimal apportioned
                ? template.WithValue(apportioned, Qualifier.None)
                : (SkipReason.CountMissing, $"The complete breakdown of {template.Whole} that {template.Subject} was apportioned in is not in the report.");
        }
        if (template.Kind == FigureKind.OneInN)
        {
            (int n, Qualifier qualifier) = NaturalFrequency.Phrase(exact, policy, Table, NaturalFrequency.SimpleDenominators)!.Value;
            return template.WithValue(n, qualifier);
        }
        QualifiedValue phrased = PhraseLike(template.Kind, exact, policy, template.Qualifier);
        return template.WithValue(phrased.Value, phrased.Qualifier);
    }

    private static object? EvaluateRecord(Helpline helpline, PublishedFigure template, bool fromRule, Context context)
    {
        ObservationKey subject = template.Subject!;
        if (subject.Channel is not null || subject.Category is not null || subject.Period.Kind != PeriodKind.Year)
        {
            return (SkipReason.CountMissing, "Record claims are made on yearly totals only.");
        }
        if (!context.Counts.ContainsKey(subject))
        {
            return (SkipReason.CountMissing, $"Not known: {subject}.");
        }
        Series series = context.YearlySeries(helpline, subject);
        RecordCheck check = template.Kind == FigureKind.HighestSinceLaunch ? series.CheckHighest(subject.Period) : series.CheckLowest(subject.Period);
        if (!check.HoldsOverKnown)
        {
            return fromRule ? null : (SkipReason.DoesNotHold, $"Another year since the launch counted {(check.IsHighest ? "more" : "less")} than {subject.Period}.");
        }
        return check.IsConfirmed
            ? template
            : (SkipReason.CountMissing, $"Not known: {string.Join(", ", check.UnknownPeriods.Select(subject.WithPeriod))}.");
    }

    /// <summary>
    /// The printed value and word: the table's phrasing, or, when the plan prefers a word ("more than 58%") and the value
    /// is not exact at the precision, the value rounded toward that word's side with it, as long as the table accepts it.
    /// </summary>
    private QualifiedValue PhraseLike(FigureKind kind, Rational exact, RoundingPolicy policy, Qualifier preferred)
    {
        QualifiedValue standard = Table.Phrase(kind, exact, policy);
        if (preferred == Qualifier.None || kind == FigureKind.Multiple)
        {
            return standard;
        }
        RoundingMode toward = preferred switch
        {
            Qualifier.MoreThan => RoundingMode.TowardNegativeInfinity,
            Qualifier.LessThan or Qualifier.Almost => RoundingMode.TowardPositiveInfinity,
            Qualifier.About => policy.Mode,
            _ => throw new ArgumentOutOfRangeException(nameof(preferred), preferred, "Not a defined qualifier."),
        };
        decimal printed = RoundingPolicy.Of(toward, policy.Precision).Round(exact);
        return Rational.FromDecimal(printed) != exact && Table.Accepts(kind, exact, printed, preferred, policy)
            ? new QualifiedValue(printed, preferred, policy.Precision)
            : standard;
    }

    /// <summary>The figures a rule asks of one report, with their values still to be computed (zero, or one for one-in-N).</summary>
    private static IEnumerable<PublishedFigure> Expand(Report report, PlanRule rule)
    {
        Helpline helpline = report.Helpline;
        ReportingPeriod period = report.Period;
        LocalDate? launch = helpline.LaunchDate;
        bool isYear = period.Kind == PeriodKind.Year;
        IEnumerable<ObservationKey> totals = report.Observations
            .Select(o => o.Key)
            .Where(k => k.Period.Equals(period) && k.Channel is null && k.Category is null && rule.AppliesTo(k.Metric))
            .Order();
        IEnumerable<Breakdown> breakdowns = report.Breakdowns
            .Where(b => b.Total.Key.Period.Equals(period) && rule.Coverages.Contains(b.Coverage) && rule.AppliesTo(b.Total.Key.Metric));
        IEnumerable<ReportingPeriod> Comparisons() => rule.YearsBack
            .Where(years => period.Start.Year - years >= ReportingPeriod.MinYear)
            .Select(period.YearsEarlier)
            .Where(earlier => launch is not LocalDate l || earlier.End >= l);
        switch (rule.Kind)
        {
            case FigureKind.Count:
                return totals.Select(k => PublishedFigure.Count(Id(k), k, 0m, Qualifier.None, rule.Precision));
            case FigureKind.RatePerDay:
                return totals.Select(k => PublishedFigure.RatePerDay(Id(k, "per-day"), k, 0m, Qualifier.None, rule.Precision));
            case FigureKind.RatePerWeek:
                return totals.Select(k => PublishedFigure.RatePerWeek(Id(k, "per-week"), k, 0m, Qualifier.None, rule.Precision));
            case FigureKind.RelativeChange:
                return totals.SelectMany(k => Comparisons().Select(c => PublishedFigure.RelativeChange(Id(k, "vs-" + Name(c)), k, c, 0m, Qualifier.None, rule.Precision)));
            case FigureKind.AbsoluteChange:
                return totals.SelectMany(k => Comparisons().Select(c => PublishedFigure.AbsoluteChange(Id(k, "diff-" + Name(c)), k, c, 0m, Qualifier.None, rule.Precision)));
            case FigureKind.Multiple:
                if (!isYear || launch is not LocalDate launched)
                {
                    return Array.Empty<PublishedFigure>();
                }
                ReportingPeriod firstFull = ReportingPeriod.Year(launched.Month == 1 && launched.Day == 1 ? launched.Year : launched.Year + 1);
                return period.Start.Year <= firstFull.Start.Year
                    ? Array.Empty<PublishedFigure>()
                    : totals.Select(k => PublishedFigure.Multiple(Id(k, "times-" + Name(firstFull)), k, firstFull, 0m, Qualifier.None, rule.Precision));
            case FigureKind.HighestSinceLaunch:
                return isYear ? totals.Select(k => PublishedFigure.HighestSinceLaunch(Id(k, "highest"), k)) : Array.Empty<PublishedFigure>();
            case FigureKind.LowestSinceLaunch:
                return isYear ? totals.Select(k => PublishedFigure.LowestSinceLaunch(Id(k, "lowest"), k)) : Array.Empty<PublishedFigure>();
            case FigureKind.CumulativeSinceLaunch:
                return isYear && launch is LocalDate start && period.End >= start
                    ? totals.Select(k => PublishedFigure.CumulativeSinceLaunch(Id(k, "since-launch"), k.WithPeriod(helpline.SinceLaunch(period)), 0m, Qualifier.None, rule.Precision))
                    : Array.Empty<PublishedFigure>();
            case FigureKind.AgeInYears:
                return isYear && (launch is null || period.End >= launch)
                    ? new[] { PublishedFigure.AgeInYears("age", helpline.Id, period, 0) }
                    : Array.Empty<PublishedFigure>();
            case FigureKind.Share:
                return breakdowns.SelectMany(b => Parts(b).Select(part => rule.Apportion && b.IsComplete
                    ? PublishedFigure.ApportionedShare(Id(part, "share"), part, b.Total.Key, Basis(b), 0m, rule.Precision)
                    : PublishedFigure.Share(Id(part, "share"), part, b.Total.Key, Basis(b), 0m, Qualifier.None, rule.Precision)));
            case FigureKind.PercentagePointChange:
                return breakdowns.SelectMany(b => Parts(b).SelectMany(part => Comparisons().Select(c =>
                    PublishedFigure.PercentagePointChange(Id(part, "points-" + Name(c)), part, b.Total.Key, Basis(b), c, 0m, Qualifier.None, rule.Precision))));
            case FigureKind.OneInN:
                return breakdowns.Where(b => !b.Dimension.IsChannel)
                    .Select(b => (Breakdown: b, Largest: b.Parts.Where(p => p.Key.Category?.IsUnknown != true)
                        .OrderByDescending(p => p.Value).ThenBy(p => p.Key).FirstOrDefault()))
                    .Where(x => x.Largest is not null)
                    .Select(x => PublishedFigure.OneInN(Id(x.Largest!.Key, "one-in-n"), x.Largest.Key, x.Breakdown.Total.Key, Basis(x.Breakdown), 1m, Qualifier.None, Precision.Whole));
            case FigureKind.Ratio:
                return Array.Empty<PublishedFigure>();
            default:
                throw new ArgumentOutOfRangeException(nameof(rule), rule.Kind, $"The figure kind {rule.Kind} has no rule yet; every kind must have one.");
        }
    }

    /// <summary>The parts of a breakdown that get a figure: all but the unknown category.</summary>
    private static IEnumerable<ObservationKey> Parts(Breakdown breakdown) =>
        breakdown.Parts.Where(p => p.Key.Category?.IsUnknown != true).Select(p => p.Key);

    /// <summary>Shares of a complete breakdown with an unknown category are taken of the known; all others of the total.</summary>
    private static ShareBasis Basis(Breakdown breakdown) =>
        breakdown.IsComplete && breakdown.Unknown is not null ? ShareBasis.Known : ShareBasis.Total;

    private static string Name(ReportingPeriod period) => period.ToString().Replace('/', '_');

    /// <summary>
    /// A figure id from its subject and what is said of it: <c>calls</c>, <c>calls.phone.share</c>,
    /// <c>possible-victims.age-group.minor.points-2020</c>. Ids longer than 64 characters keep their first 55 and a
    /// stable hash of the whole.
    /// </summary>
    private static string Id(ObservationKey key, string? what = null)
    {
        var parts = new List<string> { key.Metric.Value };
        if (key.Channel is Channel channel)
        {
            parts.Add(channel.Value);
        }
        if (key.Category is Category category)
        {
            parts.Add(category.TaxonomyId.Value);
            parts.Add(category.Id.Value);
        }
        if (what is not null)
        {
            parts.Add(what);
        }
        string id = string.Join(".", parts);
        if (id.Length <= 64)
        {
            return id;
        }
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return id[..55] + "." + hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>The counts of the whole dataset, with conflicting counts left unknown, and the yearly series the records and since-launch totals need.</summary>
    private sealed class Context
    {
        internal Context(Dataset dataset) => Counts = dataset.KnownCounts(null);

        internal Dictionary<ObservationKey, long> Counts { get; }

        /// <summary>The yearly series of a total from the launch year (or the first known year) to the subject's year.</summary>
        internal Series YearlySeries(Helpline helpline, ObservationKey subject)
        {
            int last = subject.Period.Start.Year;
            int first = helpline.LaunchDate?.Year
                ?? Counts.Keys.Where(k => k.Helpline.Equals(subject.Helpline) && k.Metric.Equals(subject.Metric) && k.Channel is null
                        && k.Category is null && k.Period.Kind == PeriodKind.Year)
                    .Select(k => k.Period.Start.Year).DefaultIfEmpty(last).Min();
            return Series.Create(helpline, subject.Metric, Enumerable.Range(first, Math.Max(0, last - first + 1)).Select(year =>
            {
                ReportingPeriod period = ReportingPeriod.Year(year);
                return Counts.TryGetValue(subject.WithPeriod(period), out long count)
                    ? SeriesPoint.Known(period, Count.Of(count, subject.Metric))
                    : SeriesPoint.Unknown(period);
            }));
        }

        /// <summary>A since-launch total derived from the yearly counts (recorded as a count), or <c>null</c> when a year is missing.</summary>
        internal Observation? SinceLaunch(Helpline helpline, ObservationKey sinceLaunch)
        {
            if (helpline.LaunchDate is not LocalDate launch)
            {
                return null;
            }
            IEnumerable<long?> years = Enumerable.Range(launch.Year, sinceLaunch.Period.End.Year - launch.Year + 1)
                .Select(year => Counts.TryGetValue(sinceLaunch.WithPeriod(ReportingPeriod.Year(year)), out long count) ? count : (long?)null);
            if (FigureMath.Cumulative(years) is not long total)
            {
                return null;
            }
            Counts[sinceLaunch] = total;
            return sinceLaunch.Observe(total);
        }
    }
}
