// The code of docs/uncertainty.md. DocSampleTests checks that the page shows exactly the lines between the snippet
// markers, and that the output it shows is what they print.
using System;
using HelplineStats.Core.Uncertainty;

namespace HelplineStats.Docs.Samples;

/// <summary>How sure a few figures are.</summary>
public static class UncertaintyTour
{
    /// <summary>Prints the intervals.</summary>
    public static void Run()
    {
        // begin-snippet: uncertainty-tour
        // 162 of 410 contacts by phone: 39.5%, and with 95% confidence between these two shares.
        ConfidenceInterval phone = Intervals.Wilson(162, 410);
        Console.WriteLine($"phone share {phone}");

        // The share by phone went from 150 of 400 to 162 of 410: the change in percentage points, as a fraction.
        Console.WriteLine($"change in share {Intervals.Newcombe(150, 400, 162, 410)}");

        // 410 contacts after 387: +5.9%. The ratio's interval holds 1, so the rise may well be chance.
        ConfidenceInterval ratio = Intervals.PoissonRatio(387, 410);
        Console.WriteLine($"ratio {ratio}; more than chance: {!ratio.Contains(1)}");

        // A count of 3 says little about the rate behind it.
        Console.WriteLine($"three contacts {Intervals.PoissonCount(3)}");
        // end-snippet
    }
}
