namespace HelplineStats.Rendering;

/// <summary>One cell of a chart's table twin.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ChartCell
{
    internal ChartCell(string text, bool isNumber, string? figure, string? count, string? link)
    {
        Text = text;
        IsNumber = isNumber;
        Figure = figure;
        Count = count;
        Link = link;
    }

    /// <summary>The text, in the page's culture.</summary>
    public string Text { get; }

    /// <summary>Whether the cell holds a number (aligned right).</summary>
    public bool IsNumber { get; }

    /// <summary>The reference of the published figure the cell shows (<c>data-figure</c>), or null.</summary>
    public string? Figure { get; }

    /// <summary>The key of the count the cell shows (<c>data-count</c>), or null.</summary>
    public string? Count { get; }

    /// <summary>The anchor of the note the cell links to (a contradicted figure's explanation), or null.</summary>
    public string? Link { get; }

    /// <summary>The text.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;
}
