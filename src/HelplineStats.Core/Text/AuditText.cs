using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// What the audit concluded, as plain text in one language (<c>helpline-stats audit --culture</c>): for each report, one
/// line per figure with a mark (✓ confirmed, ≈ consistent together, ? not checkable, ✗ contradicted), its id, its printed
/// value and its statement; then what the figures say about counts nobody published, how the data hang together, the
/// small counts a reader can learn when asked, and the summary. Every word comes from the culture's phrase file.
/// </summary>
public static class AuditText
{
    /// <summary>The audit of <paramref name="dataset"/> in <paramref name="culture"/>.</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="dataset">The dataset the audit checked (for the helplines' names and launch dates).</param>
    /// <param name="culture">The language.</param>
    /// <returns>The text, one line per entry, each ending in a line feed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Of(AuditResult audit, Dataset dataset, TextCulture culture)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        return Write(audit, dataset, culture, null);
    }

    /// <summary>The audit of <paramref name="dataset"/> in <paramref name="culture"/>, with what the data gives away of small counts.</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="dataset">The dataset the audit checked.</param>
    /// <param name="culture">The language.</param>
    /// <param name="disclosure">The disclosure check of the same data.</param>
    /// <returns>The text, one line per entry, each ending in a line feed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Of(AuditResult audit, Dataset dataset, TextCulture culture, DisclosureCheck disclosure)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        Guard.NotNull(disclosure, nameof(disclosure));
        return Write(audit, dataset, culture, disclosure);
    }

    /// <summary>The mark of a verdict in the audit's text.</summary>
    /// <param name="kind">The verdict.</param>
    /// <returns>✓, ✗, ? or ≈.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string Mark(VerdictKind kind) => kind switch
    {
        VerdictKind.Confirmed => "✓",
        VerdictKind.Contradicted => "✗",
        VerdictKind.NotCheckable => "?",
        VerdictKind.ConsistentTogether => "≈",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined verdict."),
    };

    private static string Write(AuditResult audit, Dataset dataset, TextCulture culture, DisclosureCheck? disclosure)
    {
        var w = new Wording(culture, dataset.Helplines, audit);
        Phrasebook p = w.Phrases;
        var text = new StringBuilder();
        foreach (IGrouping<(HelplineId Helpline, ReportingPeriod Period), FigureVerdict> report in audit.Verdicts.GroupBy(v => (v.Helpline, v.ReportPeriod)))
        {
            text.Append(w.F(p.AuditReport, w.HelplineName(report.Key.Helpline), w.PeriodName(report.Key.Period))).Append('\n');
            foreach (FigureVerdict verdict in report)
            {
                string printed = verdict.Figure.Value is null ? "" : " [" + w.Printed(verdict.Figure) + "]";
                text.Append("  ").Append(Mark(verdict.Kind)).Append(' ').Append(w.F(p.LabelValue, verdict.Figure.Id + printed, Statements.Of(verdict, w).Text)).Append('\n');
            }
        }
        if (audit.InferredCounts.Count > 0)
        {
            text.Append('\n').Append(p.AuditImplied).Append('\n');
            foreach (CountInterval interval in audit.InferredCounts)
            {
                string count = w.KeyWithPeriod(interval.Key);
                string line = interval.IsEmpty ? w.F(p.AuditNoCountFits, count)
                    : w.F(p.AuditImpliedItem, count, DisclosureStatements.Shown(CountBounds.FromLowAndHighOrMax(interval.Low, interval.High), w.Culture));
                text.Append("  - ").Append(Wording.Capitalise(line)).Append('\n');
            }
        }
        if (audit.Findings.Count > 0)
        {
            text.Append('\n').Append(p.AuditFindings).Append('\n');
            foreach (StructuralFinding finding in audit.Findings)
            {
                text.Append("  ").Append(finding.IsProblem ? "! " : "- ").Append(Statements.Finding(finding, w)).Append('\n');
            }
        }
        if (disclosure is not null)
        {
            text.Append('\n').Append(w.F(p.AuditSmallCounts, w.Number(disclosure.Policy.MinimumCount - 1))).Append('\n');
            foreach (string sentence in DisclosureStatements.Of(disclosure, dataset, culture))
            {
                text.Append("  ").Append(disclosure.IsSafe ? "- " : "! ").Append(sentence).Append('\n');
            }
        }
        text.Append('\n').Append(Statements.Summary(audit, w)).Append('\n');
        IReadOnlyList<string> missing = w.Missing.ToList();
        if (missing.Count > 0)
        {
            text.Append(w.F(p.MissingTranslations, string.Join(", ", missing))).Append('\n');
        }
        return text.ToString();
    }
}
