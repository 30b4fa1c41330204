using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// The one implementation of what a qualifier allows: it judges a printed figure against its exact value
/// (<see cref="Accepts"/>) and picks the printed value and qualifier for an exact value (<see cref="Phrase"/>), so that
/// whatever the library writes, it would also accept.
/// </summary>
/// <remarks>
/// <para>For an exact value v and a printed value X, with a tolerance t (a fraction of |X|, 15% by default):</para>
/// <list type="table">
/// <listheader><term>qualifier</term><description>v is accepted when</description></listheader>
/// <item><term>none, on a whole-number multiple ("3×") or one-in-N</term><description>|v − X| ≤ t·|X|</description></item>
/// <item><term>none, on anything else (a multiple printed with decimals, "3.5×", claims its decimals)</term><description>v rounds to X under the printed rounding policy</description></item>
/// <item><term>about</term><description>|v − X| ≤ t·|X|</description></item>
/// <item><term>almost</term><description>X − t·|X| ≤ v &lt; X</description></item>
/// <item><term>more than</term><description>v &gt; X</description></item>
/// <item><term>less than</term><description>v &lt; X</description></item>
/// </list>
/// <para>Which rows apply is the figure's <see cref="ValueReading"/>, never its kind. For <see cref="ValueReading.OneInN"/>
/// the printed value is N and the comparison is on the share: v is the share as a fraction and X is 1/N ("almost one in
/// five" says the share is a little below 1/5).</para>
/// <para>Immutable and thread-safe. Equality is by tolerance.</para>
/// </remarks>
public sealed record QualifierTable
{
    /// <summary>Creates a table with a tolerance.</summary>
    /// <param name="tolerance">The tolerance as a fraction of the printed value, from 0 (inclusive) to 1 (exclusive).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is outside [0, 1).</exception>
    public QualifierTable(Rational tolerance)
    {
        if (tolerance < Rational.Zero || tolerance >= Rational.One)
        {
            throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance.ToString(), "The tolerance is a fraction of the printed value, from 0 up to (not including) 1.");
        }
        Tolerance = tolerance;
    }

    /// <summary>The table with the default tolerance of 15% of the printed value.</summary>
    public static QualifierTable Default { get; } = new(Rational.Of(15, 100));

    /// <summary>The tolerance, as a fraction of the printed value.</summary>
    public Rational Tolerance { get; }

    /// <summary>Whether a figure printed as <paramref name="printed"/> with <paramref name="qualifier"/> is true of the exact value.</summary>
    /// <param name="reading">How the figure's value is read (it decides what "no qualifier" means).</param>
    /// <param name="exact">The exact value, in the printed unit (for one-in-N: the share as a fraction).</param>
    /// <param name="printed">The printed value (for one-in-N: N).</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="printedAs">How the value was rounded for printing (used when there is no qualifier).</param>
    /// <returns><c>true</c> when the table accepts the printed figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reading"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not defined, or a one-in-N's N is not positive.</exception>
    public bool Accepts(ValueReading reading, Rational exact, decimal printed, Qualifier qualifier, RoundingPolicy printedAs) =>
        AcceptedRange(reading, printed, qualifier, printedAs).Contains(exact);

    /// <summary>
    /// Every exact value that a figure printed as <paramref name="printed"/> with <paramref name="qualifier"/> allows, as
    /// one interval: the table above written as ends. <see cref="Accepts"/> is membership in it, and the audit inverts it
    /// to infer the interval an unpublished count must lie in.
    /// </summary>
    /// <param name="reading">How the figure's value is read.</param>
    /// <param name="printed">The printed value (for one-in-N: N).</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="printedAs">How the value was rounded for printing (used when there is no qualifier).</param>
    /// <returns>The interval of accepted exact values (for one-in-N: of the share as a fraction); empty when a rounded
    /// value is not on its own precision's grid (13.9 cannot be printed at whole precision).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reading"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not defined, or a one-in-N's N is not positive.</exception>
    public ValueInterval AcceptedRange(ValueReading reading, decimal printed, Qualifier qualifier, RoundingPolicy printedAs)
    {
        Guard.NotNull(reading, nameof(reading));
        Rational x = reading.IsReciprocal ? OneOver(printed) : Rational.FromDecimal(printed);
        Rational slack = Tolerance * x.Abs();
        return qualifier switch
        {
            Qualifier.None when reading.BareIsWithinTolerance(printedAs.Precision) => ValueInterval.Of(x - slack, true, x + slack, true),
            Qualifier.None => RoundingPreimage(x, printedAs),
            Qualifier.About => ValueInterval.Of(x - slack, true, x + slack, true),
            Qualifier.Almost => ValueInterval.Of(x - slack, true, x, false),
            Qualifier.MoreThan => ValueInterval.Of(x, false, null, false),
            Qualifier.LessThan => ValueInterval.Of(null, false, x, false),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined qualifier."),
        };
    }

    /// <summary>
    /// Every exact value (in percent) that an apportioned share printed as <paramref name="printed"/> at
    /// <paramref name="precision"/> allows: the largest remainder method rounds each exact value down or up to the
    /// precision, so the exact value lies strictly within one step of the printed one (or equals it).
    /// </summary>
    /// <param name="printed">The printed percentage.</param>
    /// <param name="precision">The step it was printed at.</param>
    /// <returns>The open interval (X − step, X + step); empty when X is not on the precision's grid.</returns>
    public static ValueInterval ApportionedRange(decimal printed, Precision precision)
    {
        Rational x = Rational.FromDecimal(printed);
        Rational step = Rational.FromDecimal(precision.Step);
        return (x / step).IsInteger ? ValueInterval.Of(x - step, false, x + step, false) : ValueInterval.Empty;
    }

    /// <summary>The exact values that <paramref name="policy"/> rounds to <paramref name="x"/>.</summary>
    private static ValueInterval RoundingPreimage(Rational x, RoundingPolicy policy)
    {
        Rational step = Rational.FromDecimal(policy.Precision.Step);
        Rational units = x / step;
        if (!units.IsInteger)
        {
            return ValueInterval.Empty;
        }
        Rational half = step / 2;
        int sign = x.Sign;
        return policy.Mode switch
        {
            RoundingMode.HalfAwayFromZero => ValueInterval.Of(x - half, sign > 0, x + half, sign < 0),
            RoundingMode.HalfToEven => ValueInterval.Of(x - half, units.Numerator.IsEven, x + half, units.Numerator.IsEven),
            RoundingMode.TowardZero => sign == 0
                ? ValueInterval.Of(-step, false, step, false)
                : sign > 0 ? ValueInterval.Of(x, true, x + step, false) : ValueInterval.Of(x - step, false, x, true),
            RoundingMode.AwayFromZero => sign == 0
                ? ValueInterval.Of(x, true, x, true)
                : sign > 0 ? ValueInterval.Of(x - step, false, x, true) : ValueInterval.Of(x, true, x + step, false),
            RoundingMode.TowardPositiveInfinity => ValueInterval.Of(x - step, false, x, true),
            _ => ValueInterval.Of(x, true, x + step, false),
        };
    }

    /// <summary>
    /// The printed value and qualifier for an exact value. Counts, percentages, changes, rates, ratios and ages are printed
    /// rounded, with no qualifier. A multiple is printed rounded at any step; when that is not exact the qualifier names
    /// the side ("almost 3" for 2.92, "more than 3" for 3.41, "almost 3.5" for 3.406 at a step of 0.5), and where "almost"
    /// would be outside the tolerance the value is printed rounded down with "more than". So a multiple without a
    /// qualifier is exact, "more than" is above the printed value and "almost" below it. The result is always accepted by
    /// <see cref="Accepts"/>. For one-in-N use <see cref="NaturalFrequency"/>, which chooses N.
    /// </summary>
    /// <param name="reading">How the figure's value is read.</param>
    /// <param name="exact">The exact value, in the printed unit.</param>
    /// <param name="policy">How the value is rounded for printing.</param>
    /// <returns>The printed value and its qualifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reading"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reading"/> is <see cref="ValueReading.OneInN"/> or
    /// <see cref="ValueReading.Unrounded"/>, which the table does not print.</exception>
    /// <exception cref="OverflowException">The rounded value does not fit in a <see cref="decimal"/>.</exception>
    public QualifiedValue Phrase(ValueReading reading, Rational exact, RoundingPolicy policy)
    {
        Guard.NotNull(reading, nameof(reading));
        if (!reading.IsPhrased)
        {
            throw new ArgumentException($"A value read as {reading} is not phrased from a rounded value{(reading.IsReciprocal ? "; use NaturalFrequency" : "")}.", nameof(reading));
        }
        decimal rounded = policy.Round(exact);
        Rational x = Rational.FromDecimal(rounded);
        // A multiple names its side at any step ("3.406" at a step of 0.5 is "almost 3.5", never a bare "3.5"); other
        // kinds are printed rounded, which their readers take as "rounds to".
        if (!reading.NamesSide || exact == x)
        {
            return new QualifiedValue(rounded, Qualifier.None, policy.Precision);
        }
        if (exact > x)
        {
            return new QualifiedValue(rounded, Qualifier.MoreThan, policy.Precision);
        }
        if (Accepts(reading, exact, rounded, Qualifier.Almost, policy))
        {
            return new QualifiedValue(rounded, Qualifier.Almost, policy.Precision);
        }
        RoundingPolicy down = RoundingPolicy.Of(RoundingMode.TowardNegativeInfinity, policy.Precision);
        return new QualifiedValue(down.Round(exact), Qualifier.MoreThan, policy.Precision);
    }

    /// <summary>The tolerance, such as <c>qualifier table, tolerance 3/20</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"qualifier table, tolerance {Tolerance}";

    private static Rational OneOver(decimal n)
    {
        if (n <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "N of one-in-N must be positive.");
        }
        return Rational.One / Rational.FromDecimal(n);
    }
}
