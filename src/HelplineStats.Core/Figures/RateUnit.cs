namespace HelplineStats.Core.Figures;

/// <summary>The time unit of a <see cref="Rate"/>.</summary>
public enum RateUnit
{
    /// <summary>Per day.</summary>
    PerDay = 0,

    /// <summary>Per week of seven days.</summary>
    PerWeek = 1,
}
