using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Audit;

/// <summary>
/// The audit's laws. Printed values are made here from the true counts by the definitions in the design notes, written
/// out with decimal arithmetic (never with the library's rounding or phrasing), so that the properties can fail.
/// </summary>
public sealed class AuditorPropertyTests
{
    private static readonly Helpline Line = Helplines.Line1712;
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.Year(2021);
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.Year(2020);
    private static readonly ObservationKey Calls = new(Line.Id, Y2021, Metric.Calls);

    private static decimal Step(int decimals) => decimals switch { 0 => 1m, 1 => 0.1m, _ => 0.01m };

    // Half away from zero at the given decimals; decimal division is exact at every tie these counts can make.
    private static decimal Print(decimal exact, int decimals) => Math.Round(exact, decimals, MidpointRounding.AwayFromZero);

    private static decimal RelativeChange(long earlier, long later) => (later - earlier) * 100m / earlier;

    private static Gen<(long Earlier, long Later, int Decimals)> Changes =>
        Gen.Choose(1, 100_000).Zip(Gen.Choose(0, 100_000)).Zip(Gen.Choose(0, 2))
            .Select(t => ((long)t.Item1.Item1, (long)t.Item1.Item2, t.Item2));

    private static FigureVerdict AuditOne(Report report, string id) => Auditor.Default.Audit(Dataset.Of(report)).Find(FigureReference.Of(Line.Id, Y2021, id))!;

    private static Report Known(long earlier, long later, PublishedFigure figure) =>
        Report.Create(Line, Y2021, new[] { Calls.Observe(later), Calls.WithPeriod(Y2020).Observe(earlier) }, figures: new[] { figure });

    [Property]
    public Property NoFalseAlarms_AChangePrintedFromTheTrueCountsWithAnAllowedQualifier_IsConsistent() =>
        Prop.ForAll(Changes.Zip(Gen.Elements(Qualifier.None, Qualifier.MoreThan, Qualifier.LessThan, Qualifier.Almost)).ToArbitrary(), t =>
        {
            ((long earlier, long later, int decimals), Qualifier qualifier) = t;
            decimal exact = RelativeChange(earlier, later);
            decimal step = Step(decimals);
            decimal floor = Math.Floor(exact / step) * step;
            decimal ceiling = Math.Ceiling(exact / step) * step;
            (decimal printed, Qualifier said) = qualifier switch
            {
                Qualifier.MoreThan => (floor == exact ? floor - step : floor, Qualifier.MoreThan),
                Qualifier.LessThan => (ceiling == exact ? ceiling + step : ceiling, Qualifier.LessThan),
                // "Almost X": X − 15% of |X| ≤ v < X; where that does not hold, say "more than" instead.
                _ when qualifier == Qualifier.Almost && ceiling != exact && ceiling - (0.15m * Math.Abs(ceiling)) <= exact => (ceiling, Qualifier.Almost),
                _ => (Print(exact, decimals), Qualifier.None),
            };
            if (printed < -100m)
            {
                return true;
            }
            PublishedFigure figure = RelativeChangeFigure.Of("change", Calls, Y2020, printed, said, Precision.DecimalPlaces(decimals));
            return AuditOne(Known(earlier, later, figure), "change").Kind == VerdictKind.Confirmed;
        });

    [Property]
    public Property NoFalseAlarms_ASharePrintedFromTheTrueCounts_IsConsistent() =>
        Prop.ForAll(Gen.Choose(1, 100_000).SelectMany(whole => Gen.Choose(0, whole).Select(part => (part, whole))).Zip(Gen.Choose(0, 2)).ToArbitrary(), t =>
        {
            ((int part, int whole), int decimals) = t;
            decimal printed = Print(part * 100m / whole, decimals);
            ObservationKey phone = Calls.WithChannel(Channel.Phone);
            Report report = Report.Create(Line, Y2021, new[] { Calls.Observe(whole), phone.Observe(part) },
                figures: new[] { ShareFigure.Of("share", phone, Calls, ShareBasis.Total, printed, Qualifier.None, Precision.DecimalPlaces(decimals)) });
            return AuditOne(report, "share").Kind == VerdictKind.Confirmed;
        });

    [Property]
    public Property NoMisses_AChangeOffByWholeStepsWithoutAQualifier_IsInconsistent() =>
        Prop.ForAll(Changes.Zip(Gen.Elements(-5, -2, -1, 1, 2, 5)).ToArbitrary(), t =>
        {
            ((long earlier, long later, int decimals), int off) = t;
            decimal printed = Print(RelativeChange(earlier, later), decimals) + (off * Step(decimals));
            if (printed < -100m)
            {
                return true;
            }
            PublishedFigure figure = RelativeChangeFigure.Of("change", Calls, Y2020, printed, Qualifier.None, Precision.DecimalPlaces(decimals));
            return AuditOne(Known(earlier, later, figure), "change").Kind == VerdictKind.Contradicted;
        });

    [Property]
    public Property Slip_DividedByTheLaterCount_IsExplainedAsWrongBase() =>
        Prop.ForAll(Changes.ToArbitrary(), t =>
        {
            (long earlier, long later, int decimals) = t;
            if (later == 0)
            {
                return true;
            }
            decimal right = Print(RelativeChange(earlier, later), decimals);
            decimal slipped = Print((later - earlier) * 100m / later, decimals);
            if (slipped == right || slipped < -100m)
            {
                return true;
            }
            FigureVerdict verdict = AuditOne(Known(earlier, later, RelativeChangeFigure.Of("change", Calls, Y2020, slipped, Qualifier.None, Precision.DecimalPlaces(decimals))), "change");
            return verdict.Kind == VerdictKind.Contradicted && verdict.Explanations.Any(e => e.Kind == ExplanationKind.WrongBase);
        });

    [Property]
    public Property Slip_PerDayOver365DaysInALeapYear_IsExplained() =>
        Prop.ForAll(Gen.Choose(0, 1_000_000).Zip(Gen.Choose(0, 2)).ToArbitrary(), t =>
        {
            (int count, int decimals) = t;
            decimal right = Print(count / 366m, decimals);
            decimal slipped = Print(count / 365m, decimals);
            if (slipped == right)
            {
                return true;
            }
            ObservationKey calls2020 = Calls.WithPeriod(Y2020);
            Report report = Report.Create(Line, Y2020, new[] { calls2020.Observe(count) },
                figures: new[] { RateFigure.PerDay("per-day", calls2020, slipped, Qualifier.None, Precision.DecimalPlaces(decimals)) });
            FigureVerdict verdict = Auditor.Default.Audit(Dataset.Of(report)).Find(FigureReference.Of(Line.Id, Y2020, "per-day"))!;
            return verdict.Kind == VerdictKind.Contradicted && verdict.Explanations[0].Kind == ExplanationKind.WrongNumberOfDays;
        });

    [Property]
    public Property Inference_TheIntervalHoldsTheTrueCount_AndItsEndsAreExact() =>
        Prop.ForAll(Changes.ToArbitrary(), t =>
        {
            (long earlier, long later, int decimals) = t;
            decimal printed = Print(RelativeChange(earlier, later), decimals);
            Report report = Report.Create(Line, Y2021, new[] { Calls.Observe(later) },
                figures: new[] { RelativeChangeFigure.Of("change", Calls, Y2020, printed, Qualifier.None, Precision.DecimalPlaces(decimals)) });
            CountInterval interval = Auditor.Default.Audit(Dataset.Of(report)).InferredCounts.Single();
            // Near -100% every large enough count prints the same, so the interval may run up to long.MaxValue.
            bool Prints(long candidate) => candidate > 0 && Print(RelativeChange(candidate, later), decimals) == printed;
            return interval.Contains(earlier) && Prints(interval.Low) && Prints(interval.High)
                && !Prints(interval.Low - 1) && (interval.High == long.MaxValue || !Prints(interval.High + 1));
        });

    [Property]
    public Property Verdicts_DoNotDependOnTheOrderOfFiguresOrReports() =>
        Prop.ForAll(Changes.Zip(Changes).ToArbitrary(), t =>
        {
            ((long e1, long l1, int d1), (long e2, long l2, int d2)) = t;
            PublishedFigure[] figures =
            {
                RelativeChangeFigure.Of("a-change", Calls, Y2020, Math.Max(-100m, Print(RelativeChange(e1, l1), d1)), Qualifier.None, Precision.DecimalPlaces(d1)),
                CountFigure.Of("b-count", Calls.WithPeriod(Y2020), e2),
                RateFigure.PerDay("c-rate", Calls, Print(l2 / 365m, d2), Qualifier.None, Precision.DecimalPlaces(d2)),
            };
            Report thisYear(PublishedFigure[] f) => Report.Create(Line, Y2021, new[] { Calls.Observe(l1) }, figures: f);
            Report lastYear = Report.Create(Line, Y2020, figures: new[] { CountFigure.Of("calls", Calls.WithPeriod(Y2020), e1) });
            AuditResult forward = Auditor.Default.Audit(Dataset.Of(thisYear(figures), lastYear));
            AuditResult backward = Auditor.Default.Audit(Dataset.Of(lastYear, thisYear(figures.Reverse().ToArray())));
            return forward.Verdicts.SequenceEqual(backward.Verdicts) && forward.InferredCounts.SequenceEqual(backward.InferredCounts)
                && forward.Findings.SequenceEqual(backward.Findings);
        });

    [Property]
    public Property Slip_TruncatedInsteadOfRounded_IsExplainedAsAnotherRoundingMode() =>
        Prop.ForAll(Changes.ToArbitrary(), t =>
        {
            (long earlier, long later, int decimals) = t;
            decimal exact = RelativeChange(earlier, later);
            decimal truncated = Math.Truncate(exact / Step(decimals)) * Step(decimals);
            if (truncated == Print(exact, decimals) || truncated < -100m)
            {
                return true;
            }
            FigureVerdict verdict = AuditOne(Known(earlier, later, RelativeChangeFigure.Of("change", Calls, Y2020, truncated, Qualifier.None, Precision.DecimalPlaces(decimals))), "change");
            return verdict.Kind == VerdictKind.Contradicted
                && verdict.Explanations.Any(e => e is OtherRoundingModeExplanation { Mode: HelplineStats.Core.Figures.RoundingMode.TowardZero });
        });

    [Property]
    public Property Slip_MultipleRoundedToHalves_IsExplainedAsACoarserStep() =>
        Prop.ForAll(Changes.ToArbitrary(), t =>
        {
            (long earlier, long later, _) = t;
            decimal exact = (decimal)later / earlier;
            decimal halves = Math.Round(exact * 2m, 0, MidpointRounding.AwayFromZero) / 2m;
            if (Print(exact, 1) == halves)
            {
                return true;
            }
            PublishedFigure figure = MultipleFigure.Of("times", Calls, Y2020, halves, Qualifier.None, Precision.DecimalPlaces(1));
            FigureVerdict verdict = AuditOne(Known(earlier, later, figure), "times");
            return verdict.Kind == VerdictKind.Contradicted && verdict.Explanations.Any(e => e.Kind == ExplanationKind.CoarserStep);
        });

    [Property]
    public Property Slip_OneDigitWrongOrTwoSwapped_IsExplainedAsADigitSlip() =>
        Prop.ForAll(Changes.Zip(Gen.Choose(0, 30)).ToArbitrary(), t =>
        {
            ((long earlier, long later, _), int position) = t;
            string right = Math.Abs(later - earlier).ToString(System.Globalization.CultureInfo.InvariantCulture);
            char[] digits = right.ToCharArray();
            int i = position % digits.Length;
            if (position % 2 == 0 && i + 1 < digits.Length && digits[i] != digits[i + 1])
            {
                (digits[i], digits[i + 1]) = (digits[i + 1], digits[i]);
            }
            else
            {
                digits[i] = digits[i] == '9' ? '8' : (char)(digits[i] + 1);
            }
            string slipped = new(digits);
            if (slipped[0] == '0' && slipped.Length > 1)
            {
                return true;
            }
            decimal printed = decimal.Parse(slipped, System.Globalization.CultureInfo.InvariantCulture) * Math.Sign(later - earlier == 0 ? 1 : later - earlier);
            FigureVerdict verdict = AuditOne(Known(earlier, later, AbsoluteChangeFigure.Of("difference", Calls, Y2020, printed)), "difference");
            return verdict.Kind == VerdictKind.Contradicted && verdict.Explanations.Any(e => e.Kind == ExplanationKind.DigitSlip);
        });

    [Property]
    public Property Slip_ShareOfConversationsPrintedAsShareOfCalls_IsExplainedAsTheWrongWhole() =>
        Prop.ForAll(Gen.Choose(1, 50_000).SelectMany(calls => Gen.Choose(0, calls).Zip(Gen.Choose(1, calls))
            .SelectMany(u => Gen.Choose(0, u.Item2).Select(conversationPart => (calls, callPart: u.Item1, conversations: u.Item2, conversationPart)))).ToArbitrary(), t =>
        {
            decimal right = Print(t.callPart * 100m / t.calls, 0);
            decimal slipped = Print(t.conversationPart * 100m / t.conversations, 0);
            if (right == slipped)
            {
                return true;
            }
            ObservationKey phone = Calls.WithChannel(Channel.Phone);
            ObservationKey conversations = Calls.WithMetric(Metric.Conversations);
            Report report = Report.Create(Line, Y2021, new[]
            {
                Calls.Observe(t.calls), phone.Observe(t.callPart), conversations.Observe(t.conversations), conversations.WithChannel(Channel.Phone).Observe(t.conversationPart),
            }, figures: new[] { ShareFigure.Of("phone", phone, Calls, ShareBasis.Total, slipped) });
            FigureVerdict verdict = AuditOne(report, "phone");
            return verdict.Kind == VerdictKind.Contradicted && verdict.Explanations.Any(e => e.Kind == ExplanationKind.WrongWhole);
        });

    [Property]
    public Property Slip_TheNeighboursValue_IsExplainedAsTheNeighbouringFigure() =>
        Prop.ForAll(Gen.Choose(1, 50_000).SelectMany(calls => Gen.Choose(0, calls).Select(phone => (calls, phone))).ToArbitrary(), t =>
        {
            decimal phoneShare = Print(t.phone * 100m / t.calls, 0);
            decimal chatShare = Print((t.calls - t.phone) * 100m / t.calls, 0);
            if (phoneShare == chatShare)
            {
                return true;
            }
            Report report = Report.Create(Line, Y2021,
                breakdowns: new[] { Breakdown.ByChannel(Calls.Observe(t.calls), BreakdownCoverage.Complete, (Channel.Phone, t.phone), (Channel.Chat, t.calls - t.phone)) },
                figures: new[]
                {
                    ShareFigure.Of("phone", Calls.WithChannel(Channel.Phone), Calls, ShareBasis.Total, chatShare),
                    ShareFigure.Of("chat", Calls.WithChannel(Channel.Chat), Calls, ShareBasis.Total, chatShare),
                });
            AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
            FigureVerdict phone = result.Find(FigureReference.Of(Line.Id, Y2021, "phone"))!;
            return phone.Kind == VerdictKind.Contradicted && result.Find(FigureReference.Of(Line.Id, Y2021, "chat"))!.Kind == VerdictKind.Confirmed
                && phone.Explanations.Any(e => e.Kind == ExplanationKind.NeighbouringFigure);
        });
}
