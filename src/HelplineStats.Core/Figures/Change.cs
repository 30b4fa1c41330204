using System;
using System.Globalization;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// The change of one count between two periods: the signed absolute difference ("−36,460 visitors") and the relative
/// change ("−17.9%"), both from the unrounded counts, and always divided by the earlier count.
/// </summary>
/// <remarks>
/// <para>From zero to zero is no change (relative 0). From zero to anything else the relative change is undefined:
/// <see cref="Relative"/> is <c>null</c>, never infinity or NaN (the library's one convention for undefined results);
/// the absolute change is still defined. The values are <see cref="FigureMath.AbsoluteChange"/> and
/// <see cref="FigureMath.RelativeChange"/>.</para>
/// <para>A change between two shares is a difference in points, not a relative change: see
/// <see cref="PercentagePointChange"/>. Relative changes compose exactly:
/// (1 + c(a→b)) × (1 + c(b→c)) = 1 + c(a→c).</para>
/// <para>Equality is by both counts. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Change
{
    private Change(Count earlier, Count later)
    {
        Earlier = earlier;
        Later = later;
        Absolute = FigureMath.AbsoluteChange(earlier.Value, later.Value);
        Relative = FigureMath.RelativeChange(earlier.Value, later.Value);
    }

    /// <summary>The count in the earlier period (the base).</summary>
    public Count Earlier { get; }

    /// <summary>The count in the later period.</summary>
    public Count Later { get; }

    /// <summary>The signed difference, later − earlier (it always fits: both counts are non-negative).</summary>
    public long Absolute { get; }

    /// <summary>The relative change as a fraction, (later − earlier) / earlier; <c>null</c> when undefined (from zero to more than zero).</summary>
    public Rational? Relative { get; }

    /// <summary>The relative change in percent; <c>null</c> when undefined.</summary>
    public Rational? RelativePercent => Relative * 100;

    /// <summary>Whether the relative change is defined (the earlier count is not zero, or both are zero).</summary>
    public bool IsRelativeDefined => Relative is not null;

    /// <summary>The change from <paramref name="earlier"/> to <paramref name="later"/>.</summary>
    /// <param name="earlier">The count in the earlier period.</param>
    /// <param name="later">The count in the later period, of the same metric.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    public static Change Between(Count earlier, Count later)
    {
        Guard.NotNull(earlier, nameof(earlier));
        Guard.NotNull(later, nameof(later));
        if (!earlier.Metric.Equals(later.Metric))
        {
            throw new MetricMismatchException(earlier.Metric, later.Metric, "compare", nameof(later));
        }
        return new Change(earlier, later);
    }

    /// <summary>
    /// The absolute and relative change with both counts, such as <c>-1423 (-1.0%): 139092 to 137669 calls</c>, or
    /// <c>+5 (relative change undefined): 0 to 5 calls</c>; the exact value is <see cref="Relative"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string relative = RelativePercent is Rational percent ? Show.Signed(percent, 1) + "%" : "relative change undefined";
        return string.Create(CultureInfo.InvariantCulture, $"{Show.Signed(Absolute)} ({relative}): {Earlier.Value} to {Later}");
    }
}
