using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Compose;

/// <summary>A figure the plan asked for that the composer left out, with why.</summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record SkippedFigure
{
    internal SkippedFigure(FigureReference figure, FigureKind kind, SkipReason reason, string description)
    {
        Figure = figure;
        Kind = kind;
        Reason = reason;
        Description = description;
    }

    /// <summary>Where the figure would have gone, and its id.</summary>
    public FigureReference Figure { get; }

    /// <summary>The kind of figure.</summary>
    public FigureKind Kind { get; }

    /// <summary>Why it was left out.</summary>
    public SkipReason Reason { get; }

    /// <summary>What was missing or undefined, naming the counts (invariant English, for logs; wording for readers is the Text layer's).</summary>
    public string Description { get; }

    /// <summary>The reference, the reason and the description, such as <c>1712/2021/calls.vs-2019: count-missing: 1712/2019/calls is not known.</c></summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Figure}: {KebabCase.Of(Reason)}: {Description}";
}
