using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using HelplineStats.Core.Reasoning;
using NodaTime;

namespace HelplineStats.Core.Audit;

/// <summary>
/// Checks every published figure of a dataset against the counts: each gets a verdict, unknown counts get the narrowest
/// interval the figures allow, and structural problems are listed. See docs/audit.md for the method.
/// </summary>
/// <remarks>
/// <para>A figure is judged by the <see cref="QualifierTable"/> under its printed precision, rounded by
/// <see cref="AssumedRounding"/> (half away from zero, unless told otherwise). An inconsistent figure comes with every known
/// slip that reproduces its printed value. A figure that needs one unknown count implies an interval for it; the
/// intervals of all figures about the same count (in any report) are intersected, and figures whose intervals cannot all
/// hold are flagged.</para>
/// <para>The result does not depend on the order of reports or figures. An auditor is immutable and thread-safe.</para>
/// </remarks>
public sealed class Auditor
{
    /// <summary>An auditor.</summary>
    /// <param name="table">The qualifier table to judge by.</param>
    /// <param name="assumedRounding">How printed values are assumed to be rounded when no qualifier says otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assumedRounding"/> is not defined.</exception>
    public Auditor(QualifierTable table, RoundingMode assumedRounding)
    {
        Table = Guard.NotNull(table, nameof(table));
        if (!Enum.IsDefined(assumedRounding))
        {
            throw new ArgumentOutOfRangeException(nameof(assumedRounding), assumedRounding, "Not a defined rounding mode.");
        }
        AssumedRounding = assumedRounding;
    }

    /// <summary>The auditor published figures usually call for: the default table (15% tolerance), half away from zero.</summary>
    public static Auditor Default { get; } = new(QualifierTable.Default, RoundingMode.HalfAwayFromZero);

    /// <summary>The qualifier table figures are judged by.</summary>
    public QualifierTable Table { get; }

    /// <summary>How printed values are assumed to be rounded.</summary>
    public RoundingMode AssumedRounding { get; }

    /// <summary>Audits every figure of <paramref name="dataset"/>.</summary>
    /// <param name="dataset">The reports to check together.</param>
    /// <returns>The verdicts, inferred counts and structural findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public AuditResult Audit(Dataset dataset)
    {
        Guard.NotNull(dataset, nameof(dataset));
        var findings = new List<StructuralFinding>();
        Dictionary<ObservationKey, long> counts = IndexCounts(dataset, findings);
        Dictionary<ObservationKey, (long Low, long High)> bounds = dataset.KnownBounds(counts, (key, first, second) =>
            findings.Add(Conflict(key, first, second)));
        var drafts = new List<Draft>();
        foreach (Report report in dataset.Reports)
        {
            foreach (PublishedFigure figure in report.Figures.OrderBy(f => f.Id, StringComparer.Ordinal))
            {
                drafts.Add(Evaluate(dataset, report, figure, counts));
            }
        }
        ILookup<Report, Draft> byReport = drafts.ToLookup(d => d.Report);
        ILookup<(HelplineId, ReportingPeriod), Metric> metrics = counts.Keys.Select(k => (k.Helpline, k.Period, k.Metric)).Distinct()
            .ToLookup(k => (k.Helpline, k.Period), k => k.Metric);
        IReadOnlyList<SumConstraint> sums = Structure.Sums(dataset, drafts.Select(d => d.Formula).OfType<FigureFormula>().SelectMany(formula => formula.Inputs), counts, bounds);
        sums = Structure.Consistent(sums, counts, bounds, (empty, involved) => findings.Add(SetAside(empty, involved)));
        List<CountInterval> inferred = new GroupReasoning(this, counts, bounds, sums, draft => Explain(draft, byReport[draft.Report], counts, metrics), findings)
            .Run(drafts.Where(d => d.IsOpen).ToList());
        foreach (Draft draft in drafts.Where(d => d.Kind == VerdictKind.Contradicted && d.Exact is not null && d.Values is not null))
        {
            draft.Explanations.AddRange(Explain(draft, byReport[draft.Report], counts, metrics).Where(e => !draft.Explanations.Contains(e)));
            if (draft.Explanations.Count == 0)
            {
                draft.Explanations.Add(new UnexplainedExplanation());
            }
        }
        CheckStructure(dataset, counts, findings);
        return new AuditResult(drafts.Select(d => d.ToVerdict()), inferred, findings.OrderBy(f => f.Kind).ThenBy(f => f.ToString(), StringComparer.Ordinal));
    }

    internal static Dictionary<ObservationKey, long> IndexCounts(Dataset dataset, List<StructuralFinding> findings) =>
        KnownCounts.Index(dataset, (key, first, second) => findings.Add(Conflict(key, CountBounds.Exactly(first), CountBounds.Exactly(second))));

    /// <summary>Two reports give <paramref name="key"/> as <paramref name="first"/> and as <paramref name="second"/>.</summary>
    private static StructuralFinding Conflict(ObservationKey key, CountBounds first, CountBounds second) =>
        new(FindingKind.CountConflict, new[] { key }, new decimal[] { first.Low, first.HighOrMax, second.Low, second.HighOrMax });

    /// <summary>The finding that the counts alone leave <paramref name="empty"/> no value in <paramref name="involved"/>.</summary>
    private static StructuralFinding SetAside(ObservationKey empty, IReadOnlyList<SumConstraint> involved) =>
        new(FindingKind.CountsCannotAddUp, involved.Select(s => s.Total).Prepend(empty));

    private Draft Evaluate(Dataset dataset, Report report, PublishedFigure figure, Dictionary<ObservationKey, long> counts)
    {
        var draft = new Draft(report, figure);
        FigureKindDefinition kind = FigureKinds.Of(figure);
        if (kind.Check(figure, new Checking(dataset, report.Helpline, Table, AssumedRounding), new Verdicts(draft)) is Draft byItself)
        {
            return byItself;
        }
        FigureFormula formula = kind.Formula(figure, report.Helpline.LaunchDate)
            ?? throw new InvalidOperationException($"The figure kind {figure.Kind} has neither a formula nor a check of its own.");
        draft.Formula = formula;
        (long[] values, List<ObservationKey> missing) = formula.Gather(counts);
        draft.Values = values;
        if (missing.Count == 0)
        {
            return Judge(draft, values);
        }
        draft.Missing.AddRange(missing);
        draft.IsOpen = formula.CanInfer && figure.Value is not null;
        return draft.NotCheckable(VerdictReason.CountsMissing);
    }

    /// <summary>The verdict on a figure whose every count is known or pinned by the other figures.</summary>
    internal Draft Judge(Draft draft, long[] values)
    {
        PublishedFigure figure = draft.Figure;
        FigureKindDefinition kind = FigureKinds.Of(figure);
        draft.Values = values;
        RoundingPolicy policy = Policy(figure);
        Rational? exact = draft.Formula?.Evaluate(values);
        if (exact is not Rational v)
        {
            return draft.Contradicted(null, VerdictReason.CountsLeaveUndefined, new NoCountFitsExplanation());
        }
        draft.Exact = v;
        if (kind.JudgeExact(figure, v, draft.Report, new Verdicts(draft)) is Draft judged)
        {
            return judged;
        }
        if (figure.Value is decimal printed && Table.Accepts(kind.Reading, v, printed, figure.Qualifier, policy))
        {
            return draft.Confirmed(v);
        }
        QualifiedValue? expected = kind.HasExpectedPrinting ? Table.Phrase(kind.Reading, v, policy) : null;
        return draft.Contradicted(expected, VerdictReason.CountsDoNotAllow);
    }

    /// <summary>The exact values a figure's printing allows (for an apportioned share: within one step).</summary>
    internal ValueInterval Accepted(PublishedFigure figure) => FigureKinds.Accepted(figure, Table, AssumedRounding);

    /// <summary>Every known slip that reproduces the printed value of a contradicted figure (one detector per kind of slip, <see cref="Slips.SlipDetector"/>).</summary>
    /// <summary>The slips that explain a contradicted figure; none for a figure without an exact value, its input counts or a printed value.</summary>
    private IEnumerable<Explanation> Explain(Draft draft, IEnumerable<Draft> sameReport, Dictionary<ObservationKey, long> counts, ILookup<(HelplineId, ReportingPeriod), Metric> metrics) =>
        draft is { Exact: Rational exact, Values: long[] values, Figure.Value: decimal printed }
            ? Slips.SlipDetector.ExplainAll(new Slips.SlipContext(this, draft, exact, printed, values, sameReport, counts,
                FigureKinds.Whole(draft.Figure) is ObservationKey whole ? metrics[(whole.Helpline, whole.Period)] : Enumerable.Empty<Metric>()))
            : Enumerable.Empty<Explanation>();

    private void CheckStructure(Dataset dataset, Dictionary<ObservationKey, long> counts, List<StructuralFinding> findings)
    {
        foreach (Report report in dataset.Reports)
        {
            if (report.Helpline.LaunchDate is LocalDate launch)
            {
                foreach (Observation total in report.Observations.Where(o => o.IsExact && o.Key.Period.Start == launch && o.Key.Period.Kind == PeriodKind.Custom
                    && o.Key.Period is DatedPeriod && o.Key.Period.End.Month == 12 && o.Key.Period.End.Day == 31))
                {
                    long[] years = Enumerable.Range(launch.Year, total.Key.Period.End.Year - launch.Year + 1)
                        .Select(y => counts.TryGetValue(total.Key.WithPeriod(ReportingPeriod.Year(y)), out long c) ? c : -1).ToArray();
                    if (years.All(c => c >= 0) && years.Sum() != total.Value)
                    {
                        findings.Add(new StructuralFinding(FindingKind.CumulativeChainBroken, new[] { total.Key }, new decimal[] { total.ExactCount(nameof(total)).Value, years.Sum() }));
                    }
                }
                // A total to an unknown day of a month lies between the published totals at the ends of the month before and of that month.
                foreach (Observation total in report.Observations.Where(o => o.Key.Period.Start == launch && o.Key.Period is MonthEndPeriod))
                {
                    ObservationKey before = total.Key.WithPeriod(ReportingPeriod.Between(launch, total.Key.Period.EarliestEnd.PlusDays(-1)));
                    ObservationKey after = total.Key.WithPeriod(ReportingPeriod.Between(launch, total.Key.Period.LatestEnd));
                    if (!counts.TryGetValue(total.Key, out long value))
                    {
                        continue;
                    }
                    if (counts.TryGetValue(before, out long low) && low > value)
                    {
                        findings.Add(new StructuralFinding(FindingKind.CumulativeChainBroken, new[] { total.Key, before }, new decimal[] { value, low }));
                    }
                    if (counts.TryGetValue(after, out long high) && high < value)
                    {
                        findings.Add(new StructuralFinding(FindingKind.CumulativeChainBroken, new[] { total.Key, after }, new decimal[] { value, high }));
                    }
                }
            }
            foreach (PrintedParts parts in FigureKinds.All.SelectMany(kind => kind.PartsOfBreakdowns(report)))
            {
                Breakdown breakdown = parts.Breakdown;
                if (!breakdown.IsComplete)
                {
                    findings.Add(new StructuralFinding(FindingKind.ExemptFromAddingUp, new[] { breakdown.Total.Key }, new decimal[] { breakdown.IsMultiLabel ? 1 : 0 },
                        Shares(report, parts)));
                    continue;
                }
                if (Math.Abs(parts.Sum - parts.Whole) > parts.Slack)
                {
                    findings.Add(new StructuralFinding(FindingKind.SharesDoNotAddUp, new[] { breakdown.Total.Key }, new[] { parts.Sum, parts.Whole, parts.Slack },
                        Shares(report, parts)));
                }
            }
        }
    }

    /// <summary>The printed shares of a breakdown, by figure id.</summary>
    private static IEnumerable<FigureReference> Shares(Report report, PrintedParts parts) =>
        parts.Figures.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => FigureReference.Of(report, f));

    private RoundingPolicy Policy(PublishedFigure figure) => RoundingPolicy.Of(AssumedRounding, figure.Precision);

    /// <summary>A verdict under construction: intervals from other figures may still turn it inconsistent.</summary>
    internal sealed class Draft
    {
        internal Draft(Report report, PublishedFigure figure)
        {
            Report = report;
            Figure = figure;
            Reference = FigureReference.Of(report, figure);
        }

        internal Report Report { get; }

        internal PublishedFigure Figure { get; }

        internal FigureReference Reference { get; }

        internal FigureFormula? Formula { get; set; }

        /// <summary>Whether the figure constrains counts nobody published (so the reasoning over all figures decides its verdict).</summary>
        internal bool IsOpen { get; set; }

        internal long[]? Values { get; set; }

        internal VerdictKind Kind { get; set; }

        internal Rational? Exact { get; set; }

        internal QualifiedValue? Expected { get; set; }

        internal VerdictReason Reason { get; set; }

        internal List<Explanation> Explanations { get; } = new();

        internal List<ObservationKey> Missing { get; } = new();

        internal List<CountInterval> Implied { get; } = new();

        internal Draft Confirmed(Rational? exact)
        {
            Kind = VerdictKind.Confirmed;
            Exact = exact;
            Reason = exact is null ? VerdictReason.CountsConfirm : VerdictReason.CountsAllow;
            return this;
        }

        internal Draft Contradicted(QualifiedValue? expected, VerdictReason reason, Explanation? explanation = null)
        {
            Kind = VerdictKind.Contradicted;
            Expected = expected;
            Reason = reason;
            if (explanation is not null)
            {
                Explanations.Add(explanation);
            }
            return this;
        }

        internal Draft NotCheckable(VerdictReason reason)
        {
            Kind = VerdictKind.NotCheckable;
            Reason = reason;
            return this;
        }

        internal FigureVerdict ToVerdict() =>
            new(Report, Figure, Kind, Exact, Expected, Explanations, Missing, Implied, Reason,
                Formula is null || Values is null ? null
                    : Formula.Inputs.Select((key, i) => (Key: key, Value: Values[i])).Where(x => !Missing.Contains(x.Key)).Select(x => x.Key.Observe(x.Value)));
    }

    /// <summary>The verdicts a kind reaches by itself, kept in the audit's draft.</summary>
    private sealed class Verdicts(Draft draft) : IVerdicts<Draft>
    {
        public Draft Confirmed(Rational? exact) => draft.Confirmed(exact);

        public Draft Contradicted(Rational? exact, QualifiedValue? expected, VerdictReason reason)
        {
            draft.Exact = exact;
            return draft.Contradicted(expected, reason);
        }

        public Draft Impossible(VerdictReason reason) => draft.Contradicted(null, reason, new NoCountFitsExplanation());

        public Draft Beaten(ObservationKey beaten, long count, RecordDirection direction) =>
            draft.Contradicted(null, VerdictReason.RecordBeaten, new RecordBeatenExplanation(beaten, count, direction));

        public Draft NotCheckable(VerdictReason reason, IEnumerable<ObservationKey> missing)
        {
            draft.Missing.AddRange(missing);
            return draft.NotCheckable(reason);
        }
    }
}
