using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Figures;

/// <summary>
/// A running total over a span of days, usually "since launch": 1,913 Stop it Now! contacts from 19 May 2017 to the end
/// of 2021. Two totals with the same start give the count of the days between them (<see cref="Since"/>).
/// </summary>
/// <remarks>Equality is by total and span. Immutable and thread-safe.</remarks>
public sealed record CumulativeTotal
{
    private CumulativeTotal(Count total, ReportingPeriod span)
    {
        Total = total;
        Span = span;
    }

    /// <summary>The total.</summary>
    public Count Total { get; }

    /// <summary>The days it is counted over.</summary>
    public ReportingPeriod Span { get; }

    /// <summary>A running total over <paramref name="span"/>.</summary>
    /// <param name="total">The total.</param>
    /// <param name="span">The days it is counted over.</param>
    /// <returns>The running total.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static CumulativeTotal Of(Count total, ReportingPeriod span) =>
        new(Guard.NotNull(total, nameof(total)), Guard.NotNull(span, nameof(span)));

    /// <summary>A running total from <paramref name="helpline"/>'s launch to the end of <paramref name="upTo"/>.</summary>
    /// <param name="helpline">The helpline; its launch date must be known.</param>
    /// <param name="upTo">The period whose end closes the total.</param>
    /// <param name="total">The total.</param>
    /// <returns>The running total.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The launch date is not known.</exception>
    /// <exception cref="ArgumentException"><paramref name="upTo"/> ends before the launch.</exception>
    public static CumulativeTotal SinceLaunch(Helpline helpline, ReportingPeriod upTo, Count total)
    {
        Guard.NotNull(helpline, nameof(helpline));
        return Of(total, helpline.SinceLaunch(upTo));
    }

    /// <summary>
    /// The count of the days after <paramref name="earlier"/> ends, up to the end of this total: 1,913 contacts to the
    /// end of 2021 less 1,503 to the end of 2020 are the 410 contacts of 2021.
    /// </summary>
    /// <param name="earlier">A running total from the same start, ending earlier.</param>
    /// <returns>The period between the two ends and its count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="earlier"/> is null.</exception>
    /// <exception cref="MetricMismatchException">The metrics differ.</exception>
    /// <exception cref="ArgumentException">The starts differ, <paramref name="earlier"/> does not end earlier or ends on an
    /// unknown day of a month, or it is larger (a running total cannot decrease). When this total ends on an unknown day of a
    /// month, <paramref name="earlier"/> must end before the month before it, so that the days between start before that month.</exception>
    public SeriesPoint Since(CumulativeTotal earlier)
    {
        Guard.NotNull(earlier, nameof(earlier));
        if (!earlier.Total.Metric.Equals(Total.Metric))
        {
            throw new MetricMismatchException(Total.Metric, earlier.Total.Metric, "subtract", nameof(earlier));
        }
        if (earlier.Span.Start != Span.Start || earlier.Span is not DatedPeriod || earlier.Span.End >= Span.EarliestEnd
            || (Span is MonthEndPeriod && earlier.Span.End.PlusDays(1) >= Span.EarliestEnd))
        {
            throw new ArgumentException($"The running total over {earlier.Span} must start with and end before the one over {Span}.", nameof(earlier));
        }
        if (earlier.Total > Total)
        {
            throw new ArgumentException($"The running total over {earlier.Span} ({earlier.Total}) is larger than the one over {Span} ({Total}): a running total cannot decrease.", nameof(earlier));
        }
        LocalDate from = earlier.Span.End.PlusDays(1);
        ReportingPeriod between = Span is MonthEndPeriod
            ? ReportingPeriod.ToSomeDayIn(from, new YearMonth(Span.End.Year, Span.End.Month))
            : ReportingPeriod.Between(from, Span.End);
        return SeriesPoint.Known(between, Total - earlier.Total);
    }

    /// <summary>The total and its span.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Total} over {Span}";
}
