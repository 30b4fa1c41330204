namespace HelplineStats.Core.Kinds;

/// <summary>What a kind's figure is checked against: what the text says when it is confirmed, or why it cannot be checked.</summary>
internal enum CheckBasis
{
    /// <summary>A value computed from counts ("75 van de 410 contacten geeft 18,3%").</summary>
    Counts = 0,

    /// <summary>Its own count: the value is the count, so there is nothing to compute (a count, a total since the launch).</summary>
    ItsOwnCount = 1,

    /// <summary>The helpline's launch date (an age).</summary>
    LaunchDate = 2,

    /// <summary>The counts of every known year since the launch (a record).</summary>
    KnownYears = 3,
}
