namespace HelplineStats.Core.Audit;

/// <summary>An average over the wrong number of days: the whole calendar year instead of the days since the launch,
/// or 365 days for a year of 366.</summary>
public sealed record WrongNumberOfDaysExplanation : SlipExplanation
{
    internal WrongNumberOfDaysExplanation(long count, int daysDividedBy, int daysOpen, decimal slipValue)
        : base(slipValue)
    {
        Count = count;
        DaysDividedBy = daysDividedBy;
        DaysOpen = daysOpen;
    }

    /// <inheritdoc />
    public override ExplanationKind Kind => ExplanationKind.WrongNumberOfDays;

    /// <summary>The count averaged.</summary>
    public long Count { get; }

    /// <summary>The days it was divided by.</summary>
    public int DaysDividedBy { get; }

    /// <summary>The days the helpline was open in the period, which it should have been divided by.</summary>
    public int DaysOpen { get; }
}
