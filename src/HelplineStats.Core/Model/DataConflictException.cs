using System;

namespace HelplineStats.Core.Model;

/// <summary>
/// Thrown when two pieces of data claim different things about the same subject: one observation key with two counts,
/// one figure id with two figures, one helpline id with two descriptions. Raised when a report is made or when
/// reports and datasets are merged; nothing is silently overwritten.
/// </summary>
public sealed class DataConflictException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subject">What the conflict is about, such as an observation key or a figure id.</param>
    /// <param name="first">What the first source says.</param>
    /// <param name="second">What the second source says.</param>
    /// <param name="paramName">The parameter that brought the second source.</param>
    public DataConflictException(string subject, string first, string second, string? paramName)
        : base($"Conflicting data for {subject}: one source says {first}, another says {second}.", paramName)
    {
        Subject = subject ?? throw new ArgumentNullException(nameof(subject));
        First = first ?? throw new ArgumentNullException(nameof(first));
        Second = second ?? throw new ArgumentNullException(nameof(second));
    }

    /// <summary>What the conflict is about.</summary>
    public string Subject { get; }

    /// <summary>What the first source says.</summary>
    public string First { get; }

    /// <summary>What the second source says.</summary>
    public string Second { get; }
}
