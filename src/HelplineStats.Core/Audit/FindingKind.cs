namespace HelplineStats.Core.Audit;

/// <summary>The kind of a <see cref="StructuralFinding"/>.</summary>
public enum FindingKind
{
    /// <summary>Two reports give different counts for the same key; the audit treats that count as unknown.</summary>
    CountConflict = 0,

    /// <summary>A since-launch count does not equal the sum of the counts of the periods it spans.</summary>
    CumulativeChainBroken = 1,

    /// <summary>The printed shares of every part of a complete breakdown add up to more or less than rounding allows.</summary>
    SharesDoNotAddUp = 2,

    /// <summary>Not a problem: the printed shares of an incomplete or multi-label breakdown were not held to 100.</summary>
    ExemptFromAddingUp = 3,

    /// <summary>
    /// Figures about the same unknown counts cannot all be true, and more than one of them could be the wrong one: none is
    /// contradicted (each could be right), and the finding names them all.
    /// </summary>
    FiguresDisagree = 4,

    /// <summary>The counts published exactly or within bounds cannot add up in a breakdown or a since-launch chain they
    /// belong to (no figure needed to see it); the audit leaves those sums aside.</summary>
    CountsCannotAddUp = 5,
}
