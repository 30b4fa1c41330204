using System;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Records;

/// <summary>
/// One records file an aggregate counted: its name, how many bytes and records it held, and a fingerprint of its
/// content taken while it was parsed (16 hexadecimal digits; the same bytes give the same fingerprint whatever the file
/// is called, where it lies or how many cores read it). Merging two aggregates that counted the same content is
/// refused (<see cref="RecordsCountedTwiceException"/>), so no record is counted twice.
/// </summary>
/// <remarks>The fingerprint is a checksum, not a cryptographic hash: it tells a copy of a file from other files, not a
/// file made to collide with another. Equality is by content (bytes and fingerprint), not by name. Immutable and
/// thread-safe.</remarks>
public sealed record RecordSource
{
    /// <summary>A source as a partial aggregate file states it.</summary>
    /// <param name="name">The name the file was read under, such as its file name.</param>
    /// <param name="bytes">How many bytes of UTF-8 text it held (a byte-order mark left out; a UTF-16 or UTF-32 file as
    /// the UTF-8 it was read as); zero or more.</param>
    /// <param name="records">How many records it held; zero or more.</param>
    /// <param name="fingerprint">The fingerprint of its content: 16 lowercase hexadecimal digits.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="fingerprint"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bytes"/> or <paramref name="records"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="fingerprint"/> is not 16 lowercase hexadecimal digits.</exception>
    public RecordSource(string name, long bytes, long records, string fingerprint)
    {
        Name = Guard.NotNull(name, nameof(name));
        Bytes = Guard.NonNegative(bytes, nameof(bytes));
        Records = Guard.NonNegative(records, nameof(records));
        Guard.NotNull(fingerprint, nameof(fingerprint));
        if (fingerprint.Length != 16 || !fingerprint.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f'))
        {
            throw new ArgumentException($"A fingerprint is 16 lowercase hexadecimal digits, such as 0123456789abcdef; it was '{fingerprint}'.", nameof(fingerprint));
        }
        Fingerprint = fingerprint;
    }

    /// <summary>The name the file was read under.</summary>
    public string Name { get; }

    /// <summary>How many bytes of UTF-8 text the file held (see the constructor).</summary>
    public long Bytes { get; }

    /// <summary>How many records the file held.</summary>
    public long Records { get; }

    /// <summary>The fingerprint of the file's content.</summary>
    public string Fingerprint { get; }

    /// <inheritdoc />
    public bool Equals(RecordSource? other) => other is not null && Bytes == other.Bytes && Fingerprint == other.Fingerprint;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Bytes, Fingerprint);

    /// <summary>The source in words, such as <c>rec.csv (6787 records, fingerprint 0123456789abcdef)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({Records} records, fingerprint {Fingerprint})");
}
