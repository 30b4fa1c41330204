using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// What an audit found: a verdict for every published figure (none is skipped), the narrowest interval for every count
/// that figures refer to but nobody published, and the structural findings (conflicting counts, broken cumulative chains,
/// shares of a breakdown that cannot add up).
/// </summary>
/// <remarks>Everything is in a stable order (helpline, report period, figure id), whatever order the data came in.
/// Immutable and thread-safe.</remarks>
public sealed class AuditResult
{
    internal AuditResult(IEnumerable<FigureVerdict> verdicts, IEnumerable<CountInterval> inferred, IEnumerable<StructuralFinding> findings)
    {
        Verdicts = verdicts.ToList().AsReadOnly();
        InferredCounts = inferred.ToList().AsReadOnly();
        Findings = findings.ToList().AsReadOnly();
    }

    /// <summary>One verdict per published figure of the dataset.</summary>
    public IReadOnlyList<FigureVerdict> Verdicts { get; }

    /// <summary>The narrowest interval for every unpublished count that some figure refers to.</summary>
    public IReadOnlyList<CountInterval> InferredCounts { get; }

    /// <summary>Structural findings: counts that disagree across reports, cumulative totals that do not chain with their
    /// yearly counts, printed shares of a complete breakdown that cannot add up to 100, and the breakdowns exempt from that
    /// check because they are incomplete or multi-label.</summary>
    public IReadOnlyList<StructuralFinding> Findings { get; }

    /// <summary>The contradicted verdicts, in the verdicts' order.</summary>
    public IEnumerable<FigureVerdict> Contradicted => Verdicts.Where(verdict => verdict.Kind == VerdictKind.Contradicted);

    /// <summary>Whether no figure is contradicted and no structural problem was found.</summary>
    public bool IsClean => !Contradicted.Any() && !Findings.Any(finding => finding.IsProblem);

    /// <summary>The verdicts on the figures of one report.</summary>
    /// <param name="helpline">The helpline.</param>
    /// <param name="period">The report's period.</param>
    /// <returns>Its verdicts, in figure-id order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IEnumerable<FigureVerdict> For(HelplineId helpline, ReportingPeriod period)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(period, nameof(period));
        return Verdicts.Where(verdict => verdict.Helpline.Equals(helpline) && verdict.ReportPeriod.Equals(period));
    }

    /// <summary>The verdict on the figure <paramref name="figure"/> refers to, or <c>null</c> when there is none.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The verdict, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public FigureVerdict? Find(FigureReference figure)
    {
        Guard.NotNull(figure, nameof(figure));
        return Verdicts.FirstOrDefault(verdict => verdict.Reference.Equals(figure));
    }

    /// <summary>How many verdicts of each kind, and how many inferred counts and findings.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Verdicts.Count(v => v.Kind == VerdictKind.Confirmed)} confirmed, {Verdicts.Count(v => v.Kind == VerdictKind.Contradicted)} contradicted, "
        + $"{Verdicts.Count(v => v.Kind == VerdictKind.NotCheckable)} not checkable, {Verdicts.Count(v => v.Kind == VerdictKind.ConsistentTogether)} consistent together; "
        + $"{InferredCounts.Count} inferred counts; {Findings.Count} findings";
}
