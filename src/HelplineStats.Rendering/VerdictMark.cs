namespace HelplineStats.Rendering;

/// <summary>
/// How a figure is marked on the page: the audit's verdict as a class name for the style sheet, a symbol and words, so
/// the verdict never rests on colour alone.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class VerdictMark
{
    internal VerdictMark(string kind, string symbol, string words)
    {
        Kind = kind;
        Symbol = symbol;
        Words = words;
    }

    /// <summary>
    /// The verdict as a CSS class: <c>confirmed</c>, <c>contradicted</c>, <c>consistent-together</c>, <c>not-checkable</c>,
    /// or <c>from-counts</c> for a value the page works out from the counts (a breakdown without published shares).
    /// </summary>
    public string Kind { get; }

    /// <summary>The symbol shown beside the figure: ✓, ✗, ≈, ? or ·.</summary>
    public string Symbol { get; }

    /// <summary>The verdict in the page's language: "bevestigd", "klopt niet".</summary>
    public string Words { get; }

    /// <summary>The symbol and the words.</summary>
    /// <returns>"✓ bevestigd".</returns>
    public override string ToString() => Symbol + " " + Words;
}
