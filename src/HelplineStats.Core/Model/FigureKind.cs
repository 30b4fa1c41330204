namespace HelplineStats.Core.Model;

/// <summary>
/// The kind of a <see cref="PublishedFigure"/>. The kind says what the printed value is a number of and which references
/// the figure needs (a whole, a comparison period); the Figures and Audit layers give each kind its meaning.
/// </summary>
public enum FigureKind
{
    /// <summary>A count of the subject ("8,515 calls"). Printed value: the count.</summary>
    Count = 0,

    /// <summary>The subject as a share of a whole ("18% via chat"). Printed value: a percentage. Needs a whole.</summary>
    Share = 1,

    /// <summary>The relative change of the subject against a comparison period ("+6% compared with 2020"). Printed value: a percentage. Needs a comparison period.</summary>
    RelativeChange = 2,

    /// <summary>The signed difference of the subject against a comparison period ("−36,460 visitors"). Printed value: a count. Needs a comparison period.</summary>
    AbsoluteChange = 3,

    /// <summary>The change of a share against a comparison period, in percentage points (13% against 24.1%: −11.1 points). Printed value: points. Needs a whole and a comparison period.</summary>
    PercentagePointChange = 4,

    /// <summary>The subject as a multiple of itself in a comparison period ("3× as many calls as in 2012"). Printed value: the multiple. Needs a comparison period.</summary>
    Multiple = 5,

    /// <summary>The subject per day of its period ("377 calls a day"). Printed value: a count per day.</summary>
    RatePerDay = 6,

    /// <summary>The subject per week of its period. Printed value: a count per week.</summary>
    RatePerWeek = 7,

    /// <summary>The subject as "one in N" of a whole ("almost one in five conversations"). Printed value: N. Needs a whole.</summary>
    OneInN = 8,

    /// <summary>A running total from the launch to the end of the subject's period ("1,913 contacts since launch"). Printed value: the count.</summary>
    CumulativeSinceLaunch = 9,

    /// <summary>The subject is the highest of its series since launch. No printed value.</summary>
    HighestSinceLaunch = 10,

    /// <summary>The subject is the lowest of its series since launch. No printed value.</summary>
    LowestSinceLaunch = 11,

    /// <summary>The helpline's age in whole years at the end of the subject's period ("10 years of 1712"). Printed value: the years.</summary>
    AgeInYears = 12,

    /// <summary>The subject per unit of another metric ("1.33 possible victims per call"). Printed value: the ratio. Needs a whole (the denominator).</summary>
    Ratio = 13,
}
