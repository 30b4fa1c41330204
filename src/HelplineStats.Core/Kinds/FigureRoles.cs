using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>The role of a figure on a page, as its kind says it (<see cref="FigureRole"/>).</summary>
public static class FigureRoles
{
    /// <summary>The role of <paramref name="figure"/> on a page.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>Its role: <see cref="FigureRole.DailyAverage"/> for an average per day, <see cref="FigureRole.Change"/>
    /// for a relative change, <see cref="FigureRole.Difference"/> for an absolute change, <see cref="FigureRole.Highlight"/>
    /// for a one-in-N or a multiple, <see cref="FigureRole.Share"/> for a share, and <see cref="FigureRole.Statement"/> for any other.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static FigureRole Of(PublishedFigure figure) => FigureKinds.Of(Guard.NotNull(figure, nameof(figure))).Role;

    /// <summary>The figure as a share, when its role is <see cref="FigureRole.Share"/>: what a chart of the parts of a whole needs.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The share, or <c>null</c> for a figure of another role.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static ShareFigure? AsShare(PublishedFigure figure) => Of(figure) == FigureRole.Share ? (ShareFigure)figure : null;
}
