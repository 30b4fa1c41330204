using System;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Core.Tests.Audit;

/// <summary>The audit on hand-made datasets: one slip of each kind, each flagged with its explanation and nothing else flagged.</summary>
public sealed class AuditorTests
{
    private static readonly Helpline TeleOnthaal = Helplines.TeleOnthaal;
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.Year(2021);
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.Year(2020);
    private static readonly ObservationKey Calls = new(TeleOnthaal.Id, Y2021, Metric.Calls);
    private static readonly ObservationKey Conversations = Calls.WithMetric(Metric.Conversations);

    private static Report TeleOnthaal2021(params PublishedFigure[] figures) => Report.Create(TeleOnthaal, Y2021,
        new[] { Calls.WithPeriod(Y2020).Observe(139_092) },
        new[]
        {
            Breakdown.ByChannel(Calls.Observe(137_669), BreakdownCoverage.Complete, (Channel.Phone, 118_408), (Channel.Chat, 19_261)),
            Breakdown.ByChannel(Conversations.Observe(104_681), BreakdownCoverage.Complete, (Channel.Phone, 88_128), (Channel.Chat, 16_553)),
        },
        figures);

    private static FigureVerdict Only(AuditResult result, string id) => result.Find(FigureReference.Of(TeleOnthaal.Id, Y2021, id))!;

    [Fact]
    public void Audit_ThePagesTrueFigures_AreAllConsistent()
    {
        AuditResult result = Auditor.Default.Audit(Dataset.Of(TeleOnthaal2021(
            RelativeChangeFigure.Of("calls-vs-2020", Calls, Y2020, -1m),
            RateFigure.PerDay("calls-per-day", Calls, 377m),
            ShareFigure.Of("phone-share", Calls.WithChannel(Channel.Phone), Calls, ShareBasis.Total, 86m),
            ShareFigure.Of("chat-share", Calls.WithChannel(Channel.Chat), Calls, ShareBasis.Total, 14m),
            CountFigure.Of("calls", Calls, 137_669m))));
        Assert.All(result.Verdicts, verdict => Assert.Equal(VerdictKind.Confirmed, verdict.Kind));
        Assert.True(result.IsClean);
        Assert.Equal(5, result.Verdicts.Count);
    }

    [Fact]
    public void Audit_ShareOfTheWrongWhole_IsExplainedAsConversations()
    {
        // 84.2% is the phone share of conversations (88,128 of 104,681), not of calls (86.0%).
        AuditResult result = Auditor.Default.Audit(Dataset.Of(TeleOnthaal2021(
            ShareFigure.Of("phone-share", Calls.WithChannel(Channel.Phone), Calls, ShareBasis.Total, 84.2m))));
        FigureVerdict verdict = Only(result, "phone-share");
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(86.0m, verdict.Expected!.Value.Value);
        Assert.Contains(verdict.Explanations, e => e is WrongWholeExplanation whole && whole.Part.Metric.Equals(Metric.Conversations));
    }

    [Fact]
    public void Audit_PerDayOver365DaysInALeapYear_IsExplained()
    {
        // 139,092 calls in 2020 are 380 a day over its 366 days; 381 is what 365 days give.
        var report = Report.Create(TeleOnthaal, Y2020, new[] { Calls.WithPeriod(Y2020).Observe(139_092) },
            figures: new[] { RateFigure.PerDay("per-day", Calls.WithPeriod(Y2020), 381m) });
        FigureVerdict verdict = Auditor.Default.Audit(Dataset.Of(report)).Find(FigureReference.Of(TeleOnthaal.Id, Y2020, "per-day"))!;
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        // The domain slip comes first; directed roundings that also reach 381 follow it.
        Assert.Equal(ExplanationKind.WrongNumberOfDays, verdict.Explanations[0].Kind);
        Assert.Equal(380m, verdict.Expected!.Value.Value);
    }

    [Fact]
    public void Audit_ChangeDividedByTheNewValue_IsExplainedAsWrongBase()
    {
        // From 139,092 to 137,669 is -1.02%; divided by 137,669 it would be -1.03%. At two decimals the slip shows.
        AuditResult result = Auditor.Default.Audit(Dataset.Of(TeleOnthaal2021(
            RelativeChangeFigure.Of("calls-vs-2020", Calls, Y2020, -1.03m))));
        FigureVerdict verdict = Only(result, "calls-vs-2020");
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        Assert.Contains(verdict.Explanations, e => e.Kind == ExplanationKind.WrongBase);
        Assert.Equal(-1.02m, verdict.Expected!.Value.Value);
    }

    [Fact]
    public void Audit_OtherRoundingModeAndCoarserStep_AreExplained()
    {
        var key = new ObservationKey(TeleOnthaal.Id, Y2021, Metric.Referrals);
        var contacts = key.WithMetric(Metric.Contacts);
        Report report = Report.Create(TeleOnthaal, Y2021,
            new[] { key.Observe(36), key.WithPeriod(Y2020).Observe(10), contacts.Observe(200), contacts.WithChannel(Channel.Chat).Observe(25) },
            figures: new PublishedFigure[]
            {
                // 25 of 200 is exactly 12.5%: half away from zero prints 13, half to even 12.
                ShareFigure.Of("even", contacts.WithChannel(Channel.Chat), contacts, ShareBasis.Total, 12m),
                // 36 against 10 is 3.6 times as many; "3.5" is what a step of 0.5 gives.
                MultipleFigure.Of("times", key, Y2020, 3.5m),
            });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        FigureVerdict multiple = Only(result, "times");
        Assert.Equal(VerdictKind.Contradicted, multiple.Kind);
        Assert.Contains(multiple.Explanations, e => e.Kind == ExplanationKind.CoarserStep && e.SlipValue == 3.5m);
        FigureVerdict share = Only(result, "even");
        Assert.Equal(VerdictKind.Contradicted, share.Kind);
        Assert.Equal(ExplanationKind.OtherRoundingMode, share.Explanations[0].Kind);
        Assert.Contains(share.Explanations, e => e is OtherRoundingModeExplanation { Mode: RoundingMode.HalfToEven });
    }

    [Fact]
    public void Audit_ValueOfTheNeighbour_AndADigitSlip_AreExplained()
    {
        var visitors = new ObservationKey(TeleOnthaal.Id, Y2021, Metric.WebsiteVisitors);
        Report report = Report.Create(TeleOnthaal, Y2021,
            new[] { visitors.Observe(174_063), visitors.WithPeriod(Y2020).Observe(210_523) },
            new[] { Breakdown.ByChannel(Calls.Observe(137_669), BreakdownCoverage.Complete, (Channel.Phone, 118_408), (Channel.Chat, 19_261)) },
            new PublishedFigure[]
            {
                AbsoluteChangeFigure.Of("visitors-change", visitors, Y2020, -36_640m),
                ShareFigure.Of("phone-share", Calls.WithChannel(Channel.Phone), Calls, ShareBasis.Total, 14m),
                ShareFigure.Of("chat-share", Calls.WithChannel(Channel.Chat), Calls, ShareBasis.Total, 14m),
            });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        Assert.Contains(Only(result, "visitors-change").Explanations, e => e.Kind == ExplanationKind.DigitSlip);
        FigureVerdict phone = Only(result, "phone-share");
        Assert.Contains(phone.Explanations, e => e.Kind == ExplanationKind.NeighbouringFigure && e.RelatedFigures.Single() == FigureReference.Parse("tele-onthaal/2021/chat-share"));
        Assert.Equal(VerdictKind.Confirmed, Only(result, "chat-share").Kind);
    }

    [Fact]
    public void Audit_TheValueOfAFigureOfAnotherKind_IsNoNeighbour()
    {
        // 5,110 contacts over the 365 days of 2021 are 14 a day, exactly the 14 printed as the phone share; only the chat
        // share (19,261 of 137,669 calls is 13.99%) is a figure of the same kind whose value could have been taken.
        var contacts = new ObservationKey(TeleOnthaal.Id, Y2021, Metric.Contacts);
        Report report = Report.Create(TeleOnthaal, Y2021,
            new[] { contacts.Observe(5_110) },
            new[] { Breakdown.ByChannel(Calls.Observe(137_669), BreakdownCoverage.Complete, (Channel.Phone, 118_408), (Channel.Chat, 19_261)) },
            new PublishedFigure[]
            {
                RateFigure.PerDay("contacts-per-day", contacts, 14m),
                ShareFigure.Of("phone-share", Calls.WithChannel(Channel.Phone), Calls, ShareBasis.Total, 14m),
                ShareFigure.Of("chat-share", Calls.WithChannel(Channel.Chat), Calls, ShareBasis.Total, 14m),
            });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        Assert.Equal(VerdictKind.Confirmed, Only(result, "contacts-per-day").Kind);
        var neighbour = Assert.IsType<NeighbouringFigureExplanation>(Assert.Single(Only(result, "phone-share").Explanations, e => e.Kind == ExplanationKind.NeighbouringFigure));
        Assert.Equal(FigureReference.Parse("tele-onthaal/2021/chat-share"), neighbour.Neighbour);
        Assert.Equal(14m, neighbour.Value); // the neighbour's 13.99% at the printed precision
    }

    [Fact]
    public void Audit_UnpublishedEarlierYears_GetTheNarrowestIntervals()
    {
        // 1712: 8,515 calls in 2021, "+6% compared with 2020" and "+57% compared with 2019"; neither year's count is given.
        var calls = new ObservationKey(Helplines.Line1712.Id, Y2021, Metric.Calls);
        Report report = Report.Create(Helplines.Line1712, Y2021, new[] { calls.Observe(8_515) }, figures: new[]
        {
            RelativeChangeFigure.Of("vs-2020", calls, Y2020, 6m),
            RelativeChangeFigure.Of("vs-2019", calls, ReportingPeriod.Year(2019), 57m),
        });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        CountInterval in2020 = result.InferredCounts.Single(i => i.Key.Period == Y2020);
        CountInterval in2019 = result.InferredCounts.Single(i => i.Key.Period == ReportingPeriod.Year(2019));
        Assert.Equal((7_996L, 8_071L), (in2020.Low, in2020.High));
        Assert.Equal((5_407L, 5_440L), (in2019.Low, in2019.High));
        Assert.All(result.Verdicts, v => Assert.Equal(VerdictKind.NotCheckable, v.Kind));
        Assert.Equal(calls.WithPeriod(Y2020), result.Find(FigureReference.Of(Helplines.Line1712.Id, Y2021, "vs-2020"))!.Missing.Single());
    }

    [Fact]
    public void Audit_LastYearsPageAndThisYearsPage_CrossCheckEachOther()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, Y2021, Metric.Calls);
        Report thisYear = Report.Create(Helplines.Line1712, Y2021, new[] { calls.Observe(8_515) },
            figures: new[] { RelativeChangeFigure.Of("vs-2020", calls, Y2020, 6m) });
        // Last year's page printed a 2020 total that this year's +6% cannot come from.
        Report lastYear = Report.Create(Helplines.Line1712, Y2020, figures: new[] { CountFigure.Of("calls", calls.WithPeriod(Y2020), 7_500m) });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(thisYear, lastYear));
        Assert.True(result.InferredCounts.Single().IsEmpty);
        // Either could be the wrong one (and no telling slip picks one), so neither is blamed; the disagreement is a finding.
        Assert.All(result.Verdicts, v =>
        {
            Assert.Equal(VerdictKind.NotCheckable, v.Kind);
            Assert.Equal(ExplanationKind.IntervalsDisjoint, v.Explanations.Single().Kind);
        });
        Assert.Equal(FindingKind.FiguresDisagree, result.Findings.Single().Kind);
        Assert.False(result.IsClean);
    }

    [Fact]
    public void Audit_RecordBeatenByAKnownYear_IsInconsistent_AndUnknownYearsLeaveItOpen()
    {
        var calls = new ObservationKey(Helplines.StopItNowFlanders.Id, Y2021, Metric.Calls);
        PublishedFigure record = RecordFigure.Highest("record", calls);
        Report beaten = Report.Create(Helplines.StopItNowFlanders, Y2021,
            Enumerable.Range(2017, 5).Select(y => calls.WithPeriod(ReportingPeriod.Year(y)).Observe(y == 2019 ? 900 : 400)), figures: new[] { record });
        FigureVerdict verdict = Auditor.Default.Audit(Dataset.Of(beaten)).Find(FigureReference.Of(Helplines.StopItNowFlanders.Id, Y2021, "record"))!;
        Assert.Equal(VerdictKind.Contradicted, verdict.Kind);
        Assert.Equal(ExplanationKind.RecordBeaten, verdict.Explanations.Single().Kind);

        Report open = Report.Create(Helplines.StopItNowFlanders, Y2021, new[] { calls.Observe(400), calls.WithPeriod(Y2020).Observe(300) }, figures: new[] { record });
        FigureVerdict openVerdict = Auditor.Default.Audit(Dataset.Of(open)).Find(FigureReference.Of(Helplines.StopItNowFlanders.Id, Y2021, "record"))!;
        Assert.Equal(VerdictKind.NotCheckable, openVerdict.Kind);
        Assert.Equal(3, openVerdict.Missing.Count);
    }

    [Fact]
    public void Audit_StructuralFindings_SharesChainsAndConflicts()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var contacts = new ObservationKey(stopItNow.Id, Y2021, Metric.Contacts);
        ReportingPeriod since = stopItNow.SinceLaunch(Y2021);
        Report report = Report.Create(stopItNow, Y2021,
            new[] { contacts.WithPeriod(since).Observe(1_913) }
                .Concat(new[] { 311L, 450, 281, 461, 410 }.Select((c, i) => contacts.WithPeriod(ReportingPeriod.Year(2017 + i)).Observe(i == 0 ? c + 1 : c))),
            new[] { Breakdown.ByChannel(contacts.Observe(410), BreakdownCoverage.Complete, (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75)) },
            new[]
            {
                ShareFigure.Of("email", contacts.WithChannel(Channel.Email), contacts, ShareBasis.Total, 42m),
                ShareFigure.Of("phone", contacts.WithChannel(Channel.Phone), contacts, ShareBasis.Total, 40m),
                ShareFigure.Of("chat", contacts.WithChannel(Channel.Chat), contacts, ShareBasis.Total, 20m),
            });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.SharesDoNotAddUp && f.Numbers[0] == 102m);
        Assert.Contains(result.Findings, f => f.Kind == FindingKind.CumulativeChainBroken && f.Numbers[1] == 1914m);
        Assert.Equal(VerdictKind.Contradicted, result.Find(FigureReference.Of(stopItNow.Id, Y2021, "chat"))!.Kind);
        Assert.False(result.IsClean);
    }

    [Fact]
    public void Audit_IncompleteBreakdownShares_AreExemptAndSaidSo()
    {
        var victims = new ObservationKey(Helplines.Line1712.Id, Y2021, Metric.PossibleVictims);
        Report report = Report.Create(Helplines.Line1712, Y2021,
            breakdowns: new[] { Breakdown.ByCategory(victims.Observe(100), Taxonomies.KindOfViolence, BreakdownCoverage.Incomplete, ("child-abuse", 54), ("partner-violence", 19)) },
            figures: new[]
            {
                ShareFigure.Of("child-abuse", victims.WithCategory(Taxonomies.KindOfViolence.Get("child-abuse")), victims, ShareBasis.Total, 54m),
                ShareFigure.Of("partner", victims.WithCategory(Taxonomies.KindOfViolence.Get("partner-violence")), victims, ShareBasis.Total, 19m),
            });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        StructuralFinding exempt = Assert.Single(result.Findings);
        Assert.Equal(FindingKind.ExemptFromAddingUp, exempt.Kind);
        Assert.True(result.IsClean);
    }

    [Fact]
    public void Audit_ShareOfTheKnown_UsesTheUnknownBucket()
    {
        var persons = new ObservationKey(Helplines.Line1712.Id, Y2021, Metric.ContactPersons);
        Report report = Report.Create(Helplines.Line1712, Y2021,
            breakdowns: new[] { Breakdown.ByCategory(persons.Observe(1000), Taxonomies.Gender, BreakdownCoverage.Complete, ("woman", 584), ("man", 216), ("unknown", 200)) },
            figures: new[]
            {
                ShareFigure.Of("women-known", persons.WithCategory(Taxonomies.Gender.Get("woman")), persons, ShareBasis.Known, 73m),
                ShareFigure.Of("women-total", persons.WithCategory(Taxonomies.Gender.Get("woman")), persons, ShareBasis.Total, 73m),
            });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        Assert.Equal(VerdictKind.Confirmed, result.Find(FigureReference.Of(Helplines.Line1712.Id, Y2021, "women-known"))!.Kind);
        Assert.Equal(VerdictKind.Contradicted, result.Find(FigureReference.Of(Helplines.Line1712.Id, Y2021, "women-total"))!.Kind);
    }

    [Fact]
    public void Audit_AgeAndQualifiedFigures()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, Y2021, Metric.Calls);
        Report report = Report.Create(Helplines.Line1712, Y2021, new[] { calls.Observe(8_515), calls.WithPeriod(ReportingPeriod.Year(2013)).Observe(2_916) },
            figures: new PublishedFigure[]
            {
                AgeFigure.Of("age", Helplines.Line1712.Id, Y2021, 9),
                MultipleFigure.Of("almost-3", calls, ReportingPeriod.Year(2013), 3m, Qualifier.Almost),
                MultipleFigure.Of("well-over-3", calls, ReportingPeriod.Year(2013), 3m, Qualifier.MoreThan),
            });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        Assert.Equal(VerdictKind.Confirmed, result.Find(FigureReference.Of(Helplines.Line1712.Id, Y2021, "age"))!.Kind);
        Assert.Equal(VerdictKind.Confirmed, result.Find(FigureReference.Of(Helplines.Line1712.Id, Y2021, "almost-3"))!.Kind);
        FigureVerdict wellOver = result.Find(FigureReference.Of(Helplines.Line1712.Id, Y2021, "well-over-3"))!;
        Assert.Equal(VerdictKind.Contradicted, wellOver.Kind);
        Assert.Equal(new QualifiedValue(3m, Qualifier.Almost, Precision.Whole), wellOver.Expected);
    }

    [Fact]
    public void Audit_AbsoluteAndRelativeStatementsOfOneChange_AreCheckedAgainstEachOther()
    {
        // Tele-Onthaal's website: 174,063 visitors in 2021, "-36,460 or -17.9% compared with 2020", 2020 not given.
        // The absolute change puts 2020 at exactly 210,523; -17.9% needs 211,885 to 212,142. They cannot both hold.
        var visitors = new ObservationKey(TeleOnthaal.Id, Y2021, Metric.WebsiteVisitors);
        Report report = Report.Create(TeleOnthaal, Y2021, new[] { visitors.Observe(174_063) }, figures: new PublishedFigure[]
        {
            AbsoluteChangeFigure.Of("visitors-minus", visitors, Y2020, -36_460m),
            RelativeChangeFigure.Of("visitors-percent", visitors, Y2020, -17.9m),
        });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(report));
        FigureVerdict absolute = Only(result, "visitors-minus");
        FigureVerdict relative = Only(result, "visitors-percent");
        Assert.Equal((210_523L, 210_523L), (absolute.Implied.Single().Low, absolute.Implied.Single().High));
        Assert.Equal((211_885L, 212_142L), (relative.Implied.Single().Low, relative.Implied.Single().High));
        // With 2020 at 210,523 the change is -17.3%, one digit from the printed -17.9%; no slip turns 211,885 to 212,142
        // into a difference of -36,460. So the percentage is the one to blame, and the difference is left open.
        Assert.Equal(VerdictKind.Contradicted, relative.Kind);
        Assert.Equal(new[] { ExplanationKind.OnlyCulprit, ExplanationKind.DigitSlip }, relative.Explanations.Select(e => e.Kind));
        Assert.Equal(VerdictKind.NotCheckable, absolute.Kind);
        // With the culprit set aside, the difference pins 2020 at 210,523.
        Assert.Equal((210_523L, 210_523L), (result.InferredCounts.Single().Low, result.InferredCounts.Single().High));
    }
}
