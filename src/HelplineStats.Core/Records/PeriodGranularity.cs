namespace HelplineStats.Core.Records;

/// <summary>The reporting periods records are counted in.</summary>
public enum PeriodGranularity
{
    /// <summary>One period per day.</summary>
    Day = 0,

    /// <summary>One period per calendar month.</summary>
    Month = 1,

    /// <summary>One period per calendar quarter.</summary>
    Quarter = 2,

    /// <summary>One period per calendar year.</summary>
    Year = 3,
}
