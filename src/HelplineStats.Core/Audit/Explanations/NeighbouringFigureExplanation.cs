using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>The value of another figure of the same kind in the same report, printed in this one's place.</summary>
public sealed record NeighbouringFigureExplanation : SlipExplanation
{
    internal NeighbouringFigureExplanation(FigureReference neighbour, decimal slipValue)
        : base(slipValue) => Neighbour = neighbour;

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.NeighbouringFigure;

    /// <summary>The figure whose value was printed here.</summary>
    public FigureReference Neighbour { get; }

    /// <inheritdoc />
    public override IReadOnlyList<FigureReference> RelatedFigures => new[] { Neighbour };
}
