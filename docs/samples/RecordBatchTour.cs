// The second example of docs/records.md. DocSampleTests checks that the page shows exactly the lines between the
// snippet markers, and that the output it shows is what they print.
using System;
using System.IO;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Docs.Samples;

/// <summary>From a CSV export to counts, fast; records held column by column; a contact at an instant.</summary>
public static class RecordBatchTour
{
    /// <summary>Runs the example, writing to the console.</summary>
    public static void Run()
    {
        // begin-snippet: records-batch
        // A registration export as CSV (written here from made-up records), read straight into an aggregator:
        // no object per record, and flat memory whatever the length of the file.
        var csv = new StringWriter();
        ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.TeleOnthaal, year: 2021, count: 50_000, seed: 7), csv);
        var aggregator = new ContactAggregator(PeriodGranularity.Quarter, AggregationSchema.Default);
        long read = ContactRecordCsv.ReadInto(new StringReader(csv.ToString()), "export.csv", aggregator);

        // The same records held column by column and counted on two cores give exactly the same counts.
        ContactRecordBatch batch = ContactRecordCsv.ReadBatch(new StringReader(csv.ToString()), "export.csv", AggregationSchema.Default);
        ContactAggregate onTwoCores = ContactAggregate.Of(batch, PeriodGranularity.Quarter, degreeOfParallelism: 2);
        Console.WriteLine($"{read} records read, {batch.Count} in the batch, same counts: {onTwoCores == aggregator.ToAggregate()}");

        // A contact registered at an instant counts on the local day of the helpline's time zone.
        ContactRecord lateCall = ContactRecord.At(Helplines.Line1712.Id, Instant.FromUtc(2021, 12, 31, 23, 30),
            DateTimeZoneProviders.Tzdb["Europe/Brussels"], Channel.Phone, ContactOutcome.Conversation,
            callerRelation: null, callerGender: null, anonymous: null,
            topics: Array.Empty<Category>(), victims: Array.Empty<PossibleVictim>(), referred: false);
        Console.WriteLine(LocalDatePattern.Iso.Format(lateCall.Date));
        // end-snippet
    }
}
