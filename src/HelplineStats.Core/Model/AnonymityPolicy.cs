namespace HelplineStats.Core.Model;

/// <summary>Whether the people who contact a helpline can stay anonymous.</summary>
public enum AnonymityPolicy
{
    /// <summary>Not known or not published.</summary>
    Unknown = 0,

    /// <summary>Every contact is anonymous; the helpline does not ask who is calling.</summary>
    AlwaysAnonymous = 1,

    /// <summary>Callers may stay anonymous or give their name, as they choose.</summary>
    CallerChooses = 2,

    /// <summary>Callers are identified.</summary>
    NotAnonymous = 3,
}
