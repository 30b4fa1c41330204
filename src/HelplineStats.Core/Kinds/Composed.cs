using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>What composing one figure came to: the figure with its value, a typed reason it was left out, or nothing (a record claim a rule found not to hold).</summary>
internal abstract record Composed
{
    private Composed()
    {
    }

    /// <summary>The figure, with the value the counts give.</summary>
    /// <param name="Value">The figure.</param>
    internal sealed record Figure(PublishedFigure Value) : Composed;

    /// <summary>Left out, and why.</summary>
    /// <param name="Reason">The reason.</param>
    /// <param name="Description">The reason in words, naming the counts.</param>
    internal sealed record Skipped(SkipReason Reason, string Description) : Composed;

    /// <summary>A claim a plan rule asked for that the counts show false: not written, and not a gap either.</summary>
    internal sealed record NotTrue : Composed;
}
