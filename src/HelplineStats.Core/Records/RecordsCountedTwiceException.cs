using System;

namespace HelplineStats.Core.Records;

/// <summary>
/// Thrown when two aggregates that counted the same records file (the same content, under any name) are merged: the
/// merge would count every record of it twice.
/// </summary>
public sealed class RecordsCountedTwiceException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="counted">The source as the first aggregate counted it.</param>
    /// <param name="again">The same content as the second aggregate counted it (perhaps under another name).</param>
    /// <param name="paramName">The parameter that brought the second aggregate.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counted"/> or <paramref name="again"/> is null.</exception>
    public RecordsCountedTwiceException(RecordSource counted, RecordSource again, string? paramName)
        : base($"The records of {counted?.Name ?? throw new ArgumentNullException(nameof(counted))} are counted again as {again?.Name ?? throw new ArgumentNullException(nameof(again))} ({counted.Records} records, fingerprint {counted.Fingerprint}).", paramName)
    {
        Counted = counted;
        Again = again;
    }

    /// <summary>The source as the first aggregate counted it.</summary>
    public RecordSource Counted { get; }

    /// <summary>The same content as the second aggregate counted it.</summary>
    public RecordSource Again { get; }
}
