// The code of docs/figures.md. DocSampleTests checks that the page shows exactly the lines between the snippet
// markers, and that the output it shows is what they print.
using System;
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
        RoundingPolicy whole = RoundingPolicy.HalfAwayFromZero(0);
        RoundingPolicy oneDecimal = RoundingPolicy.HalfAwayFromZero(1);
        Count Calls(long n) => Count.Of(n, Metric.Calls);

        // Share: Tele-Onthaal's phone calls of all its calls in 2021.
        Share phone = Share.Of(Calls(118_408), Calls(137_669));
        Console.WriteLine($"share by phone: {whole.Round(phone.Percent)}%");

        // Rate per day, over the real number of days.
        Console.WriteLine($"per day: {whole.Round(Rate.PerDay(Calls(137_669), ReportingPeriod.Year(2021)).Value)} in 2021, "
            + $"{whole.Round(Rate.PerDay(Calls(139_092), ReportingPeriod.Year(2020)).Value)} in 2020");

        // Change, always over the earlier count.
        Change calls = Change.Between(Calls(139_092), Calls(137_669));
        Console.WriteLine($"calls: {calls.Absolute} or {whole.Round(calls.RelativePercent!.Value)}%");
        Change visitors = Change.Between(Count.Of(210_523, Metric.WebsiteVisitors), Count.Of(174_063, Metric.WebsiteVisitors));
        Console.WriteLine($"website visitors: {visitors.Absolute} or {oneDecimal.Round(visitors.RelativePercent!.Value)}%");

        // Apportioned percentages that add up to 100: Stop it Now!'s contacts by channel.
        ApportionedPercentages channels = Apportionment.LargestRemainder(
            new[] { ("email", 173L), ("phone", 162L), ("chat", 75L) }, decimals: 0, target: 100);
        Console.WriteLine($"channels: {channels}");

        // One in N, with the qualifier that names the side.
        Share chat = Share.Of(Count.Of(18, Metric.Calls), Count.Of(100, Metric.Calls));
        Console.WriteLine($"chat: {NaturalFrequency.Of(chat, whole, QualifierTable.Default)}");

        // A multiple, phrased by the same table the audit accepts with.
        Console.WriteLine($"multiple: {Multiple.Of(Calls(292), Calls(100)).Phrase(whole, QualifierTable.Default)} times as many");

        // Since launch: the year between two running totals, and a share of a running total.
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var to2020 = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2020), Count.Of(1_503, Metric.Contacts));
        var to2021 = CumulativeTotal.SinceLaunch(stopItNow, ReportingPeriod.Year(2021), Count.Of(1_913, Metric.Contacts));
        Console.WriteLine($"2021 from the running totals: {to2021.Since(to2020)}");
        Share referred = Share.OfSubset(Count.Of(263, Metric.Referrals), to2021.Total);
        Console.WriteLine($"referred since launch: {whole.Round(referred.Percent)}% of all contacts");
        // end-snippet
    }
}
