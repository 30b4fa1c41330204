using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// Writes the counts and published figures of a <see cref="Dataset"/> as tidy CSV: one row per report, count or figure,
/// with every column needed to rebuild them (docs/formats.md). Helplines and taxonomies are referred to by id; read it back with
/// <see cref="DatasetCsvReader"/>.
/// </summary>
public static class DatasetCsvWriter
{
    /// <summary>Writes the dataset as CSV (UTF-8, comma-separated, a header row, fields quoted where needed).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="output">Where to write; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Dataset dataset, TextWriter output)
    {
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(output, nameof(output));
        output.Write(string.Join(",", CsvColumns.All));
        output.Write('\n');
        // Taxonomies and helplines that are not ready-made travel with the data, so that the file reads back alone.
        foreach (Taxonomy taxonomy in DatasetJsonWriter.TaxonomiesOf(dataset, Array.Empty<Taxonomy>()).Where(t => !Taxonomies.All.Contains(t)))
        {
            Row(output, Defines("taxonomy", null, DatasetJsonWriter.Definition(json => DatasetJsonWriter.WriteTaxonomy(json, taxonomy))));
        }
        foreach (Helpline helpline in dataset.Helplines.Where(h => !h.Equals(Helplines.Find(h.Id))))
        {
            Row(output, Defines("helpline", helpline.Id, DatasetJsonWriter.Definition(json => DatasetJsonWriter.WriteHelpline(json, helpline))));
        }
        foreach (Report report in dataset.Reports)
        {
            // One row says the report exists, so that a report with nothing in it survives the round trip.
            Row(output, Start("report", report.Helpline.Id, report.Period));
            foreach (Observation count in DatasetJsonWriter.CountsOutsideBreakdowns(report))
            {
                Row(output, Count(report.Helpline.Id, report.Period, count, null, default, null));
            }
            foreach (Breakdown breakdown in report.Breakdowns)
            {
                Row(output, Count(report.Helpline.Id, report.Period, breakdown.Total, breakdown.Dimension, breakdown.Coverage, "total"));
                foreach (Observation part in breakdown.Parts)
                {
                    Row(output, Count(report.Helpline.Id, report.Period, part, breakdown.Dimension, breakdown.Coverage, "part"));
                }
            }
            foreach (PublishedFigure figure in report.Figures)
            {
                Row(output, Figure(report.Helpline.Id, report.Period, figure));
            }
        }
    }

    /// <summary>The dataset as a CSV string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToCsv(Dataset dataset)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(dataset, writer);
        return writer.ToString();
    }

    /// <summary>The row of a count, in a breakdown by <paramref name="dimension"/> (with its coverage and the count's role) or not; the reader checks its rows against these.</summary>
    /// <remarks>An exact count fills <c>value</c>; a count known only within bounds leaves it empty and fills <c>min</c>
    /// (0 for an unknown count, so that a row that merely lacks its value is still refused) and <c>max</c> when there is
    /// an upper end.</remarks>
    internal static Dictionary<string, string> Count(HelplineId helpline, ReportingPeriod report, Observation count, BreakdownDimension? dimension, BreakdownCoverage coverage, string? role)
    {
        Dictionary<string, string> row = Start("count", helpline, report);
        Key(row, "", count.Key);
        if (count.IsExact)
        {
            row["value"] = count.Bounds.Low.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            row["min"] = count.Bounds.Low.ToString(CultureInfo.InvariantCulture);
            if (count.Bounds.High is long high)
            {
                row["max"] = high.ToString(CultureInfo.InvariantCulture);
            }
        }
        if (dimension is not null)
        {
            row["breakdown"] = "channel";
            row["coverage"] = KebabCase.Of(coverage);
            row["role"] = role!;
            if (dimension.Taxonomy is Taxonomy taxonomy)
            {
                row["breakdown"] = taxonomy.Id.Value;
                row["taxonomy_version"] = taxonomy.Version.ToString(CultureInfo.InvariantCulture);
            }
        }
        return row;
    }

    /// <summary>The row of a published figure; the reader checks its rows against these.</summary>
    internal static Dictionary<string, string> Figure(HelplineId helpline, ReportingPeriod report, PublishedFigure figure)
    {
        Dictionary<string, string> row = Start("figure", helpline, report);
        FigureFields fields = FigureKinds.Fields(figure);
        if (figure.Subject is ObservationKey subject)
        {
            Key(row, "", subject);
        }
        else
        {
            row["period_start"] = LocalDatePattern.Iso.Format(figure.Period.Start);
            row["period_end"] = EndOf(figure.Period);
        }
        row["figure_id"] = figure.Id;
        row["kind"] = KebabCase.Of(figure.Kind);
        if (figure.Value is decimal value)
        {
            row["value"] = value.ToString(CultureInfo.InvariantCulture);
            row["precision"] = (figure.Precision.Step / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        }
        row["qualifier"] = KebabCase.Of(figure.Qualifier);
        if (fields.Apportioned)
        {
            row["apportioned"] = "true";
        }
        if (fields.Whole is ObservationKey whole)
        {
            Key(row, "whole_", whole);
            row["basis"] = KebabCase.Of(fields.Basis);
        }
        if (fields.Comparison is ReportingPeriod comparison)
        {
            row["comparison_start"] = LocalDatePattern.Iso.Format(comparison.Start);
            row["comparison_end"] = EndOf(comparison);
        }
        return row;
    }

    /// <summary>The row of a definition: a taxonomy, or a helpline with its id beside it.</summary>
    internal static Dictionary<string, string> Defines(string record, HelplineId? helpline, string definition)
    {
        var row = new Dictionary<string, string>(StringComparer.Ordinal) { ["record"] = record, [CsvColumns.Definition] = definition };
        if (helpline is not null)
        {
            row["helpline"] = helpline.Value;
        }
        return row;
    }

    /// <summary>The columns every row has: what it records, and of which report.</summary>
    internal static Dictionary<string, string> Start(string record, HelplineId helpline, ReportingPeriod report) => new(StringComparer.Ordinal)
    {
        ["record"] = record,
        ["helpline"] = helpline.Value,
        ["report"] = report.ToString(),
    };

    /// <summary>A period's last day (YYYY-MM-DD), or its month (YYYY-MM) when the day is not known.</summary>
    private static string EndOf(ReportingPeriod period) => period is DatedPeriod
        ? LocalDatePattern.Iso.Format(period.End)
        : YearMonthPattern.Iso.Format(new YearMonth(period.End.Year, period.End.Month));

    private static void Key(Dictionary<string, string> row, string prefix, ObservationKey key)
    {
        row[prefix + "period_start"] = LocalDatePattern.Iso.Format(key.Period.Start);
        row[prefix + "period_end"] = EndOf(key.Period);
        row[prefix + "metric"] = key.Metric.Value;
        if (key.Channel is Channel channel)
        {
            row[prefix + "channel"] = channel.Value;
        }
        if (key.Category is Category category)
        {
            row[prefix + "category"] = category.ToString();
            if (prefix.Length == 0)
            {
                row["taxonomy_version"] = category.TaxonomyVersion.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static void Row(TextWriter output, Dictionary<string, string> row)
    {
        output.Write(string.Join(",", CsvColumns.All.Select(column => Quote(row.TryGetValue(column, out string? value) ? value : ""))));
        output.Write('\n');
    }

    private static string Quote(string field) =>
        field.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
