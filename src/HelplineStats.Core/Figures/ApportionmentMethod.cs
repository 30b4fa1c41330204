namespace HelplineStats.Core.Figures;

/// <summary>How displayed percentages were made from exact counts.</summary>
public enum ApportionmentMethod
{
    /// <summary>The largest-remainder method: every value is its exact value rounded down or up, and the values add up to the target exactly.</summary>
    LargestRemainder = 0,

    /// <summary>Each value rounded on its own by a named policy; the sum may miss the target (99 or 101), and says so.</summary>
    Independent = 1,
}
