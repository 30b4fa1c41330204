using System;
using System.Globalization;

namespace HelplineStats.Core.Text;

/// <summary>
/// What an analyst may ask the statements to say beyond the figures: a confidence interval after each share and change
/// (Wilson for a share, Newcombe for a change in a share, the exact Poisson ratio for a relative change or a multiple;
/// docs/uncertainty.md), and whether a change that chance alone could give is marked so. Published pages need neither:
/// both are off in <see cref="None"/>, the default.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StatementOptions
{
    /// <summary>Makes options.</summary>
    /// <param name="confidenceLevel">The level of the intervals to add (0.95 for 95%), strictly between 0 and 1; null for none.</param>
    /// <param name="markWithinChance">Whether a change whose interval holds no change (a ratio of 1, a difference of
    /// 0 points) is said to be within what chance alone could give, at <paramref name="confidenceLevel"/> (95% when not given).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    public StatementOptions(double? confidenceLevel = null, bool markWithinChance = false)
    {
        if (confidenceLevel is double level && !(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel,
                string.Create(CultureInfo.InvariantCulture, $"The confidence level must lie strictly between 0 and 1; it was {level}."));
        }
        ConfidenceLevel = confidenceLevel;
        MarkWithinChance = markWithinChance;
    }

    /// <summary>Nothing beyond the figures (the default).</summary>
    public static StatementOptions None { get; } = new();

    /// <summary>The level of the intervals added to shares and changes, or null for none.</summary>
    public double? ConfidenceLevel { get; }

    /// <summary>Whether changes within what chance could give are marked so.</summary>
    public bool MarkWithinChance { get; }

    /// <summary>The level the within-chance mark uses: <see cref="ConfidenceLevel"/>, or 95%.</summary>
    internal double ChanceLevel => ConfidenceLevel ?? 0.95;
}
