namespace HelplineStats.Core.Model;

/// <summary>How precisely a date is known: to the day, or only to its month ("up to May 2013").</summary>
public enum DatePrecision
{
    /// <summary>The day itself is known.</summary>
    Day = 0,

    /// <summary>Only the month is known: the date is one of its days, which one is not said.</summary>
    Month = 1,
}
