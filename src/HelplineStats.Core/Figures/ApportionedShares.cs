using System.Linq;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>
/// The printed value of an apportioned share (<see cref="PublishedFigure.IsApportioned"/>): the largest-remainder
/// percentage of its part within the complete breakdown of its whole, at the figure's precision. The composer writes it
/// and the audit checks it with this one method.
/// </summary>
internal static class ApportionedShares
{
    /// <summary>The complete breakdown of <paramref name="report"/> the figure's part was apportioned in, or <c>null</c>.</summary>
    internal static Breakdown? BreakdownOf(Report report, PublishedFigure figure)
    {
        ObservationKey subject = figure.Subject!;
        return report.Breakdowns.FirstOrDefault(b => b.Total.Key.Equals(figure.Whole) && b.IsComplete
            && (subject.Channel is not null ? b.Dimension.IsChannel : b.Dimension.Taxonomy?.Id == subject.Category?.TaxonomyId));
    }

    /// <summary>
    /// The apportioned percentage of the figure's part, or <c>null</c> when the report does not hold the breakdown, the
    /// precision is not a number of decimals, or the percentages are undefined (nothing to apportion).
    /// </summary>
    internal static decimal? Value(Report report, PublishedFigure figure)
    {
        if (BreakdownOf(report, figure) is not Breakdown breakdown || !figure.Precision.IsDecimalPlaces)
        {
            return null;
        }
        ObservationKey subject = figure.Subject!;
        string key = subject.Channel?.Value ?? subject.Category!.Id.Value;
        return Apportionment.LargestRemainder(breakdown, figure.Basis, figure.Precision.Decimals, 100)
            .FirstOrDefault(item => item.Key == key)?.Value;
    }
}
