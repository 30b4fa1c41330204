using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// Percentages (or any other target) for the parts of a whole, shown at a precision and computed from the exact counts.
/// </summary>
/// <remarks>
/// <para><see cref="LargestRemainder(IEnumerable{ValueTuple{string, long}}, int, long)"/> makes values that add up to the
/// target exactly: every item first gets its exact value rounded down to the precision; the units still missing go, one
/// each, to the items with the largest remainders. Ties are broken on stable properties, never on input order: the
/// larger remainder first, then the larger count, then the key in ordinal order. Every value is its exact value rounded
/// down or up, so it lies within one unit of the last decimal; none is negative; an item whose value differs from its
/// plain half-away-from-zero rounding is flagged (<see cref="ApportionedItem.IsAdjusted"/>).</para>
/// <para><see cref="RoundIndependently(IEnumerable{ValueTuple{string, long}}, RoundingPolicy, long)"/> rounds each value on
/// its own by a named policy and reports the sum it reaches, which may be 99 or 101.</para>
/// <para>For a <see cref="Breakdown"/>: only a complete, single-label breakdown is apportioned; a multi-label breakdown is
/// refused (its parts overlap) and so is an incomplete one (its parts leave items out), each with a message saying so.</para>
/// <para>Percentages of nothing (no items, or every count zero) are undefined, not an error: the result is made with
/// <see cref="ApportionedPercentages.IsDefined"/> <c>false</c> and every value <c>null</c>, never zero (the library's one
/// convention for undefined results).</para>
/// <para>Plain counts (<see cref="Percentages(IReadOnlyList{long}, int)"/>) and dictionaries
/// (<see cref="Percentages{TKey}(IReadOnlyDictionary{TKey, long}, int)"/>) need no keys built by hand.</para>
/// </remarks>
public static class Apportionment
{
    /// <summary>The largest-remainder apportionment of <paramref name="items"/> to <paramref name="target"/> at <paramref name="decimals"/> decimals.</summary>
    /// <param name="items">Each item's key (unique) and count (zero or more).</param>
    /// <param name="decimals">The decimals of the shown values, from 0 to 28.</param>
    /// <param name="target">What the values add up to: 100 for percentages.</param>
    /// <returns>The values, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument or key is null.</exception>
    /// <exception cref="ArgumentException">A key is repeated, or a count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28, or <paramref name="target"/> is negative.</exception>
    public static ApportionedPercentages LargestRemainder(IEnumerable<(string Key, long Count)> items, int decimals, long target)
    {
        (string[] keys, long[] counts) = Validate(items, target);
        Guard.InRange(decimals, 0, Precision.MaxDecimals, nameof(decimals));
        BigInteger total = Total(counts);
        var policy = RoundingPolicy.HalfAwayFromZero(decimals);
        if (total.IsZero)
        {
            return Undefined(ApportionmentMethod.LargestRemainder, keys, counts, target, policy);
        }
        BigInteger units = target * BigInteger.Pow(10, decimals);
        long largest = counts.Max();
        ApportionedItem[] result = units * largest <= long.MaxValue && total <= long.MaxValue
            ? Apportion(keys, counts, (long)units, (long)total, target, total, decimals)
            : units <= long.MaxValue && total <= long.MaxValue
                ? Apportion(keys, counts, (Int128)(long)units, (Int128)(long)total, target, total, decimals)
                : Apportion(keys, counts, units, total, target, total, decimals);
        return new ApportionedPercentages(ApportionmentMethod.LargestRemainder, target, policy, Array.AsReadOnly(result));
    }

    /// <summary>The largest-remainder apportionment of a complete breakdown's parts.</summary>
    /// <param name="breakdown">A complete, single-label breakdown.</param>
    /// <param name="basis"><see cref="ShareBasis.Total"/> to apportion every part, or <see cref="ShareBasis.Known"/> to leave the unknown part out.</param>
    /// <param name="decimals">The decimals of the shown values, from 0 to 28.</param>
    /// <param name="target">What the values add up to: 100 for percentages.</param>
    /// <returns>The values, keyed by channel or category id, in the breakdown's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is null.</exception>
    /// <exception cref="ArgumentException">The breakdown is multi-label or incomplete.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28, or <paramref name="target"/> is negative.</exception>
    public static ApportionedPercentages LargestRemainder(Breakdown breakdown, ShareBasis basis, int decimals, long target) =>
        LargestRemainder(ItemsOf(breakdown, basis, apportioning: true), decimals, target);

    /// <summary>
    /// Percentages of plain counts that add up to 100, by the largest remainder method, keyed by position: item <c>i</c>
    /// has the key <c>i</c> written with as many digits as the last index, so that ties go to the earlier position.
    /// 173, 162 and 75 contacts at whole precision are 42, 40 and 18.
    /// </summary>
    /// <param name="counts">The counts, zero or more each.</param>
    /// <param name="decimals">The decimals of the shown percentages, from 0 to 28.</param>
    /// <returns>The percentages, in the order given (also reachable by index).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static ApportionedPercentages Percentages(IReadOnlyList<long> counts, int decimals)
    {
        Guard.NotNull(counts, nameof(counts));
        string width = new('0', Math.Max(1, (counts.Count - 1).ToString(CultureInfo.InvariantCulture).Length));
        return LargestRemainder(counts.Select((count, i) => (i.ToString(width, CultureInfo.InvariantCulture), count)), decimals, 100);
    }

    /// <summary>
    /// Percentages of the counts in a dictionary that add up to 100, by the largest remainder method, keyed by each key's
    /// invariant text (ties go to the smaller text in ordinal order).
    /// </summary>
    /// <typeparam name="TKey">The key type; keys must have distinct invariant texts.</typeparam>
    /// <param name="counts">The counts, zero or more each.</param>
    /// <param name="decimals">The decimals of the shown percentages, from 0 to 28.</param>
    /// <returns>The percentages, in the dictionary's enumeration order, keyed by each key's invariant text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">Two keys have the same text, or a count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static ApportionedPercentages Percentages<TKey>(IReadOnlyDictionary<TKey, long> counts, int decimals)
        where TKey : notnull
    {
        Guard.NotNull(counts, nameof(counts));
        return LargestRemainder(counts.Select(pair => (Convert.ToString(pair.Key, CultureInfo.InvariantCulture) ?? "", pair.Value)), decimals, 100);
    }

    /// <summary>Whole percentages of plain counts that add up to 100: <see cref="Percentages(IReadOnlyList{long}, int)"/> at 0 decimals.</summary>
    /// <param name="counts">The counts, zero or more each.</param>
    /// <returns>The percentages, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">A count is negative.</exception>
    public static ApportionedPercentages Percentages(IReadOnlyList<long> counts) => Percentages(counts, 0);

    /// <summary>Whole percentages of the counts in a dictionary that add up to 100: <see cref="Percentages{TKey}(IReadOnlyDictionary{TKey, long}, int)"/> at 0 decimals.</summary>
    /// <typeparam name="TKey">The key type; keys must have distinct invariant texts.</typeparam>
    /// <param name="counts">The counts, zero or more each.</param>
    /// <returns>The percentages, keyed by each key's invariant text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">Two keys have the same text, or a count is negative.</exception>
    public static ApportionedPercentages Percentages<TKey>(IReadOnlyDictionary<TKey, long> counts)
        where TKey : notnull => Percentages(counts, 0);

    /// <summary>Each item rounded on its own by <paramref name="policy"/>; the sum may miss the target, and <see cref="ApportionedPercentages.ReachesTarget"/> says so.</summary>
    /// <param name="items">Each item's key (unique) and count (zero or more).</param>
    /// <param name="policy">How each value is rounded.</param>
    /// <param name="target">What the exact values add up to: 100 for percentages.</param>
    /// <returns>The values, in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument or key is null.</exception>
    /// <exception cref="ArgumentException">A key is repeated, or a count is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is negative.</exception>
    public static ApportionedPercentages RoundIndependently(IEnumerable<(string Key, long Count)> items, RoundingPolicy policy, long target)
    {
        (string[] keys, long[] counts) = Validate(items, target);
        BigInteger total = Total(counts);
        return total.IsZero ? Undefined(ApportionmentMethod.Independent, keys, counts, target, policy) : Independent(keys, counts, total, policy, target);
    }

    /// <summary>A breakdown's parts rounded on their own; allowed for every coverage, since nothing is forced to add up.</summary>
    /// <param name="breakdown">The breakdown.</param>
    /// <param name="basis"><see cref="ShareBasis.Total"/> for shares of the total, or <see cref="ShareBasis.Known"/> to leave the unknown part out.</param>
    /// <param name="policy">How each value is rounded.</param>
    /// <param name="target">What a whole is worth: 100 for percentages.</param>
    /// <returns>The values, keyed by channel or category id, in the breakdown's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is negative.</exception>
    public static ApportionedPercentages RoundIndependently(Breakdown breakdown, ShareBasis basis, RoundingPolicy policy, long target)
    {
        IReadOnlyList<(string Key, long Count)> items = ItemsOf(breakdown, basis, apportioning: false);
        Count whole = breakdown.ExactWhole(basis, nameof(breakdown));
        (string[] keys, long[] counts) = Validate(items, target);
        if (whole.IsZero)
        {
            return Undefined(ApportionmentMethod.Independent, keys, counts, target, policy);
        }
        return Independent(keys, counts, whole.Value, policy, target);
    }

    /// <summary>
    /// The largest remainder method in any binary integer type wide enough for count × units: Int128 when the units and
    /// the total fit in a long, BigInteger otherwise. Every item gets ⌊count × units / total⌋; the missing units go to
    /// the largest remainders (ties: larger count, then key).
    /// </summary>
    private static ApportionedItem[] Apportion<TInt>(string[] keys, long[] counts, TInt units, TInt total, long target, BigInteger bigTotal, int decimals)
        where TInt : IBinaryInteger<TInt>
    {
        int n = counts.Length;
        var shown = new TInt[n];
        var plain = new TInt[n];
        var order = new Remainder<TInt>[n];
        TInt assigned = TInt.Zero;
        for (int i = 0; i < n; i++)
        {
            (TInt floor, TInt remainder) = TInt.DivRem(TInt.CreateChecked(counts[i]) * units, total);
            shown[i] = floor;
            plain[i] = remainder + remainder >= total ? floor + TInt.One : floor;
            order[i] = new Remainder<TInt>(remainder, counts[i], i);
            assigned += floor;
        }
        int leftover = int.CreateChecked(units - assigned);
        if (leftover > 0)
        {
            SortByRemainder(order, keys);
            for (int i = 0; i < leftover; i++)
            {
                shown[order[i].Index] += TInt.One;
            }
        }
        var items = new ApportionedItem[n];
        for (int i = 0; i < n; i++)
        {
            items[i] = new ApportionedItem(keys[i], counts[i], target, bigTotal, ToDecimal(shown[i], decimals), ToDecimal(plain[i], decimals));
        }
        return items;
    }

    /// <summary>The decimal units × 10^−decimals, exactly; units are never negative here.</summary>
    private static decimal ToDecimal<TInt>(TInt units, int decimals)
        where TInt : IBinaryInteger<TInt>
    {
        if (units <= TInt.CreateTruncating(long.MaxValue))
        {
            ulong magnitude = ulong.CreateChecked(units);
            return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, false, (byte)decimals);
        }
        return Rational.ToDecimal(BigInteger.CreateChecked(units), decimals);
    }

    /// <summary>
    /// Puts the remainders in the order that hands out the missing units. Remainders that fit in a long are sorted as
    /// primitive keys first (no comparer calls), and only runs of equal remainders are then ordered by the tie-breaks.
    /// </summary>
    private static void SortByRemainder<TInt>(Remainder<TInt>[] order, string[] keys)
        where TInt : IBinaryInteger<TInt>
    {
        var comparer = new RemainderOrder<TInt>(keys);
        if (typeof(TInt) != typeof(long))
        {
            Array.Sort(order, comparer);
            return;
        }
        var sortKeys = new long[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            sortKeys[i] = -long.CreateTruncating(order[i].Value);
        }
        Array.Sort(sortKeys, order);
        for (int start = 0; start < order.Length;)
        {
            int end = start + 1;
            while (end < order.Length && sortKeys[end] == sortKeys[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(order, start, end - start, comparer);
            }
            start = end;
        }
    }

    /// <summary>An item's remainder, with what breaks ties.</summary>
    private readonly record struct Remainder<TInt>(TInt Value, long Count, int Index);

    /// <summary>Largest remainder first, then the larger count, then the key in ordinal order.</summary>
    private sealed class RemainderOrder<TInt>(string[] keys) : IComparer<Remainder<TInt>>
        where TInt : IBinaryInteger<TInt>
    {
        public int Compare(Remainder<TInt> x, Remainder<TInt> y)
        {
            int order = y.Value.CompareTo(x.Value);
            if (order == 0)
            {
                order = y.Count.CompareTo(x.Count);
            }
            return order != 0 ? order : string.CompareOrdinal(keys[x.Index], keys[y.Index]);
        }
    }

    private static ApportionedPercentages Independent(string[] keys, long[] counts, BigInteger whole, RoundingPolicy policy, long target)
    {
        var plain = RoundingPolicy.Of(RoundingMode.HalfAwayFromZero, policy.Precision);
        var result = new ApportionedItem[counts.Length];
        for (int i = 0; i < counts.Length; i++)
        {
            Rational exact = Rational.Of(counts[i] * (BigInteger)target, whole);
            result[i] = new ApportionedItem(keys[i], counts[i], target, whole, policy.Round(exact), plain.Round(exact));
        }
        return new ApportionedPercentages(ApportionmentMethod.Independent, target, policy, Array.AsReadOnly(result));
    }

    private static BigInteger Total(long[] counts)
    {
        BigInteger total = BigInteger.Zero;
        foreach (long count in counts)
        {
            total += count;
        }
        return total;
    }

    private static ApportionedPercentages Undefined(ApportionmentMethod method, string[] keys, long[] counts, long target, RoundingPolicy policy) =>
        new(method, target, policy, Array.AsReadOnly(keys.Select((key, i) => new ApportionedItem(key, counts[i], target, BigInteger.Zero, null, null)).ToArray()));

    private static (string[] Keys, long[] Counts) Validate(IEnumerable<(string Key, long Count)> items, long target)
    {
        Guard.NotNull(items, nameof(items));
        Guard.NonNegative(target, nameof(target));
        int capacity = items.TryGetNonEnumeratedCount(out int known) ? known : 0;
        var keys = new List<string>(capacity);
        var counts = new List<long>(capacity);
        var seen = new HashSet<string>(capacity, StringComparer.Ordinal);
        int index = 0;
        foreach ((string key, long count) in items)
        {
            string where = string.Create(CultureInfo.InvariantCulture, $"{nameof(items)}[{index}]");
            if (key is null)
            {
                throw new ArgumentNullException(nameof(items), $"{where} has no key.");
            }
            if (!seen.Add(key))
            {
                throw new ArgumentException($"{where}: the key '{key}' is repeated; keys break ties, so they must be unique.", nameof(items));
            }
            if (count < 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{where} ('{key}') has a negative count, {count}."), nameof(items));
            }
            keys.Add(key);
            counts.Add(count);
            index++;
        }
        return (keys.ToArray(), counts.ToArray());
    }

    private static IReadOnlyList<(string Key, long Count)> ItemsOf(Breakdown breakdown, ShareBasis basis, bool apportioning)
    {
        Guard.NotNull(breakdown, nameof(breakdown));
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined share basis.");
        }
        if (apportioning && breakdown.Coverage == BreakdownCoverage.MultiLabel)
        {
            throw new ArgumentException(
                $"The breakdown of {breakdown.Total.Key} by {breakdown.Dimension} is multi-label: one item can be in several parts, so its percentages cannot be made to add up to a whole. Round them independently instead.",
                nameof(breakdown));
        }
        if (apportioning && breakdown.Coverage == BreakdownCoverage.Incomplete)
        {
            throw new ArgumentException(
                $"The breakdown of {breakdown.Total.Key} by {breakdown.Dimension} is incomplete: its parts leave items out, so forcing them to add up to the target would overstate each. Round them independently instead.",
                nameof(breakdown));
        }
        return breakdown.Parts
            .Where(part => basis == ShareBasis.Total || part.Key.Category?.IsUnknown != true)
            .Select(part => (part.Key.Channel?.Value ?? part.Key.Category?.Id.Value ?? "", part.ExactCount(nameof(breakdown)).Value))
            .ToList()
            .AsReadOnly();
    }
}
