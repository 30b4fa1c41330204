using System;
using System.CommandLine;
using System.IO;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Cli;

/// <summary><c>helpline-stats aggregate RECORDS.csv</c>: contact records to the dataset <c>report</c> and <c>audit</c> read.</summary>
internal static class AggregateCommand
{
    /// <summary>How often progress is shown on long inputs.</summary>
    private const long ProgressEvery = 1_000_000;

    /// <summary>Writes a line to standard error each time another <see cref="ProgressEvery"/> records have been read.</summary>
    private sealed class ProgressLine(TextWriter error, string path) : IProgress<long>
    {
        private long _shown;

        public void Report(long value)
        {
            if (value / ProgressEvery > _shown / ProgressEvery)
            {
                error.WriteLine($"helpline-stats: {path}: {value} records aggregated...");
            }
            _shown = value;
        }
    }

    internal static Command Create()
    {
        var file = new Argument<string[]>("inputs") { Description = "CSV files of contact records (docs/records.md) and JSON files of partial aggregates, merged.", Arity = ArgumentArity.OneOrMore };
        var granularity = new Option<string>("--granularity") { Description = "day, month, quarter or year.", DefaultValueFactory = _ => "year" };
        granularity.AcceptOnlyFromAmong("day", "month", "quarter", "year");
        var format = new Option<string>("--format") { Description = "json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        var partial = new Option<bool>("--partial") { Description = "Write the partial aggregate (JSON) instead of the dataset, to merge with other shards later." };
        var command = new Command("aggregate", "Count contact records into the dataset that report and audit read.") { file, granularity, format, output, partial };
        command.SetAction(parsed =>
        {
            var periods = Enum.Parse<PeriodGranularity>(parsed.GetValue(granularity)!, ignoreCase: true);
            TextWriter error = parsed.InvocationConfiguration.Error;
            ContactAggregate total = ContactAggregate.Empty(periods);
            long records = 0;
            foreach (string path in parsed.GetValue(file)!)
            {
                if (!File.Exists(path))
                {
                    throw new CliInputException($"{path}: no such file.");
                }
                try
                {
                    if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
                    {
                        using FileStream stream = File.OpenRead(path);
                        ContactAggregate shard = ContactAggregateJson.Read(stream, path, AggregationSchema.Default);
                        if (shard.Granularity != periods)
                        {
                            throw new CliInputException($"{path}: counts per {shard.Granularity}, but --granularity is {periods}.");
                        }
                        total = total.Merge(shard);
                        continue;
                    }
                    var aggregator = new ContactAggregator(periods, AggregationSchema.Default);
                    using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                    ContactRecordCsv.ReadInto(reader, path, aggregator, new ProgressLine(error, path));
                    records += aggregator.RecordCount;
                    total = total.Merge(aggregator.ToAggregate());
                }
                catch (DataFormatException e)
                {
                    throw new CliInputException(e.Message);
                }
                catch (RecordException e)
                {
                    throw new CliInputException($"{path}: {e.Message}");
                }
            }
            if (parsed.GetValue(partial))
            {
                CliOutput.Write(parsed, parsed.GetValue(output), ContactAggregateJson.ToJson(total));
                error.WriteLine($"helpline-stats: {records} records aggregated into a partial aggregate of {total.Counts.Count} counts.");
                return CliApp.ExitOk;
            }
            Dataset dataset;
            try
            {
                dataset = total.ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
            }
            catch (InvalidOperationException e)
            {
                throw new CliInputException(e.Message);
            }
            CliOutput.Write(parsed, parsed.GetValue(output), parsed.GetValue(format) == "csv" ? DatasetCsvWriter.ToCsv(dataset).TrimEnd('\n') : DatasetJsonWriter.ToJson(dataset));
            error.WriteLine($"helpline-stats: {records} records aggregated into {dataset.Reports.Count} report{(dataset.Reports.Count == 1 ? "" : "s")}.");
            return CliApp.ExitOk;
        });
        return command;

    }
}
