using System;
using System.CommandLine;
using System.IO;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Cli;

/// <summary><c>helpline-stats export</c>: the data (embedded, or read from files) written as a JSON or CSV file.</summary>
internal static class ExportCommand
{
    internal static Command Create()
    {
        var format = new Option<string>("--format") { Description = "json (full fidelity) or csv (tidy, one row per count or figure).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "csv");
        var input = DatasetInput.InputOption();
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        DisclosureOptions disclosure = DisclosureOptions.Create();
        var command = new Command("export", "Write the data as a file that report and audit read back.") { format, input, output, disclosure.MinCount, disclosure.RoundTo };
        command.SetAction(parsed =>
        {
            var inputs = DatasetInput.Files(null, parsed.GetValue(input));
            disclosure.Policy(parsed);
            if (parsed.GetValue(output) is string path)
            {
                CliOutput.Check(path, inputs);
            }
            Dataset dataset = disclosure.Apply(parsed, DatasetInput.Load(inputs));
            string text = parsed.GetValue(format) == "csv" ? DatasetCsvWriter.ToCsv(dataset).TrimEnd('\n') : DatasetJsonWriter.ToJson(dataset);
            CliOutput.Write(parsed, parsed.GetValue(output), inputs, text);
            return CliApp.ExitOk;
        });
        return command;
    }
}
