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

    internal static Command Create()
    {
        var file = new Argument<string>("records") { Description = "The CSV file of contact records (docs/records.md)." };
        var granularity = new Option<string>("--granularity") { Description = "day, month, quarter or year.", DefaultValueFactory = _ => "year" };
        granularity.AcceptOnlyFromAmong("day", "month", "quarter", "year");
        var format = new Option<string>("--format") { Description = "json or csv.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        var command = new Command("aggregate", "Count contact records into the dataset that report and audit read.") { file, granularity, format, output };
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(file)!;
            if (!File.Exists(path))
            {
                throw new CliInputException($"{path}: no such file.");
            }
            var aggregator = new ContactAggregator(Enum.Parse<PeriodGranularity>(parsed.GetValue(granularity)!, ignoreCase: true), AggregationSchema.Default);
            TextWriter error = parsed.InvocationConfiguration.Error;
            try
            {
                using var reader = new StreamReader(path);
                foreach (ContactRecord record in ContactRecordCsv.Read(reader, path, AggregationSchema.Default))
                {
                    aggregator.Add(record);
                    if (aggregator.RecordCount % ProgressEvery == 0)
                    {
                        error.WriteLine($"helpline-stats: {aggregator.RecordCount} records aggregated...");
                    }
                }
            }
            catch (DataFormatException e)
            {
                throw new CliInputException(e.Message);
            }
            catch (RecordException e)
            {
                throw new CliInputException($"{path}: {e.Message}");
            }
            Dataset dataset;
            try
            {
                dataset = aggregator.ToAggregate().ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
            }
            catch (InvalidOperationException e)
            {
                throw new CliInputException($"{path}: {e.Message}");
            }
            string text = parsed.GetValue(format) == "csv" ? DatasetCsvWriter.ToCsv(dataset).TrimEnd('\n') : DatasetJsonWriter.ToJson(dataset);
            if (parsed.GetValue(output) is string target)
            {
                File.WriteAllText(target, text + "\n");
            }
            else
            {
                parsed.InvocationConfiguration.Output.WriteLine(text);
            }
            error.WriteLine($"helpline-stats: {aggregator.RecordCount} records aggregated into {dataset.Reports.Count} reports.");
            return CliApp.ExitOk;
        });
        return command;
    }
}
