using System;
using System.Globalization;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>A value as it is printed, with the word that comes with it: "almost 3", "more than 58", "one in 5" (N = 5).</summary>
/// <remarks><c>default</c> is 0 with no qualifier at whole precision. Equality is by all three parts. Immutable and thread-safe.</remarks>
public readonly struct QualifiedValue : IEquatable<QualifiedValue>
{
    /// <summary>A printed value.</summary>
    /// <param name="value">The printed value.</param>
    /// <param name="qualifier">The word that comes with it.</param>
    /// <param name="precision">The step it is printed at.</param>
    public QualifiedValue(decimal value, Qualifier qualifier, Precision precision)
    {
        Value = value;
        Qualifier = qualifier;
        Precision = precision;
    }

    /// <summary>The printed value.</summary>
    public decimal Value { get; }

    /// <summary>The word that comes with it.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The step it is printed at.</summary>
    public Precision Precision { get; }

    /// <summary>Whether <paramref name="other"/> has the same value, qualifier and precision.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(QualifiedValue other) => Value == other.Value && Qualifier == other.Qualifier && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QualifiedValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Qualifier, Precision);

    /// <summary>The qualifier in words (when there is one) and the value, such as <c>almost 3</c>, <c>more than 58.0</c> or <c>13</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Words(Qualifier) + Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The invariant words of a qualifier with a trailing space ("almost "), or nothing for none.</summary>
    internal static string Words(Qualifier qualifier) => Internal.Invariant.Words(qualifier);

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(QualifiedValue left, QualifiedValue right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(QualifiedValue left, QualifiedValue right) => !left.Equals(right);
}
