namespace HelplineStats.Core.Audit;

/// <summary>A one-digit (or swapped-digits) slip of the right value at the printed precision: 17.3% printed as 17.9%;
/// <see cref="SlipExplanation.Value"/> is the right value.</summary>
public sealed record DigitSlipExplanation : SlipExplanation
{
    internal DigitSlipExplanation(decimal rightValue)
        : base(rightValue)
    {
    }

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.DigitSlip;
}
