namespace HelplineStats.Core.Audit;

/// <summary>Why an inconsistent figure is inconsistent: a known slip that reproduces the printed value, or a conflict.</summary>
public enum ExplanationKind
{
    /// <summary>The value was rounded with another mode (half to even, truncation...) than the one assumed.</summary>
    OtherRoundingMode = 0,

    /// <summary>The value was rounded to a coarser step than it is printed with (3.6 shown as 3.5).</summary>
    CoarserStep = 1,

    /// <summary>A relative change was divided by the later value instead of the earlier one.</summary>
    WrongBase = 2,

    /// <summary>A per-day or per-week rate was computed over 365 days in a leap year (or 366 in a common year).</summary>
    WrongNumberOfDays = 3,

    /// <summary>The printed value is the value of a neighbouring figure of the same report.</summary>
    NeighbouringFigure = 4,

    /// <summary>The printed whole number differs from the right one in one digit, or by two swapped adjacent digits.</summary>
    DigitSlip = 5,

    /// <summary>A share was taken of another metric's whole (conversations instead of calls).</summary>
    WrongWhole = 6,

    /// <summary>No count can make the printed figure true, whatever the unknown count is.</summary>
    NoCountFits = 7,

    /// <summary>
    /// Figures about the same unknown counts (directly, or through sums and since-launch chains) cannot all be true, and
    /// more than one of them could be the wrong one: removing any one of the related figures makes the rest fit.
    /// </summary>
    IntervalsDisjoint = 8,

    /// <summary>A record claim is beaten by a known count of another period.</summary>
    RecordBeaten = 9,

    /// <summary>No known slip reproduces the printed value.</summary>
    Unexplained = 10,

    /// <summary>
    /// The figures about the same unknown counts cannot all be true, and this figure (with the related ones, if any) is
    /// the only set of at most three whose removal makes all the others fit: it is the one to blame.
    /// </summary>
    OnlyCulprit = 11,

    /// <summary>
    /// The figures about the same unknown counts cannot all be true, and no set of up to three of them explains it: several
    /// figures disagree (the search is bounded; see docs/audit.md).
    /// </summary>
    SeveralDisagree = 12,
}
