using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// Writes what the audit concluded, and the report's statements, as JSON of a documented, versioned shape
/// (docs/formats.md, "The audit as JSON"): kebab-case keys and names, figures referred to as
/// <c>helpline/period/figure-id</c>, exact values as fractions beside their decimals. Other tools read these files;
/// the shape only changes with a new format name.
/// </summary>
public static class AuditJsonWriter
{
    /// <summary>The format name of an audit file (<c>audit --format json</c>): typed reasons with their words in one culture.</summary>
    public const string AuditFormatName = "helplinestats-audit/2";

    /// <summary>The format name of a report page (<c>report --format json</c>): statements, tables, findings and summary.</summary>
    public const string StatementsFormatName = "helplinestats-report/3";

    /// <summary>
    /// Writes <paramref name="audit"/> to <paramref name="output"/> as indented UTF-8 JSON, with the words in Dutch
    /// (nl-BE) and helplines named by their id; see <see cref="Write(AuditResult, Dataset, TextCulture, Stream)"/> for
    /// another language and the helplines' names.
    /// </summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditResult audit, Stream output) => Write(audit, Dataset.Empty, TextCulture.Dutch, output);

    /// <summary>
    /// Writes <paramref name="audit"/> of <paramref name="dataset"/> to <paramref name="output"/> as indented UTF-8 JSON:
    /// each verdict with its reason as a code (its numbers are the verdict's own fields), each explanation and finding
    /// with its numbers, and beside each the words of <paramref name="culture"/> (<c>text</c>).
    /// </summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="dataset">The dataset the audit checked (for the helplines' names and launch dates in the words).</param>
    /// <param name="culture">The language of the words.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditResult audit, Dataset dataset, TextCulture culture, Stream output)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        Guard.NotNull(output, nameof(output));
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        WriteDocument(json, audit, new Wording(culture, dataset.Helplines, audit), dataset, null);
    }

    /// <summary>
    /// Writes <paramref name="audit"/> and what the data gives away of small counts (<paramref name="disclosure"/>) to
    /// <paramref name="output"/> as indented UTF-8 JSON, with the words in Dutch and helplines named by their id: the audit
    /// document with a <c>disclosure</c> object (the policy, <c>safe</c>, and one finding per count, <c>published</c> or
    /// <c>recovered</c>, with the bounds a reader learns and the sums and figures that recover it).
    /// </summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="disclosure">The disclosure check of the same data.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditResult audit, DisclosureCheck disclosure, Stream output) =>
        Write(audit, disclosure, Dataset.Empty, TextCulture.Dutch, output);

    /// <summary>
    /// Writes <paramref name="audit"/> of <paramref name="dataset"/> and its disclosure check to <paramref name="output"/>
    /// as indented UTF-8 JSON, with the words of <paramref name="culture"/> (see <see cref="Write(AuditResult, DisclosureCheck, Stream)"/>).
    /// </summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="disclosure">The disclosure check of the same data.</param>
    /// <param name="dataset">The dataset the audit checked.</param>
    /// <param name="culture">The language of the words.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AuditResult audit, DisclosureCheck disclosure, Dataset dataset, TextCulture culture, Stream output)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(disclosure, nameof(disclosure));
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(culture, nameof(culture));
        Guard.NotNull(output, nameof(output));
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        WriteDocument(json, audit, new Wording(culture, dataset.Helplines, audit), dataset, disclosure);
    }

    /// <summary>The audit with its disclosure check as a JSON string (see <see cref="Write(AuditResult, DisclosureCheck, Stream)"/>).</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="disclosure">The disclosure check of the same data.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToJson(AuditResult audit, DisclosureCheck disclosure) => JsonText.Of(stream => Write(audit, disclosure, stream));

    /// <summary>The audit with its disclosure check as a JSON string in <paramref name="culture"/> (see <see cref="Write(AuditResult, DisclosureCheck, Dataset, TextCulture, Stream)"/>).</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="disclosure">The disclosure check of the same data.</param>
    /// <param name="dataset">The dataset the audit checked.</param>
    /// <param name="culture">The language of the words.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToJson(AuditResult audit, DisclosureCheck disclosure, Dataset dataset, TextCulture culture) =>
        JsonText.Of(stream => Write(audit, disclosure, dataset, culture, stream));

    /// <summary>The audit as a JSON string (see <see cref="Write(AuditResult, Stream)"/>).</summary>
    /// <param name="audit">The audit result.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is null.</exception>
    public static string ToJson(AuditResult audit) => JsonText.Of(stream => Write(audit, stream));

    /// <summary>The audit as a JSON string in <paramref name="culture"/> (see <see cref="Write(AuditResult, Dataset, TextCulture, Stream)"/>).</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="dataset">The dataset the audit checked.</param>
    /// <param name="culture">The language of the words.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ToJson(AuditResult audit, Dataset dataset, TextCulture culture) => JsonText.Of(stream => Write(audit, dataset, culture, stream));

    /// <summary>The audit document with Dutch words and helplines by id, for the library's JSON converters.</summary>
    internal static void WriteDocument(Utf8JsonWriter json, AuditResult audit) =>
        WriteDocument(json, audit, new Wording(TextCulture.Dutch, Array.Empty<Helpline>(), audit), Dataset.Empty, null);

    /// <summary>The audit document (format, culture, summary, verdicts, inferred counts, findings, and the disclosure check
    /// when given) as one JSON object at the writer's position.</summary>
    private static void WriteDocument(Utf8JsonWriter json, AuditResult audit, Wording w, Dataset dataset, DisclosureCheck? disclosure)
    {
        json.WriteStartObject();
        json.WriteString("format", AuditFormatName);
        json.WriteString("culture", w.Culture.Name);
        json.WriteStartObject("summary");
        foreach (VerdictKind kind in Enum.GetValues<VerdictKind>())
        {
            json.WriteNumber(KebabCase.Of(kind), audit.Verdicts.Count(v => v.Kind == kind));
        }
        json.WriteBoolean("clean", audit.IsClean);
        json.WriteString("text", Statements.Summary(audit, w));
        json.WriteEndObject();
        JsonText.WriteArray(json, "verdicts", audit.Verdicts, (writer, verdict) => WriteVerdict(writer, verdict, w));
        JsonText.WriteArray(json, "inferred-counts", audit.InferredCounts, WriteInterval);
        JsonText.WriteArray(json, "findings", audit.Findings, (writer, finding) =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KebabCase.Of(finding.Kind));
            writer.WriteBoolean("problem", finding.IsProblem);
            JsonText.WriteArray(writer, "counts", finding.Counts, (x, key) => x.WriteStringValue(key.ToString()));
            JsonText.WriteArray(writer, "numbers", finding.Numbers, (x, number) => x.WriteNumberValue(number));
            WriteReferences(writer, "figures", finding.Figures);
            writer.WriteString("text", Statements.Finding(finding, w));
            writer.WriteEndObject();
        });
        if (disclosure is not null)
        {
            WriteDisclosure(json, disclosure, dataset, w);
        }
        json.WriteEndObject();
    }

    private static void WriteDisclosure(Utf8JsonWriter json, DisclosureCheck check, Dataset dataset, Wording w)
    {
        json.WriteStartObject("disclosure");
        json.WriteNumber("minimum-count", check.Policy.MinimumCount);
        if (check.Policy.RoundingBase is int step)
        {
            json.WriteNumber("rounding-base", step);
        }
        json.WriteBoolean("safe", check.IsSafe);
        json.WriteNumber("counts-hidden", check.CountsHidden);
        JsonText.WriteArray(json, "findings", check.Findings, (writer, finding) =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KebabCase.Of(finding.Kind));
            writer.WriteString("key", finding.Key.ToString());
            writer.WriteNumber("low", finding.Learned.Low);
            writer.WriteNumber("high", finding.Learned.HighOrMax);
            JsonText.WriteArray(writer, "sum-totals", finding.SumTotals, (x, total) => x.WriteStringValue(total.ToString()));
            WriteReferences(writer, "figures", finding.Figures);
            writer.WriteString("text", DisclosureStatements.Finding(finding, check.Policy, dataset, w));
            writer.WriteEndObject();
        });
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes a report page in one language to <paramref name="output"/> as indented UTF-8 JSON: its statements, its
    /// tables (one row per part, with counts and percentages as numbers), its worded findings, its summary and the codes
    /// it had no words for.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="output">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportPage page, Stream output)
    {
        Guard.NotNull(page, nameof(page));
        Guard.NotNull(output, nameof(output));
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("format", StatementsFormatName);
        json.WriteString("culture", page.Culture.Name);
        json.WriteString("as-of", NodaTime.Text.LocalDatePattern.Iso.Format(page.AsOf));
        JsonText.WriteArray(json, "statements", page.Statements, (writer, statement) =>
        {
            writer.WriteStartObject();
            WriteFigureFields(writer, statement.Verdict);
            writer.WriteString("text", statement.Text);
            writer.WriteEndObject();
        });
        JsonText.WriteArray(json, "tables", page.Tables.Where(t => t.IsExact), (writer, table) =>
        {
            writer.WriteStartObject();
            WriteTableHead(writer, table.Helpline, table.ReportPeriod, table.Breakdown.Total.Key, table.Title, table.Breakdown.Coverage);
            writer.WriteBoolean("apportioned", table.IsApportioned);
            writer.WriteNumber("total", table.Total.Part.Bounds.Low);
            JsonText.WriteArray(writer, "rows", table.Rows, (w, row) =>
            {
                w.WriteStartObject();
                w.WriteString("key", row.Part.Key.ToString());
                w.WriteString("label", row.Label);
                w.WriteNumber("count", row.Part.Bounds.Low);
                WriteNullable(w, "percent", row.Percent);
                w.WriteBoolean("adjusted", row.IsAdjusted);
                w.WriteBoolean("unknown", row.IsUnknown);
                if (table.HasKnownColumn)
                {
                    WriteNullable(w, "percent-of-known", row.PercentOfKnown);
                }
                w.WriteEndObject();
            });
            JsonText.WriteArray(writer, "notes", table.Notes, (w, note) => w.WriteStringValue(note));
            writer.WriteEndObject();
        });
        JsonText.WriteArray(json, "bounded-tables", page.Tables.Where(t => !t.IsExact), (writer, table) =>
        {
            writer.WriteStartObject();
            WriteTableHead(writer, table.Helpline, table.ReportPeriod, table.Breakdown.Total.Key, table.Title, table.Breakdown.Coverage);
            JsonText.WriteArray(writer, "rows", table.Rows, WriteShownCount);
            writer.WritePropertyName("total");
            WriteShownCount(writer, table.Total);
            JsonText.WriteArray(writer, "notes", table.Notes, (w, note) => w.WriteStringValue(note));
            writer.WriteEndObject();
        });
        JsonText.WriteArray(json, "findings", page.Findings, (writer, finding) => writer.WriteStringValue(finding));
        json.WriteString("summary", page.Summary);
        JsonText.WriteArray(json, "missing-translations", page.MissingTranslations, (writer, code) => writer.WriteStringValue(code));
        json.WriteEndObject();
    }

    /// <summary>The page as a JSON string (see <see cref="Write(ReportPage, Stream)"/>).</summary>
    /// <param name="page">The page.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public static string ToJson(ReportPage page) => JsonText.Of(stream => Write(page, stream));

    /// <summary>What both kinds of table begin with: whose, which report, the total's key, the title and the coverage.</summary>
    private static void WriteTableHead(Utf8JsonWriter json, HelplineId helpline, ReportingPeriod report, ObservationKey totalKey, string title, BreakdownCoverage coverage)
    {
        json.WriteString("helpline", helpline.Value);
        json.WriteString("report", report.ToString());
        json.WriteString("total-key", totalKey.ToString());
        json.WriteString("title", title);
        json.WriteString("coverage", KebabCase.Of(coverage));
    }

    /// <summary>A count of a bounded table: its key, label, the words it is shown with and its bounds (<c>high</c> null when open).</summary>
    private static void WriteShownCount(Utf8JsonWriter json, BreakdownTableRow row)
    {
        json.WriteStartObject();
        json.WriteString("key", row.Part.Key.ToString());
        json.WriteString("label", row.Label);
        json.WriteString("shown", row.Shown);
        json.WriteNumber("low", row.Part.Bounds.Low);
        WriteNullable(json, "high", row.Part.Bounds.High);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is decimal v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteFigureFields(Utf8JsonWriter json, FigureVerdict verdict)
    {
        json.WriteString("figure", verdict.Reference.ToString());
        json.WriteString("helpline", verdict.Helpline.Value);
        json.WriteString("report", verdict.ReportPeriod.ToString());
        json.WriteString("id", verdict.Figure.Id);
        json.WriteString("kind", KebabCase.Of(verdict.Figure.Kind));
        json.WriteString("verdict", KebabCase.Of(verdict.Kind));
    }

    /// <summary>A verdict with Dutch words and helplines by id, for the library's JSON converters.</summary>
    internal static void WriteVerdict(Utf8JsonWriter json, FigureVerdict verdict) =>
        WriteVerdict(json, verdict, new Wording(TextCulture.Dutch, Array.Empty<Helpline>(), null));

    private static void WriteVerdict(Utf8JsonWriter json, FigureVerdict verdict, Wording w)
    {
        json.WriteStartObject();
        WriteFigureFields(json, verdict);
        PublishedFigure figure = verdict.Figure;
        if (figure.Value is decimal printed)
        {
            json.WriteStartObject("printed");
            json.WriteNumber("value", printed);
            json.WriteString("qualifier", KebabCase.Of(figure.Qualifier));
            json.WriteNumber("precision", figure.Precision.Step);
            json.WriteEndObject();
        }
        if (verdict.Exact is Rational exact)
        {
            json.WriteString("exact", exact.ToString());
        }
        if (verdict.Expected is QualifiedValue expected)
        {
            json.WriteStartObject("expected");
            json.WriteNumber("value", expected.Value);
            json.WriteString("qualifier", KebabCase.Of(expected.Qualifier));
            json.WriteNumber("precision", expected.Precision.Step);
            json.WriteEndObject();
        }
        json.WriteString("reason", KebabCase.Of(verdict.Reason));
        JsonText.WriteArray(json, "inputs", verdict.Inputs.Zip(verdict.InputCounts), (writer, input) =>
        {
            writer.WriteStartObject();
            writer.WriteString("key", input.First.Key.ToString());
            writer.WriteNumber("count", input.Second.Value);
            writer.WriteEndObject();
        });
        JsonText.WriteArray(json, "explanations", verdict.Explanations, (writer, explanation) =>
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KebabCase.Of(explanation.Kind));
            if (explanation.SlipValue is decimal slip)
            {
                writer.WriteNumber("slip-value", slip);
            }
            WriteExplanationNumbers(writer, explanation);
            WriteReferences(writer, "related-figures", explanation.RelatedFigures);
            writer.WriteString("text", Statements.Explanation(explanation, verdict, w));
            writer.WriteEndObject();
        });
        JsonText.WriteArray(json, "missing", verdict.Missing, (writer, key) => writer.WriteStringValue(key.ToString()));
        JsonText.WriteArray(json, "implied", verdict.Implied, WriteInterval);
        json.WriteString("text", Statements.Of(verdict, w).Text);
        json.WriteEndObject();
    }

    /// <summary>The numbers of an explanation beyond its slip value, named as its properties are.</summary>
    private static void WriteExplanationNumbers(Utf8JsonWriter json, Explanation explanation)
    {
        switch (explanation)
        {
            case WrongBaseExplanation b:
                json.WriteNumber("change", b.Change);
                json.WriteNumber("divided-by", b.DividedBy);
                json.WriteNumber("earlier-count", b.EarlierCount);
                break;
            case WrongNumberOfDaysExplanation d:
                json.WriteNumber("count", d.Count);
                json.WriteNumber("days-divided-by", d.DaysDividedBy);
                json.WriteNumber("days-open", d.DaysOpen);
                break;
            case WrongWholeExplanation whole:
                json.WriteString("part", whole.Part.ToString());
                json.WriteNumber("part-count", whole.PartCount);
                json.WriteNumber("whole-count", whole.WholeCount);
                break;
            case OtherRoundingModeExplanation mode:
                json.WriteString("mode", KebabCase.Of(mode.Mode));
                break;
            case CoarserStepExplanation step:
                json.WriteNumber("step", step.Step);
                break;
            case RecordBeatenExplanation beaten:
                json.WriteString("beaten", beaten.Beaten.ToString());
                json.WriteNumber("count", beaten.Count);
                json.WriteString("direction", KebabCase.Of(beaten.Direction));
                break;
        }
    }

    private static void WriteInterval(Utf8JsonWriter json, CountInterval interval)
    {
        json.WriteStartObject();
        json.WriteString("key", interval.Key.ToString());
        json.WriteBoolean("empty", interval.IsEmpty);
        if (!interval.IsEmpty)
        {
            json.WriteNumber("low", interval.Low);
            json.WriteNumber("high", interval.High);
        }
        WriteReferences(json, "figures", interval.Figures);
        json.WriteEndObject();
    }

    private static void WriteReferences(Utf8JsonWriter json, string name, IEnumerable<FigureReference> references) =>
        JsonText.WriteArray(json, name, references, (writer, reference) => writer.WriteStringValue(reference.ToString()));
}
