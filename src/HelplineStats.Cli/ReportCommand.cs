using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using HelplineStats.Core.Audit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Rendering;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Cli;

/// <summary>
/// <c>helpline-stats report</c>, the README's main job: every helpline of the data (by default the embedded 2021 figures)
/// with its facts, every published figure with what the counts say about it, and a closing section listing the figures
/// the counts do not confirm. A report with disagreements is still a report: it exits 0.
/// </summary>
internal static class ReportCommand
{
    /// <summary>The time zone in which "today" is read for the Flemish helplines.</summary>
    private const string HomeZone = "Europe/Brussels";

    internal static Command Create(IClock clock)
    {
        var files = new Argument<string[]>("files") { Description = "JSON or CSV files to report on (default: the embedded 2021 figures).", Arity = ArgumentArity.ZeroOrMore };
        var helplineOption = new Option<string[]>("--helpline") { Description = "Only these helplines (ids such as 1712, tele-onthaal, stop-it-now-flanders).", AllowMultipleArgumentsPerToken = true };
        var yearOption = new Option<int[]>("--year") { Description = "Only the reports of these years.", AllowMultipleArgumentsPerToken = true };
        Option<string> cultureOption = CultureOption.Create();
        var asOfOption = new Option<string?>("--as-of") { Description = "The day ages are measured on (YYYY-MM-DD); default: today in " + HomeZone + "." };
        OutputFormat formatOption = OutputFormat.Create("report", "text, markdown, json, csv or html (one self-contained page with charts).",
            "text", "markdown", "json", "csv", "html");
        var outputOption = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        var input = DatasetInput.InputOption();
        var confidenceOption = new Option<double?>("--confidence")
        {
            Description = "Add a confidence interval at this level in percent (95) after every share and change whose counts are known (docs/uncertainty.md).",
        };
        var chanceOption = new Option<bool>("--within-chance") { Description = "Say of every change that chance alone could give that it could (at --confidence, default 95%)." };
        var command = new Command("report", "Print every published figure with what its counts say, and the figures they do not confirm.")
        {
            files, input, helplineOption, yearOption, cultureOption, formatOption.Option, asOfOption, outputOption, confidenceOption, chanceOption,
        };
        command.SetAction(parsed =>
        {
            TextCulture culture = CultureOption.Parse(parsed, cultureOption);
            LocalDate asOf = ParseAsOf(parsed.GetValue(asOfOption), clock);
            StatementOptions options = ParseStatementOptions(parsed.GetValue(confidenceOption), parsed.GetValue(chanceOption));
            IReadOnlyList<string> inputs = DatasetInput.Files(parsed.GetValue(files), parsed.GetValue(input));
            string? path = parsed.GetValue(outputOption);
            if (path is not null)
            {
                CliOutput.Check(path, inputs);
            }
            string format = formatOption.Resolve(parsed, path);
            Dataset dataset = DatasetInput.Filter(DatasetInput.Load(inputs),
                parsed.GetValue(helplineOption) ?? Array.Empty<string>(), parsed.GetValue(yearOption) ?? Array.Empty<int>());
            AuditResult audit = Auditor.Default.Audit(dataset);
            if (format == "html")
            {
                if (options != StatementOptions.None)
                {
                    throw new CliInputException("--confidence and --within-chance: the HTML page shows the published figures only; write text, markdown, json or csv instead.");
                }
                FiguresPage html = FiguresPage.Of(dataset, audit, culture, asOf);
                CliOutput.Write(parsed, path, inputs, writer => PageRenderer.Default.Render(html, writer));
                return CliApp.ExitOk;
            }
            ReportPage page = ReportPage.Of(dataset, audit, culture, asOf, options);
            CliOutput.Write(parsed, path, inputs, output =>
            {
                switch (format)
                {
                    case "markdown":
                        output.Write(page.ToMarkdown());
                        break;
                    case "json":
                        output.Write(AuditJsonWriter.ToJson(page));
                        output.Write('\n');
                        break;
                    case "csv":
                        ReportCsvWriter.Write(page, output);
                        break;
                    default:
                        output.Write(page.ToText());
                        break;
                }
            });
            return CliApp.ExitOk;
        });
        return command;
    }

    private static LocalDate ParseAsOf(string? text, IClock clock)
    {
        if (text is null)
        {
            return clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[HomeZone]).Date;
        }
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new CliInputException($"--as-of: '{text}' is not a date; write it as YYYY-MM-DD, for example 2021-12-31.");
    }

    private static StatementOptions ParseStatementOptions(double? percent, bool withinChance)
    {
        if (percent is double level && !(level > 0 && level < 100))
        {
            throw new CliInputException(FormattableString.Invariant($"--confidence must lie strictly between 0 and 100 (a level in percent, such as 95); it was {level}."));
        }
        return percent is null && !withinChance ? StatementOptions.None : new StatementOptions(percent / 100, withinChance);
    }
}
