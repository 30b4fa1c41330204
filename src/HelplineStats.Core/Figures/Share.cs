using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// A part of a whole, kept exact: 118,408 of 137,669 calls by phone. The value remembers which whole it was taken of
/// (the total, or only the records where the attribute is known) and both counts.
/// </summary>
/// <remarks>
/// <para>A share of a zero whole is undefined: it is made, <see cref="IsDefined"/> is <c>false</c> and
/// <see cref="Fraction"/> and <see cref="Percent"/> are <c>null</c> (the library's one convention for undefined results;
/// nothing throws for it). A part larger than a non-zero whole is an error. Part and whole have the same metric, except
/// through <see cref="OfSubset"/>, which says explicitly that every counted part is also one of the whole's items (every
/// referral is a contact). The value is <see cref="FigureMath.Share"/>.</para>
/// <para>Equality is by part, whole and basis (so 1/2 and 2/4 are different shares with the same
/// <see cref="Fraction"/>). Immutable and thread-safe.</para>
/// </remarks>
public sealed record Share
{
    private Share(Count part, Count whole, ShareBasis basis)
    {
        Part = part;
        Whole = whole;
        Basis = basis;
        Fraction = FigureMath.Share(part.Value, whole.Value);
    }

    /// <summary>The part.</summary>
    public Count Part { get; }

    /// <summary>The whole the share is taken of (for <see cref="ShareBasis.Known"/>: the known records only).</summary>
    public Count Whole { get; }

    /// <summary>Which whole: the total, or the known records.</summary>
    public ShareBasis Basis { get; }

    /// <summary>The exact share as a fraction from 0 to 1; <c>null</c> when undefined (the whole is zero).</summary>
    public Rational? Fraction { get; }

    /// <summary>The exact share in percent, from 0 to 100; <c>null</c> when undefined.</summary>
    public Rational? Percent => Fraction * 100;

    /// <summary>Whether the share has a value (the whole is not zero).</summary>
    public bool IsDefined => Fraction is not null;

    /// <summary>The share of <paramref name="part"/> in <paramref name="whole"/>, both of one metric.</summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole; not smaller than the part unless it is zero (then the share is undefined).</param>
    /// <param name="basis">Whether <paramref name="whole"/> is the total or only the known records.</param>
    /// <returns>The share; undefined when the whole is zero.</returns>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ (see <see cref="OfSubset"/> and <see cref="MetricRatio"/>).</exception>
    /// <exception cref="ArgumentException">The part is larger than a whole that is not zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    public static Share Of(Count part, Count whole, ShareBasis basis = ShareBasis.Total)
    {
        Guard.NotNull(part, nameof(part));
        Guard.NotNull(whole, nameof(whole));
        if (!part.Metric.Equals(whole.Metric))
        {
            throw new MetricMismatchException(whole.Metric, part.Metric, "take a share of", nameof(part));
        }
        return Checked(part, whole, basis);
    }

    /// <summary>
    /// The share of <paramref name="part"/> in a whole of another metric whose items include every counted part: 263
    /// referrals are 14% of the 1,913 contacts because every referral is one of those contacts. Use it only when that
    /// holds; otherwise the division is a <see cref="MetricRatio"/>.
    /// </summary>
    /// <param name="part">The part.</param>
    /// <param name="whole">The whole; not smaller than the part unless it is zero (then the share is undefined).</param>
    /// <param name="basis">Whether <paramref name="whole"/> is the total or only the known records.</param>
    /// <returns>The share; undefined when the whole is zero.</returns>
    /// <exception cref="ArgumentNullException">A count is null.</exception>
    /// <exception cref="ArgumentException">The part is larger than a whole that is not zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    public static Share OfSubset(Count part, Count whole, ShareBasis basis = ShareBasis.Total)
    {
        Guard.NotNull(part, nameof(part));
        Guard.NotNull(whole, nameof(whole));
        return Checked(part, whole, basis);
    }

    /// <summary>
    /// The share of every part of a breakdown: of the total (<see cref="ShareBasis.Total"/>), or of the known records
    /// (<see cref="ShareBasis.Known"/>, leaving the unknown part out). The shares of a complete breakdown add up to
    /// exactly one; those of an incomplete one to less; those of a multi-label one to anything. When the whole is zero,
    /// every share is undefined.
    /// </summary>
    /// <param name="breakdown">The breakdown.</param>
    /// <param name="basis">The whole to take the shares of.</param>
    /// <returns>One share per part, in the breakdown's order (without the unknown part for <see cref="ShareBasis.Known"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not defined.</exception>
    /// <exception cref="ArgumentException">A count of the breakdown is known only within bounds.</exception>
    public static IReadOnlyList<Share> OfParts(Breakdown breakdown, ShareBasis basis)
    {
        Guard.NotNull(breakdown, nameof(breakdown));
        Count whole = breakdown.ExactWhole(basis, nameof(breakdown));
        return breakdown.Parts
            .Where(part => basis == ShareBasis.Total || part.Key.Category?.IsUnknown != true)
            .Select(part => Of(part.ExactCount(nameof(breakdown)), whole, basis))
            .ToList()
            .AsReadOnly();
    }

    /// <summary>
    /// The percentage to one decimal and the counts, such as <c>18.3% (75 of 410 contacts)</c>, <c>73.0% of the known
    /// (…)</c>, or <c>undefined: the whole is zero (0 of 0 contacts)</c>; the exact value is <see cref="Fraction"/>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string counts = $"({Part.Value.ToString(CultureInfo.InvariantCulture)} of {Whole})";
        return Percent is Rational percent
            ? $"{Show.Decimal(percent, 1)}%{(Basis == ShareBasis.Known ? " of the known" : "")} {counts}"
            : $"undefined: the whole is zero {counts}";
    }

    private static Share Checked(Count part, Count whole, ShareBasis basis)
    {
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined share basis.");
        }
        if (!whole.IsZero && part.Value > whole.Value)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The part ({part}) is larger than the whole ({whole}): a share cannot exceed 100%."), nameof(part));
        }
        return new Share(part, whole, basis);
    }
}
