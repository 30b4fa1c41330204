// The third example of docs/records.md. DocSampleTests checks that the page shows exactly the lines between the
// snippet markers, and that the output it shows is what they print.
using System;
using System.IO;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Docs.Samples;

/// <summary>A records file read on two cores, with a bad row near its end.</summary>
public static class RecordFileTour
{
    /// <summary>Runs the example, writing to the console.</summary>
    public static void Run()
    {
        string path = Path.Combine(Path.GetTempPath(), $"export-{Environment.ProcessId}-{Environment.CurrentManagedThreadId}.csv");
        try
        {
            // begin-snippet: records-file
            // A registration export on disk (made-up records, and one bad row at the end).
            using (var writer = new StreamWriter(path))
            {
                ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, year: 2021, count: 100_000, seed: 3), writer);
                writer.Write("1712,2021-02-30,phone,conversation,,,,,,false\n");
            }

            // Read on two cores: the file is cut at line ends, each part is parsed from its UTF-8 bytes and counted on its
            // own, and the parts are added up exactly. An error names its true line, whichever part held it, and the
            // aggregator keeps exactly the rows before it, as on one core.
            string? Read(ContactAggregator aggregator, int cores)
            {
                using FileStream file = File.OpenRead(path);
                try
                {
                    ContactRecordCsv.ReadInto(file, "export.csv", aggregator, Helplines.All, cores, progress: null);
                    return null;
                }
                catch (DataFormatException e)
                {
                    return e.Message;
                }
            }
            var onTwoCores = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
            var onOneCore = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
            string? error = Read(onTwoCores, cores: 2);
            Console.WriteLine(error);
            Console.WriteLine($"the same on one core: {Read(onOneCore, cores: 1) == error}, {onTwoCores.RecordCount} records counted on both, "
                + $"the same counts: {onTwoCores.ToAggregate() == onOneCore.ToAggregate()}");
            // end-snippet
        }
        finally
        {
            File.Delete(path);
        }
    }
}
