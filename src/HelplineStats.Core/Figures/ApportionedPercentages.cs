using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HelplineStats.Core.Figures;

/// <summary>
/// Displayed values for the parts of a whole, made from exact counts by <see cref="Apportionment"/>: by the largest
/// remainder method (adding up to the target exactly) or by rounding each on its own (saying what sum it reaches).
/// </summary>
/// <remarks>Items keep the order they were given in. Equality is by method, target, policy and items. Immutable and thread-safe.</remarks>
public sealed record ApportionedPercentages : IReadOnlyList<ApportionedItem>
{
    private readonly IReadOnlyList<ApportionedItem> _items;

    internal ApportionedPercentages(ApportionmentMethod method, long target, RoundingPolicy policy, IReadOnlyList<ApportionedItem> items)
    {
        Method = method;
        Target = target;
        Policy = policy;
        _items = items;
        Sum = items.Count > 0 && items.All(item => item.Value is not null) ? items.Sum(item => item.Value) : null;
    }

    /// <summary>How the values were made.</summary>
    public ApportionmentMethod Method { get; }

    /// <summary>What the values should add up to (100 for percentages).</summary>
    public long Target { get; }

    /// <summary>The precision (and, for independent rounding, the mode) the values were shown at.</summary>
    public RoundingPolicy Policy { get; }

    /// <summary>What the shown values add up to; <c>null</c> when undefined (there are no items, or every count is zero).</summary>
    public decimal? Sum { get; }

    /// <summary>Whether the values are defined: there is at least one item and the total is not zero.</summary>
    public bool IsDefined => Sum is not null;

    /// <summary>Whether the shown values add up to the target exactly (always so for the largest remainder method).</summary>
    public bool ReachesTarget => Sum == Target;

    /// <summary>The number of items.</summary>
    public int Count => _items.Count;

    /// <summary>The item at <paramref name="index"/>.</summary>
    /// <param name="index">The position, in the order given.</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public ApportionedItem this[int index] => _items[index];

    /// <summary>The item with key <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The item.</returns>
    /// <exception cref="KeyNotFoundException">No item has that key.</exception>
    public ApportionedItem this[string key] =>
        _items.FirstOrDefault(item => string.Equals(item.Key, key, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No apportioned item has the key '{key}'.");

    /// <summary>The items, in the order given.</summary>
    /// <returns>An enumerator.</returns>
    public IEnumerator<ApportionedItem> GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="other"/> has the same method, target, policy and items.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(ApportionedPercentages? other) =>
        other is not null && Method == other.Method && Target == other.Target && Policy == other.Policy && _items.SequenceEqual(other._items);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Target, Policy, _items.Count, Sum);

    /// <summary>The items and the sum, such as <c>email 42.2, phone 39.5, chat 18.3* = 100.0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{string.Join(", ", _items.Select(item => item.ToString()))} = {(Sum is decimal sum ? sum.ToString(CultureInfo.InvariantCulture) : "undefined")}";
}
