using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
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
        var cultureOption = new Option<string>("--culture") { Description = "nl-BE or en.", DefaultValueFactory = _ => "nl-BE" };
        var asOfOption = new Option<string?>("--as-of") { Description = "The day ages are measured on (YYYY-MM-DD); default: today in " + HomeZone + "." };
        var formatOption = new Option<string>("--format") { Description = "text, markdown, json or csv.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "markdown", "json", "csv");
        var input = DatasetInput.InputOption();
        var command = new Command("report", "Print every published figure with what its counts say, and the figures they do not confirm.")
        {
            files, input, helplineOption, yearOption, cultureOption, formatOption, asOfOption,
        };
        command.SetAction(parsed =>
        {
            TextCulture culture = ParseCulture(parsed.GetValue(cultureOption)!);
            LocalDate asOf = ParseAsOf(parsed.GetValue(asOfOption), clock);
            Dataset dataset = DatasetInput.Filter(DatasetInput.Load(DatasetInput.Files(parsed.GetValue(files), parsed.GetValue(input))),
                parsed.GetValue(helplineOption) ?? Array.Empty<string>(), parsed.GetValue(yearOption) ?? Array.Empty<int>());
            AuditResult audit = Auditor.Default.Audit(dataset);
            TextWriter output = parsed.InvocationConfiguration.Output;
            switch (parsed.GetValue(formatOption))
            {
                case "markdown":
                    WriteMarkdown(output, dataset, audit, culture);
                    break;
                case "json":
                    WriteJson(output, audit, culture);
                    break;
                case "csv":
                    WriteCsv(output, audit, culture);
                    break;
                default:
                    Write(output, dataset, audit, culture, asOf);
                    break;
            }
            return CliApp.ExitOk;
        });
        return command;
    }

    private static TextCulture ParseCulture(string name)
    {
        try
        {
            return TextCulture.Parse(name);
        }
        catch (ArgumentException)
        {
            throw new CliInputException($"--culture: '{name}' is not supported; use nl-BE or en.");
        }
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

    private static void Write(TextWriter output, Dataset dataset, AuditResult audit, TextCulture culture, LocalDate asOf)
    {
        bool nl = culture.IsDutchCulture();
        output.WriteLine(nl ? $"Hulplijnen in cijfers (leeftijden op {Iso(asOf)})" : $"Helplines in figures (ages on {Iso(asOf)})");
        foreach (Helpline helpline in dataset.Helplines)
        {
            output.WriteLine();
            string otherNames = helpline.OtherNames.Count == 0 ? "" : $" ({(nl ? "ook" : "also")}: {string.Join(", ", helpline.OtherNames)})";
            output.WriteLine($"{helpline.Name}{otherNames}  [id: {helpline.Id}]");
            output.WriteLine($"  {helpline.Description}");
            output.WriteLine($"  {(nl ? "Gelanceerd: " : "Launched:  ")}{(helpline.LaunchDate is LocalDate launch ? Iso(launch) : (nl ? "onbekend" : "unknown"))}");
            output.WriteLine($"  {(nl ? "Leeftijd:   " : "Age:       ")}{DescribeAge(helpline, asOf, culture)}");
            output.WriteLine($"  {(nl ? "Kanalen:    " : "Channels:  ")}{string.Join(", ", helpline.Channels.Select(c => Channel(c, culture)))}");
            output.WriteLine($"  {(nl ? "Anonimiteit:" : "Anonymity:")} {DescribeAnonymity(helpline.Anonymity, nl)}");
            foreach (Report report in dataset.ForHelpline(helpline.Id))
            {
                output.WriteLine();
                output.WriteLine($"  {(nl ? "Cijfers" : "Figures")} {report.Period}");
                Observation[] counts = report.Observations.Where(o => o.Key.Channel is null && o.Key.Category is null).ToArray();
                if (counts.Length > 0)
                {
                    output.WriteLine($"    {(nl ? "Tellingen" : "Counts")}: {string.Join("; ", counts.Select(o => $"{culture.Number(o.Value)} {Statements.Key(o.Key, report.Period, culture)}"))}");
                }
                foreach (FigureVerdict verdict in audit.For(helpline.Id, report.Period))
                {
                    output.WriteLine($"    - {Statements.Of(verdict, culture).Text}");
                }
            }
        }
        output.WriteLine();
        List<FigureVerdict> disagreements = audit.Contradicted.ToList();
        output.WriteLine(nl ? "Gepubliceerde cijfers die de tellingen niet bevestigen" : "Published figures the counts do not confirm");
        if (disagreements.Count == 0)
        {
            output.WriteLine(nl ? "  (geen)" : "  (none)");
        }
        foreach (FigureVerdict verdict in disagreements)
        {
            output.WriteLine($"  - [{verdict.Reference}] {Statements.Of(verdict, culture).Text}");
        }
        foreach (StructuralFinding finding in audit.Findings.Where(f => f.IsProblem))
        {
            output.WriteLine($"  - {finding.Description}");
        }
        output.WriteLine();
        int checkedCount = audit.Verdicts.Count(v => v.Kind != VerdictKind.NotCheckable);
        output.WriteLine(nl
            ? $"{audit.Verdicts.Count} cijfers: {checkedCount} nagegaan, {disagreements.Count} kloppen niet, {audit.Verdicts.Count - checkedCount} niet na te gaan met de gepubliceerde tellingen."
            : $"{audit.Verdicts.Count} figures: {checkedCount} checked, {disagreements.Count} do not hold, {audit.Verdicts.Count - checkedCount} cannot be checked from the published counts.");
    }

    private static void WriteMarkdown(TextWriter output, Dataset dataset, AuditResult audit, TextCulture culture)
    {
        bool nl = culture.IsDutchCulture();
        output.WriteLine(nl ? "# Hulplijnen in cijfers" : "# Helplines in figures");
        foreach (Report report in dataset.Reports)
        {
            output.WriteLine();
            output.WriteLine($"## {report.Helpline.Name} — {report.Period}");
            output.WriteLine();
            foreach (FigureVerdict verdict in audit.For(report.Helpline.Id, report.Period))
            {
                output.WriteLine($"- {(verdict.Kind == VerdictKind.Contradicted ? "**" : "")}{Statements.Of(verdict, culture).Text}{(verdict.Kind == VerdictKind.Contradicted ? "**" : "")}");
            }
        }
        output.WriteLine();
        output.WriteLine(nl ? "## Gepubliceerde cijfers die de tellingen niet bevestigen" : "## Published figures the counts do not confirm");
        output.WriteLine();
        foreach (FigureVerdict verdict in audit.Contradicted)
        {
            output.WriteLine($"- `{verdict.Reference}`: {Statements.Of(verdict, culture).Text}");
        }
    }

    private static void WriteJson(TextWriter output, AuditResult audit, TextCulture culture) =>
        output.WriteLine(AuditJsonWriter.ToJson(Statements.Of(audit, culture), culture));

    private static void WriteCsv(TextWriter output, AuditResult audit, TextCulture culture)
    {
        output.WriteLine("figure,helpline,report,id,verdict,text");
        foreach (Statement statement in Statements.Of(audit, culture))
        {
            output.WriteLine(string.Join(",", new[]
            {
                statement.Verdict.Reference.ToString(), statement.Verdict.Helpline.Value, statement.Verdict.ReportPeriod.ToString(), statement.FigureId,
                Verdict(statement.Verdict.Kind), statement.Text,
            }.Select(Quote)));
        }
    }

    private static string Verdict(VerdictKind kind) => kind switch
    {
        VerdictKind.Confirmed => "confirmed",
        VerdictKind.Contradicted => "contradicted",
        VerdictKind.NotCheckable => "not-checkable",
        VerdictKind.ConsistentTogether => "consistent-together",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined verdict."),
    };

    private static string Quote(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Channel(ChannelOffering offering, TextCulture culture) =>
        Statements.Channel(offering.Channel, culture)
        + (offering.SinceYear is int year ? (culture.IsDutchCulture() ? $" sinds {year}" : $" since {year}") : "");

    private static string DescribeAge(Helpline helpline, LocalDate asOf, TextCulture culture)
    {
        bool nl = culture.IsDutchCulture();
        if (helpline.LaunchDate is not LocalDate launch)
        {
            return nl ? "onbekend (geen lanceringsdatum)" : "unknown (no launch date)";
        }
        if (asOf < launch)
        {
            return nl ? "nog niet gelanceerd" : "not launched yet";
        }
        Period age = helpline.AgeOn(asOf)!;
        return nl
            ? $"{age.Years} jaar, {age.Months} {(age.Months == 1 ? "maand" : "maanden")} en {age.Days} {(age.Days == 1 ? "dag" : "dagen")}"
            : $"{age.Years} {(age.Years == 1 ? "year" : "years")}, {age.Months} {(age.Months == 1 ? "month" : "months")} and {age.Days} {(age.Days == 1 ? "day" : "days")}";
    }

    private static string DescribeAnonymity(AnonymityPolicy policy, bool nl) => policy switch
    {
        AnonymityPolicy.AlwaysAnonymous => nl ? "altijd anoniem" : "always anonymous",
        AnonymityPolicy.CallerChooses => nl ? "wie belt, kiest om anoniem te blijven" : "callers may stay anonymous",
        AnonymityPolicy.NotAnonymous => nl ? "niet anoniem" : "callers are identified",
        _ => nl ? "onbekend" : "not known",
    };
}

/// <summary>Helpers the CLI needs from <see cref="TextCulture"/>.</summary>
internal static class TextCultureExtensions
{
    internal static bool IsDutchCulture(this TextCulture culture) => ReferenceEquals(culture, TextCulture.Dutch);
}
