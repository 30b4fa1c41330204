using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Figures;

/// <summary>
/// The change of a share between two periods, in percentage points: 13% of conversations about corona in 2021 against
/// 24.1% in 2020 is −11.1 points (not −46%, which would be the relative change of the share).
/// </summary>
/// <remarks>
/// Both shares must be of the same kind: the same part and whole metrics and the same basis. <see cref="Points"/> is
/// exactly the later share's percentage minus the earlier one's (<see cref="FigureMath.PercentagePoints(Rational?, Rational?)"/>);
/// it is <c>null</c> when either share is undefined (the library's one convention for undefined results). Equality is by
/// both shares. Immutable and thread-safe.
/// </remarks>
public sealed class PercentagePointChange : IEquatable<PercentagePointChange>
{
    private PercentagePointChange(Share earlier, Share later)
    {
        Earlier = earlier;
        Later = later;
        Points = FigureMath.PercentagePoints(earlier.Fraction, later.Fraction);
    }

    /// <summary>The share in the earlier period.</summary>
    public Share Earlier { get; }

    /// <summary>The share in the later period.</summary>
    public Share Later { get; }

    /// <summary>The exact change in percentage points, from −100 to 100; <c>null</c> when either share is undefined.</summary>
    public Rational? Points { get; }

    /// <summary>Whether the change has a value (both shares are defined).</summary>
    public bool IsDefined => Points is not null;

    /// <summary>The change from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    /// <param name="earlier">The earlier share.</param>
    /// <param name="later">The later share, of the same kind.</param>
    /// <returns>The change in points.</returns>
    /// <exception cref="ArgumentNullException">A share is null.</exception>
    /// <exception cref="ArgumentException">The shares are of different metrics or bases.</exception>
    public static PercentagePointChange Between(Share earlier, Share later)
    {
        Guard.NotNull(earlier, nameof(earlier));
        Guard.NotNull(later, nameof(later));
        if (!earlier.Part.Metric.Equals(later.Part.Metric) || !earlier.Whole.Metric.Equals(later.Whole.Metric) || earlier.Basis != later.Basis)
        {
            throw new ArgumentException(
                $"Cannot compare a share of {earlier.Part.Metric} in {earlier.Whole.Metric} ({earlier.Basis}) with a share of {later.Part.Metric} in {later.Whole.Metric} ({later.Basis}).",
                nameof(later));
        }
        return new PercentagePointChange(earlier, later);
    }

    /// <summary>Whether <paramref name="other"/> is between the same shares.</summary>
    /// <param name="other">The change to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(PercentagePointChange? other) => other is not null && Earlier.Equals(other.Earlier) && Later.Equals(other.Later);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PercentagePointChange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Earlier, Later);

    /// <summary>
    /// The points to one decimal and both shares, such as <c>-11.1 points (24.1% (…) to 13.0% (…))</c>; the exact value is
    /// <see cref="Points"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Points is Rational points ? Show.Signed(points, 1) + " points" : "undefined")} ({Earlier} to {Later})";

    /// <summary>Whether two changes are equal.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(PercentagePointChange? left, PercentagePointChange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two changes differ.</summary>
    /// <param name="left">The first change.</param>
    /// <param name="right">The second change.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(PercentagePointChange? left, PercentagePointChange? right) => !(left == right);
}
