namespace HelplineStats.Core.Kinds;

/// <summary>Why the composer left out a figure the plan asked for; it never invents a value instead.</summary>
public enum SkipReason
{
    /// <summary>A count the figure needs is not known (a year nobody counted, a part of a breakdown not given; a total
    /// since the launch that is not given and cannot be added up from its years). Counts: those not known; none when the
    /// counts hold nothing about the helpline.</summary>
    CountMissing = 0,

    /// <summary>The counts leave the figure undefined: a change or multiple from zero, a share of nothing. Counts: the
    /// figure's inputs.</summary>
    Undefined = 1,

    /// <summary>The figure needs the helpline's launch date, which is not known (a multiple against the first full year, an age, a total since launch).</summary>
    LaunchDateUnknown = 2,

    /// <summary>A record claim the counts contradict: another year counted more (or less). Counts: the claimed one.</summary>
    DoesNotHold = 3,

    /// <summary>The figure needs the exact last day of a period that ends on an unknown day of its month ("up to May
    /// 2013"): a per-day or per-week average, or an age that changes within that month. Counts: the figure's count,
    /// when it has one.</summary>
    EndDayUnknown = 4,

    /// <summary>An apportioned share whose complete breakdown is not in the report. Counts: the breakdown's total.</summary>
    BreakdownMissing = 5,

    /// <summary>The figure is of a period before the helpline's launch (an age).</summary>
    BeforeLaunch = 6,

    /// <summary>A record claim of something other than a yearly total. Counts: its subject.</summary>
    YearlyTotalsOnly = 7,

    /// <summary>A one-in-N whose share no allowed denominator phrases truly. Counts: the part and the whole.</summary>
    NoSimpleFraction = 8,

    /// <summary>The counts hold nothing about the figure's helpline.</summary>
    HelplineUnknown = 9,
}
