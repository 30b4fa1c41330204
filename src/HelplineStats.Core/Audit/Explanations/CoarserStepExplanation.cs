namespace HelplineStats.Core.Audit;

/// <summary>The value rounded to a coarser step than the one printed: 3.6 rounded to a half gives 3.5.</summary>
public sealed record CoarserStepExplanation : SlipExplanation
{
    internal CoarserStepExplanation(decimal step, decimal slipValue)
        : base(slipValue) => Step = step;

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.CoarserStep;

    /// <summary>The coarser step that reproduces the printed value.</summary>
    public decimal Step { get; }
}
