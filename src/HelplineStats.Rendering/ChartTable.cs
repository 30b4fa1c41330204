using System.Collections.Generic;

namespace HelplineStats.Rendering;

/// <summary>The same data as a chart, as a table: for screen readers, for print, and for anyone who reads numbers faster than bars.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChartTable
{
    internal ChartTable(string caption, IReadOnlyList<string> columns, IReadOnlyList<ChartRow> rows)
    {
        Caption = caption;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>The caption: "Contacten per kanaal: de cijfers als tabel".</summary>
    public string Caption { get; }

    /// <summary>The column headings.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows: one per bar, in the chart's order, then the total when there is one.</summary>
    public IReadOnlyList<ChartRow> Rows { get; }
}
