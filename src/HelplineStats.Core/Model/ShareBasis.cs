namespace HelplineStats.Core.Model;

/// <summary>Which whole a share is taken of.</summary>
public enum ShareBasis
{
    /// <summary>The whole total, unknowns included.</summary>
    Total = 0,

    /// <summary>Only the records where the attribute is known ("73% of the callers whose gender is known"): the total without the unknown bucket.</summary>
    Known = 1,
}
