namespace HelplineStats.Rendering;

/// <summary>One published figure on the page: its value as printed, its sentence, its verdict and, when the counts contradict it, the note that says why.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FigureLine
{
    internal FigureLine(string reference, string anchor, string value, string text, VerdictMark verdict, string? note)
    {
        Reference = reference;
        Anchor = anchor;
        Value = value;
        Text = text;
        Verdict = verdict;
        Note = note;
    }

    /// <summary>The figure's reference, <c>helpline/period/figure-id</c>: the <c>data-figure</c> attribute of every element that shows it.</summary>
    public string Reference { get; }

    /// <summary>An HTML id for the figure's sentence on the page, so a chart's table can link to it.</summary>
    public string Anchor { get; }

    /// <summary>The value as printed, in the page's culture: "42%", "+6%", "bijna één op 5".</summary>
    public string Value { get; }

    /// <summary>
    /// What the page says of it: the whole sentence with what the counts say (in lists), or the short form beside a key
    /// count ("377 per dag", "-1% tegenover 2020: minder").
    /// </summary>
    public string Text { get; }

    /// <summary>The audit's verdict.</summary>
    public VerdictMark Verdict { get; }

    /// <summary>For a figure the counts contradict: the sentence that says what should have been printed and why; otherwise null.</summary>
    public string? Note { get; }

    /// <summary>Whether the counts contradict the figure.</summary>
    public bool IsContradicted => Note is not null;

    /// <summary>The reference and the value.</summary>
    /// <returns>"tele-onthaal/2021/calls.per-day: 377".</returns>
    public override string ToString() => Reference + ": " + Value;
}
