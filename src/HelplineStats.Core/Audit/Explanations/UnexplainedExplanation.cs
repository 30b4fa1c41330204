namespace HelplineStats.Core.Audit;

/// <summary>No known slip reproduces the printed value.</summary>
public sealed record UnexplainedExplanation : Explanation
{
    internal UnexplainedExplanation()
        : base()
    {
    }

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.Unexplained;
}
