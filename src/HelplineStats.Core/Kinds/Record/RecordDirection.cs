namespace HelplineStats.Core.Kinds;

/// <summary>Which end of its series a record claim is at.</summary>
public enum RecordDirection
{
    /// <summary>The highest since launch.</summary>
    Highest = 0,

    /// <summary>The lowest since launch.</summary>
    Lowest = 1,
}
