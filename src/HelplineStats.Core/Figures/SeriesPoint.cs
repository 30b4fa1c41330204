using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Figures;

/// <summary>One period of a <see cref="Series"/>, with its count or, where nobody published it, an explicit unknown (never a zero).</summary>
/// <remarks>Equality is by period and count. Immutable and thread-safe.</remarks>
public sealed record SeriesPoint
{
    private SeriesPoint(ReportingPeriod period, Count? count)
    {
        Period = period;
        Count = count;
    }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The count, or <c>null</c> when it is not known.</summary>
    public Count? Count { get; }

    /// <summary>Whether the count is known.</summary>
    public bool IsKnown => Count is not null;

    /// <summary>A period with its count.</summary>
    /// <param name="period">The period.</param>
    /// <param name="count">The count.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SeriesPoint Known(ReportingPeriod period, Count count) =>
        new(Guard.NotNull(period, nameof(period)), Guard.NotNull(count, nameof(count)));

    /// <summary>A period whose count is not known.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static SeriesPoint Unknown(ReportingPeriod period) => new(Guard.NotNull(period, nameof(period)), null);

    /// <summary>The period and the count or <c>unknown</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Period}: {(object?)Count ?? "unknown"}";
}
