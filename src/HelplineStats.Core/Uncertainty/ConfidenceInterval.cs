using System;
using System.Globalization;

namespace HelplineStats.Core.Uncertainty;

/// <summary>
/// A confidence interval: the values from <see cref="Low"/> to <see cref="High"/> at a confidence <see cref="Level"/>
/// (0.95 for 95%). The ends are <see cref="double"/>s: they are irrational, and <see cref="Intervals"/> states how
/// accurate they are.
/// </summary>
/// <remarks>
/// <para>Equality compares the three numbers exactly (a tolerance is the caller's to choose, by
/// <see cref="IsWithin(ConfidenceInterval, double)"/>). <c>default</c> is the interval [0, 0] at level 0, which no
/// method returns. Immutable and thread-safe.</para>
/// </remarks>
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    internal ConfidenceInterval(double low, double high, double level)
    {
        Low = low;
        High = high;
        Level = level;
    }

    /// <summary>The lower end.</summary>
    public double Low { get; }

    /// <summary>The upper end (infinity for a ratio whose base is zero).</summary>
    public double High { get; }

    /// <summary>The confidence level, between 0 and 1 (0.95 for 95%).</summary>
    public double Level { get; }

    /// <summary>Whether <paramref name="value"/> lies within the interval, ends included.</summary>
    /// <param name="value">A value.</param>
    /// <returns>True when <see cref="Low"/> ≤ <paramref name="value"/> ≤ <see cref="High"/>.</returns>
    public bool Contains(double value) => Low <= value && value <= High;

    /// <summary>Whether both ends lie within <paramref name="tolerance"/> of <paramref name="other"/>'s, at the same level.</summary>
    /// <param name="other">Another interval.</param>
    /// <param name="tolerance">The largest difference allowed at each end; zero or more.</param>
    /// <returns>True when the levels are equal and both ends are that close.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or not a number.</exception>
    public bool IsWithin(ConfidenceInterval other, double tolerance)
    {
        if (!(tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "The tolerance must be zero or more.");
        }
        return Level == other.Level && Close(Low, other.Low, tolerance) && Close(High, other.High, tolerance);
    }

    /// <inheritdoc />
    public bool Equals(ConfidenceInterval other) => Low.Equals(other.Low) && High.Equals(other.High) && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConfidenceInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, High, Level);

    /// <summary>The interval with its level: "95%: [0.3706, 0.4710]", ends to four decimals.</summary>
    /// <returns>The text, with invariant digits.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Level * 100:0.###}%: [{Low:0.####}, {High:0.####}]");

    /// <summary>Whether two intervals are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when the ends and the level are equal.</returns>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Whether two intervals differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>True when an end or the level differs.</returns>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);

    private static bool Close(double a, double b, double tolerance) =>
        double.IsInfinity(a) || double.IsInfinity(b) ? a.Equals(b) : Math.Abs(a - b) <= tolerance;
}
