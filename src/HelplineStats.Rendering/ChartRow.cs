using System.Collections.Generic;

namespace HelplineStats.Rendering;

/// <summary>One row of a chart's table twin: one bar of the chart, or the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChartRow
{
    internal ChartRow(IReadOnlyList<ChartCell> cells, bool isTotal, string verdictKind)
    {
        Cells = cells;
        IsTotal = isTotal;
        VerdictKind = verdictKind;
    }

    /// <summary>The cells, one per column; the first names the row.</summary>
    public IReadOnlyList<ChartCell> Cells { get; }

    /// <summary>Whether this is the total row.</summary>
    public bool IsTotal { get; }

    /// <summary>The verdict of the row's figure as a CSS class (see <see cref="VerdictMark.Kind"/>), or empty.</summary>
    public string VerdictKind { get; }

    /// <summary>The cells' texts.</summary>
    /// <returns>"e-mail | 173 | 42% | ✓ bevestigd".</returns>
    public override string ToString() => string.Join(" | ", Cells);
}
