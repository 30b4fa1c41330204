using System.Collections.Generic;
using System.CommandLine;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Cli;

/// <summary><c>helpline-stats export [FILE...]</c>: the data (embedded, or read from files) written as a JSON or CSV file.</summary>
internal static class ExportCommand
{
    internal static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON or CSV files to write together (default: the embedded 2021 figures).", Arity = ArgumentArity.ZeroOrMore };
        OutputFormat format = OutputFormat.Create("export", "json (full fidelity) or csv (tidy, one row per count or figure).", "json", "csv");
        var input = DatasetInput.InputOption();
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        DisclosureOptions disclosure = DisclosureOptions.Create();
        var command = new Command("export", "Write the data as a file that report and audit read back.") { files, format.Option, input, output, disclosure.MinCount, disclosure.RoundTo };
        command.SetAction(parsed =>
        {
            IReadOnlyList<string> inputs = DatasetInput.Files(parsed.GetValue(files), parsed.GetValue(input));
            disclosure.Policy(parsed);
            string? path = parsed.GetValue(output);
            if (path is not null)
            {
                CliOutput.Check(path, inputs);
            }
            string written = format.Resolve(parsed, path);
            Dataset dataset = disclosure.Apply(parsed, DatasetInput.Load(inputs));
            string text = written == "csv" ? DatasetCsvWriter.ToCsv(dataset).TrimEnd('\n') : DatasetJsonWriter.ToJson(dataset);
            CliOutput.Write(parsed, path, inputs, text);
            return CliApp.ExitOk;
        });
        return command;
    }
}
