using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Audit;

/// <summary>The value rounded by another mode than the one assumed: rounded down, 57.6% gives 57%.</summary>
public sealed record OtherRoundingModeExplanation : SlipExplanation
{
    internal OtherRoundingModeExplanation(RoundingMode mode, decimal slipValue)
        : base(slipValue) => Mode = mode;

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.OtherRoundingMode;

    /// <summary>The rounding mode that reproduces the printed value.</summary>
    public RoundingMode Mode { get; }
}
