// The code of docs/audit.md. DocSampleTests checks that the page shows exactly the lines between the snippet markers,
// and that the output it shows is what they print.
using System;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Text;

namespace HelplineStats.Docs.Samples;

/// <summary>An audit of a made-up draft page.</summary>
public static class AuditTour
{
    /// <summary>Runs the audit, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: audit-tour
        // A made-up draft for a made-up helpline: the counts, and the figures someone typed into the infographic.
        var line = new Helpline(HelplineId.Of("example-line"), "Example Line", "A made-up helpline for this example.",
            launchDate: null, new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat) },
            AnonymityPolicy.AlwaysAnonymous);
        ReportingPeriod y2024 = ReportingPeriod.Year(2024), y2023 = ReportingPeriod.Year(2023);
        var calls = new ObservationKey(line.Id, y2024, Metric.Calls);
        var conversations = calls.WithMetric(Metric.Conversations);

        Report draft = Report.Create(line, y2024,
            observations: new[] { calls.WithPeriod(y2023).Observe(4_000) },
            breakdowns: new[]
            {
                Breakdown.ByChannel(calls.Observe(5_124), BreakdownCoverage.Complete, (Channel.Phone, 4_100), (Channel.Chat, 1_024)),
                Breakdown.ByChannel(conversations.Observe(3_000), BreakdownCoverage.Complete, (Channel.Phone, 2_250), (Channel.Chat, 750)),
            },
            figures: new PublishedFigure[]
            {
                RelativeChangeFigure.Of("calls-vs-2023", calls, y2023, 28.1m),
                RelativeChangeFigure.Of("calls-vs-2022", calls, ReportingPeriod.Year(2022), 40m),
                RateFigure.PerDay("calls-a-day", calls, 14m),
                ShareFigure.Of("by-phone", calls.WithChannel(Channel.Phone), calls, ShareBasis.Total, 75m),
            });

        AuditResult result = Auditor.Default.Audit(Dataset.Of(draft));
        foreach (FigureVerdict verdict in result.Verdicts)
        {
            // The verdict and its reason are data; the text layer words them in any culture, explanations included.
            Console.WriteLine($"{verdict.Figure.Id}: {verdict.Kind}, {verdict.Reason}");
            Console.WriteLine($"  {Statements.Of(verdict, TextCulture.English).Text}");
        }
        foreach (CountInterval interval in result.InferredCounts)
        {
            Console.WriteLine($"inferred: {interval}");
        }
        // end-snippet
    }
}
