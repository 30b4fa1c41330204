namespace HelplineStats.Core.Kinds;

/// <summary>Why the composer left out a figure the plan asked for; it never invents a value instead.</summary>
public enum SkipReason
{
    /// <summary>A count the figure needs is not known (a year nobody counted, a part of a breakdown not given).</summary>
    CountMissing = 0,

    /// <summary>The counts leave the figure undefined: a change or multiple from zero, a share of nothing.</summary>
    Undefined = 1,

    /// <summary>The figure needs the helpline's launch date, which is not known (a multiple against the first full year, an age, a total since launch).</summary>
    LaunchDateUnknown = 2,

    /// <summary>A record claim the counts contradict: another year counted more (or less).</summary>
    DoesNotHold = 3,

    /// <summary>The figure needs the exact last day of a period that ends on an unknown day of its month ("up to May
    /// 2013"): a per-day or per-week average, or an age that changes within that month.</summary>
    EndDayUnknown = 4,
}
