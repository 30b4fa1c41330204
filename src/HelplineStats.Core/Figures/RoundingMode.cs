namespace HelplineStats.Core.Figures;

/// <summary>
/// How an exact value is rounded to a step. Every rounding in the library names one of these; there is no default.
/// Published figures usually use <see cref="HalfAwayFromZero"/> (12.5% shows as 13%), which is not what
/// <c>Math.Round</c> does by default (half to even shows 12%).
/// </summary>
public enum RoundingMode
{
    /// <summary>To the nearest step; a value exactly halfway goes away from zero (12.5 → 13, −12.5 → −13).</summary>
    HalfAwayFromZero = 0,

    /// <summary>To the nearest step; a value exactly halfway goes to the even neighbour (12.5 → 12, 13.5 → 14).</summary>
    HalfToEven = 1,

    /// <summary>Directed: toward zero, also called truncation (12.9 → 12, −12.9 → −12).</summary>
    TowardZero = 2,

    /// <summary>Directed: away from zero (12.1 → 13, −12.1 → −13).</summary>
    AwayFromZero = 3,

    /// <summary>Directed: toward positive infinity, the ceiling (12.1 → 13, −12.9 → −12).</summary>
    TowardPositiveInfinity = 4,

    /// <summary>Directed: toward negative infinity, the floor (12.9 → 12, −12.1 → −13).</summary>
    TowardNegativeInfinity = 5,
}
