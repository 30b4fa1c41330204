using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>A share or one-in-N taken of another metric of the same period: of conversations instead of calls.</summary>
public sealed record WrongWholeExplanation : SlipExplanation
{
    internal WrongWholeExplanation(ObservationKey part, long partCount, long wholeCount, decimal slipValue)
        : base(slipValue)
    {
        Part = part;
        PartCount = partCount;
        WholeCount = wholeCount;
    }

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.WrongWhole;

    /// <summary>The part counted in the other metric; its whole is the figure's whole in that metric.</summary>
    public ObservationKey Part { get; }

    /// <summary>The count of <see cref="Part"/>.</summary>
    public long PartCount { get; }

    /// <summary>The count of its whole in the other metric.</summary>
    public long WholeCount { get; }
}
