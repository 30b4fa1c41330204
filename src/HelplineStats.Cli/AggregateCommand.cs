using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Cli;

/// <summary><c>helpline-stats aggregate RECORDS.csv</c>: contact records to the dataset <c>report</c> and <c>audit</c> read.</summary>
internal static class AggregateCommand
{
    /// <summary>The most cores <c>--cores</c> takes (as many as the library reads a file with).</summary>
    private const int MostCores = 1024;

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
        OutputFormat format = OutputFormat.Create("aggregate", "json or csv (a partial aggregate: json only).", "json", "csv");
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        var partial = new Option<bool>("--partial") { Description = "Write the partial aggregate (JSON) instead of the dataset, to merge with other shards later." };
        var cores = new Option<int>("--cores") { Description = "How many cores read a records file, 1 to 1024 (default: all of this machine's).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var command = new Command("aggregate", "Count contact records into the dataset that report and audit read.") { file, granularity, format.Option, output, partial, cores };
        command.SetAction(parsed =>
        {
            var periods = Enum.Parse<PeriodGranularity>(parsed.GetRequiredValue(granularity), ignoreCase: true);
            TextWriter error = parsed.InvocationConfiguration.Error;
            string[] inputs = parsed.GetRequiredValue(file);
            int degreeOfParallelism = parsed.GetValue(cores);
            if (degreeOfParallelism is < 1 or > MostCores)
            {
                throw new CliInputException($"--cores: must lie between 1 and {MostCores}; it was {degreeOfParallelism}.");
            }
            if (parsed.GetValue(output) is string target)
            {
                CliOutput.Check(target, inputs);
            }
            // The same file twice (under two names, or through a link) is refused before anything is read; a copy of
            // a records file, or partial aggregates that counted one file, when their sources meet.
            for (int i = 0; i < inputs.Length; i++)
            {
                DatasetInput.RequireFile(inputs[i]);
                for (int j = 0; j < i; j++)
                {
                    if (Path.GetFullPath(inputs[i]) == Path.GetFullPath(inputs[j]) || FileIdentity.Same(inputs[i], inputs[j]))
                    {
                        string twice = inputs[i] == inputs[j] ? "given twice" : $"the same file as {inputs[j]}, given before";
                        throw new CliInputException($"{inputs[i]}: {twice}; each input is counted once, so give it once.");
                    }
                }
            }
            string written = parsed.GetValue(partial)
                ? format.Resolve(parsed, parsed.GetValue(output), "aggregate --partial", "json")
                : format.Resolve(parsed, parsed.GetValue(output));
            ContactAggregate total = ContactAggregate.Empty(periods);
            // Each records file counted so far: the input that brought it, the file as that input named it, and whether
            // the input was the records file itself (or a partial aggregate that counted it).
            var countedBy = new System.Collections.Generic.Dictionary<RecordSource, (string Input, RecordSource Source, bool Direct)>();
            long records = 0, recordFiles = 0, partials = 0, partialsWithoutSources = 0;
            foreach (string path in inputs)
            {
                ContactAggregate shard;
                bool direct = false;
                try
                {
                    if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
                    {
                        using FileStream stream = File.OpenRead(path);
                        shard = ContactAggregateJson.Read(stream, path, AggregationSchema.Default, Helplines.All);
                        if (shard.Granularity != periods)
                        {
                            throw new CliInputException($"{path}: counts per {shard.Granularity}, but --granularity is {periods}.");
                        }
                        partials++;
                        partialsWithoutSources += shard.Sources.Count == 0 ? 1 : 0;
                        foreach (RecordSource counted in shard.Sources)
                        {
                            records += counted.Records;
                        }
                    }
                    else
                    {
                        var aggregator = new ContactAggregator(periods, AggregationSchema.Default);
                        // Unbuffered: the reader takes large blocks itself, at offsets when it reads on several cores.
                        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
                        ContactRecordCsv.ReadInto(stream, path, aggregator, Helplines.All, degreeOfParallelism, new ProgressLine(error, path));
                        records += aggregator.RecordCount;
                        recordFiles++;
                        direct = true;
                        shard = aggregator.ToAggregate();
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new CliInputException($"{path}: cannot be read: {e.Message}");
                }
                catch (RecordException e)
                {
                    throw new CliInputException($"{path}: {e.Message}");
                }
                foreach (RecordSource counted in shard.Sources)
                {
                    if (countedBy.TryGetValue(counted, out (string Input, RecordSource Source, bool Direct) earlier))
                    {
                        throw new CliInputException($"{path}: {CountedTwice(counted, direct, earlier)} ({counted.Records} records, fingerprint {counted.Fingerprint}); each record is counted once, so nothing was written.");
                    }
                    countedBy[counted] = (path, counted, direct);
                }
                try
                {
                    total = total.Merge(shard);
                }
                catch (OverflowException e)
                {
                    throw new CliInputException($"{path}: {e.Message}");
                }
            }
            if (parsed.GetValue(partial))
            {
                CliOutput.Write(parsed, parsed.GetValue(output), inputs, ContactAggregateJson.ToJson(total));
                error.WriteLine($"helpline-stats: {Counted(records, recordFiles, partials, partialsWithoutSources)} aggregated into a partial aggregate of {total.Counts.Count} counts.");
                return CliApp.ExitOk;
            }
            Dataset dataset;
            try
            {
                dataset = total.ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or OverflowException)
            {
                // A partial aggregate is read count by count; whether its counts hang together (parts within totals)
                // is known only when they become reports.
                throw new CliInputException($"the counts of {string.Join(", ", inputs)} do not make a dataset: {CliApp.OneLine(e.Message)}");
            }
            CliOutput.Write(parsed, parsed.GetValue(output), inputs, written == "csv" ? DatasetCsvWriter.ToCsv(dataset).TrimEnd('\n') : DatasetJsonWriter.ToJson(dataset));
            error.WriteLine($"helpline-stats: {Counted(records, recordFiles, partials, partialsWithoutSources)} aggregated into {dataset.Reports.Count} report{(dataset.Reports.Count == 1 ? "" : "s")}.");
            return CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>
    /// What an input counted again, naming the records file and the input that counted it first: "holds the same records
    /// as a.csv", "counted a.csv, which is given too", "counted copy.csv, the same records as a.csv, which p.json counted".
    /// </summary>
    private static string CountedTwice(RecordSource counted, bool direct, (string Input, RecordSource Source, bool Direct) earlier)
    {
        string first = earlier.Direct ? earlier.Input : $"{earlier.Source.Name}, which {earlier.Input} counted";
        if (direct)
        {
            return $"holds the same records as {first}";
        }
        if (counted.Name == earlier.Source.Name)
        {
            return earlier.Direct ? $"counted {counted.Name}, which is given too" : $"counted {counted.Name}, which {earlier.Input} counted too";
        }
        return $"counted {counted.Name}, the same records as {first}";
    }

    private static string Plural(long n, string one) => n == 1 ? $"1 {one}" : $"{n} {one}s";

    /// <summary>What was counted, such as "6787 records from 1 file and 2 partial aggregates", and the partial aggregates
    /// of format version 1, which do not say how many records they counted.</summary>
    private static string Counted(long records, long files, long partials, long withoutSources)
    {
        long stated = partials - withoutSources;
        string? known = (files, stated) switch
        {
            (0, 0) => null,
            (_, 0) => $"{Plural(records, "record")} from {Plural(files, "file")}",
            (0, _) => $"{Plural(records, "record")} from {Plural(stated, "partial aggregate")}",
            _ => $"{Plural(records, "record")} from {Plural(files, "file")} and {Plural(stated, "partial aggregate")}",
        };
        string? unstated = withoutSources == 0 ? null
            : $"the records of {Plural(withoutSources, "partial aggregate")} of format version 1, which {(withoutSources == 1 ? "does" : "do")} not say how many";
        return (known, unstated) switch
        {
            (null, null) => "no records",
            (_, null) => known,
            (null, _) => $"{unstated},",
            _ => $"{known}, and {unstated},",
        };
    }
}
