using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HelplineStats.Core.Disclosure;

/// <summary>What a dataset lets a reader know of its small counts, under a <see cref="DisclosurePolicy"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosureCheck
{
    internal DisclosureCheck(DisclosurePolicy policy, IEnumerable<DisclosureFinding> findings, int countsHidden)
    {
        Policy = policy;
        Findings = findings.OrderBy(f => f.Key).ToList().AsReadOnly();
        CountsHidden = countsHidden;
    }

    /// <summary>The policy checked against.</summary>
    public DisclosurePolicy Policy { get; }

    /// <summary>The small counts given away, in key order: published ones, and those the audit's inference recovers.</summary>
    public IReadOnlyList<DisclosureFinding> Findings { get; }

    /// <summary>How many counts the dataset shows only within bounds or not at all (what the reader had to work out).</summary>
    public int CountsHidden { get; }

    /// <summary>Whether no small count is given away.</summary>
    public bool IsSafe => Findings.Count == 0;

    /// <summary>A one-line summary, such as <c>safe under minimum count 5 (12 counts hidden)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsSafe
        ? string.Create(CultureInfo.InvariantCulture, $"safe under {Policy} ({CountsHidden} counts hidden)")
        : string.Create(CultureInfo.InvariantCulture,
            $"{Findings.Count(f => f.Kind == DisclosureFindingKind.Published)} small counts published and {Findings.Count(f => f.Kind == DisclosureFindingKind.Recovered)} recoverable under {Policy}");
}
