// The code of docs/composing.md. DocSampleTests checks that the page shows exactly the lines between the snippet
// markers, and that the output it shows is what they print.
using System;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Docs.Samples;

/// <summary>From five years of made-up registrations to a checked page of figures.</summary>
public static class ComposeTour
{
    /// <summary>Runs the example, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: compose-tour
        // Five years of made-up Stop it Now! registrations (never real data); none before the launch on 19 May 2017.
        Helpline stopItNow = Helplines.StopItNowFlanders;
        var counter = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        for (int year = 2017; year <= 2021; year++)
        {
            counter.AddRange(SyntheticRecords.Generate(stopItNow, year, count: 300 + (40 * (year - 2017)), seed: year));
        }
        Dataset counts = counter.ToAggregate().ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);

        // The default plan: totals, per-day averages, changes, multiples, records, shares, one in N, since launch, age.
        Composition composition = Composer.Default.Compose(counts, FigurePlan.Default);
        Console.WriteLine(composition);

        // A few of 2021's figures, as the file formats and the report read them.
        Report page2021 = composition.Dataset.Find(stopItNow.Id, ReportingPeriod.Year(2021))!;
        foreach (string id in new[] { "calls", "calls.per-day", "calls.vs-2020", "calls.times-2018", "calls.highest", "calls.since-launch",
                     "calls.phone.share", "calls.chat.share", "calls.email.share", "possible-victims.age-group.minor.one-in-n", "age" })
        {
            Console.WriteLine(page2021.FindFigure(id));
        }

        // The audit checks the page with the same formulas: every figure is confirmed.
        AuditResult audit = Auditor.Default.Audit(composition.Dataset);
        Console.WriteLine(audit);
        // end-snippet
    }
}
