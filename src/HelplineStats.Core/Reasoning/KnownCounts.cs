using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Reasoning;

/// <summary>The counts a dataset gives exactly, as the audit, the composer's reader and the disclosure attacker all
/// see them.</summary>
internal static class KnownCounts
{
    /// <summary>
    /// Every count the dataset gives exactly, and the zero unknown bucket of every complete breakdown by a taxonomy that
    /// lists no unknown part. A count two reports give differently is left out (as unknown) and told to
    /// <paramref name="conflict"/> (the key, the first count and the second).
    /// </summary>
    internal static Dictionary<ObservationKey, long> Index(Dataset dataset, Action<ObservationKey, long, long> conflict)
    {
        var conflicting = new HashSet<ObservationKey>();
        Dictionary<ObservationKey, long> counts = dataset.KnownCounts((key, first, second) =>
        {
            conflicting.Add(key);
            conflict(key, first, second);
        });
        AddEmptyUnknownBuckets(dataset, counts, conflicting);
        return counts;
    }

    /// <summary>
    /// Adds to <paramref name="counts"/> the zero unknown bucket of every complete breakdown by a taxonomy that lists no
    /// unknown part (unless its total is among <paramref name="conflicting"/>).
    /// </summary>
    internal static void AddEmptyUnknownBuckets(Dataset dataset, Dictionary<ObservationKey, long> counts, IReadOnlySet<ObservationKey> conflicting)
    {
        // A complete breakdown by a taxonomy that lists no unknown part has none: its unknown bucket is zero, so a share
        // "of the known" over it is judged against its counts instead of left open.
        foreach (Breakdown breakdown in dataset.Reports.SelectMany(r => r.Breakdowns).Where(b => b.IsExact && b.IsComplete && b.Unknown is null))
        {
            if (breakdown.Dimension.Taxonomy is not Taxonomy taxonomy)
            {
                continue;
            }
            var unknown = new Category(taxonomy.Id, taxonomy.Version, new CategoryDefinition(CategoryId.Unknown.Value, "Unknown"), 0);
            if (!conflicting.Contains(breakdown.Total.Key))
            {
                counts.TryAdd(breakdown.Total.Key.WithCategory(unknown), 0);
            }
        }
    }
}
