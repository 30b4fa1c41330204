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
public sealed record PercentagePointChange
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

    /// <summary>
    /// The points to one decimal and both shares, such as <c>-11.1 points (24.1% (…) to 13.0% (…))</c>; the exact value is
    /// <see cref="Points"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Points is Rational points ? Show.Signed(points, 1) + " points" : "undefined")} ({Earlier} to {Later})";
}
