using System;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Core.Tests.Audit;

/// <summary>The audit with counts published only within bounds or not at all (format version 2), worked by hand.</summary>
public sealed class BoundedCountsAuditTests
{
    private static readonly Helpline Line = Helplines.Line1712;
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.Year(2021);
    private static readonly ReportingPeriod Y2022 = ReportingPeriod.Year(2022);
    private static readonly ObservationKey Calls = new(Line.Id, Y2022, Metric.Calls);

    private static Observation Unknown(ObservationKey key) => new(key, CountBounds.Unknown);

    private static FigureVerdict Verdict(AuditResult result, ReportingPeriod period, string id) => result.Find(FigureReference.Of(Line.Id, period, id))!;

    [Theory]
    [InlineData(10, VerdictKind.NotCheckable)]  // 10% of 20 is 2, which "between 1 and 4" allows
    [InlineData(50, VerdictKind.Contradicted)]  // 50% of 20 is 10, which "between 1 and 4" excludes
    public void Audit_AShareOfASuppressedCount_IsJudgedAgainstItsBounds(int percent, VerdictKind expected)
    {
        Report report = Report.Create(Line, Y2022, new[] { Calls.Observe(20), new Observation(Calls.WithChannel(Channel.Email), CountBounds.Between(1, 4)) },
            figures: new[] { ShareFigure.Of("email-share", Calls.WithChannel(Channel.Email), Calls, ShareBasis.Total, percent) });
        FigureVerdict verdict = Verdict(Auditor.Default.Audit(Dataset.Of(report)), Y2022, "email-share");
        Assert.Equal(expected, verdict.Kind);
        if (expected == VerdictKind.Contradicted)
        {
            Assert.Contains(verdict.Explanations, e => e.Kind == ExplanationKind.NoCountFits);
        }
        else
        {
            // The figure pins e-mail to 2 (2 of 20 is exactly 10%; 1 and 3 give 5% and 15%): 2 lies within the bounds.
            Assert.Contains(verdict.Implied, i => i.Low == 2 && i.High == 2);
        }
    }

    /// <summary>2022's counts (1,000 calls: 600 by phone, 400 by chat) with changes against 2021 of +25% (total), +20% (phone) and <paramref name="chat"/> (chat).</summary>
    private static Report Year2022WithChanges(decimal chat) => Report.Create(Line, Y2022,
        breakdowns: new[] { Breakdown.ByChannel(Calls.Observe(1000), BreakdownCoverage.Complete, (Channel.Phone, 600), (Channel.Chat, 400)) },
        figures: new[]
        {
            RelativeChangeFigure.Of("total", Calls, Y2021, 25m),
            RelativeChangeFigure.Of("phone", Calls.WithChannel(Channel.Phone), Y2021, 20m),
            RelativeChangeFigure.Of("chat", Calls.WithChannel(Channel.Chat), Y2021, chat, precision: Precision.DecimalPlaces(1)),
        });

    /// <summary>2021 printed no count, only that its calls were split by phone and chat.</summary>
    private static Report Year2021SplitUnpublished()
    {
        ObservationKey earlier = Calls.WithPeriod(Y2021);
        return Report.Create(Line, Y2021, breakdowns: new[]
        {
            Breakdown.Create(Unknown(earlier), BreakdownDimension.Channel, BreakdownCoverage.Complete,
                new[] { Unknown(earlier.WithChannel(Channel.Phone)), Unknown(earlier.WithChannel(Channel.Chat)) }),
        });
    }

    /// <summary>
    /// +25%, +20% and 0% put 2021 at 800 = 500 + 400, which is 900: the three changes cannot all be true, though each
    /// fits alone, once 2021's split binds them.
    /// </summary>
    [Fact]
    public void Audit_ChangesAgainstAYearWhoseCountsWereNeverPublished_AreBoundByItsBreakdown()
    {
        AuditResult alone = Auditor.Default.Audit(Dataset.Of(Year2022WithChanges(0m)));
        Assert.DoesNotContain(alone.Verdicts, v => v.Kind == VerdictKind.Contradicted);
        Assert.Empty(alone.Findings);

        AuditResult together = Auditor.Default.Audit(Dataset.Of(Year2022WithChanges(0m), Year2021SplitUnpublished()));
        // Dropping any one of the three makes the rest fit, so none is blamed and the disagreement is a finding.
        Assert.Contains(together.Findings, f => f.Kind == FindingKind.FiguresDisagree && f.Figures.Count == 3);
        Assert.All(together.Verdicts, v => Assert.NotEqual(VerdictKind.Confirmed, v.Kind));
        Assert.All(together.Verdicts, v => Assert.NotEqual(VerdictKind.Contradicted, v.Kind));
    }

    [Fact]
    public void Audit_ChangesThatFitTheUnpublishedBreakdown_AreConsistentTogether()
    {
        // +25%, +20% and +33.3% put 2021 at 800 = 500 + 300 (400 chats are 33.3% more than 300).
        AuditResult result = Auditor.Default.Audit(Dataset.Of(Year2022WithChanges(33.3m), Year2021SplitUnpublished()));
        Assert.Empty(result.Findings);
        Assert.All(result.Verdicts, v => Assert.Contains(v.Kind, new[] { VerdictKind.ConsistentTogether, VerdictKind.Confirmed }));
        Assert.Contains(result.InferredCounts, i => i.Key.Equals(Calls.WithPeriod(Y2021).WithChannel(Channel.Chat)) && i.Contains(300));
    }

    [Fact]
    public void Audit_BoundsTheCountsCannotMeet_AreAFindingAndBlameNoFigure()
    {
        // One report hides phone (at most 4) beside 10 chats in a complete split whose total it does not give; another
        // gives the total as 100: 4 + 10 cannot reach it.
        ObservationKey total = Calls;
        Report hidden = Report.Create(Line, Y2022, breakdowns: new[]
            {
                Breakdown.Create(Unknown(total), BreakdownDimension.Channel, BreakdownCoverage.Complete,
                    new[] { new Observation(total.WithChannel(Channel.Phone), CountBounds.AtMost(4)), total.WithChannel(Channel.Chat).Observe(10) }),
            },
            figures: new[] { ShareFigure.Of("phone-share", total.WithChannel(Channel.Phone), total.WithChannel(Channel.Chat), ShareBasis.Total, 30m) });
        Report cumulative = Report.Create(Line, ReportingPeriod.Year(2023), new[] { total.Observe(100) });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(hidden, cumulative));
        StructuralFinding finding = Assert.Single(result.Findings, f => f.Kind == FindingKind.CountsCannotAddUp);
        // Phone calls (at most 4, with 10 chats, of 100 calls) have no value left; one sum holds them (the split of the calls),
        // so the audit sets that one sum aside: the count, then that sum's total.
        Assert.Equal(new[] { "1712/2022/calls/phone", "1712/2022/calls" }, finding.Counts.Select(c => c.ToString()));
        Assert.NotEqual(VerdictKind.Contradicted, Verdict(result, Y2022, "phone-share").Kind);
    }

    [Fact]
    public void Audit_AnExactCountOutsideAnotherReportsBounds_IsACountConflict()
    {
        Report bounded = Report.Create(Line, Y2022, observations: new[] { new Observation(Calls.WithChannel(Channel.Email), CountBounds.Between(1, 4)) });
        Report exact = Report.Create(Line, ReportingPeriod.Year(2023), new[] { Calls.WithChannel(Channel.Email).Observe(7) });
        StructuralFinding finding = Assert.Single(Auditor.Default.Audit(Dataset.Of(bounded, exact)).Findings);
        Assert.Equal(FindingKind.CountConflict, finding.Kind);
        Assert.Equal(new[] { 7m, 7m, 1m, 4m }, finding.Numbers);
    }

    /// <summary>
    /// 2021's calls were never printed, only a multi-label split: phone between 500 and 520, chat between 450 and 470 (a
    /// call may count in both). Multi-label, the total is at least the largest part (500), not their sum (950).
    /// </summary>
    private static Report Year2021MultiLabelUnpublished()
    {
        ObservationKey earlier = Calls.WithPeriod(Y2021);
        return Report.Create(Line, Y2021, breakdowns: new[]
        {
            Breakdown.Create(Unknown(earlier), BreakdownDimension.Channel, BreakdownCoverage.MultiLabel, new[]
            {
                new Observation(earlier.WithChannel(Channel.Phone), CountBounds.Between(500, 520)),
                new Observation(earlier.WithChannel(Channel.Chat), CountBounds.Between(450, 470)),
            }),
        });
    }

    /// <summary>
    /// 1,000 calls in 2022: "+25%" against 2021, rounded to whole percents, puts 2021 from 797 (1000/797 is +25.47%) to
    /// 803 (+24.53%; 796 gives +25.63%, 804 +24.38%), at least the largest part of 500: it fits. "+150%" puts it at 400
    /// alone (399 gives +150.6%, 401 +149.4%): below the 500 of phone, no count fits.
    /// </summary>
    [Theory]
    [InlineData(25, VerdictKind.NotCheckable)]
    [InlineData(150, VerdictKind.Contradicted)]
    public void Audit_AChangeAgainstAMultiLabelSplit_NeedsOnlyTheLargestPart(int percent, VerdictKind expected)
    {
        Report later = Report.Create(Line, Y2022, new[] { Calls.Observe(1000) },
            figures: new[] { RelativeChangeFigure.Of("change", Calls, Y2021, percent) });
        AuditResult result = Auditor.Default.Audit(Dataset.Of(later, Year2021MultiLabelUnpublished()));
        FigureVerdict verdict = Verdict(result, Y2022, "change");
        Assert.Equal(expected, verdict.Kind);
        if (expected == VerdictKind.NotCheckable)
        {
            Assert.Contains(verdict.Implied, i => i.Low == 797 && i.High == 803);
        }
    }

    /// <summary>
    /// The other way: 2021's 800 calls are printed, and a multi-label split leaves phone unknown. Phone can be no more
    /// than the 800 calls, so "-10%" to 2022's 1,000 phone calls (2021 from 1,105 to 1,117: 1000/1105 is -9.50%, 1000/1117
    /// -10.47%) cannot be, while "+25%" (797 to 803, above) can, from 797 to 800.
    /// </summary>
    [Theory]
    [InlineData(-10, VerdictKind.Contradicted)]
    [InlineData(25, VerdictKind.NotCheckable)]
    public void Audit_AChangeOfAPartOfAMultiLabelSplit_IsCappedByTheTotal(int percent, VerdictKind expected)
    {
        ObservationKey earlier = Calls.WithPeriod(Y2021);
        Report report2021 = Report.Create(Line, Y2021, breakdowns: new[]
        {
            Breakdown.Create(new Observation(earlier, CountBounds.Exactly(800)), BreakdownDimension.Channel, BreakdownCoverage.MultiLabel, new[]
            {
                Unknown(earlier.WithChannel(Channel.Phone)),
                new Observation(earlier.WithChannel(Channel.Chat), CountBounds.Between(450, 470)),
            }),
        });
        ObservationKey phone = Calls.WithChannel(Channel.Phone);
        Report report2022 = Report.Create(Line, Y2022, new[] { phone.Observe(1000) },
            figures: new[] { RelativeChangeFigure.Of("phone", phone, Y2021, percent) });
        Assert.Equal(expected, Verdict(Auditor.Default.Audit(Dataset.Of(report2022, report2021)), Y2022, "phone").Kind);
    }
}

/// <summary>Since-launch totals to a day inside a year: between the totals at the year ends around them.</summary>
public sealed class SinceLaunchInsideAYearAuditTests
{
    private static readonly Helpline StopItNow = Helplines.StopItNowFlanders; // launched on 19 May 2017
    private static readonly ObservationKey Calls = new(StopItNow.Id, ReportingPeriod.Year(2019), Metric.Calls);

    /// <summary>Calls of 100 (from the launch), 300 and 500 in 2017 to 2019, and a total since launch to 30 June 2019.</summary>
    private static AuditResult Audit(decimal printed)
    {
        ObservationKey toJune = Calls.WithPeriod(ReportingPeriod.Between(StopItNow.LaunchDate!.Value, new LocalDate(2019, 6, 30)));
        Report report = Report.Create(StopItNow, ReportingPeriod.Year(2019),
            new[] { Calls.WithPeriod(ReportingPeriod.Year(2017)).Observe(100), Calls.WithPeriod(ReportingPeriod.Year(2018)).Observe(300), Calls.Observe(500) },
            figures: new[] { SinceLaunchFigure.Of("to-june", toJune, printed) });
        return Auditor.Default.Audit(Dataset.Of(report));
    }

    [Theory]
    [InlineData(400, true)]   // nothing yet in 2019: the total at the end of 2018
    [InlineData(650, true)]
    [InlineData(900, true)]   // all of 2019 by June
    [InlineData(399, false)]  // less than the total at the end of 2018
    [InlineData(1000, false)] // more than the total at the end of 2019
    public void Audit_ATotalToADayInsideAYear_LiesBetweenTheYearEndsAroundIt(int printed, bool fits)
    {
        FigureVerdict verdict = Audit(printed).Verdicts.Single();
        Assert.Equal(fits, verdict.Kind != VerdictKind.Contradicted);
    }
}

/// <summary>Exact equations among counts nobody published, solved at once (Gauss–Jordan over the integers).</summary>
public sealed class EqualitiesAuditTests
{
    private static readonly Helpline Line = Helplines.Line1712;
    private static readonly ObservationKey Calls = new(Line.Id, ReportingPeriod.Year(2022), Metric.Calls);

    private static Report SplitUnpublished(int year, params PublishedFigure[] figures)
    {
        ObservationKey total = Calls.WithPeriod(ReportingPeriod.Year(year));
        return Report.Create(Line, ReportingPeriod.Year(year), figures: figures, breakdowns: new[]
        {
            Breakdown.Create(new Observation(total, CountBounds.Unknown), BreakdownDimension.Channel, BreakdownCoverage.Complete,
                new[] { new Observation(total.WithChannel(Channel.Phone), CountBounds.Unknown), new Observation(total.WithChannel(Channel.Chat), CountBounds.Unknown) }),
        });
    }

    /// <summary>
    /// No count of 2021 or 2022 was published, only that calls split into phone and chat both years. Differences of +10
    /// (total), +3 (phone) and <paramref name="chat"/> (chat) hold together only if 10 = 3 + chat. Every count may be
    /// anything from zero up, so narrowing intervals never sees it; the equations do.
    /// </summary>
    [Theory]
    [InlineData(7, false)]
    [InlineData(4, true)]
    [InlineData(-2, true)]
    public void Audit_AbsoluteChangesAroundUnpublishedBreakdowns_AreSolvedExactly(int chat, bool impossible)
    {
        Report y2022 = SplitUnpublished(2022,
            AbsoluteChangeFigure.Of("total", Calls, ReportingPeriod.Year(2021), 10m),
            AbsoluteChangeFigure.Of("phone", Calls.WithChannel(Channel.Phone), ReportingPeriod.Year(2021), 3m),
            AbsoluteChangeFigure.Of("chat", Calls.WithChannel(Channel.Chat), ReportingPeriod.Year(2021), chat));
        AuditResult result = Auditor.Default.Audit(Dataset.Of(y2022, SplitUnpublished(2021)));
        Assert.Equal(impossible, result.Findings.Any(f => f.Kind == FindingKind.FiguresDisagree && f.Figures.Count == 3));
        Assert.DoesNotContain(result.Verdicts, v => v.Kind == VerdictKind.Contradicted);
        if (!impossible)
        {
            Assert.All(result.Verdicts, v => Assert.Equal(VerdictKind.ConsistentTogether, v.Kind));
        }
    }

}
