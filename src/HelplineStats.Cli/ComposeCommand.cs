using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HelplineStats.Core.Compose;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;

namespace HelplineStats.Cli;

/// <summary>
/// <c>helpline-stats compose [FILE...] [--plan FILE | --like FILE]</c>: the figures of a page written from the counts,
/// by the default plan, a plan file, or the plan of a printed page; the dataset with the composed figures goes to
/// standard output or <c>--output</c>, the figures left out to standard error.
/// </summary>
internal static class ComposeCommand
{
    internal static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON or CSV files with the counts (default: the embedded 2021 figures).", Arity = ArgumentArity.ZeroOrMore };
        var input = DatasetInput.InputOption();
        var plan = new Option<string?>("--plan") { Description = "A plan file (helplinestats-plan/1; default: the default plan, see docs/composing.md)." };
        var like = new Option<string?>("--like") { Description = "A printed page (JSON or CSV): compose the figures it printed, from the counts." };
        var helpline = new Option<string[]>("--helpline") { Description = "Only the reports of these helplines (all counts are still used).", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int[]>("--year") { Description = "Only the reports of these years (earlier years' counts are still used).", AllowMultipleArgumentsPerToken = true };
        OutputFormat format = OutputFormat.Create("compose", "json (full fidelity) or csv (tidy).", "json", "csv");
        var output = new Option<string?>("--output") { Description = "The file to write (default: standard output)." };
        DisclosureOptions disclosure = DisclosureOptions.Create();
        Option<string> culture = CultureOption.Create();
        var command = new Command("compose", "Write the figures of a page from the counts: every value computed, rounded by a named mode, and checked by the same formulas as the audit.")
        {
            files, input, plan, like, helpline, year, format.Option, output, culture, disclosure.MinCount, disclosure.RoundTo,
        };
        command.SetAction(parsed =>
        {
            IReadOnlyList<string> inputs = DatasetInput.Files(parsed.GetValue(files), parsed.GetValue(input));
            string? planFile = parsed.GetValue(plan);
            string? likeFile = parsed.GetValue(like);
            disclosure.Policy(parsed);
            TextCulture language = CultureOption.Parse(parsed, culture);
            if (planFile is not null && likeFile is not null)
            {
                throw new CliInputException("--plan and --like: give one of them, not both.");
            }
            IEnumerable<string> read = inputs.Concat(new[] { planFile, likeFile }.OfType<string>());
            if (parsed.GetValue(output) is string path)
            {
                CliOutput.Check(path, read);
            }
            string written = format.Resolve(parsed, parsed.GetValue(output));
            FigurePlan figurePlan = planFile is not null ? ReadPlan(planFile)
                : likeFile is not null ? FigurePlan.Like(DatasetInput.Load(new[] { likeFile }))
                : FigurePlan.Default;
            Dataset counts = DatasetInput.Load(inputs);
            Composition composition = Composer.Default.Compose(counts, figurePlan);
            Dataset dataset = DatasetInput.Filter(composition.Dataset, parsed.GetValue(helpline) ?? Array.Empty<string>(), parsed.GetValue(year) ?? Array.Empty<int>());
            TextWriter error = parsed.InvocationConfiguration.Error;
            foreach (SkippedFigure skipped in composition.Skipped.Where(s => dataset.Find(s.Figure.Helpline, s.Figure.Report) is not null))
            {
                error.WriteLine($"helpline-stats: left out {skipped.Figure} ({System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(skipped.Reason.ToString())}): {Statements.Skipped(skipped, counts, language)}");
            }
            dataset = disclosure.Apply(parsed, dataset);
            string text = written == "csv" ? DatasetCsvWriter.ToCsv(dataset).TrimEnd('\n') : DatasetJsonWriter.ToJson(dataset);
            CliOutput.Write(parsed, parsed.GetValue(output), read, text);
            return CliApp.ExitOk;
        });
        return command;
    }

    private static FigurePlan ReadPlan(string path)
    {
        DatasetInput.RequireFile(path);
        try
        {
            using FileStream stream = File.OpenRead(path);
            return FigurePlanJson.Read(stream, path);
        }
        catch (DataFormatException e)
        {
            throw new CliInputException(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot be read: {e.Message}");
        }
    }
}
