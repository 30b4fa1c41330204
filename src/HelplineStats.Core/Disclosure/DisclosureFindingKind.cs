namespace HelplineStats.Core.Disclosure;

/// <summary>How a dataset gives a small count away.</summary>
public enum DisclosureFindingKind
{
    /// <summary>The count is published exactly, and it is from 1 to k − 1.</summary>
    Published = 0,

    /// <summary>The count is not published exactly, but the sums, since-launch totals and figures narrow it to less
    /// than "fewer than k" (exactly, or within a part of 1 to k − 1).</summary>
    Recovered = 1,
}
