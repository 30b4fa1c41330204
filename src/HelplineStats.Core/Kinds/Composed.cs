using System.Collections.Generic;
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

    /// <summary>Left out, and why: the reason and the counts it names (the text layer words them).</summary>
    /// <param name="Reason">The reason.</param>
    /// <param name="Counts">The counts the reason is about (<see cref="Compose.SkippedFigure.Counts"/>).</param>
    internal sealed record Skipped(SkipReason Reason, IReadOnlyList<ObservationKey> Counts) : Composed
    {
        /// <summary>Left out for a reason that names no count.</summary>
        internal Skipped(SkipReason reason)
            : this(reason, System.Array.Empty<ObservationKey>())
        {
        }
    }

    /// <summary>A claim a plan rule asked for that the counts show false: not written, and not a gap either.</summary>
    internal sealed record NotTrue : Composed;
}
