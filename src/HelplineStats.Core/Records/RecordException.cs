using System;

namespace HelplineStats.Core.Records;

/// <summary>A record that cannot be counted: the message says which one (its position in the input) and why. The aggregate
/// it was being added to is left as it was before that record.</summary>
public sealed class RecordException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="position">The 0-based position of the record in its input.</param>
    /// <param name="problem">What is wrong with it.</param>
    public RecordException(long position, string problem)
        : base($"Record {position.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {problem}")
    {
        Position = position;
        Problem = problem ?? throw new ArgumentNullException(nameof(problem));
    }

    /// <summary>The 0-based position of the record in its input.</summary>
    public long Position { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
