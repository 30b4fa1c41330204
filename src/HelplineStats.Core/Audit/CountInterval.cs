using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit;

/// <summary>
/// The whole numbers an unpublished count can be, given the printed figures about it: "2020 calls must lie between 7,996
/// and 8,071". Both ends are included; an empty interval means the figures cannot all hold.
/// </summary>
/// <remarks>Equality is by key, ends and sources. Immutable and thread-safe.</remarks>
public sealed record CountInterval
{
    internal CountInterval(ObservationKey key, long low, long high, IEnumerable<FigureReference> figures)
    {
        Key = key;
        Low = low;
        High = high;
        Figures = figures.Distinct().Order().ToList().AsReadOnly();
    }

    /// <summary>The count the interval is about.</summary>
    public ObservationKey Key { get; }

    /// <summary>The smallest count the figures allow (when not <see cref="IsEmpty"/>).</summary>
    public long Low { get; }

    /// <summary>The largest count the figures allow (when not <see cref="IsEmpty"/>).</summary>
    public long High { get; }

    /// <summary>Whether no count satisfies every figure.</summary>
    public bool IsEmpty => Low > High;

    /// <summary>The ids of the figures the interval was inferred from.</summary>
    public IReadOnlyList<FigureReference> Figures { get; }

    /// <summary>Whether <paramref name="count"/> lies in the interval.</summary>
    /// <param name="count">The count.</param>
    /// <returns><c>true</c> when it does.</returns>
    public bool Contains(long count) => Low <= count && count <= High;

    /// <summary>Whether <paramref name="other"/> has the same key, ends and sources.</summary>
    /// <param name="other">The interval to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(CountInterval? other) =>
        other is not null && Key.Equals(other.Key) && Low == other.Low && High == other.High && Figures.SequenceEqual(other.Figures);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Low, High);

    /// <summary>The key and the interval, such as <c>1712/2020/calls in [7996, 8071]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsEmpty
        ? $"{Key}: no count fits ({string.Join(", ", Figures)})"
        : string.Create(CultureInfo.InvariantCulture, $"{Key} in [{Low}, {High}]");
}
