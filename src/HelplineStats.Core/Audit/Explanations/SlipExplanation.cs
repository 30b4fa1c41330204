namespace HelplineStats.Core.Audit;

/// <summary>A slip in computing or rounding the value: it gives <see cref="SlipValue"/>, which the printing allows.</summary>
/// <remarks>It is abstract rather than sealed because each slip is a type of its own; only the library derives from it.</remarks>
public abstract record SlipExplanation : Explanation
{
    private protected SlipExplanation(decimal slipValue)
        : base() => Value = slipValue;

    /// <summary>The value the slip gives, rounded as the figure is printed.</summary>
    public decimal Value { get; }

    /// <inheritdoc />
    public sealed override decimal? SlipValue => Value;
}
