using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Uncertainty;

/// <summary>
/// How sure a figure is: confidence intervals for a share (Wilson's score interval), for the difference of two shares
/// (Newcombe's hybrid score interval, his method 10), for a count (the exact Poisson interval of Garwood) and for the
/// ratio of two counts (the exact conditional interval: Clopper–Pearson on the share of the later count in both).
/// Published figures need none (docs/figures.md); these are for analysts asking whether a change is more than chance.
/// </summary>
/// <remarks>
/// <para>Formulas, with z the standard normal quantile at 1 − α/2 and α = 1 − level:</para>
/// <list type="bullet">
/// <item><b>Wilson</b>, x of n: (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), p̂ = x/n.</item>
/// <item><b>Newcombe</b>, p̂₂ − p̂₁ with Wilson intervals [l₁, u₁], [l₂, u₂]: from
/// (p̂₂ − p̂₁) − √((p̂₂ − l₂)² + (u₁ − p̂₁)²) to (p̂₂ − p̂₁) + √((u₂ − p̂₂)² + (p̂₁ − l₁)²).</item>
/// <item><b>Poisson</b>, a count k: [χ²(α/2; 2k) / 2, χ²(1 − α/2; 2k + 2) / 2], the lower end 0 when k = 0.</item>
/// <item><b>Ratio</b> of counts k₂ / k₁: with [pL, pU] the Clopper–Pearson interval of k₂ of k₁ + k₂ (beta quantiles),
/// [pL / (1 − pL), pU / (1 − pU)]; the upper end is infinite when k₁ = 0.</item>
/// </list>
/// <para>Accuracy: the special functions behind them (log-gamma, the incomplete gamma and beta functions and their
/// inverses, the normal quantile) are computed to about 1e-12 relative, so every end is accurate to 1e-9 or better
/// (the tests hold them to published reference values at the precision those were printed with). All methods are
/// thread-safe.</para>
/// </remarks>
public static class Intervals
{
    /// <summary>The usual confidence level, 95%.</summary>
    public const double DefaultLevel = 0.95;

    /// <summary>Wilson's score interval for the share <paramref name="part"/> of <paramref name="whole"/>, as a fraction (0 to 1).</summary>
    /// <param name="part">The part; zero to <paramref name="whole"/>.</param>
    /// <param name="whole">The whole; more than zero.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval of the share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, the part exceeds the whole, the whole is zero, or the level is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval Wilson(long part, long whole, double level = DefaultLevel)
    {
        CheckShare(part, whole, nameof(part), nameof(whole));
        double z = Z(level);
        (double low, double high) = WilsonEnds(part, whole, z);
        return new ConfidenceInterval(low, high, level);
    }

    /// <summary>Newcombe's interval for the difference of two shares, later minus earlier, as a fraction (−1 to 1): a
    /// percentage-point change divided by 100.</summary>
    /// <param name="earlierPart">The earlier share's part.</param>
    /// <param name="earlierWhole">The earlier share's whole; more than zero.</param>
    /// <param name="laterPart">The later share's part.</param>
    /// <param name="laterWhole">The later share's whole; more than zero.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval of the difference.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A share is invalid (see <see cref="Wilson"/>) or the level is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval Newcombe(long earlierPart, long earlierWhole, long laterPart, long laterWhole, double level = DefaultLevel)
    {
        CheckShare(earlierPart, earlierWhole, nameof(earlierPart), nameof(earlierWhole));
        CheckShare(laterPart, laterWhole, nameof(laterPart), nameof(laterWhole));
        double z = Z(level);
        double p1 = (double)earlierPart / earlierWhole, p2 = (double)laterPart / laterWhole;
        (double l1, double u1) = WilsonEnds(earlierPart, earlierWhole, z);
        (double l2, double u2) = WilsonEnds(laterPart, laterWhole, z);
        double difference = p2 - p1;
        return new ConfidenceInterval(
            difference - Math.Sqrt(((p2 - l2) * (p2 - l2)) + ((u1 - p1) * (u1 - p1))),
            difference + Math.Sqrt(((u2 - p2) * (u2 - p2)) + ((p1 - l1) * (p1 - l1))),
            level);
    }

    /// <summary>The exact (Garwood) interval of the mean of a Poisson count observed as <paramref name="count"/>.</summary>
    /// <param name="count">The count; zero or more.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval of the underlying rate, in the count's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative or the level is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval PoissonCount(long count, double level = DefaultLevel)
    {
        Guard.NonNegative(count, nameof(count));
        double alpha = 1 - CheckLevel(level);
        // P(a, x) is the probability that a Poisson count with mean x reaches a: the chi-square quantiles over two.
        double low = count == 0 ? 0 : SpecialFunctions.Invert(x => SpecialFunctions.GammaP(count, x), alpha / 2, 0, count + 1.0);
        double high = SpecialFunctions.Invert(x => SpecialFunctions.GammaP(count + 1, x), 1 - (alpha / 2), 0, count + 2.0);
        return new ConfidenceInterval(low, high, level);
    }

    /// <summary>The exact conditional interval of the ratio of two Poisson rates, later over earlier (1.06 for +6%):
    /// whether this year's change is more than chance (an interval that holds 1 is not).</summary>
    /// <param name="earlier">The earlier count; zero or more.</param>
    /// <param name="later">The later count; zero or more.</param>
    /// <param name="level">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval of the ratio; the upper end is infinite when <paramref name="earlier"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, both are zero, or the level is not strictly between 0 and 1.</exception>
    public static ConfidenceInterval PoissonRatio(long earlier, long later, double level = DefaultLevel)
    {
        Guard.NonNegative(earlier, nameof(earlier));
        Guard.NonNegative(later, nameof(later));
        if (earlier == 0 && later == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(later), later, "Two counts of zero say nothing of their ratio.");
        }
        double alpha = 1 - CheckLevel(level);
        double n = (double)earlier + later;
        // Clopper–Pearson for the later count's share of both: the beta quantiles.
        double pLow = later == 0 ? 0 : SpecialFunctions.Invert(p => SpecialFunctions.BetaI(later, n - later + 1, p), alpha / 2, 0, 1);
        double pHigh = later == n ? 1 : SpecialFunctions.Invert(p => SpecialFunctions.BetaI(later + 1, n - later, p), 1 - (alpha / 2), 0, 1);
        return new ConfidenceInterval(pLow / (1 - pLow), pHigh >= 1 ? double.PositiveInfinity : pHigh / (1 - pHigh), level);
    }

    private static (double Low, double High) WilsonEnds(long part, long whole, double z)
    {
        double n = whole, p = part / n, z2 = z * z;
        double centre = p + (z2 / (2 * n));
        double spread = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        double denominator = 1 + (z2 / n);
        // At 0 of n and n of n the ends are exactly 0 and 1; the formula gives them up to rounding.
        return (part == 0 ? 0 : (centre - spread) / denominator, part == whole ? 1 : (centre + spread) / denominator);
    }

    private static double Z(double level) => SpecialFunctions.NormalQuantile(1 - ((1 - CheckLevel(level)) / 2));

    private static double CheckLevel(double level) => level > 0 && level < 1
        ? level
        : throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1 (0.95 for 95%).");

    private static void CheckShare(long part, long whole, string partName, string wholeName)
    {
        Guard.NonNegative(part, partName);
        if (whole <= 0)
        {
            throw new ArgumentOutOfRangeException(wholeName, whole, "The whole must be more than zero.");
        }
        if (part > whole)
        {
            throw new ArgumentOutOfRangeException(partName, part, $"The part must not exceed the whole {whole}.");
        }
    }
}
