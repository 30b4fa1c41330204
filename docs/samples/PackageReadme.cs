// The first example of the package's own README (src/HelplineStats.Core/README.md, shown on the package's page).
// DocSampleTests checks that the page shows exactly the lines between the snippet markers, and what they print.
using System;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Docs.Samples;

/// <summary>The package README's first example.</summary>
public static class PackageReadme
{
    /// <summary>Runs the example, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: package-readme
        // Counts of your own: 1,240 calls in 2024, 930 of them by phone, and 1,100 calls in 2023.
        Count total = Count.Of(1_240, Metric.Calls), byPhone = Count.Of(930, Metric.Calls);
        Count lastYear = Count.Of(1_100, Metric.Calls);

        // Exact until shown, rounded only when asked, with the rounding named.
        Share share = Share.Of(byPhone, total);
        Console.WriteLine(share);
        Console.WriteLine(RoundingPolicy.Whole.Round(share.Percent!.Value));
        Console.WriteLine(Change.Between(lastYear, total));

        // Undefined is a value, not an exception: a share of nothing.
        Console.WriteLine(Share.Of(Count.Of(0, Metric.Calls), Count.Of(0, Metric.Calls)).IsDefined);

        // Check a printed page against its counts: the 2021 page of three Flemish helplines ships with the package.
        AuditResult audit = Auditor.Default.Audit(EmbeddedData.FlemishHelplines2021);
        Console.WriteLine(audit);
        Console.WriteLine(audit.Contradicted.First());
        // end-snippet
    }
}
