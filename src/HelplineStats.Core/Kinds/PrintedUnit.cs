namespace HelplineStats.Core.Kinds;

/// <summary>How a kind's value is written: the unit after it and whether it carries its sign. Text writes a unit, never a kind.</summary>
internal enum PrintedUnit
{
    /// <summary>A plain number: a count, a rate, a multiple, a ratio, years.</summary>
    Number = 0,

    /// <summary>A percentage ("58%").</summary>
    Percent = 1,

    /// <summary>A signed percentage ("+6%").</summary>
    SignedPercent = 2,

    /// <summary>A signed number ("−36.460", "+1,1" points).</summary>
    Signed = 3,

    /// <summary>The N of "one in N"; what the counts give is shown as the share it is.</summary>
    OneInN = 4,

    /// <summary>No value (a record claim).</summary>
    None = 5,
}
