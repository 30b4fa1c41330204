// The worked example of docs/audit.md: three articles over two years. DocSampleTests checks that the page shows exactly
// the lines between the snippet markers, and that the output it shows is what they print.
using System;
using HelplineStats.Core.Audit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Text;
using NodaTime;

namespace HelplineStats.Docs.Samples;

/// <summary>An audit across three articles: a total from one, its parts from another, changes in a third.</summary>
public static class AuditArticlesTour
{
    /// <summary>Runs the audit, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: audit-articles
        // A made-up helpline answering by phone and chat. What is known of its counts is only their shape: each year's
        // contacts are the phone contacts plus the chats. No count itself was ever published as data.
        var line = new Helpline(HelplineId.Of("example-line"), "Example Line", "A made-up helpline for this example.",
            new LocalDate(2020, 3, 1), new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat) },
            AnonymityPolicy.AlwaysAnonymous);
        ReportingPeriod y2023 = ReportingPeriod.Year(2023), y2024 = ReportingPeriod.Year(2024);
        var contacts = new ObservationKey(line.Id, y2023, Metric.Contacts);
        ObservationKey phone = contacts.WithChannel(Channel.Phone), chat = contacts.WithChannel(Channel.Chat);
        Breakdown Shape(ReportingPeriod year) => Breakdown.Create(
            new Observation(contacts.WithPeriod(year), CountBounds.Unknown), BreakdownDimension.Channel, BreakdownCoverage.Complete,
            new[] { new Observation(phone.WithPeriod(year), CountBounds.Unknown), new Observation(chat.WithPeriod(year), CountBounds.Unknown) });

        // The annual report of 2023 printed the total; a newspaper printed the parts; the annual report of 2024 the changes.
        Report annualReport2023 = Report.Create(line, y2023, breakdowns: new[] { Shape(y2023) },
            figures: new[] { CountFigure.Of("contacts", contacts, 1_200m) });
        Report newspaper = Report.Create(line, y2023, figures: new[]
        {
            CountFigure.Of("by-phone", phone, 744m),
            CountFigure.Of("by-chat", chat, 456m),
        });
        Report annualReport2024 = Report.Create(line, y2024, breakdowns: new[] { Shape(y2024) }, figures: new PublishedFigure[]
        {
            CountFigure.Of("contacts", contacts.WithPeriod(y2024), 1_380m),
            RelativeChangeFigure.Of("contacts-change", contacts.WithPeriod(y2024), y2023, 15m),
            CountFigure.Of("chats", chat.WithPeriod(y2024), 540m),
            RelativeChangeFigure.Of("chats-change", chat.WithPeriod(y2024), y2023, 81.4m, precision: Precision.DecimalPlaces(1)),
        });

        // The three articles are one dataset (the two about 2023 merge into one report), or one file in format version 2.
        Dataset articles = Dataset.Of(annualReport2023, newspaper, annualReport2024);
        Console.WriteLine(DatasetJsonWriter.ToJson(articles).Contains("\"helplinestats/2\"", StringComparison.Ordinal));
        AuditResult result = Auditor.Default.Audit(articles);
        foreach (FigureVerdict verdict in result.Verdicts)
        {
            Console.WriteLine($"{verdict.Reference}: {verdict.Kind}");
            foreach (Explanation explanation in verdict.Explanations)
            {
                Console.WriteLine($"  {explanation.Kind}: {Statements.Explanation(explanation, verdict, TextCulture.English)}");
            }
        }
        foreach (CountInterval interval in result.InferredCounts)
        {
            Console.WriteLine($"inferred: {interval}");
        }
        // end-snippet
    }
}
