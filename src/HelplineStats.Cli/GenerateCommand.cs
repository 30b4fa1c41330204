using System;
using System.CommandLine;
using System.IO;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Cli;

/// <summary><c>helpline-stats generate</c>: made-up contact records as CSV, for demos and tests. Never real data.</summary>
internal static class GenerateCommand
{
    internal static Command Create()
    {
        var helpline = new Option<string>("--helpline") { Description = "A built-in helpline id.", DefaultValueFactory = _ => "1712" };
        var year = new Option<int>("--year") { Description = "The year of the records.", DefaultValueFactory = _ => 2021 };
        var count = new Option<long>("--count") { Description = "How many records.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same records.", DefaultValueFactory = _ => 1 };
        var output = new Option<string?>("--output") { Description = "The CSV file to write (default: standard output)." };
        var command = new Command("generate", "Write made-up (synthetic) contact records as CSV; they are never real data.") { helpline, year, count, seed, output };
        command.SetAction(parsed =>
        {
            string id = parsed.GetRequiredValue(helpline);
            Helpline line = Helplines.All.FirstOrDefaultById(id)
                ?? throw new CliInputException($"--helpline: there is no built-in helpline '{id}'.");
            if (parsed.GetValue(count) < 0)
            {
                throw new CliInputException($"--count: must not be negative; it was {parsed.GetValue(count)}.");
            }
            if (parsed.GetValue(year) is < ReportingPeriod.MinYear or > ReportingPeriod.MaxYear)
            {
                throw new CliInputException($"--year: must lie between {ReportingPeriod.MinYear} and {ReportingPeriod.MaxYear}; it was {parsed.GetValue(year)}.");
            }
            if (line.LaunchDate is NodaTime.LocalDate launch && launch.Year > parsed.GetValue(year))
            {
                throw new CliInputException($"--year: {line.Id} was launched on {NodaTime.Text.LocalDatePattern.Iso.Format(launch)}; it had no contacts in {parsed.GetValue(year)}.");
            }
            OutputFormat.Choose(null, parsed.GetValue(output), "generate", ["csv"]);
            var records = SyntheticRecords.Generate(line, parsed.GetValue(year), parsed.GetValue(count), parsed.GetValue(seed));
            CliOutput.Write(parsed, parsed.GetValue(output), Array.Empty<string>(), writer => ContactRecordCsv.Write(records, writer));
            return CliApp.ExitOk;
        });
        return command;
    }

    private static Helpline? FirstOrDefaultById(this System.Collections.Generic.IEnumerable<Helpline> helplines, string id)
    {
        foreach (Helpline candidate in helplines)
        {
            if (string.Equals(candidate.Id.Value, id, StringComparison.Ordinal))
            {
                return candidate;
            }
        }
        return null;
    }
}
