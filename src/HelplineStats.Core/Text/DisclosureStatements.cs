using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// Small-count protection in words, in Dutch or English: how a protected count is shown ("minder dan 5"), what a
/// protection did (small counts shown as "fewer than k", others hidden, figures withheld, each withheld figure with
/// what it would have given away), and what a disclosure check found. The words come from the language's phrasebook.
/// </summary>
public static class DisclosureStatements
{
    /// <summary>A count as it is shown: the number when exact, "minder dan 5" for 1 to 4, "niet gepubliceerd" when
    /// unknown, "33 tot 37" for other bounds.</summary>
    /// <param name="bounds">What is published of the count.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static string Shown(CountBounds bounds, TextCulture culture)
    {
        Guard.NotNull(culture, nameof(culture));
        Phrasebook p = culture.Phrases;
        string low = culture.Number(bounds.Low);
        string high = bounds.High is long h ? culture.Number(h) : "";
        return bounds.IsUnknown ? p.ShownNotPublished
            : bounds.IsExact ? low
            : bounds.High is null ? Phrasebook.Format(p.ShownAtLeast, low, high)
            : FewerThan(bounds) is long limit ? Phrasebook.Format(p.ShownFewerThan, culture.Number(limit))
            : bounds.Low == 0 ? Phrasebook.Format(p.ShownAtMost, low, high)
            : Phrasebook.Format(p.ShownBetween, low, high);
    }

    /// <summary>The k of a count shown as "fewer than k" (from 1 to a known end k − 1, and not exact), or <c>null</c>
    /// when the count is not shown so.</summary>
    internal static long? FewerThan(CountBounds bounds) => bounds.Low == 1 && bounds.High is long high && high > 1 ? high + 1 : null;

    /// <summary>What a protection did, for the notes of a published page: one sentence on the small counts and the
    /// counts hidden with them (and one on rounding, when counts were rounded), then one per withheld figure.</summary>
    /// <param name="protection">The protection.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Of(Protection protection, TextCulture culture)
    {
        Guard.NotNull(protection, nameof(protection));
        Guard.NotNull(culture, nameof(culture));
        var w = new Wording(culture, protection.Dataset.Helplines, null);
        Phrasebook p = w.Phrases;
        int k = protection.Policy.MinimumCount;
        var sentences = new List<string>
        {
            w.F(p.ProtectedSummary, w.Number(protection.Primary.Count), w.Number(k - 1), w.Number(k)),
        };
        if (protection.Secondary.Count > 0)
        {
            sentences.Add(w.F(p.ProtectedHidden, w.Number(protection.Secondary.Count)));
        }
        if (protection.Policy.RoundingBase is int step && protection.Rounded > 0)
        {
            sentences.Add(w.F(p.ProtectedRounded, w.Number(protection.Rounded), w.Number(step)));
        }
        foreach (WithheldFigure withheld in protection.Withheld)
        {
            string about = withheld.Figure.Subject is ObservationKey subject ? w.Key(subject, withheld.Reference.Report) + " " + w.Period(withheld.Reference.Report, subject.Helpline)
                : w.Period(withheld.Reference.Report, withheld.Reference.Helpline);
            sentences.Add(w.F(p.WithheldFigure, w.HelplineName(withheld.Reference.Helpline), withheld.Figure.Id, about,
                w.List(withheld.Reveals.Select(key => NumberOf(key, w)).ToList())));
        }
        return sentences.AsReadOnly();
    }

    /// <summary>What a disclosure check found, one sentence per small count given away (published, or worked out from
    /// the sums and figures named), or one sentence saying that none is.</summary>
    /// <param name="check">The check.</param>
    /// <param name="dataset">The dataset checked (for the helplines' names and the figures' printed values).</param>
    /// <param name="culture">The language.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<string> Of(DisclosureCheck check, Dataset dataset, TextCulture culture)
    {
        Guard.NotNull(check, nameof(check));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        var w = new Wording(culture, dataset.Helplines, null);
        if (check.IsSafe)
        {
            return new[] { w.F(w.Phrases.DisclosureSafe, w.Number(check.Policy.MinimumCount - 1), w.Number(check.CountsHidden)) };
        }
        return check.Findings.Select(finding => Finding(finding, check.Policy, dataset, w)).ToList().AsReadOnly();
    }

    /// <summary>What one finding gives away, in words: published below the threshold, or recoverable and from what.</summary>
    internal static string Finding(DisclosureFinding finding, DisclosurePolicy policy, Dataset dataset, Wording w)
    {
        Phrasebook p = w.Phrases;
        string k = w.Number(policy.MinimumCount);
        string helpline = w.HelplineName(finding.Key.Helpline);
        string count = NumberOf(finding.Key, w);
        if (finding.Kind == DisclosureFindingKind.Published)
        {
            return w.F(p.DisclosedPublished, helpline, count, w.Number(finding.Learned.Low), k);
        }
        string learned = finding.Learned.IsExact ? w.F(p.ShownExactly, w.Number(finding.Learned.Low))
            : w.F(p.RangeBetween, w.Number(finding.Learned.Low), w.Number(finding.Learned.HighOrMax));
        var sources = finding.SumTotals.Select(total => w.F(p.SplitOf, w.KeyWithPeriod(total)))
            .Concat(finding.Figures.Select(reference => dataset.Find(reference.Helpline, reference.Report)?.FindFigure(reference.FigureId) is PublishedFigure figure && figure.Value is not null
                ? w.F(p.FigureNamed, w.Printed(figure)) : reference.ToString()))
            .Distinct().ToList();
        return sources.Count == 0
            ? w.F(p.DisclosedCombined, helpline, count, learned)
            : w.F(p.DisclosedRecovered, helpline, count, learned, w.List(sources));
    }

    private static string NumberOf(ObservationKey key, Wording w) => w.F(w.Phrases.TheNumberOf, w.KeyWithPeriod(key));
}
