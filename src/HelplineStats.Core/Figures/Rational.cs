using System;
using System.Globalization;
using System.Numerics;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Figures;

/// <summary>
/// An exact fraction of two integers, the number type of every share, change, multiple and rate until it is shown.
/// Backed by <see cref="BigInteger"/>, so no operation overflows or loses precision.
/// </summary>
/// <remarks>
/// <para>Always reduced, with a positive denominator: 2/4 and 1/2 are the same value. <c>default(Rational)</c> is zero.</para>
/// <para>Equality and ordering are by value. Conversion to a display type is explicit and names its rounding:
/// <see cref="Round(int, RoundingMode)"/>. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>, IComparable
{
    // A zero denominator stands for 1, so that default(Rational) is 0/1.
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominator;

    private Rational(BigInteger numerator, BigInteger denominator)
    {
        _numerator = numerator;
        _denominator = denominator.IsOne ? BigInteger.Zero : denominator;
    }

    /// <summary>Zero.</summary>
    public static Rational Zero => default;

    /// <summary>One.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One);

    /// <summary>The numerator, in lowest terms; carries the sign.</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator, in lowest terms; always positive.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => _numerator.Sign;

    /// <summary>Whether the value is zero.</summary>
    public bool IsZero => _numerator.IsZero;

    /// <summary>Whether the value is a whole number.</summary>
    public bool IsInteger => Denominator.IsOne;

    /// <summary>The fraction <paramref name="numerator"/>/<paramref name="denominator"/>, reduced.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; not zero.</param>
    /// <returns>The value.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Rational Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
        {
            throw new DivideByZeroException($"The fraction {numerator}/0 has no value: its denominator is zero.");
        }
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        BigInteger gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        return gcd.IsOne || gcd.IsZero ? new Rational(numerator, denominator) : new Rational(numerator / gcd, denominator / gcd);
    }

    /// <summary>A whole number.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value as a fraction.</returns>
    public static Rational Of(BigInteger value) => new(value, BigInteger.One);

    /// <summary>The exact value of a <see cref="decimal"/> (13.9 is 139/10).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The same value as a fraction.</returns>
    public static Rational FromDecimal(decimal value)
    {
        int[] bits = decimal.GetBits(value);
        var magnitude = new BigInteger(unchecked((uint)bits[0])) | (new BigInteger(unchecked((uint)bits[1])) << 32) | (new BigInteger(unchecked((uint)bits[2])) << 64);
        int scale = (bits[3] >> 16) & 0xFF;
        return Of(bits[3] < 0 ? -magnitude : magnitude, BigInteger.Pow(10, scale));
    }

    /// <summary>A whole number.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Rational(long value) => new(value, BigInteger.One);

    /// <summary>The sum.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The second term.</param>
    /// <returns><paramref name="left"/> + <paramref name="right"/>, exactly.</returns>
    public static Rational operator +(Rational left, Rational right) =>
        Of((left.Numerator * right.Denominator) + (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    /// <summary>The difference.</summary>
    /// <param name="left">The first term.</param>
    /// <param name="right">The term to subtract.</param>
    /// <returns><paramref name="left"/> − <paramref name="right"/>, exactly.</returns>
    public static Rational operator -(Rational left, Rational right) =>
        Of((left.Numerator * right.Denominator) - (right.Numerator * left.Denominator), left.Denominator * right.Denominator);

    /// <summary>The negation.</summary>
    /// <param name="value">The value.</param>
    /// <returns>−<paramref name="value"/>.</returns>
    public static Rational operator -(Rational value) => new(-value.Numerator, value.Denominator);

    /// <summary>The product.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns><paramref name="left"/> × <paramref name="right"/>, exactly.</returns>
    public static Rational operator *(Rational left, Rational right) =>
        Of(left.Numerator * right.Numerator, left.Denominator * right.Denominator);

    /// <summary>The quotient.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor; not zero.</param>
    /// <returns><paramref name="left"/> ÷ <paramref name="right"/>, exactly.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Rational operator /(Rational left, Rational right) =>
        Of(left.Numerator * right.Denominator, left.Denominator * right.Numerator);

    /// <summary>The absolute value.</summary>
    /// <returns>|this|.</returns>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>
    /// The value rounded to <paramref name="decimals"/> decimals by <paramref name="mode"/>, exactly: the decision is
    /// made on the fraction, never on a binary approximation.
    /// </summary>
    /// <param name="decimals">From 0 to 28.</param>
    /// <param name="mode">The rounding mode; there is no default.</param>
    /// <returns>The rounded value, with exactly <paramref name="decimals"/> decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28, or <paramref name="mode"/> is not defined.</exception>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public decimal Round(int decimals, RoundingMode mode)
    {
        Guard.InRange(decimals, 0, 28, nameof(decimals));
        BigInteger units = RoundToUnits(Numerator * BigInteger.Pow(10, decimals), Denominator, mode);
        return ToDecimal(units, decimals);
    }

    /// <summary>The nearest <see cref="double"/>, for charts and other display that tolerates binary fractions.</summary>
    /// <returns>An approximation of the value.</returns>
    public double ToDouble() => Numerator.GetBitLength() < 1000 && Denominator.GetBitLength() < 1000
        ? (double)Numerator / (double)Denominator
        : Math.Exp(BigInteger.Log(BigInteger.Abs(Numerator)) - BigInteger.Log(Denominator)) * Sign;

    /// <summary>Whether <paramref name="other"/> has the same value.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    /// <summary>Orders by value.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Rational other) => (Numerator * other.Denominator).CompareTo(other.Numerator * Denominator);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Rational"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rational other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a Rational with {Article.A(obj.GetType().Name)}.", nameof(obj)),
    };

    /// <summary>The fraction in invariant form: <c>3</c>, <c>-1/2</c>, <c>11312/8515</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsInteger
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when equal.</returns>
    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    /// <summary>Whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><c>true</c> when not equal.</returns>
    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is smaller.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is larger.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;

    /// <summary>The largest whole number at most <paramref name="value"/>.</summary>
    internal static BigInteger Floor(Rational value) => BigInteger.Divide(value.Numerator - (value.Sign < 0 ? value.Denominator - 1 : 0), value.Denominator);

    /// <summary>The smallest whole number at least <paramref name="value"/>.</summary>
    internal static BigInteger Ceiling(Rational value) => -Floor(-value);

    /// <summary>Rounds a fraction to a whole number of units by <paramref name="mode"/>.</summary>
    internal static BigInteger RoundToUnits(Rational value, RoundingMode mode) => RoundToUnits(value.Numerator, value.Denominator, mode);

    /// <summary>Rounds <paramref name="numerator"/>/<paramref name="denominator"/> (denominator positive) to a whole number by <paramref name="mode"/>.</summary>
    internal static BigInteger RoundToUnits(BigInteger numerator, BigInteger denominator, RoundingMode mode)
    {
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        if (remainder.IsZero)
        {
            return quotient;
        }
        int sign = numerator.Sign;
        // Twice the remainder against the denominator tells below, at or above the half.
        int half = (BigInteger.Abs(remainder) * 2).CompareTo(denominator);
        bool awayFromZero = mode switch
        {
            RoundingMode.HalfAwayFromZero => half >= 0,
            RoundingMode.HalfToEven => half > 0 || (half == 0 && !quotient.IsEven),
            RoundingMode.TowardZero => false,
            RoundingMode.AwayFromZero => true,
            RoundingMode.TowardPositiveInfinity => sign > 0,
            RoundingMode.TowardNegativeInfinity => sign < 0,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a defined rounding mode."),
        };
        return awayFromZero ? quotient + sign : quotient;
    }

    /// <summary>The decimal <paramref name="units"/> × 10^−<paramref name="decimals"/>, exactly.</summary>
    internal static decimal ToDecimal(BigInteger units, int decimals)
    {
        BigInteger magnitude = BigInteger.Abs(units);
        if (magnitude.GetBitLength() > 96)
        {
            throw new OverflowException($"{units} × 10^-{decimals} does not fit in a decimal.");
        }
        byte[] bytes = new byte[12];
        magnitude.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), units.Sign < 0, (byte)decimals);
    }
}
