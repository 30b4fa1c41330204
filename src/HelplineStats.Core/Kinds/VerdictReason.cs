namespace HelplineStats.Core.Kinds;

/// <summary>
/// Why the audit reached its verdict on a figure, as a code: the numbers behind it are the verdict's own
/// (<see cref="Audit.FigureVerdict.Exact"/>, <see cref="Audit.FigureVerdict.Expected"/>, <see cref="Audit.FigureVerdict.Missing"/>,
/// <see cref="Audit.FigureVerdict.Implied"/>, <see cref="Audit.FigureVerdict.Inputs"/> and <see cref="Audit.FigureVerdict.Explanations"/>),
/// and the text layer words it in any culture (<see cref="HelplineStats.Core.Text.Statements"/>). Files write the names
/// in kebab case: <c>counts-allow</c>, <c>counts-missing</c>.
/// </summary>
/// <remarks>A figure whose missing counts the other figures pin (<see cref="Audit.FigureVerdict.Missing"/> not empty, but
/// <see cref="Audit.FigureVerdict.Exact"/> known) is judged with the same codes as one whose counts are published.</remarks>
public enum VerdictReason
{
    /// <summary>Confirmed: the counts confirm the figure (a claim without a value of its own to compare, or a count of its own).</summary>
    CountsConfirm = 0,

    /// <summary>Confirmed: the counts give <see cref="Audit.FigureVerdict.Exact"/>, which the printed value and qualifier allow.</summary>
    CountsAllow = 1,

    /// <summary>Contradicted: the counts give <see cref="Audit.FigureVerdict.Exact"/>, which the printed value and qualifier do not allow.</summary>
    CountsDoNotAllow = 2,

    /// <summary>Contradicted: the counts leave the figure undefined (a zero whole or base, or a part larger than its whole).</summary>
    CountsLeaveUndefined = 3,

    /// <summary>Contradicted: an apportioned percentage is its exact value rounded down or up, and the printed value is neither.</summary>
    NotRoundedEitherWay = 4,

    /// <summary>Contradicted: the figure is of a period that ends before the helpline's launch.</summary>
    BeforeLaunch = 5,

    /// <summary>Contradicted: another period beats the claimed record (<see cref="Audit.RecordBeatenExplanation"/>).</summary>
    RecordBeaten = 6,

    /// <summary>Contradicted: no value of the missing counts (within their published bounds) makes the figure true.</summary>
    NoValueFits = 7,

    /// <summary>Contradicted: the figure could be true alone, but not with the sums and totals since the launch its counts are part of.</summary>
    SumsLeaveNoValue = 8,

    /// <summary>Contradicted: the figures about the same unknown counts cannot all be true, and this one (with the others named
    /// in its <see cref="Audit.DisagreementExplanation"/>) is the only set whose removal makes the rest fit.</summary>
    OnlyCulprit = 9,

    /// <summary>Not checkable: counts the figure needs are not known (<see cref="Audit.FigureVerdict.Missing"/>).</summary>
    CountsMissing = 10,

    /// <summary>Not checkable: the counts are not known, and the figure alone puts them in <see cref="Audit.FigureVerdict.Implied"/>.</summary>
    FigureAlonePuts = 11,

    /// <summary>Not checkable: record claims are checked on yearly totals only.</summary>
    YearlyTotalsOnly = 12,

    /// <summary>Not checkable: the record holds over the years that are known, and the others are missing.</summary>
    HoldsOverKnownYears = 13,

    /// <summary>Not checkable: the helpline's launch date is not known.</summary>
    LaunchDateUnknown = 14,

    /// <summary>Not checkable: the period ends on a day of its last month that is not given, and the figure depends on it.</summary>
    EndDayUnknown = 15,

    /// <summary>Not checkable: figures about the same unknown counts cannot all be true, and more than one set of them
    /// could be the wrong one (<see cref="Audit.ExplanationKind.IntervalsDisjoint"/>).</summary>
    EachCouldBeRight = 16,

    /// <summary>Not checkable: figures about the same unknown counts cannot all be true, and no small set of them explains
    /// it (<see cref="Audit.ExplanationKind.SeveralDisagree"/>).</summary>
    SeveralDisagree = 17,

    /// <summary>Consistent together: the counts are not known, but the related figures fit, and together they put them in
    /// <see cref="Audit.FigureVerdict.Implied"/>.</summary>
    FitsTogether = 18,
}
