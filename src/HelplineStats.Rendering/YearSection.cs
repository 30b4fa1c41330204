using System.Collections.Generic;

namespace HelplineStats.Rendering;

/// <summary>One report of a helpline on the page: its key counts, charts, "one in N" and multiples, and every figure with its verdict.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class YearSection
{
    internal YearSection(string heading, string anchor, IReadOnlyList<KeyFigure> keyFigures, IReadOnlyList<Chart> shareCharts,
        IReadOnlyList<Chart> seriesCharts, IReadOnlyList<FigureLine> highlights, IReadOnlyList<FigureLine> statements)
    {
        Heading = heading;
        Anchor = anchor;
        KeyFigures = keyFigures;
        ShareCharts = shareCharts;
        SeriesCharts = seriesCharts;
        Highlights = highlights;
        Statements = statements;
    }

    /// <summary>"Cijfers over 2021".</summary>
    public string Heading { get; }

    /// <summary>An HTML id for the section.</summary>
    public string Anchor { get; }

    /// <summary>The report's counts (no channel, no category, the report's own period) as large numbers.</summary>
    public IReadOnlyList<KeyFigure> KeyFigures { get; }

    /// <summary>A chart per set of shares of one whole (published shares with their verdicts, or a breakdown's apportioned percentages).</summary>
    public IReadOnlyList<Chart> ShareCharts { get; }

    /// <summary>A chart per key count by year since the launch, with the running total; a year without data is a gap.</summary>
    public IReadOnlyList<Chart> SeriesCharts { get; }

    /// <summary>The report's "one in N" figures and multiples.</summary>
    public IReadOnlyList<FigureLine> Highlights { get; }

    /// <summary>Every published figure of the report, in the audit's order, with its sentence and verdict.</summary>
    public IReadOnlyList<FigureLine> Statements { get; }

    /// <summary>The heading.</summary>
    /// <returns><see cref="Heading"/>.</returns>
    public override string ToString() => Heading;
}
