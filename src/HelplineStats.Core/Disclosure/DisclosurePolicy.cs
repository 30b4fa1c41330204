using System;
using System.Globalization;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Disclosure;

/// <summary>
/// How small counts are kept from readers before a dataset is published: every count from 1 to
/// <see cref="MinimumCount"/> − 1 is shown only as "fewer than k" (bounds 1 to k − 1), further counts are hidden where
/// the others would give a small one away (secondary suppression), figures that would reveal one are withheld, and
/// optionally every other count is shown rounded to <see cref="RoundingBase"/>. See docs/disclosure.md.
/// </summary>
/// <remarks>
/// <para>The reader the policy protects against knows the sums of every breakdown, since-launch chains, the figures
/// left in, and the bounds of every hidden or rounded count, and reasons with them in two ways in turn: the audit's
/// inference (to a fixed point, with the exact equalities solved) and, for every count that might be small, the exact
/// linear program of all those constraints at once (the attacker of τ-ARGUS and sdcTable). <see cref="Protect(Dataset)"/>
/// checks its result with that reader: after protection every small count still lies, for it, anywhere from 1 to
/// k − 1.</para>
/// <para>Zeros are shown: a policy that must hide zeros too is not offered. Rounding is offered only with a minimum
/// count, because a small count rounded to a multiple of five would read as "0 to 2" or "3 to 7".</para>
/// <para>Equality is by both settings. Immutable and thread-safe.</para>
/// </remarks>
public sealed record DisclosurePolicy
{
    /// <summary>The smallest minimum count: with 2, "fewer than 2" would be the count itself, since zeros are shown.</summary>
    public const int SmallestMinimumCount = 3;

    /// <summary>Makes a policy.</summary>
    /// <param name="minimumCount">The smallest count that is shown; counts from 1 to one less are protected. At least
    /// <see cref="SmallestMinimumCount"/>.</param>
    /// <param name="roundingBase">When given, every other count (from <paramref name="minimumCount"/> up) is shown rounded
    /// to a multiple of it, half up, and written as the bounds that rounding leaves; at least 2.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumCount"/> is below
    /// <see cref="SmallestMinimumCount"/>, or <paramref name="roundingBase"/> is below 2.</exception>
    public DisclosurePolicy(int minimumCount, int? roundingBase = null)
    {
        MinimumCount = Guard.InRange(minimumCount, SmallestMinimumCount, int.MaxValue, nameof(minimumCount));
        if (roundingBase is int step)
        {
            Guard.InRange(step, 2, int.MaxValue, nameof(roundingBase));
        }
        RoundingBase = roundingBase;
    }

    /// <summary>The usual policy of statistical offices: counts below 5 are not shown, nothing is rounded.</summary>
    public static DisclosurePolicy Default { get; } = new(5);

    /// <summary>The smallest count that is shown (k); counts from 1 to k − 1 are protected.</summary>
    public int MinimumCount { get; }

    /// <summary>The base every shown count is rounded to, or null when counts are shown exactly.</summary>
    public int? RoundingBase { get; }

    /// <summary>What a protected count is written as: from 1 to <see cref="MinimumCount"/> − 1 ("fewer than k").</summary>
    public CountBounds FewerThan => CountBounds.Between(1, MinimumCount - 1);

    /// <summary>The bounds a count is shown as under <see cref="RoundingBase"/>: every count that rounds (half up) to
    /// the same multiple. Without a rounding base, the count exactly.</summary>
    /// <param name="count">The count; zero or more.</param>
    /// <returns>The bounds, such as 33 to 37 for 35 with a base of 5.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public CountBounds Rounded(long count)
    {
        Guard.NonNegative(count, nameof(count));
        if (RoundingBase is not int step)
        {
            return CountBounds.Exactly(count);
        }
        // Half up: the multiple m shows every count from m − ⌊b/2⌋ (m − b/2 rounds up to m) to m + ⌈b/2⌉ − 1.
        long multiple = checked((count + (step / 2)) / step * step);
        long low = Math.Max(0, multiple - (step / 2));
        long high = checked(multiple + ((step + 1) / 2) - 1);
        return CountBounds.Between(low, high);
    }

    /// <summary>Protects a dataset: small counts shown as "fewer than k", the counts that would give one away hidden,
    /// figures that would reveal one withheld, and the result checked by the reader of <see cref="Check"/>.</summary>
    /// <param name="dataset">The dataset as it would be published, with its true counts.</param>
    /// <returns>The protected dataset, what was hidden and withheld, and the check it passed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="DataConflictException">The counts do not hang together (two reports give one count differently,
    /// or a breakdown's parts do not add up): protection needs the true counts.</exception>
    public Protection Protect(Dataset dataset) => Suppressor.Protect(Guard.NotNull(dataset, nameof(dataset)), this);

    /// <summary>Checks what a dataset lets a reader know: every count from 1 to k − 1 it publishes, and every count the
    /// reader (the audit's inference and the linear program of every constraint at once) narrows to less than "fewer
    /// than k", with the sums and figures that recover it.</summary>
    /// <param name="dataset">The dataset as published.</param>
    /// <returns>The findings; none when the dataset is safe under the policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public DisclosureCheck Check(Dataset dataset) => Attacker.Check(Guard.NotNull(dataset, nameof(dataset)), this);

    /// <summary>The policy in words, such as <c>minimum count 5, rounded to 5</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"minimum count {MinimumCount}{(RoundingBase is int step ? $", rounded to {step}" : "")}");

    /// <summary>Whether a count a reader knows to lie in [<paramref name="low"/>, <paramref name="high"/>] is given away:
    /// it is known to be small (at most k − 1, at least 1 possible) and the reader knows more than "fewer than k".</summary>
    internal bool Discloses(long low, long high) =>
        high >= 1 && high <= MinimumCount - 1 && !(low <= 1 && high == MinimumCount - 1);

    /// <summary>Whether a protected count (truly from 1 to k − 1) still lies, for the reader, anywhere from 1 to k − 1.</summary>
    internal bool Keeps(long low, long high) => low <= 1 && high >= MinimumCount - 1;

    /// <summary>Whether a count published within <paramref name="interval"/> (or not at all: 0 to unbounded) might be
    /// small, so that the attack must bound it as tightly as it can; a count shown as at least k (rounded) cannot be
    /// given away.</summary>
    internal bool MightBeSmall(ObservationKey key, (long Low, long High) interval) => interval.Low < MinimumCount;

    /// <summary>Whether a count is protected (from 1 to k − 1).</summary>
    internal bool IsSmall(long count) => count >= 1 && count < MinimumCount;
}
