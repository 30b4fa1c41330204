// The code of docs/figures.md. DocSampleTests checks that the page shows exactly the lines between the snippet
// markers, and that the output it shows is what they print.
using System;
using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Docs.Samples;

/// <summary>Worked examples of every kind of figure, on the 2021 figures.</summary>
public static class FiguresTour
{
    /// <summary>Runs the examples, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: figures-tour
        RoundingPolicy whole = RoundingPolicy.Whole;           // half away from zero, named presets
        RoundingPolicy oneDecimal = RoundingPolicy.OneDecimal;
        Count Calls(long n) => Count.Of(n, Metric.Calls);

        // Share: Tele-Onthaal's phone calls of all its calls in 2021. Exact until shown; ToString shows one decimal.
        Share phone = Share.Of(Calls(118_408), Calls(137_669));
        Console.WriteLine($"share by phone: {whole.Round(phone.Percent!.Value)}% ({phone})");

        // Undefined is a value, never an exception: a share of nothing has no percentage.
        Share ofNothing = Share.Of(Calls(0), Calls(0));
        Console.WriteLine($"share of nothing: defined {ofNothing.IsDefined}, {ofNothing}");

        // Rate per day, over the real number of days.
        Console.WriteLine($"per day: {whole.Round(Rate.PerDay(Calls(137_669), ReportingPeriod.Year(2021)).Value)} in 2021, "
            + $"{whole.Round(Rate.PerDay(Calls(139_092), ReportingPeriod.Year(2020)).Value)} in 2020");

        // Change, earlier before later, always over the earlier count.
        Change calls = Change.Between(Calls(139_092), Calls(137_669));
        Console.WriteLine($"calls: {calls}");
        Change visitors = Change.Between(Count.Of(210_523, Metric.WebsiteVisitors), Count.Of(174_063, Metric.WebsiteVisitors));
        Console.WriteLine($"website visitors: {visitors.Absolute} or {oneDecimal.Round(visitors.RelativePercent!.Value)}%");

        // Percentages that add up to 100, from plain counts: Stop it Now!'s contacts by channel.
        var contacts = new Dictionary<Channel, long> { [Channel.Email] = 173, [Channel.Phone] = 162, [Channel.Chat] = 75 };
        ApportionedPercentages channels = Apportionment.Percentages(contacts);
        Console.WriteLine($"channels: {channels}");

        // One in N, with the qualifier that names the side.
        Share chat = Share.Of(Count.Of(18, Metric.Calls), Count.Of(100, Metric.Calls));
        Console.WriteLine($"chat: {NaturalFrequency.Of(chat, whole, QualifierTable.Default)}");

        // A multiple, earlier before later, phrased by the same table the audit accepts with.
        Multiple multiple = Multiple.Between(Calls(100), Calls(292));
        Console.WriteLine($"multiple: {multiple.Phrase(whole, QualifierTable.Default)} times as many ({multiple})");

        // Since launch: the year between two running totals, and a share of a running total.
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var to2020 = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2020), Count.Of(1_503, Metric.Contacts));
        var to2021 = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2021), Count.Of(1_913, Metric.Contacts));
        Console.WriteLine($"2021 from the running totals: {to2021.Since(to2020)}");
        Share referred = Share.OfSubset(Count.Of(263, Metric.Referrals), to2021.Total);
        Console.WriteLine($"referred since launch: {whole.Round(referred.Percent!.Value)}% of all contacts");
        // end-snippet
    }
}
