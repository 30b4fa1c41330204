// The code of docs/text.md. DocSampleTests checks that the page shows exactly the lines between the snippet markers,
// and that the output it shows is what they print.
using System;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Docs.Samples;

/// <summary>A small page worded in Dutch and in English.</summary>
public static class TextTour
{
    /// <summary>Audits a small page and prints it in both languages.</summary>
    public static void Run()
    {
        // begin-snippet: text-tour
        // Stop it Now!'s 410 contacts of 2021 by channel, and 461 contacts in 2020 (a made-up count that fits the page's -11%).
        Helpline stopItNow = Helplines.StopItNowFlanders;
        ReportingPeriod y2021 = ReportingPeriod.Year(2021), y2020 = ReportingPeriod.Year(2020);
        var contacts = new ObservationKey(stopItNow.Id, y2021, Metric.Contacts);

        Report report = Report.Create(stopItNow, y2021,
            observations: new[] { contacts.WithPeriod(y2020).Observe(461) },
            breakdowns: new[]
            {
                Breakdown.ByChannel(contacts.Observe(410), BreakdownCoverage.Complete, (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75)),
            },
            figures: new PublishedFigure[]
            {
                ShareFigure.Of("phone", contacts.WithChannel(Channel.Phone), contacts, ShareBasis.Total, 40m),
                // A made-up slip: the change divided by the later count, (410 - 461) / 410.
                RelativeChangeFigure.Of("vs-2020", contacts, y2020, -12.4m),
                RelativeChangeFigure.Of("vs-2019", contacts, ReportingPeriod.Year(2019), 46m),
            });
        Dataset dataset = Dataset.Of(report);
        AuditResult audit = Auditor.Default.Audit(dataset);

        foreach (TextCulture culture in new[] { TextCulture.Dutch, TextCulture.English })
        {
            ReportPage page = ReportPage.Of(dataset, audit, culture, asOf: new LocalDate(2022, 1, 1));
            Console.Write(page.ToText());
            Console.WriteLine();
        }
        // end-snippet
    }
}
