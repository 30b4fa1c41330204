using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

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
        var context = new CountsForComposing(counts);
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
                skipped.AddRange(group.Select(f => Skip(f.Helpline, f.Report, f.Template, SkipReason.HelplineUnknown, System.Array.Empty<ObservationKey>())));
                continue;
            }
            Report empty = Report.Create(helpline, group.Key.Report);
            reports.Add(ComposeReport(empty, Array.Empty<PlanRule>(), group.Select(f => f.Template), context, skipped));
        }
        return new Composition(Dataset.Of(reports), skipped.OrderBy(s => s.Figure).ToList());
    }

    private Report ComposeReport(Report report, IReadOnlyList<PlanRule> rules, IEnumerable<PublishedFigure> named, CountsForComposing counts, List<SkippedFigure> skipped)
    {
        var derived = new List<Observation>();
        var figures = new Dictionary<string, PublishedFigure>(StringComparer.Ordinal);
        var candidates = rules.SelectMany(rule => rule.Expand(report).Select(t => (Template: t, FromRule: true)))
            .Concat(named.Select(t => (Template: t, FromRule: false)))
            .GroupBy(c => c.Template.Id, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(c => c.Template.Id, StringComparer.Ordinal);
        foreach ((PublishedFigure template, bool fromRule) in candidates)
        {
            var composing = new Composing(counts, report, Table, Rounding, fromRule, derived);
            switch (FigureKinds.Of(template).Compose(template, composing))
            {
                case Composed.Figure composed:
                    figures[composed.Value.Id] = composed.Value;
                    break;
                case Composed.Skipped left:
                    skipped.Add(Skip(report.Helpline.Id, report.Period, template, left.Reason, left.Counts));
                    break;
            }
        }
        return Report.Create(report.Helpline, report.Period, report.Observations.Concat(derived), report.Breakdowns, figures.Values);
    }

    private static SkippedFigure Skip(HelplineId helpline, ReportingPeriod report, PublishedFigure template, SkipReason reason, IEnumerable<ObservationKey> counts) =>
        new(FigureReference.Of(helpline, report, template.Id), template.Kind, template.Period, reason, counts);
}
