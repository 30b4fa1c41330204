using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Compose;

/// <summary>What the composer wrote: the dataset with the composed figures, and the figures it had to leave out.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Composition
{
    internal Composition(Dataset dataset, IEnumerable<SkippedFigure> skipped)
    {
        Dataset = dataset;
        Skipped = skipped.ToList().AsReadOnly();
    }

    /// <summary>The counts with the composed figures in place of any figures they had (and the since-launch totals derived from yearly counts).</summary>
    public Dataset Dataset { get; }

    /// <summary>The figures the plan asked for that have no value, each with its reason, in report and id order.</summary>
    public IReadOnlyList<SkippedFigure> Skipped { get; }

    /// <summary>How many figures were written and left out.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Dataset.Reports.Sum(r => r.Figures.Count)} figures composed, {Skipped.Count} left out";
}
