namespace HelplineStats.Core.Audit;

/// <summary>A relative change divided by the later count instead of the earlier one.</summary>
public sealed record WrongBaseExplanation : SlipExplanation
{
    internal WrongBaseExplanation(long change, long dividedBy, long earlierCount, decimal slipValue)
        : base(slipValue)
    {
        Change = change;
        DividedBy = dividedBy;
        EarlierCount = earlierCount;
    }

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.WrongBase;

    /// <summary>The change in the count: later minus earlier.</summary>
    public long Change { get; }

    /// <summary>What the change was divided by: the later count.</summary>
    public long DividedBy { get; }

    /// <summary>What it should have been divided by: the earlier count.</summary>
    public long EarlierCount { get; }
}
