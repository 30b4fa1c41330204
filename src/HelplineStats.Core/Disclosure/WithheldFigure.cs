using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Disclosure;

/// <summary>A figure left out of a protected dataset because, with it, a reader could narrow a protected count.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WithheldFigure
{
    internal WithheldFigure(FigureReference reference, PublishedFigure figure, IEnumerable<ObservationKey> reveals)
    {
        Reference = reference;
        Figure = figure;
        Reveals = reveals.OrderBy(k => k).ToList().AsReadOnly();
    }

    /// <summary>Where the figure was, and its id.</summary>
    public FigureReference Reference { get; }

    /// <summary>The figure as it would have been published.</summary>
    public PublishedFigure Figure { get; }

    /// <summary>The protected counts it would give away (narrowed, or pinned), in key order.</summary>
    public IReadOnlyList<ObservationKey> Reveals { get; }

    /// <summary>The reference and what the figure would reveal (invariant English, for logs).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Reference}: withheld, it would reveal {string.Join(", ", Reveals)}";
}
