using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;

namespace HelplineStats.Cli;

/// <summary><c>helpline-stats audit [FILE...]</c>: the audit's verdict on every published figure; exit 1 when any is inconsistent.</summary>
internal static class AuditCommand
{
    /// <summary>Some checkable figure is inconsistent, or the data does not hang together.</summary>
    internal const int ExitInconsistent = 1;

    internal static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "JSON or CSV files to check together (default: the embedded 2021 figures).", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var helpline = new Option<string[]>("--helpline") { Description = "Only the reports of these helplines.", AllowMultipleArgumentsPerToken = true };
        var year = new Option<int[]>("--year") { Description = "Only the reports of these years.", AllowMultipleArgumentsPerToken = true };
        var input = DatasetInput.InputOption();
        var command = new Command("audit", "Check every published figure against the counts it comes from.") { files, input, format, helpline, year };
        command.SetAction(parsed =>
        {
            Dataset dataset = DatasetInput.Filter(DatasetInput.Load(DatasetInput.Files(parsed.GetValue(files), parsed.GetValue(input))),
                parsed.GetValue(helpline) ?? Array.Empty<string>(), parsed.GetValue(year) ?? Array.Empty<int>());
            AuditResult result = Auditor.Default.Audit(dataset);
            TextWriter output = parsed.InvocationConfiguration.Output;
            if (parsed.GetValue(format) == "json")
            {
                WriteJson(output, result);
            }
            else
            {
                WriteText(output, result);
            }
            return result.IsClean ? CliApp.ExitOk : ExitInconsistent;
        });
        return command;
    }

    private static void WriteText(TextWriter output, AuditResult result)
    {
        foreach (IGrouping<(HelplineId, ReportingPeriod), FigureVerdict> report in result.Verdicts.GroupBy(v => (v.Helpline, v.ReportPeriod)))
        {
            output.WriteLine($"{report.Key.Item1} {report.Key.Item2}");
            foreach (FigureVerdict verdict in report)
            {
                string printed = verdict.Figure.Value is decimal value
                    ? (verdict.Figure.Qualifier == Qualifier.None ? "" : verdict.Figure.Qualifier + " ") + value.ToString(CultureInfo.InvariantCulture)
                    : "(record)";
                output.WriteLine($"  {Mark(verdict.Kind)} {verdict.Figure.Id} [{printed}]: {verdict.Reason}");
                foreach (Explanation explanation in verdict.Explanations)
                {
                    output.WriteLine($"      {explanation.Kind}: {explanation.Description}");
                }
            }
        }
        if (result.InferredCounts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Counts the figures imply:");
            foreach (CountInterval interval in result.InferredCounts)
            {
                output.WriteLine($"  {interval}");
            }
        }
        if (result.Findings.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Structure:");
            foreach (StructuralFinding finding in result.Findings)
            {
                output.WriteLine($"  {(finding.IsProblem ? "!" : "-")} {finding.Description}");
            }
        }
        output.WriteLine();
        output.WriteLine(result.ToString());
    }

    private static string Mark(VerdictKind kind) => kind switch
    {
        VerdictKind.Consistent => "ok ",
        VerdictKind.Inconsistent => "BAD",
        _ => " ? ",
    };

    private static void WriteJson(TextWriter output, AuditResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("verdicts");
            foreach (FigureVerdict verdict in result.Verdicts)
            {
                json.WriteStartObject();
                json.WriteString("helpline", verdict.Helpline.Value);
                json.WriteString("report", verdict.ReportPeriod.ToString());
                json.WriteString("figure", verdict.Figure.Id);
                json.WriteString("verdict", verdict.Kind.ToString());
                json.WriteString("reason", verdict.Reason);
                if (verdict.Exact is Core.Figures.Rational exact)
                {
                    json.WriteString("exact", exact.ToString());
                }
                if (verdict.Expected is Core.Figures.QualifiedValue expected)
                {
                    json.WriteString("expected", expected.ToString());
                }
                json.WriteStartArray("explanations");
                foreach (Explanation explanation in verdict.Explanations)
                {
                    WriteKindAndDescription(json, explanation.Kind.ToString(), explanation.Description);
                }
                json.WriteEndArray();
                json.WriteStartArray("missing");
                foreach (ObservationKey key in verdict.Missing)
                {
                    json.WriteStringValue(key.ToString());
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("inferredCounts");
            foreach (CountInterval interval in result.InferredCounts)
            {
                json.WriteStartObject();
                json.WriteString("key", interval.Key.ToString());
                json.WriteBoolean("empty", interval.IsEmpty);
                if (!interval.IsEmpty)
                {
                    json.WriteNumber("low", interval.Low);
                    json.WriteNumber("high", interval.High);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (StructuralFinding finding in result.Findings)
            {
                WriteKindAndDescription(json, finding.Kind.ToString(), finding.Description);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>An explanation or a finding: what kind it is and what it says.</summary>
    private static void WriteKindAndDescription(System.Text.Json.Utf8JsonWriter json, string kind, string description)
    {
        json.WriteStartObject();
        json.WriteString("kind", kind);
        json.WriteString("description", description);
        json.WriteEndObject();
    }
}
