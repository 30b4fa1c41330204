using System;
using System.Globalization;
using System.Numerics;

namespace HelplineStats.Core.Figures;

/// <summary>One item of <see cref="ApportionedPercentages"/>: its key and count, its exact value, the value shown, and whether it was moved off its plain rounding.</summary>
/// <remarks>Equality is by every property. Immutable and thread-safe.</remarks>
public sealed record ApportionedItem
{
    private readonly long _target;
    private readonly BigInteger _total;

    internal ApportionedItem(string key, long count, long target, BigInteger total, decimal? value, decimal? plainValue)
    {
        Key = key;
        Count = count;
        _target = target;
        _total = total;
        Value = value;
        PlainValue = plainValue;
    }

    /// <summary>The item's key (a channel or category id for a breakdown).</summary>
    public string Key { get; }

    /// <summary>The item's count.</summary>
    public long Count { get; }

    /// <summary>The exact value, in the target's unit (count × target / total); <c>null</c> when undefined (the total is zero).</summary>
    public Rational? Exact => _total.IsZero ? null : Rational.Of(Count * (BigInteger)_target, _total);

    /// <summary>The value shown; <c>null</c> when undefined (the total is zero).</summary>
    public decimal? Value { get; }

    /// <summary>The exact value rounded half away from zero at the same precision: what the item would show on its own; <c>null</c> when undefined.</summary>
    public decimal? PlainValue { get; }

    /// <summary>Whether <see cref="Value"/> differs from <see cref="PlainValue"/>: the item was pushed off its plain rounding to make the sum reach the target.</summary>
    public bool IsAdjusted => Value != PlainValue;

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The item to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(ApportionedItem? other) =>
        other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal) && Count == other.Count
        && Exact == other.Exact && Value == other.Value && PlainValue == other.PlainValue;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Count, Value);

    /// <summary>The key and value, with a '*' when adjusted, such as <c>chat 18.3*</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Key} {(Value is decimal value ? value.ToString(CultureInfo.InvariantCulture) : "undefined")}{(IsAdjusted ? "*" : "")}";
}
