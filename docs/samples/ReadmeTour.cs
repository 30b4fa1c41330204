// The README's tour of the model. ReadmeSampleTests checks that README.md shows exactly the lines between the
// snippet markers, and runs them.
using System;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Docs.Samples;

/// <summary>The code of the README's tour.</summary>
public static class ReadmeTour
{
    /// <summary>Runs the tour, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: readme-tour
        Helpline stopItNow = Helplines.StopItNowFlanders;
        DatedPeriod year = ReportingPeriod.Year(2021);
        var contacts = new ObservationKey(stopItNow.Id, year, Metric.Contacts);

        // 410 contacts in 2021, by channel: the parts of a complete breakdown must add up to the total.
        Breakdown byChannel = Breakdown.ByChannel(contacts.Observe(410), BreakdownCoverage.Complete,
            (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75));

        // "Since launch" runs from 19 May 2017 to the end of 2021, from the real calendar.
        DatedPeriod sinceLaunch = stopItNow.SinceLaunch(year);
        var allContacts = new ObservationKey(stopItNow.Id, sinceLaunch, Metric.Contacts);

        // Published figures keep what was printed; checking them is the audit's job, not the model's.
        Report report = Report.Create(stopItNow, year,
            observations: new[] { allContacts.Observe(1913) },
            breakdowns: new[] { byChannel },
            figures: new PublishedFigure[]
            {
                ShareFigure.Of("chat-share", contacts.WithChannel(Channel.Chat), contacts, ShareBasis.Total, 18m),
                SinceLaunchFigure.Of("contacts-since-launch", allContacts, 1913m),
            });

        Console.WriteLine(report);
        Console.WriteLine(sinceLaunch.Days);
        Console.WriteLine(stopItNow.AgeOn(new LocalDate(2021, 12, 31)));

        // Exact until shown, with the rounding named: 75 of 410 contacts by chat.
        Rational chatShare = Rational.Of(75 * 100, 410);
        Console.WriteLine(chatShare.Round(1, RoundingMode.HalfAwayFromZero));

        // Counts of different metrics never add up.
        try
        {
            _ = Count.Of(410, Metric.Contacts) + Count.Of(33523, Metric.WebsiteVisitors);
        }
        catch (MetricMismatchException e)
        {
            Console.WriteLine(e.Message);
        }
        // end-snippet
    }
}
