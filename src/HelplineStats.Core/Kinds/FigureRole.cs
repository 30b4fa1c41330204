namespace HelplineStats.Core.Kinds;

/// <summary>
/// What a figure is to a reader of a page, so that a page can place it (beside its count, among the highlights, or in
/// the list of statements) without asking which kind it is. Each kind says its role; <see cref="FigureRoles.Of"/> asks.
/// </summary>
public enum FigureRole
{
    /// <summary>A figure said among the others: a count, a ratio, a change in points, a record, an age...</summary>
    Statement = 0,

    /// <summary>The average per day of a count (always a <see cref="RateFigure"/>), shown beside the count.</summary>
    DailyAverage = 1,

    /// <summary>The change of a count against an earlier period in percent (always a <see cref="ComparedFigure"/>), shown
    /// beside the count.</summary>
    Change = 2,

    /// <summary>The change of a count against an earlier period as a difference of counts (always a
    /// <see cref="ComparedFigure"/>), shown beside the count when it has no change in percent.</summary>
    Difference = 3,

    /// <summary>A comparison a reader remembers: "one in five", "three times as many".</summary>
    Highlight = 4,

    /// <summary>A part of a whole in percent (always a <see cref="ShareFigure"/>), charted with the other parts of its whole.</summary>
    Share = 5,
}
