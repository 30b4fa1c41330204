using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using HelplineStats.Core.Uncertainty;

namespace HelplineStats.Core.Text;

/// <summary>
/// Turns audited figures into sentences in Dutch or English: what was printed, what the counts give and why, with the
/// numbers a reader needs to check it by hand. The words come from the language's phrasebook; every number comes from
/// the figure, its counts or the audit, rounded by a named policy.
/// </summary>
public static class Statements
{
    /// <summary>One statement per verdict, in the verdicts' order, naming helplines and since-launch periods by the dataset's helplines.</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="dataset">The dataset the audit checked (for the helplines' names and launch dates).</param>
    /// <param name="culture">The language.</param>
    /// <returns>The statements.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Statement> Of(AuditResult audit, Dataset dataset, TextCulture culture)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        var wording = new Wording(culture, dataset.Helplines, audit);
        return audit.Verdicts.Select(verdict => Of(verdict, wording)).ToList().AsReadOnly();
    }

    /// <summary>One statement per verdict, in the verdicts' order, with what <paramref name="options"/> asks for beyond
    /// the figures: a confidence interval after each share and change whose counts are known, and a mark on changes
    /// within what chance alone could give (docs/uncertainty.md).</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="dataset">The dataset the audit checked (for the helplines' names and launch dates).</param>
    /// <param name="culture">The language.</param>
    /// <param name="options">What to say beyond the figures.</param>
    /// <returns>The statements.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Statement> Of(AuditResult audit, Dataset dataset, TextCulture culture, StatementOptions options)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        Guard.NotNull(options, nameof(options));
        var wording = new Wording(culture, dataset.Helplines, audit) { Options = options };
        return audit.Verdicts.Select(verdict => Of(verdict, wording)).ToList().AsReadOnly();
    }

    /// <summary>One statement per verdict, in the verdicts' order; without the dataset, helplines are named by their id and since-launch periods by their dates.</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The statements.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Statement> Of(AuditResult audit, TextCulture culture)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(culture, nameof(culture));
        var wording = new Wording(culture, Array.Empty<Helpline>(), audit);
        return audit.Verdicts.Select(verdict => Of(verdict, wording)).ToList().AsReadOnly();
    }

    /// <summary>The statement for one verdict (helplines named by their id, since-launch periods by their dates).</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Statement Of(FigureVerdict verdict, TextCulture culture)
    {
        Guard.NotNull(verdict, nameof(verdict));
        Guard.NotNull(culture, nameof(culture));
        return Of(verdict, new Wording(culture, Array.Empty<Helpline>(), null));
    }

    /// <summary>A count's key in words: "oproepen via chat", "mogelijke slachtoffers in de categorie ‘kindermishandeling’ in 2020".</summary>
    /// <param name="key">The key.</param>
    /// <param name="reportPeriod">The period that goes without saying.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Key(ObservationKey key, ReportingPeriod reportPeriod, TextCulture culture)
    {
        Guard.NotNull(key, nameof(key));
        Guard.NotNull(reportPeriod, nameof(reportPeriod));
        Guard.NotNull(culture, nameof(culture));
        return new Wording(culture, Array.Empty<Helpline>(), null).Key(key, reportPeriod);
    }

    /// <summary>A channel's name in the language: "telefoon", "e-mail"; a channel without a name in the language is shown by its code in brackets.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Channel(Channel channel, TextCulture culture)
    {
        Guard.NotNull(channel, nameof(channel));
        Guard.NotNull(culture, nameof(culture));
        return new Wording(culture, Array.Empty<Helpline>(), null).Channel(channel);
    }

    internal static Statement Of(FigureVerdict verdict, Wording w)
    {
        var parts = new List<string> { ClaimWords.Of(verdict, w), Judgement(verdict, w) };
        if (verdict.Kind == VerdictKind.Contradicted)
        {
            if (verdict.Expected is QualifiedValue expected)
            {
                parts.Add(w.F(w.Phrases.Expected, Expected(verdict.Figure, expected, w)));
            }
            parts.AddRange(verdict.Explanations.Select(e => Explain(e, verdict, w)));
        }
        if (verdict.Kind == VerdictKind.NotCheckable && verdict.Implied.Count == 1)
        {
            parts.Add(w.F(w.Phrases.ImpliedLead, w.Interval(verdict.Implied[0])));
        }
        else if (verdict.Kind == VerdictKind.NotCheckable && verdict.Implied.Count > 1)
        {
            parts.Add(w.F(w.Phrases.ImpliedMany, Ranges(verdict.Implied, verdict.ReportPeriod, w)));
        }
        else if (verdict.Kind == VerdictKind.ConsistentTogether && verdict.Implied.Count > 0)
        {
            parts.Add(w.F(w.Phrases.TogetherPuts, Ranges(verdict.Implied, verdict.ReportPeriod, w)));
        }
        parts.AddRange(Uncertainty(verdict, w));
        return new Statement(string.Join(" ", parts.Select(Wording.Capitalise)), verdict);
    }

    /// <summary>The interval and the within-chance mark the options ask for; none by default.</summary>
    private static IEnumerable<string> Uncertainty(FigureVerdict verdict, Wording w)
    {
        Phrasebook p = w.Phrases;
        PrintedUnit unit = FigureKinds.Of(verdict.Figure).Unit;
        if (w.Options.ConfidenceLevel is double level && FigureUncertainty.Of(verdict, level) is (ConfidenceInterval interval, bool isChange))
        {
            // Outward: the low end rounded down, the high end up, so the interval shown holds the one computed. A plain
            // number (a multiple) gets two decimals, a percentage or points one; a change carries its sign.
            int decimals = unit == PrintedUnit.Number ? 2 : 1;
            bool signed = isChange && unit is (PrintedUnit.Signed or PrintedUnit.SignedPercent);
            string End(double value, RoundingMode mode)
            {
                decimal rounded = RoundingPolicy.Of(mode, Precision.DecimalPlaces(decimals)).Round(Rational.FromDecimal((decimal)value));
                return signed ? w.Signed(rounded) : w.Number(rounded);
            }
            string template = unit switch
            {
                PrintedUnit.Percent => p.ConfidenceShare,
                PrintedUnit.Signed => p.ConfidencePoints,
                PrintedUnit.Number => p.ConfidenceMultiple,
                _ => p.ConfidenceChange,
            };
            // 95%, 99.5%: the level to one decimal, without a trailing zero.
            decimal percent = RoundingPolicy.HalfAwayFromZero(1).Round(Rational.FromDecimal((decimal)level * 100));
            string levelText = w.F(p.Percent, w.Number(percent == decimal.Truncate(percent) ? decimal.Truncate(percent) : percent));
            yield return w.F(template, levelText, End(interval.Low, RoundingMode.TowardNegativeInfinity), End(interval.High, RoundingMode.TowardPositiveInfinity));
        }
        if (w.Options.MarkWithinChance && FigureUncertainty.Of(verdict, w.Options.ChanceLevel) is (ConfidenceInterval chance, true)
            && FigureUncertainty.HoldsNoChange(verdict.Figure, chance))
        {
            yield return p.WithinChance;
        }
    }

    /// <summary>Why the composer left a figure out, in words, naming its counts.</summary>
    /// <param name="skipped">The figure left out.</param>
    /// <param name="dataset">The dataset it was composed from (for the helplines' names and launch dates).</param>
    /// <param name="culture">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Skipped(Compose.SkippedFigure skipped, Dataset dataset, TextCulture culture)
    {
        Guard.NotNull(skipped, nameof(skipped));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        return Skipped(skipped, new Wording(culture, dataset.Helplines, null));
    }

    internal static string Skipped(Compose.SkippedFigure skipped, Wording w)
    {
        Phrasebook p = w.Phrases;
        ReportingPeriod report = skipped.Figure.Report;
        IReadOnlyList<ObservationKey> counts = skipped.Counts;
        string Counts() => CountList(counts, report, w);
        string helpline = w.HelplineName(skipped.Figure.Helpline);
        NodaTime.LocalDate End() => skipped.Period.End;
        return skipped.Reason switch
        {
            SkipReason.CountMissing => w.F(p.SkippedCountMissing, Counts()),
            SkipReason.Undefined => w.F(p.SkippedUndefined, Counts()),
            SkipReason.LaunchDateUnknown => w.F(p.SkippedLaunchDateUnknown, helpline),
            SkipReason.HelplineUnknown => w.F(p.SkippedNoCounts, helpline),
            SkipReason.DoesNotHold => w.F(p.SkippedDoesNotHold, w.PeriodName(skipped.Period)),
            SkipReason.EndDayUnknown => w.F(p.SkippedEndDayUnknown, p.Months[End().Month - 1], End().Year),
            SkipReason.BreakdownMissing => w.F(p.SkippedBreakdownMissing, Counts()),
            SkipReason.BeforeLaunch => w.F(p.SkippedBeforeLaunch, helpline, w.Period(skipped.Period, skipped.Figure.Helpline)),
            SkipReason.YearlyTotalsOnly => p.SkippedYearlyTotalsOnly,
            SkipReason.NoSimpleFraction when counts is [ObservationKey part, ObservationKey whole] => w.F(p.SkippedNoSimpleFraction, w.Key(part, report), w.Key(whole, report)),
            _ => throw new ArgumentOutOfRangeException(nameof(skipped), skipped.Reason, $"The skip reason {skipped.Reason} has no wording yet."),
        };
    }

    /// <summary>How many figures there are and what the audit said of them, in one sentence.</summary>
    internal static string Summary(AuditResult audit, Wording w)
    {
        int all = audit.Verdicts.Count;
        string Of(VerdictKind kind) => w.Number(audit.Verdicts.Count(v => v.Kind == kind));
        return w.F(w.Phrases.SummaryFigures, w.Number(all) + " " + w.Phrases.FiguresNoun.For(all), Of(VerdictKind.Confirmed),
            Of(VerdictKind.Contradicted), Of(VerdictKind.ConsistentTogether), Of(VerdictKind.NotCheckable));
    }

    /// <summary>One explanation of a verdict in words (helplines named by their id; another figure named by its reference).</summary>
    /// <param name="explanation">One of <paramref name="verdict"/>'s explanations.</param>
    /// <param name="verdict">The verdict it explains.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Explanation(Explanation explanation, FigureVerdict verdict, TextCulture culture)
    {
        Guard.NotNull(explanation, nameof(explanation));
        Guard.NotNull(verdict, nameof(verdict));
        Guard.NotNull(culture, nameof(culture));
        return Explain(explanation, verdict, new Wording(culture, Array.Empty<Helpline>(), null));
    }

    /// <summary>A finding about how the data hang together, in words, with the counts and numbers it names.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Finding(StructuralFinding finding, TextCulture culture)
    {
        Guard.NotNull(finding, nameof(finding));
        Guard.NotNull(culture, nameof(culture));
        return Finding(finding, new Wording(culture, Array.Empty<Helpline>(), null));
    }

    /// <summary>An explanation of a contradicted figure in words.</summary>
    internal static string Explanation(Explanation explanation, FigureVerdict verdict, Wording w) => Explain(explanation, verdict, w);

    /// <summary>A structural finding in words, with the counts and numbers it names.</summary>
    internal static string Finding(StructuralFinding finding, Wording w)
    {
        Phrasebook p = w.Phrases;
        string figures = w.List(finding.Figures.Select(f => w.Audit?.Find(f)?.Figure is PublishedFigure other && other.Value is not null
            ? w.Printed(other) : f.ToString()).ToList());
        IReadOnlyList<decimal> n = finding.Numbers;
        string Count(int i) => w.KeyWithPeriod(finding.Counts[i]);
        string Bounds(int i) => DisclosureStatements.Shown(CountBounds.FromLowAndHighOrMax((long)n[i], (long)n[i + 1]), w.Culture);
        return finding.Kind switch
        {
            FindingKind.CountConflict => w.F(p.CountConflict, Count(0), Bounds(0), Bounds(2)),
            FindingKind.CumulativeChainBroken when finding.Counts.Count == 1 => w.F(p.CumulativeChainBroken, Count(0), w.Number(n[0]), w.Number(n[1])),
            FindingKind.CumulativeChainBroken => w.F(n[0] < n[1] ? p.CumulativeLessThan : p.CumulativeMoreThan, Count(0), w.Number(n[0]), Count(1), w.Number(n[1])),
            FindingKind.SharesDoNotAddUp => w.F(p.SharesDoNotAddUp, figures, w.Number(n[0])),
            FindingKind.ExemptFromAddingUp when n.Count > 0 && n[0] == 1m =>
                w.F(p.ExemptMultiLabel, figures, w.Noun(finding.Counts[0].Metric, plural: false), w.Noun(finding.Counts[0].Metric, plural: true)),
            FindingKind.ExemptFromAddingUp => w.F(p.ExemptFromAddingUp, figures),
            FindingKind.FiguresDisagree => w.F(p.FiguresDisagree, figures),
            FindingKind.CountsCannotAddUp => w.F(p.CountsCannotAddUp, Count(0), w.List(finding.Counts.Skip(1).Select(total => w.F(p.SplitOf, w.KeyWithPeriod(total))).Distinct().ToList())),
            _ => throw new ArgumentOutOfRangeException(nameof(finding), finding.Kind, $"The finding kind {finding.Kind} has no wording yet."),
        };
    }

    /// <summary>What the counts say about it.</summary>
    private static string Judgement(FigureVerdict verdict, Wording w)
    {
        PublishedFigure figure = verdict.Figure;
        FigureKindDefinition kind = FigureKinds.Of(figure);
        Phrasebook p = w.Phrases;
        switch (verdict.Kind)
        {
            case VerdictKind.Confirmed:
                if (kind.Basis == CheckBasis.LaunchDate && w.Helpline(verdict.Helpline)?.LaunchDate is NodaTime.LocalDate launch)
                {
                    return w.F(p.BasisLaunch, w.Date(launch));
                }
                if (kind.Basis == CheckBasis.KnownYears)
                {
                    return p.BasisKnownYears;
                }
                if (verdict.Exact is Rational pinned && verdict.Missing.Count > 0 && verdict.Implied.Count > 0)
                {
                    return w.F(p.ConfirmedPinned, Ranges(Pins(verdict, w), verdict.ReportPeriod, w), w.Computed(figure, pinned));
                }
                if (verdict.Exact is not Rational exact || kind.Basis == CheckBasis.ItsOwnCount)
                {
                    return p.Confirmed;
                }
                return Basis(verdict, w) is string basis ? w.F(p.ConfirmedBy, basis, w.Computed(figure, exact)) : w.F(p.ConfirmedGives, w.Computed(figure, exact));
            case VerdictKind.Contradicted:
                if (verdict.Exact is not Rational value || figure.Value is null)
                {
                    return p.Contradicted;
                }
                if (verdict.Missing.Count > 0 && verdict.Implied.Count > 0)
                {
                    return w.F(p.ContradictedPinned, Ranges(Pins(verdict, w), verdict.ReportPeriod, w), w.Computed(figure, value), w.Printed(figure));
                }
                return Basis(verdict, w) is string because
                    ? w.F(p.ContradictedBy, because, w.Computed(figure, value), w.Printed(figure))
                    : w.F(p.ContradictedGives, w.Computed(figure, value), w.Printed(figure));
            case VerdictKind.ConsistentTogether:
                return w.F(p.ConsistentTogether, Missing(verdict, w));
            case VerdictKind.NotCheckable:
                bool byLaunch = kind.Basis == CheckBasis.LaunchDate && verdict.Missing.Count == 0;
                if (byLaunch && w.Helpline(verdict.Helpline)?.LaunchDate is null)
                {
                    return p.NotCheckableNoLaunch;
                }
                // What the audit does not check over a period whose last day is not given: the averages over its days, an age at its end.
                if (kind.NeedsExactDays && (figure.Subject?.Period ?? figure.Period) is MonthEndPeriod endsInMonth && verdict.Missing.Count == 0)
                {
                    return w.F(byLaunch ? p.NotCheckableEndDayAge : p.NotCheckableEndDay, p.Months[endsInMonth.End.Month - 1], endsInMonth.End.Year);
                }
                if (byLaunch)
                {
                    return p.NotCheckableNoLaunch;
                }
                return verdict.Missing.Count == 0 ? p.NotCheckable : w.F(p.NotCheckableWithout, Missing(verdict, w));
            default:
                throw new ArgumentOutOfRangeException(nameof(verdict), verdict.Kind, $"The verdict kind {verdict.Kind} has no wording yet.");
        }
    }

    /// <summary>The counts missing, with the years of one count run together: "oproepen van 2012 tot en met 2020".</summary>
    private static string Missing(FigureVerdict verdict, Wording w) => CountList(verdict.Missing, verdict.ReportPeriod, w);

    /// <summary>Counts in a list, each with its article (<c>counts-item</c>), the years of one count run together.</summary>
    private static string CountList(IReadOnlyList<ObservationKey> missing, ReportingPeriod reportPeriod, Wording w)
    {
        bool oneKeyOverYears = missing.Count > 2 && missing.All(k => k.Period.Kind == PeriodKind.Year && k.WithPeriod(missing[0].Period).Equals(missing[0]));
        if (oneKeyOverYears)
        {
            int[] years = missing.Select(k => k.Period.Start.Year).Order().ToArray();
            if (years[^1] - years[0] == years.Length - 1)
            {
                return w.F(w.Phrases.CountsItem, w.Key(missing[0], reportPeriod, withPeriod: false) + " " + w.F(w.Phrases.YearsFromTo, years[0], years[^1]));
            }
        }
        return w.List(missing.Select(k => w.F(w.Phrases.CountsItem, w.Key(k, reportPeriod))).ToList());
    }

    /// <summary>The counts behind the value, in words: "75 van de 410 contacten", "van 139.092 naar 137.669 oproepen".</summary>
    private static string? Basis(FigureVerdict verdict, Wording w)
    {
        PublishedFigure figure = verdict.Figure;
        IReadOnlyList<Count> inputs = verdict.InputCounts;
        Phrasebook p = w.Phrases;
        switch (FigureKinds.Of(figure).CountsInWords)
        {
            case CountsInWords.PartOfWhole when inputs.Count == 2:
                return w.F(p.BasisPartOfWhole, w.Number(inputs[0].Value), w.Number(inputs[1].Value), w.Noun(inputs[1].Metric, w.IsPlural(inputs[1].Value)));
            case CountsInWords.PartOfWhole when inputs.Count == 3:
                return w.F(p.BasisPartOfKnown, w.Number(inputs[0].Value), w.Number(inputs[1].Value), w.Noun(inputs[1].Metric, w.IsPlural(inputs[1].Value)), w.Number(inputs[2].Value));
            case CountsInWords.FromTo when inputs.Count == 2:
                return w.F(p.BasisFromTo, w.Number(inputs[1].Value), w.Number(inputs[0].Value), w.Noun(inputs[0].Metric, w.IsPlural(inputs[0].Value)));
            case CountsInWords.OverDays when inputs.Count == 1 && verdict.Inputs[0].Key.Period is DatedPeriod period:
            {
                // A launch year counts from the launch date, and the sentence says so.
                NodaTime.LocalDate? launch = w.Helpline(verdict.Helpline)?.LaunchDate;
                ObservationKey subject = verdict.Inputs[0].Key;
                int days = FigureMath.ActiveDays(period, launch);
                return launch is NodaTime.LocalDate launched && days < period.Days
                    ? w.F(p.BasisCountSinceLaunch, w.Number(inputs[0].Value), w.Noun(subject.Metric, w.IsPlural(inputs[0].Value)), w.Number(days),
                        w.F(p.SinceLaunch, p.Months[launched.Month - 1], launched.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                    : w.F(p.BasisCount, w.Number(inputs[0].Value), w.Noun(subject.Metric, w.IsPlural(inputs[0].Value)), w.Number(days));
            }
            case CountsInWords.Per when inputs.Count == 2:
                return w.F(p.BasisPer, w.Number(inputs[0].Value), w.Noun(inputs[0].Metric, w.IsPlural(inputs[0].Value)),
                    w.Number(inputs[1].Value), w.Noun(inputs[1].Metric, w.IsPlural(inputs[1].Value)));
            default:
                return null;
        }
    }

    private static string Expected(PublishedFigure figure, QualifiedValue expected, Wording w) =>
        w.Qualifier(expected.Qualifier) + w.InUnit(FigureKinds.Of(figure).Unit, expected.Value);

    private static string Explain(Explanation e, FigureVerdict verdict, Wording w)
    {
        Phrasebook p = w.Phrases;
        PublishedFigure figure = verdict.Figure;
        string Slip(SlipExplanation slip) => w.Slip(figure, slip.Value);
        string MissingCounts() => w.List(verdict.Missing.Select(k => w.Key(k, verdict.ReportPeriod)).ToList());
        return e switch
        {
            WrongBaseExplanation b => w.F(p.WrongBase, w.Signed(b.Change), w.Number(b.DividedBy), w.Number(b.EarlierCount), Slip(b)),
            WrongNumberOfDaysExplanation d => w.F(p.WrongNumberOfDays, w.Number(d.DaysDividedBy), w.Number(d.DaysOpen), Slip(d)),
            WrongWholeExplanation whole => w.F(p.WrongWhole, w.Number(whole.PartCount), w.Number(whole.WholeCount), w.Noun(whole.Part.Metric, plural: true), Slip(whole)),
            OtherRoundingModeExplanation r => w.F(p.OtherRoundingMode, p.RoundingModes(r.Mode), Slip(r)),
            CoarserStepExplanation c => w.F(p.CoarserStep, w.Number(c.Step), Slip(c)),
            NeighbouringFigureExplanation n => w.F(p.NeighbouringFigure, Slip(n), FigureName(n.Neighbour, w)),
            DigitSlipExplanation digit => w.F(p.DigitSlip, Slip(digit)),
            DisagreementExplanation { Kind: ExplanationKind.IntervalsDisjoint } d when verdict.Implied.Count > 0 => w.F(p.IntervalsDisjoint, ThisFigurePuts(verdict, w),
                w.List(d.RelatedFigures.Select(r => OtherFigurePuts(r, verdict, w)).Where(t => t.Length > 0).ToList())),
            DisagreementExplanation { Kind: ExplanationKind.OnlyCulprit } when verdict.Implied.Count > 0 => verdict.Exact is null && OthersPut(verdict, w) is string others
                ? w.F(p.OnlyCulprit, ThisFigurePuts(verdict, w), others)
                : w.F(p.OnlyCulpritAlone, ThisFigurePuts(verdict, w)),
            DisagreementExplanation => w.F(p.SeveralDisagree, MissingCounts()),
            RecordBeatenExplanation beaten => w.F(beaten.Direction == RecordDirection.Lowest ? p.RecordBeatenLowest : p.RecordBeatenHighest,
                w.Period(beaten.Beaten.Period, beaten.Beaten.Helpline), w.Number(beaten.Count), w.Noun(beaten.Beaten.Metric, w.IsPlural(beaten.Count))),
            NoCountFitsExplanation => verdict.Missing.Count > 0 ? w.F(p.NoCountFitsFor, MissingCounts()) : p.NoCountFits,
            UnexplainedExplanation => p.Unexplained,
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, $"The explanation kind {e.Kind} has no wording yet."),
        };
    }

    /// <summary>
    /// The counts the other figures pin for a figure judged against them: the audit's inferred interval of each missing
    /// count that other figures give (the figure's own when the audit is not at hand).
    /// </summary>
    private static IEnumerable<CountInterval> Pins(FigureVerdict verdict, Wording w) =>
        verdict.Missing.Select(key =>
            w.Audit?.InferredCounts.Where(i => i.Key.Equals(key) && !i.IsEmpty).OrderBy(i => i.Figures.Contains(verdict.Reference)).FirstOrDefault()
            ?? verdict.Implied.FirstOrDefault(i => i.Key.Equals(key)))
        .OfType<CountInterval>();

    /// <summary>"het aantal oproepen in 2019 tussen 5.407 en 5.440 en het aantal ... op ten minste 7".</summary>
    private static string Ranges(IEnumerable<CountInterval> intervals, ReportingPeriod report, Wording w) =>
        w.List(intervals.Select(i => w.F(w.Phrases.NumberOfRange, w.Key(i.Key, report), w.Range(i))).ToList());

    /// <summary>"Dit cijfer zet het aantal websitebezoekers in 2020 op precies 210.523" (and so on for each of its counts).</summary>
    private static string ThisFigurePuts(FigureVerdict verdict, Wording w) =>
        w.List(verdict.Implied.Select((i, n) => n == 0
            ? w.F(w.Phrases.ThisFigurePuts, w.Key(i.Key, verdict.ReportPeriod), w.Range(i))
            : w.F(w.Phrases.NumberOfRange, w.Key(i.Key, verdict.ReportPeriod), w.Range(i))).ToList());

    /// <summary>What another figure says of the same counts, when the audit is at hand: "het cijfer -17,9% zet het tussen ...".</summary>
    private static string OtherFigurePuts(FigureReference other, FigureVerdict verdict, Wording w)
    {
        if (w.Audit?.Find(other) is not FigureVerdict theirs || theirs.Implied.Count == 0)
        {
            return FigureName(other, w);
        }
        ObservationKey? mine = verdict.Implied.Count == 1 ? verdict.Implied[0].Key : null;
        return w.List(theirs.Implied.Select(i => i.Key.Equals(mine)
            ? w.F(w.Phrases.OtherFigurePuts, FigureName(other, w), w.Range(i))
            : w.F(w.Phrases.OtherFigurePutsOther, FigureName(other, w), w.Key(i.Key, verdict.ReportPeriod), w.Range(i))).ToList());
    }

    /// <summary>What the other figures put this figure's count at, from the audit's inferred counts, when there is one such count and the audit is at hand.</summary>
    private static string? OthersPut(FigureVerdict verdict, Wording w)
    {
        if (w.Audit is null || verdict.Implied.Count != 1)
        {
            return null;
        }
        CountInterval? others = w.Audit.InferredCounts.FirstOrDefault(i => i.Key.Equals(verdict.Implied[0].Key) && !i.IsEmpty && !i.Figures.Contains(verdict.Reference));
        return others is null ? null : w.F(w.Phrases.OthersPut, w.Range(others));
    }

    /// <summary>Another figure, named by what it printed ("het cijfer -17,9%") when the audit knows it, else by its reference.</summary>
    private static string FigureName(FigureReference reference, Wording w) =>
        w.Audit?.Find(reference)?.Figure is PublishedFigure other && other.Value is not null
            ? w.F(w.Phrases.FigureNamed, w.Printed(other))
            : w.F(w.Phrases.FigureNamed, reference.ToString());
}
