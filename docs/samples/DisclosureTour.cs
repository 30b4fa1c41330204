// The walk of docs/disclosure.md. DocSampleTests checks that the page shows exactly the lines between the snippet
// markers, and that the output it shows is what they print.
using System;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Docs.Samples;

/// <summary>Protecting a small table, and checking what a published one gives away.</summary>
public static class DisclosureTour
{
    /// <summary>Runs the walk, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: disclosure-tour
        // 40 calls in 2022: 30 by phone, 7 by chat, 3 by e-mail, and the e-mail share printed as 7.5%.
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2022), Metric.Calls);
        Report report = Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022),
            breakdowns: new[] { Breakdown.ByChannel(calls.Observe(40), BreakdownCoverage.Complete, (Channel.Phone, 30), (Channel.Chat, 7), (Channel.Email, 3)) },
            figures: new[] { ShareFigure.Of("email-share", calls.WithChannel(Channel.Email), calls, ShareBasis.Total, 7.5m, precision: Precision.DecimalPlaces(1)) });
        Dataset table = Dataset.Of(report);

        // Counts below 5 are shown as "fewer than 5"; whatever would give one back is hidden or withheld.
        Protection protection = DisclosurePolicy.Default.Protect(table);
        Console.WriteLine(protection);
        foreach (ObservationKey key in new[] { calls, calls.WithChannel(Channel.Phone), calls.WithChannel(Channel.Chat), calls.WithChannel(Channel.Email) })
        {
            Report shown = protection.Dataset.Reports[0];
            CountBounds bounds = shown.Find(key)?.Bounds ?? CountBounds.Unknown;
            Console.WriteLine($"  {key}: {DisclosureStatements.Shown(bounds, TextCulture.English)}");
        }
        foreach (string sentence in DisclosureStatements.Of(protection, TextCulture.English))
        {
            Console.WriteLine(sentence);
        }

        // The unprotected table gives e-mail away; the protected one gives nothing away.
        foreach (string sentence in DisclosureStatements.Of(DisclosurePolicy.Default.Check(table), table, TextCulture.Dutch))
        {
            Console.WriteLine(sentence);
        }
        Console.WriteLine(DisclosurePolicy.Default.Check(protection.Dataset));
        // end-snippet
    }
}
