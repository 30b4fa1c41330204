using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>A record claim ("the most calls since the launch") beaten by another period's count.</summary>
public sealed record RecordBeatenExplanation : Explanation
{
    internal RecordBeatenExplanation(ObservationKey beaten, long count, RecordDirection direction)
        : base()
    {
        Beaten = beaten;
        Count = count;
        Direction = direction;
    }

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.RecordBeaten;

    /// <summary>The count of the period that beats the claim.</summary>
    public ObservationKey Beaten { get; }

    /// <summary>What it counted.</summary>
    public long Count { get; }

    /// <summary>Whether the claim was of the highest or the lowest.</summary>
    public RecordDirection Direction { get; }
}
