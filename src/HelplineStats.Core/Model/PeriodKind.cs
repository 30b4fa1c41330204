namespace HelplineStats.Core.Model;

/// <summary>The shape of a <see cref="ReportingPeriod"/>, read off its dates.</summary>
public enum PeriodKind
{
    /// <summary>Any other run of whole days, such as "since launch up to the end of 2021".</summary>
    Custom = 0,

    /// <summary>A single day.</summary>
    Day = 1,

    /// <summary>A calendar month.</summary>
    Month = 2,

    /// <summary>A calendar quarter (January to March, April to June, July to September, October to December).</summary>
    Quarter = 3,

    /// <summary>A calendar year.</summary>
    Year = 4,
}
