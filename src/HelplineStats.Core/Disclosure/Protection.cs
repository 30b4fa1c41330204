using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Disclosure;

/// <summary>A dataset made safe to publish under a <see cref="DisclosurePolicy"/>, with what was hidden and withheld
/// and the check it passed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Protection
{
    internal Protection(DisclosurePolicy policy, Dataset dataset, IEnumerable<ObservationKey> primary, IEnumerable<ObservationKey> secondary,
        int rounded, IEnumerable<WithheldFigure> withheld, DisclosureCheck check, int rounds)
    {
        Policy = policy;
        Dataset = dataset;
        Primary = primary.OrderBy(k => k).ToList().AsReadOnly();
        Secondary = secondary.OrderBy(k => k).ToList().AsReadOnly();
        Rounded = rounded;
        Withheld = withheld.OrderBy(w => w.Reference).ToList().AsReadOnly();
        Check = check;
        Rounds = rounds;
    }

    /// <summary>The policy applied.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>The protected dataset: small counts as "fewer than k", hidden counts unknown, rounded counts as the
    /// bounds rounding leaves, and the figures that were safe. Written with format version 2.</summary>
    public Dataset Dataset { get; }

    /// <summary>The counts from 1 to k − 1, shown as "fewer than k" (primary suppression), in key order.</summary>
    public IReadOnlyList<ObservationKey> Primary { get; }

    /// <summary>The further counts hidden so that no small count can be worked out (secondary suppression), in key order.</summary>
    public IReadOnlyList<ObservationKey> Secondary { get; }

    /// <summary>How many counts are shown rounded (none without a rounding base).</summary>
    public int Rounded { get; }

    /// <summary>The figures withheld because they would reveal a protected count, in reference order.</summary>
    public IReadOnlyList<WithheldFigure> Withheld { get; }

    /// <summary>The audit's inference over the protected dataset: safe, by construction (a protected dataset knows it passed).</summary>
    public DisclosureCheck Check { get; }

    /// <summary>How many rounds of the attack and suppression it took.</summary>
    public int Rounds { get; }

    /// <summary>How many counts are not shown exactly because of the policy (primary and secondary; rounded ones not included).</summary>
    public int Suppressed => Primary.Count + Secondary.Count;

    /// <summary>A one-line summary, such as <c>3 small counts protected, 4 more hidden, 1 figure withheld</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Primary.Count} small counts protected, {Secondary.Count} more hidden, {Withheld.Count} figures withheld ({Policy})");
}
