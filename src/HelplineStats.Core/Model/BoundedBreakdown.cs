using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A breakdown some of whose counts, the total or parts, were not published exactly: 1712's contacts by channel where
/// only the chats were printed, or a table whose small cells were suppressed. The sum still binds its counts (a
/// complete breakdown's parts add up to its total, a single-label one's to at most its total), and the audit reasons
/// with it; a <see cref="Breakdown"/> is the same thing with every count known.
/// </summary>
/// <remarks>
/// <para>Each count is a <see cref="BoundedObservation"/>; at least one is not exact (otherwise it is a
/// <see cref="Breakdown"/>). When it is made, the keys are checked as a
/// <see cref="Breakdown"/>'s are, and the bounds must leave room for the sum: no part's lower bound above the total's
/// upper bound; for a single-label breakdown, the parts' lower bounds add up to at most the total's upper bound; for a
/// complete one, their upper bounds to at least the total's lower bound.</para>
/// <para>Equality: same total, dimension, coverage and parts, whatever the order the parts were given in. Immutable and
/// thread-safe.</para>
/// </remarks>
public sealed class BoundedBreakdown : IEquatable<BoundedBreakdown>
{
    private readonly BoundedObservation[] _sortedParts;

    private BoundedBreakdown(BoundedObservation total, BreakdownDimension dimension, BreakdownCoverage coverage, IReadOnlyList<BoundedObservation> parts)
    {
        Total = total;
        Dimension = dimension;
        Coverage = coverage;
        Parts = parts;
        _sortedParts = parts.OrderBy(part => part.Key).ToArray();
    }

    /// <summary>The total that is split, exactly or within bounds.</summary>
    public BoundedObservation Total { get; }

    /// <summary>What the total is split by.</summary>
    public BreakdownDimension Dimension { get; }

    /// <summary>How the parts relate to the total.</summary>
    public BreakdownCoverage Coverage { get; }

    /// <summary>The parts, in the order given, each exactly or within bounds.</summary>
    public IReadOnlyList<BoundedObservation> Parts { get; }

    /// <summary>Every count of the breakdown, the total first.</summary>
    public IEnumerable<BoundedObservation> Counts => Parts.Prepend(Total);

    /// <summary>Makes a breakdown whose counts are known exactly or within bounds.</summary>
    /// <param name="total">The total, over all channels or all categories.</param>
    /// <param name="dimension">What the total is split by.</param>
    /// <param name="coverage">How the parts relate to the total.</param>
    /// <param name="parts">The parts; their keys are the total's with a coordinate of the dimension.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException">An argument or a part is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coverage"/> is not defined.</exception>
    /// <exception cref="ArgumentException">Every count is exact (make a <see cref="Breakdown"/>), a part's key does
    /// not fit, is given twice or (single-label) lies inside another, or the bounds leave no room for the sum.</exception>
    public static BoundedBreakdown Create(BoundedObservation total, BreakdownDimension dimension, BreakdownCoverage coverage, IEnumerable<BoundedObservation> parts)
    {
        Guard.NotNull(total, nameof(total));
        Guard.NotNull(dimension, nameof(dimension));
        if (!Enum.IsDefined(coverage))
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "Not a defined breakdown coverage.");
        }
        IReadOnlyList<BoundedObservation> list = Guard.NoNullItems(parts, nameof(parts));
        string what = $"The breakdown of {total.Key} by {dimension}";
        Breakdown.CheckKeys(total.Key, dimension, coverage, list.Select(part => part.Key).ToList(), what);
        if (total.IsExact && list.All(part => part.IsExact))
        {
            throw new ArgumentException($"{what}: every count is exact; make a {nameof(Breakdown)} instead.", nameof(parts));
        }
        long totalHigh = total.Bounds.HighOrMax;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Bounds.Low > totalHigh)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: parts[{i}] ({list[i].Key}) is at least {list[i].Bounds.Low}, more than the total can be ({total.Bounds})."), nameof(parts));
            }
        }
        if (coverage != BreakdownCoverage.MultiLabel)
        {
            Int128 lows = list.Aggregate(Int128.Zero, (sum, part) => sum + part.Bounds.Low);
            if (lows > totalHigh)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the parts add up to at least {lows}, more than the total can be ({total.Bounds})."), nameof(parts));
            }
            Int128 highs = list.Aggregate(Int128.Zero, (sum, part) => sum + part.Bounds.HighOrMax);
            if (coverage == BreakdownCoverage.Complete && highs < total.Bounds.Low)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the parts add up to at most {highs}, less than the total ({total.Bounds}), so the breakdown cannot be complete."), nameof(parts));
            }
        }
        return new BoundedBreakdown(total, dimension, coverage, list);
    }

    /// <summary>The breakdown as read from a file: a <see cref="Breakdown"/> when every count is exact, otherwise a
    /// bounded one (the readers of both formats decide alike).</summary>
    internal static (Breakdown? Exact, BoundedBreakdown? Bounded) ExactOrBounded(BoundedObservation total, BreakdownDimension dimension,
        BreakdownCoverage coverage, IReadOnlyList<BoundedObservation> parts) =>
        total.IsExact && parts.All(part => part.IsExact)
            ? (Breakdown.Create(total.ToObservation()!, dimension, coverage, parts.Select(part => part.ToObservation()!)), null)
            : (null, Create(total, dimension, coverage, parts));

    /// <summary>Whether <paramref name="other"/> has the same total, dimension, coverage and parts.</summary>
    /// <param name="other">Another breakdown.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(BoundedBreakdown? other) =>
        other is not null && Coverage == other.Coverage && Total.Equals(other.Total) && Dimension.Equals(other.Dimension)
        && _sortedParts.SequenceEqual(other._sortedParts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as BoundedBreakdown);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Total, Dimension, Coverage, Parts.Count);

    /// <summary>The total, dimension, coverage and number of parts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Total} by {Dimension} ({Coverage}, {Parts.Count} parts)");

    /// <summary>Whether two breakdowns are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(BoundedBreakdown? left, BoundedBreakdown? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two breakdowns differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(BoundedBreakdown? left, BoundedBreakdown? right) => !(left == right);
}
