using System;
using System.Collections.Generic;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// Why a figure is contradicted: a slip that reproduces the printed value, or a conflict with other figures, as data of
/// its own type with the numbers behind it, so that the text layer can word it in any language. Each type carries
/// what its kind needs and nothing else: a <see cref="WrongBaseExplanation"/> its change and the two counts, a
/// <see cref="RecordBeatenExplanation"/> the count that beats the claim.
/// </summary>
/// <remarks>
/// <para>It is abstract rather than sealed because each slip or conflict is a type of its own; only the library derives from it.</para>
/// <para>Records: equality is by type and every property (a list of figures element by element). Immutable and thread-safe.</para>
/// </remarks>
public abstract record Explanation
{
    private protected Explanation(string description) => Description = Guard.NotNull(description, nameof(description));

    /// <summary>The kind of slip or conflict, as files name it.</summary>
    public abstract ExplanationKind Kind { get; }

    /// <summary>What happened, in invariant English, naming the numbers: for logs; readers get the text layer's wording.</summary>
    public string Description { get; }

    /// <summary>The value the slip gives, rounded as the figure is printed, when the slip is a computation; otherwise <c>null</c>.</summary>
    public virtual decimal? SlipValue => null;

    /// <summary>Other figures involved (the neighbour, the figures that disagree); empty when there are none.</summary>
    public virtual IReadOnlyList<FigureReference> RelatedFigures => Array.Empty<FigureReference>();

    /// <summary>The kind and the description: "WrongBase: Divided by the later count ...".</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => $"{Kind}: {Description}";
}
