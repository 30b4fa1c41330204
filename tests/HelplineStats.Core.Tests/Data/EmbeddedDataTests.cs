using System;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Data;

/// <summary>
/// The embedded 2021 page, audited. The expectations are written from the page and worked out by hand: which figures
/// the published counts can check, what they give, and the one disagreement the page holds.
/// </summary>
public sealed class EmbeddedDataTests
{
    private static readonly AuditResult Result = Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021);

    // Figures whose counts are all on the page (or, for Tele-Onthaal's 2020 calls, in the design notes), and agree:
    // 75/410 = 18.3%, 173/410 = 42.2%, 162/410 = 39.5%, 263/1,913 = 13.7%, 19,261/137,669 = 14.0%,
    // 118,408/137,669 = 86.0%, 137,669/365 = 377.2, 104,681/365 = 286.8, (137,669 − 139,092)/139,092 = −1.0%,
    // and 1712, launched on 12 March 2012, is 10 at the end of 2022.
    private static readonly string[] Consistent =
    {
        "1712/2022/years-of-1712",
        "stop-it-now-flanders/2021/contacts-by-chat", "stop-it-now-flanders/2021/contacts-by-email",
        "stop-it-now-flanders/2021/contacts-by-phone", "stop-it-now-flanders/2021/referrals-of-contacts",
        "tele-onthaal/2021/calls-by-chat", "tele-onthaal/2021/calls-by-phone", "tele-onthaal/2021/calls-per-day",
        "tele-onthaal/2021/conversations-per-day", "tele-onthaal/2021/calls-vs-2020",
        // "+79,554 or +84.2% against 2019": the absolute change pins 2019 at 174,063 - 79,554 = 94,509 visitors, and
        // 79,554 / 94,509 is 84.18%, which rounds to the printed 84.2% (the difference itself is consistent together).
        "tele-onthaal/2021/visitors-vs-2019",
    };

    // Figures that need a count nobody printed but share it (or are bound to each other by a since-launch total), and fit:
    // 1712's four shares of its contact persons (the total is not printed); Stop it Now!'s contacts and website visitors
    // against 2019 and 2020 (each pair bound by the since-launch total the page printed); Tele-Onthaal's conversations
    // against 2020 and the corona share of 2020's conversations (the 2020 total is not printed).
    private static readonly string[] ConsistentTogether =
    {
        "1712/2021/callers-anonymous", "1712/2021/callers-parent", "1712/2021/callers-victim-themselves", "1712/2021/callers-women",
        "stop-it-now-flanders/2021/contacts-vs-2019", "stop-it-now-flanders/2021/contacts-vs-2020",
        "stop-it-now-flanders/2021/visitors-vs-2019", "stop-it-now-flanders/2021/visitors-vs-2020",
        "tele-onthaal/2021/conversations-corona-2020", "tele-onthaal/2021/conversations-vs-2020",
        "tele-onthaal/2021/visitors-plus-2019",
    };

    // "-36,460 or -17.9%": the absolute change puts 2020 at 210,523 visitors, the percentage needs 211,885 to 212,142.
    // One of them is wrong; with 2020 at 210,523 the change is -36,460 / 210,523 = -17.3%, which -17.9% misprints by one
    // digit, while no slip turns the percentage's 2020 into a difference of -36,460: the percentage is the one to blame.
    private static readonly string[] Inconsistent = { "tele-onthaal/2021/visitors-vs-2020" };

    private static string Id(FigureVerdict verdict) => $"{verdict.Helpline}/{verdict.ReportPeriod}/{verdict.Figure.Id}";

    [Fact]
    public void Embedded_HasEveryFigureOfThePage()
    {
        Dataset dataset = EmbeddedData.FlemishHelplines2021;
        Assert.Equal(55, dataset.Reports.Sum(r => r.Figures.Count));
        Assert.Equal(new[] { "1712", "stop-it-now-flanders", "tele-onthaal" }, dataset.Helplines.Select(h => h.Id.Value));
        Assert.Same(Helplines.Line1712, dataset.Helplines.First());
    }

    [Fact]
    public void Audit_ChecksWhatTheCountsAllow_AndFindsTheOneDisagreement()
    {
        Assert.Equal(Consistent.Order(StringComparer.Ordinal), Result.Verdicts.Where(v => v.Kind == VerdictKind.Confirmed).Select(Id).Order(StringComparer.Ordinal));
        Assert.Equal(Inconsistent, Result.Contradicted.Select(Id).Order(StringComparer.Ordinal));
        FigureVerdict slip = Result.Contradicted.Single();
        Assert.Equal(new[] { ExplanationKind.OnlyCulprit, ExplanationKind.DigitSlip }, slip.Explanations.Select(e => e.Kind));
        Assert.Equal(-17.3m, slip.Explanations[1].SlipValue);
        Assert.Equal(VerdictKind.NotCheckable, Result.Find(FigureReference.Parse("tele-onthaal/2021/visitors-minus-2020"))!.Kind);
        Assert.Equal(ConsistentTogether.Order(StringComparer.Ordinal), Result.Verdicts.Where(v => v.Kind == VerdictKind.ConsistentTogether).Select(Id).Order(StringComparer.Ordinal));
        Assert.Equal(55 - Consistent.Length - Inconsistent.Length - ConsistentTogether.Length, Result.Verdicts.Count(v => v.Kind == VerdictKind.NotCheckable));
        Assert.DoesNotContain(Result.Findings, f => f.IsProblem);
    }

    [Theory]
    [InlineData("1712/2020/calls", 7_996, 8_071)]
    [InlineData("1712/2019/calls", 5_407, 5_440)]
    [InlineData("stop-it-now-flanders/2020/contacts", 459, 463)]
    [InlineData("tele-onthaal/2019/website-visitors", 94_509, 94_509)]
    public void Audit_InfersTheUnpublishedCounts(string key, long low, long high)
    {
        CountInterval interval = Result.InferredCounts.Single(i => i.Key.ToString() == key);
        Assert.Equal((low, high), (interval.Low, interval.High));
    }

    [Fact]
    public void Embedded_RoundTripsThroughTheJsonWriter()
    {
        Dataset dataset = EmbeddedData.FlemishHelplines2021;
        Assert.Equal(dataset, DatasetJsonReader.FromJson(DatasetJsonWriter.ToJson(dataset), "again.json"));
    }
}
