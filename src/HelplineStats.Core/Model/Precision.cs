using System;
using System.Globalization;

namespace HelplineStats.Core.Model;

/// <summary>
/// The step a printed value was rounded to: whole units, a number of decimals (0.1 for "13,9%"), or any other step such
/// as 0.5 ("2.5×").
/// </summary>
/// <remarks>
/// <para><c>default(Precision)</c> is whole units (a step of 1), the precision of most published figures.</para>
/// <para>Equality is by step value (0.10 equals 0.1). There is no natural order. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Precision : IEquatable<Precision>
{
    /// <summary>The most decimals a precision may have (what <see cref="decimal"/> can hold).</summary>
    public const int MaxDecimals = 28;

    private static readonly decimal[] PowersOfTen = MakePowersOfTen();

    // Zero stands for a step of 1, so that default(Precision) is whole units.
    private readonly decimal _step;

    private Precision(decimal step) => _step = step == 1m ? 0m : step;

    /// <summary>Whole units (a step of 1); the same as <c>default</c>.</summary>
    public static Precision Whole => default;

    /// <summary>The step the value was rounded to; greater than zero.</summary>
    public decimal Step => _step == 0m ? 1m : _step;

    /// <summary>How many decimals the step needs: 0 for whole units, 1 for 0.1 or 0.5, 2 for 0.25.</summary>
    public int Decimals => (int)((decimal.GetBits(Step / 1.0000000000000000000000000000m)[3] >> 16) & 0xFF);

    /// <summary>Whether the step is a power of ten (1, 0.1, 0.01...), so that the precision is a number of decimals.</summary>
    public bool IsDecimalPlaces => Step == PowersOfTen[Decimals];

    /// <summary>Rounding to <paramref name="decimals"/> decimals.</summary>
    /// <param name="decimals">From 0 to 28.</param>
    /// <returns>The precision, with a step of 10^−<paramref name="decimals"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static Precision DecimalPlaces(int decimals)
    {
        if (decimals < 0 || decimals > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"{nameof(decimals)} must lie between 0 and {MaxDecimals}.");
        }
        return new Precision(PowersOfTen[decimals]);
    }

    /// <summary>Rounding to multiples of <paramref name="step"/>, such as 0.5.</summary>
    /// <param name="step">Greater than zero.</param>
    /// <returns>The precision.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="step"/> is zero or negative.</exception>
    public static Precision OfStep(decimal step)
    {
        if (step <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, $"{nameof(step)} must be greater than zero.");
        }
        return new Precision(step);
    }

    /// <summary>
    /// The precision a value was written with, read from the decimals it carries: <c>13.9m</c> has one decimal,
    /// <c>13.0m</c> too, <c>13m</c> none.
    /// </summary>
    /// <param name="printed">The printed value, with the scale it was written with.</param>
    /// <returns>The precision of its last written decimal.</returns>
    public static Precision OfPrinted(decimal printed) => DecimalPlaces(printed.Scale);

    /// <summary>Whether <paramref name="other"/> has the same step.</summary>
    /// <param name="other">The precision to compare with.</param>
    /// <returns><c>true</c> when the steps are equal.</returns>
    public bool Equals(Precision other) => Step == other.Step;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Precision other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Step.GetHashCode();

    /// <summary>The step in invariant form, such as <c>1</c>, <c>0.1</c> or <c>0.5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => (Step / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether two precisions are equal.</summary>
    /// <param name="left">The first precision.</param>
    /// <param name="right">The second precision.</param>
    /// <returns><c>true</c> when the steps are equal.</returns>
    public static bool operator ==(Precision left, Precision right) => left.Equals(right);

    /// <summary>Whether two precisions differ.</summary>
    /// <param name="left">The first precision.</param>
    /// <param name="right">The second precision.</param>
    /// <returns><c>true</c> when the steps differ.</returns>
    public static bool operator !=(Precision left, Precision right) => !left.Equals(right);

    private static decimal[] MakePowersOfTen()
    {
        var powers = new decimal[MaxDecimals + 1];
        powers[0] = 1m;
        for (int i = 1; i <= MaxDecimals; i++)
        {
            powers[i] = powers[i - 1] / 10m;
        }
        return powers;
    }
}
