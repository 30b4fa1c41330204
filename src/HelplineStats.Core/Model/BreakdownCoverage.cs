namespace HelplineStats.Core.Model;

/// <summary>How the parts of a <see cref="Breakdown"/> relate to its total.</summary>
public enum BreakdownCoverage
{
    /// <summary>
    /// Single-label and complete: every counted item falls in exactly one part (the unknown part included), so the parts
    /// add up to the total exactly. Only such a breakdown may be apportioned to 100%.
    /// </summary>
    Complete = 0,

    /// <summary>
    /// Single-label but leaves categories out (victims by kind of violence: 54%, 19% and 8% are listed, the rest is not):
    /// the parts add up to at most the total.
    /// </summary>
    Incomplete = 1,

    /// <summary>
    /// Multi-label: one item can fall in several parts (a call about several kinds of violence), so the parts need not add
    /// up to anything; each is at most the total. Never apportioned.
    /// </summary>
    MultiLabel = 2,
}
