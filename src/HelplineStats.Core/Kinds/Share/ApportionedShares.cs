using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>The largest-remainder percentage of an apportioned share, from the complete breakdown it was apportioned in.</summary>
internal static class ApportionedShares
{
    /// <summary>The complete breakdown of the share's whole by its subject's channel or taxonomy, when the report holds it.</summary>
    internal static Breakdown? BreakdownOf(Report report, ShareFigure figure)
    {
        ObservationKey subject = figure.Subject;
        return report.Breakdowns.FirstOrDefault(b => b.IsExact && b.Total.Key.Equals(figure.Whole) && b.IsComplete
            && (subject.Channel is not null ? b.Dimension.IsChannel : b.Dimension.Taxonomy?.Id == subject.Category?.TaxonomyId));
    }

    /// <summary>The apportioned percentage of the share's part at its precision, or <c>null</c> when the report lacks the breakdown or the precision is not in decimal places.</summary>
    internal static decimal? Value(Report report, ShareFigure figure)
    {
        if (BreakdownOf(report, figure) is not Breakdown breakdown || !figure.Precision.IsDecimalPlaces)
        {
            return null;
        }
        ObservationKey subject = figure.Subject;
        string? key = subject.Channel?.Value ?? subject.Category?.Id.Value;
        return Apportionment.LargestRemainder(breakdown, figure.Basis, figure.Precision.Decimals, 100)
            .FirstOrDefault(item => item.Key == key)?.Value;
    }
}
