// The code of docs/records.md. DocSampleTests checks that the page shows exactly the lines between the snippet
// markers, and that the output it shows is what they print.
using System;
using System.Linq;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Docs.Samples;

/// <summary>From synthetic registrations to a dataset.</summary>
public static class RecordsTour
{
    /// <summary>Runs the example, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: records-tour
        // Made-up registrations (never real data), reproducible from the seed.
        var records = SyntheticRecords.Generate(Helplines.Line1712, year: 2021, count: 10_000, seed: 42).ToList();

        // Two shards aggregated separately, then merged: the same as aggregating everything at once.
        var firstHalf = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        firstHalf.AddRange(records.Take(5_000));
        var secondHalf = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        secondHalf.AddRange(records.Skip(5_000));
        ContactAggregate merged = firstHalf.ToAggregate().Merge(secondHalf.ToAggregate());

        var whole = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        whole.AddRange(records);
        Console.WriteLine(merged == whole.ToAggregate());

        // The aggregate is the same kind of dataset the 2021 page is made of: audit it, report it, export it.
        Dataset dataset = merged.ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
        long calls = dataset.Reports.Sum(r => r.Find(new ObservationKey(r.Helpline.Id, r.Period, Metric.Calls))?.Value ?? 0);
        Console.WriteLine($"{dataset.Reports.Count} monthly reports, {calls} calls");
        // end-snippet
    }
}
