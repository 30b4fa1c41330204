namespace HelplineStats.Core.Audit;

/// <summary>The kind of a <see cref="StructuralFinding"/>.</summary>
public enum FindingKind
{
    /// <summary>Two reports give different counts for the same key; the audit treats that count as unknown (or leaves
    /// those bounds aside). Counts: the key; numbers: the lowest and the highest count one report allows, then those the
    /// other allows (the same two for an exact count, <see cref="long.MaxValue"/> for a bound without a top).</summary>
    CountConflict = 0,

    /// <summary>A since-launch count does not chain with the others. Counts: the total, and when it breaks against another
    /// total since the launch, that total; numbers: the total's value, then the sum of its years (one count) or the
    /// other total's value (two counts: the total is less than the one at the end of the month before, or more than
    /// the one at the end of its month).</summary>
    CumulativeChainBroken = 1,

    /// <summary>The printed shares of every part of a complete breakdown add up to more or less than rounding allows.
    /// Counts: the breakdown's total; numbers: the sum of the printed shares, the whole (100) and the slack rounding
    /// allows; figures: the shares.</summary>
    SharesDoNotAddUp = 2,

    /// <summary>Not a problem: the printed shares of an incomplete or multi-label breakdown were not held to 100. Counts:
    /// the breakdown's total; numbers: 1 when the breakdown is multi-label, 0 when it is incomplete; figures: the shares.</summary>
    ExemptFromAddingUp = 3,

    /// <summary>
    /// Figures about the same unknown counts cannot all be true, and more than one of them could be the wrong one: none is
    /// contradicted (each could be right), and the finding names them all. Counts: the unknown counts; figures: the
    /// figures that disagree.
    /// </summary>
    FiguresDisagree = 4,

    /// <summary>The counts published exactly or within bounds cannot add up in a breakdown or a since-launch chain they
    /// belong to (no figure needed to see it); the audit leaves those sums aside. Counts: the count left without a value,
    /// then the total of each sum set aside.</summary>
    CountsCannotAddUp = 5,
}
