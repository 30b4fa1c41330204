namespace HelplineStats.Core.IO;

/// <summary>The columns of the tidy CSV format, in order (docs/formats.md).</summary>
internal static class CsvColumns
{
    internal static readonly string[] All =
    {
        "record", "helpline", "report", "period_start", "period_end", "metric", "channel", "category", "taxonomy_version",
        "breakdown", "coverage", "role", "figure_id", "kind", "value", "precision", "qualifier",
        "whole_period_start", "whole_period_end", "whole_metric", "whole_channel", "whole_category", "basis",
        "comparison_start", "comparison_end", Definition, "apportioned", "min", "max",
    };

    /// <summary>Columns added after the first version: a file without them is read as if they were empty.</summary>
    internal static readonly string[] Optional = { Definition, "apportioned", "min", "max" };

    /// <summary>
    /// The column of a helpline or taxonomy defined in the file (not ready-made), as compact JSON in the form of the JSON
    /// format; a file may lack it (files written before it existed).
    /// </summary>
    internal const string Definition = "definition";
}
