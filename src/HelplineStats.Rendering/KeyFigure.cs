namespace HelplineStats.Rendering;

/// <summary>A count shown as a large number, with its per-day average and its change against the year before when the page has them.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KeyFigure
{
    internal KeyFigure(string reference, string value, string label, FigureLine? perDay, FigureLine? change)
    {
        Reference = reference;
        Value = value;
        Label = label;
        PerDay = perDay;
        Change = change;
    }

    /// <summary>The count's key, <c>helpline/period/metric</c>: the <c>data-count</c> attribute of the element that shows it.</summary>
    public string Reference { get; }

    /// <summary>The count in the page's culture: "137.669".</summary>
    public string Value { get; }

    /// <summary>What it counts: "oproepen".</summary>
    public string Label { get; }

    /// <summary>The published per-day average of this count, or null when the page has none.</summary>
    public FigureLine? PerDay { get; }

    /// <summary>The published change of this count against the year before, direction in words and sign, or null when the page has none.</summary>
    public FigureLine? Change { get; }

    /// <summary>The value and the label.</summary>
    /// <returns>"137.669 oproepen".</returns>
    public override string ToString() => Value + " " + Label;
}
