using System;
using System.Numerics;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// How an exact value is shown: a <see cref="RoundingMode"/> and a <see cref="Model.Precision"/> (a number of decimals or a
/// step such as 0.5). Every rounding in the library goes through one of these, so none is left to an accidental default.
/// </summary>
/// <remarks>
/// <para><c>default(RoundingPolicy)</c> is half away from zero to whole units, what published figures usually use; it is
/// still passed explicitly wherever something is rounded.</para>
/// <para>The nearest-value modes land within half a step of the exact value; the directed ones within one step, on their
/// own side. Equality is by mode and precision. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct RoundingPolicy : IEquatable<RoundingPolicy>
{
    private RoundingPolicy(RoundingMode mode, Precision precision)
    {
        Mode = mode;
        Precision = precision;
    }

    /// <summary>The rounding mode.</summary>
    public RoundingMode Mode { get; }

    /// <summary>The step values are rounded to.</summary>
    public Precision Precision { get; }

    /// <summary>A policy.</summary>
    /// <param name="mode">The rounding mode.</param>
    /// <param name="precision">The step.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not defined.</exception>
    public static RoundingPolicy Of(RoundingMode mode, Precision precision)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a defined rounding mode.");
        }
        return new RoundingPolicy(mode, precision);
    }

    /// <summary>Half away from zero to whole units: "18%", "377 a day". The most common preset.</summary>
    public static RoundingPolicy Whole => default;

    /// <summary>Half away from zero to one decimal: "13.9%", "-17.9%".</summary>
    public static RoundingPolicy OneDecimal { get; } = HalfAwayFromZero(1);

    /// <summary>Half away from zero to two decimals: "1.33 possible victims per call".</summary>
    public static RoundingPolicy TwoDecimals { get; } = HalfAwayFromZero(2);

    /// <summary>Half away from zero to <paramref name="decimals"/> decimals: how published figures are usually rounded (12.5% shows as 13%).</summary>
    /// <param name="decimals">From 0 to 28.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static RoundingPolicy HalfAwayFromZero(int decimals) => new(RoundingMode.HalfAwayFromZero, Precision.DecimalPlaces(decimals));

    /// <summary>Rounds an exact value.</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The nearest multiple of the step by the mode, with as many decimals as the step has.</returns>
    /// <exception cref="OverflowException">The result does not fit in a <see cref="decimal"/>.</exception>
    public decimal Round(Rational value)
    {
        if (Precision.IsDecimalPlaces)
        {
            return value.Round(Precision.Decimals, Mode);
        }
        Rational step = Rational.FromDecimal(Precision.Step);
        BigInteger steps = Rational.RoundToUnits(value / step, Mode);
        return (Rational.Of(steps) * step).Round(Precision.Decimals, RoundingMode.TowardZero);
    }

    /// <summary>Rounds an exact value and returns it as an exact value again (for comparisons without a display type).</summary>
    /// <param name="value">The exact value.</param>
    /// <returns>The rounded value.</returns>
    public Rational RoundExact(Rational value)
    {
        if (Precision.IsDecimalPlaces)
        {
            var scale = BigInteger.Pow(10, Precision.Decimals);
            return Rational.Of(Rational.RoundToUnits(value.Numerator * scale, value.Denominator, Mode), scale);
        }
        Rational step = Rational.FromDecimal(Precision.Step);
        return Rational.Of(Rational.RoundToUnits(value / step, Mode)) * step;
    }

    /// <summary>Whether <paramref name="other"/> has the same mode and precision.</summary>
    /// <param name="other">The policy to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(RoundingPolicy other) => Mode == other.Mode && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RoundingPolicy other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mode, Precision);

    /// <summary>The mode and the step, such as <c>HalfAwayFromZero to 0.1</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Mode} to {Precision}";

    /// <summary>Whether two policies are equal.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(RoundingPolicy left, RoundingPolicy right) => left.Equals(right);

    /// <summary>Whether two policies differ.</summary>
    /// <param name="left">The first policy.</param>
    /// <param name="right">The second policy.</param>
    /// <returns><c>true</c> when they differ.</returns>
    public static bool operator !=(RoundingPolicy left, RoundingPolicy right) => !left.Equals(right);
}
