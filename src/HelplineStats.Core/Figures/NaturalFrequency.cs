using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// A share said as "one in N": 18% of conversations is "almost one in five", 11% "more than one in ten", 25% "one in
/// four". N comes from a small set of simple denominators (2, 3, 4, 5 and 10 unless widened), never from all numbers:
/// nobody writes "one in six" for 18% even though 1/6 is closer.
/// </summary>
/// <remarks>
/// <para>N is the denominator whose 1/N is closest to the share (a tie goes to the smaller N). The qualifier names the
/// side: none when the share and 1/N are equal at the shown precision (and within the table's tolerance), "more than"
/// above 1/N, and below it "almost" where the table's tolerance allows, otherwise "less than" (42% is "less than one in
/// two", not "almost"). So N is always the closest allowed denominator, the qualifier always names the side the share is
/// on, and the <see cref="QualifierTable"/> it was phrased with always accepts the result.</para>
/// <para>N is <see cref="FigureMath.ClosestOneInN"/>. The "one in N" of an undefined share is undefined:
/// <see cref="Denominator"/> and <see cref="Phrased"/> are <c>null</c> (the library's one convention for undefined
/// results).</para>
/// <para>Equality is by share, N and qualifier. Immutable and thread-safe.</para>
/// </remarks>
public sealed record NaturalFrequency
{
    private NaturalFrequency(Share share, int? denominator, Qualifier qualifier)
    {
        Share = share;
        Denominator = denominator;
        Qualifier = qualifier;
    }

    /// <summary>The simple denominators used unless others are given: 2, 3, 4, 5 and 10.</summary>
    public static IReadOnlyList<int> SimpleDenominators { get; } = Array.AsReadOnly(new[] { 2, 3, 4, 5, 10 });

    /// <summary>The share said.</summary>
    public Share Share { get; }

    /// <summary>N in "one in N"; <c>null</c> when the share is undefined.</summary>
    public int? Denominator { get; }

    /// <summary>Whether the share, and so N, is defined.</summary>
    public bool IsDefined => Denominator is not null;

    /// <summary>The word that comes with it.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>The figure as printed: N with the qualifier, at whole precision; <c>null</c> when undefined.</summary>
    public QualifiedValue? Phrased => Denominator is int n ? new QualifiedValue(n, Qualifier, Precision.Whole) : null;

    /// <summary>Says <paramref name="share"/> as "one in N" with the simple denominators.</summary>
    /// <param name="share">The share.</param>
    /// <param name="shownAs">How percentages are shown beside it: a share equal to 1/N at this policy (in percent) needs no qualifier.</param>
    /// <param name="table">The qualifier table to phrase by.</param>
    /// <returns>The natural frequency.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NaturalFrequency Of(Share share, RoundingPolicy shownAs, QualifierTable table) => Of(share, shownAs, table, SimpleDenominators);

    /// <summary>Says <paramref name="share"/> as "one in N" with the given denominators.</summary>
    /// <param name="share">The share.</param>
    /// <param name="shownAs">How percentages are shown beside it.</param>
    /// <param name="table">The qualifier table to phrase by.</param>
    /// <param name="denominators">The allowed N, each 2 or more; at least one.</param>
    /// <returns>The natural frequency.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="denominators"/> is empty or has an N below 2.</exception>
    public static NaturalFrequency Of(Share share, RoundingPolicy shownAs, QualifierTable table, IEnumerable<int> denominators)
    {
        Guard.NotNull(share, nameof(share));
        Guard.NotNull(table, nameof(table));
        (int N, Qualifier Qualifier)? phrased = Phrase(share.Fraction, shownAs, table, Guard.NotNull(denominators, nameof(denominators)));
        return new NaturalFrequency(share, phrased?.N, phrased?.Qualifier ?? Qualifier.None);
    }

    /// <summary>N and the qualifier for a share given as a fraction; <c>null</c> when the share is undefined. The one
    /// place "one in N" is phrased: <see cref="Of(Share, RoundingPolicy, QualifierTable, IEnumerable{int})"/> and the
    /// composer call it.</summary>
    internal static (int N, Qualifier Qualifier)? Phrase(Rational? share, RoundingPolicy shownAs, QualifierTable table, IEnumerable<int> denominators)
    {
        int[] allowed = denominators.Distinct().Order().ToArray();
        if (FigureMath.ClosestOneInN(share, allowed) is not int n || share is not Rational v)
        {
            return null;
        }
        Rational x = Rational.Of(1, n);
        bool equalAsShown = shownAs.RoundExact(v * 100) == shownAs.RoundExact(x * 100);
        if (v == x || (equalAsShown && table.Accepts(ValueReading.OneInN, v, n, Qualifier.None, shownAs)))
        {
            return (n, Qualifier.None);
        }
        if (v > x)
        {
            return (n, Qualifier.MoreThan);
        }
        // Below 1/N: "almost" where the table's tolerance allows it, otherwise "less than".
        return (n, table.Accepts(ValueReading.OneInN, v, n, Qualifier.Almost, shownAs) ? Qualifier.Almost : Qualifier.LessThan);
    }

    /// <summary>The qualifier in words and N, such as <c>almost one in 5</c> or <c>more than one in 10</c>; <c>undefined</c> for an undefined share.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Denominator is int n
        ? QualifiedValue.Words(Qualifier) + "one in " + n.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "undefined: the whole is zero";
}
