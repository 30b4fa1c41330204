using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// Which published figure, across a whole dataset: the helpline, the report's period and the figure's id within that
/// report. Audit verdicts, explanations, findings and inferred counts point at figures with it, and its text form
/// <c>helpline/period/figure-id</c> (such as <c>tele-onthaal/2021/visitors-change</c>) is the one way it is written.
/// </summary>
/// <remarks>
/// Equality is by all three parts; the order is by helpline, then period, then figure id (ordinal). Immutable and
/// thread-safe.
/// </remarks>
public sealed record FigureReference : IComparable<FigureReference>
{
    private FigureReference(HelplineId helpline, ReportingPeriod report, string figureId)
    {
        Helpline = helpline;
        Report = report;
        FigureId = figureId;
    }

    /// <summary>The helpline of the report.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The period of the report.</summary>
    public ReportingPeriod Report { get; }

    /// <summary>The figure's id within its report.</summary>
    public string FigureId { get; }

    /// <summary>The reference to a figure of a report.</summary>
    /// <param name="helpline">The report's helpline.</param>
    /// <param name="report">The report's period.</param>
    /// <param name="figureId">The figure's id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The figure id is not a valid id.</exception>
    public static FigureReference Of(HelplineId helpline, ReportingPeriod report, string figureId) =>
        new(Guard.NotNull(helpline, nameof(helpline)), Guard.NotNull(report, nameof(report)), Guard.Id(figureId, nameof(figureId)));

    /// <summary>The reference to <paramref name="figure"/> in <paramref name="report"/>.</summary>
    /// <param name="report">The report that holds the figure.</param>
    /// <param name="figure">The figure.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FigureReference Of(Report report, PublishedFigure figure)
    {
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(figure, nameof(figure));
        return new FigureReference(report.Helpline.Id, report.Period, figure.Id);
    }

    /// <summary>Reads the text form <c>helpline/period/figure-id</c> (the period may itself hold a slash, as <c>2017-05-19/2021-12-31</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not of that form.</exception>
    public static FigureReference Parse(string text)
    {
        Guard.NotNull(text, nameof(text));
        int first = text.IndexOf('/', StringComparison.Ordinal);
        int last = text.LastIndexOf('/');
        if (first <= 0 || last <= first + 1 || last == text.Length - 1)
        {
            throw new FormatException($"'{text}' is not a figure reference; write it as helpline/period/figure-id, such as 1712/2021/calls.");
        }
        return TryParse(text, out FigureReference? reference)
            ? reference
            : throw new FormatException($"'{text}' is not a figure reference: the helpline, the period or the figure id is not valid.");
    }

    /// <summary>The reference written as <c>helpline/period/figure-id</c>, when the text is one (see <see cref="Parse(string)"/>).</summary>
    /// <param name="text">The text; <c>null</c> gives <c>false</c>.</param>
    /// <param name="reference">The reference, or <c>null</c> when the text is not one.</param>
    /// <returns>Whether the text is a figure reference.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FigureReference? reference)
    {
        reference = null;
        int first = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        int last = text?.LastIndexOf('/') ?? -1;
        if (text is null || first <= 0 || last <= first + 1 || last == text.Length - 1
            || !HelplineId.TryParse(text[..first], out HelplineId? helpline) || Guard.IdProblem(text[(last + 1)..]) is not null
            || !ReportingPeriod.TryParse(text[(first + 1)..last], out ReportingPeriod? period))
        {
            return false;
        }
        reference = new FigureReference(helpline, period, text[(last + 1)..]);
        return true;
    }

    /// <summary>Orders by helpline, then period, then figure id (ordinal); null first.</summary>
    /// <param name="other">The reference to compare with.</param>
    /// <returns>The order.</returns>
    public int CompareTo(FigureReference? other)
    {
        if (other is null)
        {
            return 1;
        }
        int order = Helpline.CompareTo(other.Helpline);
        if (order == 0)
        {
            order = Report.CompareTo(other.Report);
        }
        return order != 0 ? order : string.CompareOrdinal(FigureId, other.FigureId);
    }

    /// <summary>The text form, such as <c>tele-onthaal/2021/visitors-change</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Helpline}/{Report}/{FigureId}";

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool operator <(FigureReference? left, FigureReference? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool operator >(FigureReference? left, FigureReference? right) => left is not null && left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool operator <=(FigureReference? left, FigureReference? right) => !(left > right);

    /// <summary>Whether <paramref name="left"/> comes after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><c>true</c> when it does.</returns>
    public static bool operator >=(FigureReference? left, FigureReference? right) => !(left < right);
}
