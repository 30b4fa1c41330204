// The code of docs/getting-started.md. DocSampleTests checks that the page shows exactly the lines between the
// snippet markers, and runs them.
using System;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Docs.Samples;

/// <summary>The getting-started guide's code.</summary>
public static class GettingStarted
{
    /// <summary>Runs the guide's code, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: getting-started
        // A helpline of your own (made up for this guide, like its numbers), launched on a leap day.
        var line = new Helpline(HelplineId.Of("example-line"), "Example Line", "A made-up helpline for this guide.",
            new LocalDate(2020, 2, 29),
            new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Of("sms")) },
            AnonymityPolicy.CallerChooses);

        // A taxonomy of your own: versioned data with stable ids, nesting, and an explicit "unknown".
        Taxonomy reasons = Taxonomy.Create("reason-for-contact", 1, "Reason for contact",
            new CategoryDefinition("family", "Family"),
            new CategoryDefinition("divorce", "Divorce of the parents", parentId: "family"),
            new CategoryDefinition("school", "School"));

        DatedPeriod quarter = ReportingPeriod.Quarter(2021, 1);
        var conversations = new ObservationKey(line.Id, quarter, Metric.Conversations);
        Breakdown byReason = Breakdown.ByCategory(conversations.Observe(200), reasons, BreakdownCoverage.Complete,
            ("family", 90), ("school", 70), ("unknown", 40));
        Console.WriteLine($"{byReason.Known} of {byReason.Total.Count} have a known reason");

        // Periods move through the real calendar.
        Console.WriteLine($"{quarter.Previous()} and {quarter.YearsEarlier(1)}, which has {quarter.YearsEarlier(1).Days} days");

        // A leap-day launch is one year old on 28 February of the next year (NodaTime's rule).
        Console.WriteLine(line.AgeOn(new LocalDate(2021, 2, 28)));

        // Reports of different quarters go into one dataset; merging the same data twice changes nothing.
        Report first = Report.Create(line, quarter, breakdowns: new[] { byReason });
        Report second = Report.Create(line, quarter.Next(), new[] { conversations.WithPeriod(quarter.Next()).Observe(180) });
        Dataset dataset = Dataset.Of(first).Merge(Dataset.Of(second)).Merge(Dataset.Of(first));
        Console.WriteLine(dataset);
        // end-snippet
    }
}
