using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// One total split by one dimension: 8,515 calls by channel, 11,312 possible victims by kind of violence. The parts are
/// observations whose keys equal the total's key but for the dimension's coordinate; each count, the total's too, is
/// exact or known only within bounds (a breakdown whose small parts were withheld).
/// </summary>
/// <remarks>
/// <para>For a taxonomy dimension the part with the taxonomy's unknown category is the <see cref="Unknown"/> bucket, and
/// <see cref="Known"/> is what remains of the total without it: the whole of a share "of those whose gender is known".</para>
/// <para>What is checked when a breakdown is made depends on its <see cref="Coverage"/>, and holds for every value within
/// the bounds that could be the truth: every part can be at most the total; a single-label breakdown's parts do not lie
/// inside one another and can add up to at most the total; a complete one's parts can add up to the total exactly. A
/// multi-label breakdown's parts may add up to more. When every count is exact these are the plain sums.</para>
/// <para>Equality: same total, dimension, coverage and parts, whatever the order the parts were given in.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class Breakdown : IEquatable<Breakdown>
{
    private readonly IReadOnlyList<Observation> _parts;
    private readonly Observation[] _sortedParts;

    private Breakdown(Observation total, BreakdownDimension dimension, BreakdownCoverage coverage, IReadOnlyList<Observation> parts, CountBounds sum)
    {
        Total = total;
        Dimension = dimension;
        Coverage = coverage;
        _parts = parts;
        _sortedParts = parts.OrderBy(part => part.Key).ToArray();
        PartsSum = sum;
        Unknown = parts.FirstOrDefault(part => part.Key.Category?.IsUnknown == true);
        IsExact = total.IsExact && parts.All(part => part.IsExact);
        long unknownLow = Unknown?.Bounds.Low ?? 0;
        long unknownHigh = Unknown?.Bounds.HighOrMax ?? 0;
        long knownLow = total.Bounds.Low - Math.Min(unknownHigh, total.Bounds.Low);
        Known = total.Bounds.High is long high ? CountBounds.Between(knownLow, high - Math.Min(unknownLow, high)) : CountBounds.AtLeast(knownLow);
    }

    /// <summary>The total that is split.</summary>
    public Observation Total { get; }

    /// <summary>What the total is split by.</summary>
    public BreakdownDimension Dimension { get; }

    /// <summary>How the parts relate to the total.</summary>
    public BreakdownCoverage Coverage { get; }

    /// <summary>The parts, in the order given.</summary>
    public IReadOnlyList<Observation> Parts => _parts;

    /// <summary>The total, then the parts in the order given.</summary>
    public IEnumerable<Observation> Counts => _parts.Prepend(Total);

    /// <summary>Whether the total and every part are exact counts.</summary>
    public bool IsExact { get; }

    /// <summary>What is known of the sum of the parts: exact when every part is (for a multi-label breakdown this may
    /// exceed the total).</summary>
    public CountBounds PartsSum { get; }

    /// <summary>The part in the unknown category, or <c>null</c> when the breakdown has no unknown part.</summary>
    public Observation? Unknown { get; }

    /// <summary>What is known of the total without the unknown part: the whole of a share "of those for whom it is
    /// known"; exact when the total and the unknown part are.</summary>
    public CountBounds Known { get; }

    /// <summary>Whether every item falls in exactly one part and the parts add up to the total.</summary>
    public bool IsComplete => Coverage == BreakdownCoverage.Complete;

    /// <summary>Whether one item can fall in several parts.</summary>
    public bool IsMultiLabel => Coverage == BreakdownCoverage.MultiLabel;

    /// <summary>The exact whole of shares of the parts: the known parts' sum or the total.</summary>
    /// <exception cref="ArgumentException">A count of the breakdown is known only within bounds.</exception>
    internal Count ExactWhole(ShareBasis basis, string paramName)
    {
        Count total = Total.ExactCount(paramName);
        return basis == ShareBasis.Known && Unknown is Observation unknown ? total - unknown.ExactCount(paramName) : total;
    }

    /// <summary>Splits a total.</summary>
    /// <param name="total">The total.</param>
    /// <param name="dimension">What it is split by; the total's key must have no coordinate in that dimension.</param>
    /// <param name="coverage">How the parts relate to the total.</param>
    /// <param name="parts">The parts: keys equal to the total's but for a channel or category of <paramref name="dimension"/>, each once.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException">An argument or a part is null.</exception>
    /// <exception cref="ArgumentException">A part does not fit the total or the dimension, is repeated, or is larger than
    /// the total can be; single-label parts lie inside one another or add up to more than the total can be; the parts
    /// of a complete breakdown cannot add up to the total. The message names the part and the numbers.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coverage"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The exact parts add up to more than <see cref="long.MaxValue"/>.</exception>
    public static Breakdown Create(Observation total, BreakdownDimension dimension, BreakdownCoverage coverage, IEnumerable<Observation> parts)
    {
        Guard.NotNull(total, nameof(total));
        Guard.NotNull(dimension, nameof(dimension));
        if (!Enum.IsDefined(coverage))
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "Not a defined breakdown coverage.");
        }
        IReadOnlyList<Observation> list = Guard.NoNullItems(parts, nameof(parts));
        string what = $"The breakdown of {total.Key} by {dimension}";
        CheckKeys(total.Key, dimension, coverage, list.Select(part => part.Key).ToList(), what);
        CountBounds sum = total.IsExact && list.All(part => part.IsExact)
            ? CheckExact(total.Bounds.Low, coverage, list, what)
            : CheckBounded(total.Bounds, coverage, list, what);
        return new Breakdown(total, dimension, coverage, list, sum);
    }

    private static CountBounds CheckExact(long total, BreakdownCoverage coverage, IReadOnlyList<Observation> list, string what)
    {
        long sum = 0;
        bool overflow = false;
        for (int i = 0; i < list.Count; i++)
        {
            long part = list[i].Bounds.Low;
            if (part > total)
            {
                string where = string.Create(CultureInfo.InvariantCulture, $"{what}: parts[{i}] ({list[i].Key})");
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{where} is {part}, more than the total {total}."), "parts");
            }
            overflow |= long.MaxValue - sum < part;
            sum = overflow ? long.MaxValue : sum + part;
        }
        if (coverage != BreakdownCoverage.MultiLabel)
        {
            if (overflow || sum > total)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the parts add up to {(overflow ? "more than " + long.MaxValue : sum)}, more than the total {total}; a single-label breakdown cannot exceed its total (use {nameof(BreakdownCoverage.MultiLabel)} if one item can fall in several parts)."), "parts");
            }
            if (coverage == BreakdownCoverage.Complete && sum != total)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the parts add up to {sum}, not to the total {total}, so the breakdown is not complete (use {nameof(BreakdownCoverage.Incomplete)} when categories are left out)."), "parts");
            }
        }
        return overflow ? throw new OverflowException($"{what}: the parts add up to more than {long.MaxValue.ToString(CultureInfo.InvariantCulture)}.") : CountBounds.Exactly(sum);
    }

    private static CountBounds CheckBounded(CountBounds total, BreakdownCoverage coverage, IReadOnlyList<Observation> list, string what)
    {
        long totalHigh = total.HighOrMax;
        for (int i = 0; i < list.Count; i++)
        {
            if (list[i].Bounds.Low > totalHigh)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: parts[{i}] ({list[i].Key}) is at least {list[i].Bounds.Low}, more than the total can be ({total})."), "parts");
            }
        }
        Int128 lows = list.Aggregate(Int128.Zero, (sum, part) => sum + part.Bounds.Low);
        Int128 highs = list.Aggregate(Int128.Zero, (sum, part) => sum + part.Bounds.HighOrMax);
        if (coverage != BreakdownCoverage.MultiLabel)
        {
            if (lows > totalHigh)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the parts add up to at least {lows}, more than the total can be ({total})."), "parts");
            }
            if (coverage == BreakdownCoverage.Complete && highs < total.Low)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: the parts add up to at most {highs}, less than the total ({total}), so the breakdown cannot be complete."), "parts");
            }
        }
        long low = lows > long.MaxValue ? long.MaxValue : (long)lows;
        return highs >= long.MaxValue ? CountBounds.AtLeast(low) : CountBounds.Between(low, (long)highs);
    }

    /// <summary>Splits a total by channel.</summary>
    /// <param name="total">The total, over all channels.</param>
    /// <param name="coverage">How the parts relate to the total.</param>
    /// <param name="parts">Each channel with its count.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException">An argument or a channel is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Create"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Breakdown ByChannel(Observation total, BreakdownCoverage coverage, params (Channel Channel, long Value)[] parts)
    {
        Guard.NotNull(total, nameof(total));
        Guard.NotNull(parts, nameof(parts));
        return Create(total, BreakdownDimension.Channel, coverage,
            parts.Select(part => total.Key.WithChannel(Guard.NotNull(part.Channel, nameof(parts))).Observe(part.Value)));
    }

    /// <summary>Splits a total by the categories of a taxonomy.</summary>
    /// <param name="total">The total, over all categories.</param>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <param name="coverage">How the parts relate to the total.</param>
    /// <param name="parts">Each category id with its count; <c>unknown</c> is the unknown bucket.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id is null.</exception>
    /// <exception cref="ArgumentException">An id is invalid, or see <see cref="Create"/>.</exception>
    /// <exception cref="KeyNotFoundException">The taxonomy has no such category.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static Breakdown ByCategory(Observation total, Taxonomy taxonomy, BreakdownCoverage coverage, params (string CategoryId, long Value)[] parts)
    {
        Guard.NotNull(total, nameof(total));
        Guard.NotNull(taxonomy, nameof(taxonomy));
        Guard.NotNull(parts, nameof(parts));
        return Create(total, BreakdownDimension.Of(taxonomy), coverage,
            parts.Select(part => total.Key.WithCategory(taxonomy.Get(part.CategoryId)).Observe(part.Value)));
    }

    /// <summary>The part for <paramref name="channel"/>, or <c>null</c> when the breakdown has none.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The part's observation, or <c>null</c>.</returns>
    public Observation? Find(Channel channel) => _parts.FirstOrDefault(part => part.Key.Channel == channel && part.Key.Category == Total.Key.Category);

    /// <summary>The part for <paramref name="category"/>, or <c>null</c> when the breakdown has none.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The part's observation, or <c>null</c>.</returns>
    public Observation? Find(Category category) => _parts.FirstOrDefault(part => part.Key.Category == category && part.Key.Channel == Total.Key.Channel);

    /// <summary>Whether <paramref name="other"/> has the same total, dimension, coverage and parts (in any order).</summary>
    /// <param name="other">The breakdown to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Breakdown? other) =>
        other is not null && Coverage == other.Coverage && Total.Equals(other.Total) && Dimension.Equals(other.Dimension)
        && _sortedParts.SequenceEqual(other._sortedParts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Breakdown);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Total, Dimension, Coverage, _parts.Count);

    /// <summary>The total, the dimension, the coverage and the number of parts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Total} by {Dimension} ({Coverage}, {_parts.Count} parts)");

    /// <summary>Whether two breakdowns are equal.</summary>
    /// <param name="left">The first breakdown.</param>
    /// <param name="right">The second breakdown.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(Breakdown? left, Breakdown? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two breakdowns differ.</summary>
    /// <param name="left">The first breakdown.</param>
    /// <param name="right">The second breakdown.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(Breakdown? left, Breakdown? right) => !(left == right);

    /// <summary>
    /// Checks that the parts' keys fit a breakdown of <paramref name="total"/> by <paramref name="dimension"/>: each has
    /// the total's key with a coordinate of the dimension, none is given twice, and (single-label) none lies inside another.
    /// </summary>
    internal static void CheckKeys(ObservationKey total, BreakdownDimension dimension, BreakdownCoverage coverage, IReadOnlyList<ObservationKey> parts, string what)
    {
        if (dimension.IsChannel ? total.Channel is not null : total.Category is not null)
        {
            throw new ArgumentException($"{what}: the total must be over all {(dimension.IsChannel ? "channels" : "categories")}, not one of them.", "total");
        }
        var seen = new HashSet<ObservationKey>();
        for (int i = 0; i < parts.Count; i++)
        {
            ObservationKey part = parts[i];
            string where = string.Create(CultureInfo.InvariantCulture, $"{what}: parts[{i}] ({part})");
            ObservationKey expected = dimension.IsChannel ? total.WithChannel(part.Channel) : total.WithCategory(part.Category);
            bool fits = dimension.IsChannel
                ? part.Channel is not null
                : part.Category is Category category && dimension.Taxonomy is Taxonomy byTaxonomy && byTaxonomy.Contains(category);
            if (!fits || !part.Equals(expected))
            {
                throw new ArgumentException($"{where} does not fit: a part must have the total's key with a {(dimension.IsChannel ? "channel" : "category of " + dimension)}.", "parts");
            }
            if (!seen.Add(part))
            {
                throw new ArgumentException($"{where} is given twice.", "parts");
            }
        }
        if (coverage == BreakdownCoverage.MultiLabel || dimension.Taxonomy is not Taxonomy taxonomy)
        {
            return;
        }
        foreach (ObservationKey inner in parts)
        {
            foreach (ObservationKey outer in parts)
            {
                if (!inner.Equals(outer) && inner.Category is Category innerCategory && outer.Category is Category outerCategory
                    && taxonomy.IsWithin(innerCategory, outerCategory))
                {
                    throw new ArgumentException(
                        $"{what}: the part '{innerCategory.Id}' lies inside the part '{outerCategory.Id}', so a single-label breakdown would count it twice (use {nameof(BreakdownCoverage.MultiLabel)} for overlapping parts).",
                        "parts");
                }
            }
        }
    }
}
