using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Figures;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;

namespace HelplineStats.Cli;

/// <summary>
/// <c>helpline-stats audit [FILE...]</c>: the audit's verdict on every published figure, to standard output or <c>--output</c>;
/// exit 1 when any is inconsistent.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Some checkable figure is inconsistent, or the data does not hang together.</summary>
    internal const int ExitInconsistent = 1;

    internal static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON or CSV files to check together (default: the embedded 2021 figures).", Arity = ArgumentArity.ZeroOrMore };
        OutputFormat format = OutputFormat.Create("audit", "text or json.", "text", "json");
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        var helpline = new Option<string[]>("--helpline") { Description = "Only the reports of these helplines.", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int[]>("--year") { Description = "Only the reports of these years.", AllowMultipleArgumentsPerToken = true };
        var input = DatasetInput.InputOption();
        Option<string> culture = CultureOption.Create();
        var disclosure = new Option<int?>("--disclosure")
        {
            Description = "Also report every count from 1 to K-1 the data publishes or lets a reader work out, with the sums and figures that recover it (exit 1 when there is one; docs/disclosure.md).",
        };
        var command = new Command("audit", "Check every published figure against the counts it comes from.") { files, input, format.Option, output, helpline, year, culture, disclosure };
        command.SetAction(parsed =>
        {
            TextCulture language = CultureOption.Parse(parsed, culture);
            DisclosurePolicy? policy = parsed.GetValue(disclosure) is int minimum ? DisclosureOptions.PolicyOf("--disclosure", minimum) : null;
            IReadOnlyList<string> inputs = DatasetInput.Files(parsed.GetValue(files), parsed.GetValue(input));
            string? path = parsed.GetValue(output);
            if (path is not null)
            {
                CliOutput.Check(path, inputs);
            }
            string written = format.Resolve(parsed, path);
            Dataset dataset = DatasetInput.Filter(DatasetInput.Load(inputs),
                parsed.GetValue(helpline) ?? Array.Empty<string>(), parsed.GetValue(year) ?? Array.Empty<int>());
            AuditResult result = Auditor.Default.Audit(dataset);
            DisclosureCheck? check = policy?.Check(dataset);
            if (written == "json")
            {
                CliOutput.Write(parsed, path, inputs, check is null
                    ? AuditJsonWriter.ToJson(result, dataset, language)
                    : AuditJsonWriter.ToJson(result, check, dataset, language));
            }
            else
            {
                CliOutput.Write(parsed, path, inputs, check is null
                    ? AuditText.Of(result, dataset, language)
                    : AuditText.Of(result, dataset, language, check));
            }
            return result.IsClean && check?.IsSafe != false ? CliApp.ExitOk : ExitInconsistent;
        });
        return command;
    }
}
