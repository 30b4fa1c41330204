using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>What a kind may look at when it checks a figure by itself: the dataset, the figure's helpline and the audit's rules.</summary>
/// <param name="Dataset">Every report the audit was given.</param>
/// <param name="Helpline">The helpline of the figure's report.</param>
/// <param name="Table">The qualifier table the audit accepts with.</param>
/// <param name="AssumedRounding">How the audit assumes printed values were rounded.</param>
internal sealed record Checking(Dataset Dataset, Helpline Helpline, QualifierTable Table, RoundingMode AssumedRounding)
{
    /// <summary>The rounding the audit assumes for <paramref name="figure"/>.</summary>
    internal RoundingPolicy Policy(PublishedFigure figure) => RoundingPolicy.Of(AssumedRounding, figure.Precision);
}
