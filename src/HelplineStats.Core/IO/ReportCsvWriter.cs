using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// Writes a report page as one tidy CSV (docs/formats.md, "The report as CSV"): a <c>record</c> column says what each row
/// is (<c>statement</c>, <c>table-row</c>, <c>table-total</c>, <c>bounded-table-row</c> or <c>bounded-table-total</c>), so
/// statements and the tables' rows sit in one file.
/// Numbers are invariant (a point for decimals, no digit grouping); text is in the page's language.
/// </summary>
public static class ReportCsvWriter
{
    /// <summary>The header, in the order the columns are written.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(new[]
    {
        "record", "helpline", "report", "figure", "id", "kind", "verdict", "table", "part", "count", "percent", "adjusted", "percent-of-known",
        "low", "high", "shown", "text",
    });

    /// <summary>Writes <paramref name="page"/> to <paramref name="output"/>, lines ending in <c>\n</c>.</summary>
    /// <param name="page">The page.</param>
    /// <param name="output">The writer; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ReportPage page, TextWriter output)
    {
        Guard.NotNull(page, nameof(page));
        Guard.NotNull(output, nameof(output));
        Row(output, Columns);
        foreach (Statement statement in page.Statements)
        {
            Row(output, new[]
            {
                "statement", statement.Verdict.Helpline.Value, statement.Verdict.ReportPeriod.ToString(), statement.Verdict.Reference.ToString(),
                statement.FigureId, KebabCase.Of(statement.Verdict.Figure.Kind), KebabCase.Of(statement.Verdict.Kind), "", "", "", "", "", "", "", "", "", statement.Text,
            });
        }
        foreach (BreakdownTable table in page.Tables.Where(t => t.IsExact))
        {
            string tableKey = table.Breakdown.Total.Key.ToString();
            foreach (BreakdownTableRow row in table.Rows)
            {
                Row(output, new[]
                {
                    "table-row", table.Helpline.Value, table.ReportPeriod.ToString(), "", "", "", "", tableKey, row.Part.Key.ToString(),
                    row.Part.Bounds.Low.ToString(CultureInfo.InvariantCulture), Invariant(row.Percent), row.IsAdjusted ? "true" : "false",
                    Invariant(row.PercentOfKnown), "", "", "", row.Label,
                });
            }
            Row(output, new[]
            {
                "table-total", table.Helpline.Value, table.ReportPeriod.ToString(), "", "", "", "", tableKey, "",
                table.Total.Part.Bounds.Low.ToString(CultureInfo.InvariantCulture), Invariant(table.Total.Percent), "", "", "", "", "", table.Title,
            });
        }
        foreach (BreakdownTable table in page.Tables.Where(t => !t.IsExact))
        {
            foreach (BreakdownTableRow row in table.Rows)
            {
                Row(output, BoundedRow("bounded-table-row", table, row, row.Part.Key.ToString(), row.Label));
            }
            Row(output, BoundedRow("bounded-table-total", table, table.Total, "", table.Title));
        }
    }

    /// <summary>A count of a bounded table: the exact count when there is one, its bounds and the words it is shown with.</summary>
    private static string[] BoundedRow(string record, BreakdownTable table, BreakdownTableRow row, string part, string text) => new[]
    {
        record, table.Helpline.Value, table.ReportPeriod.ToString(), "", "", "", "", table.Breakdown.Total.Key.ToString(), part,
        row.Count?.ToString(CultureInfo.InvariantCulture) ?? "", "", "", "",
        row.Part.Bounds.Low.ToString(CultureInfo.InvariantCulture), row.Part.Bounds.High?.ToString(CultureInfo.InvariantCulture) ?? "", row.Shown, text,
    };

    /// <summary>The page as CSV text (see <see cref="Write(ReportPage, TextWriter)"/>).</summary>
    /// <param name="page">The page.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    public static string ToCsv(ReportPage page)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(page, writer);
        return writer.ToString();
    }

    private static string Invariant(decimal? value) => value is decimal v ? v.ToString(CultureInfo.InvariantCulture) : "";

    private static void Row(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(",", fields.Select(Quote)));
        output.Write('\n');
    }

    private static string Quote(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
