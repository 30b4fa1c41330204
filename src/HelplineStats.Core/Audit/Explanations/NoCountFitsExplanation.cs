namespace HelplineStats.Core.Audit;

/// <summary>No count could make the figure true: whatever its unknown counts (<see cref="FigureVerdict.Missing"/>) are,
/// it cannot be what was printed.</summary>
public sealed record NoCountFitsExplanation : Explanation
{
    internal NoCountFitsExplanation()
        : base()
    {
    }

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.NoCountFits;
}
