namespace HelplineStats.Rendering.Charts;

/// <summary>One year of a <see cref="SeriesChart"/>: its count (or none: a gap, never a zero) and the running total.</summary>
internal sealed class YearBar
{
    internal YearBar(int year, long? count, string countText, string? cumulativeText, string? reference)
    {
        Year = year;
        Count = count;
        CountText = countText;
        CumulativeText = cumulativeText;
        Reference = reference;
    }

    internal int Year { get; }

    /// <summary>The count, or null when the year has none.</summary>
    internal long? Count { get; }

    /// <summary>The count as printed, or the words for "no data".</summary>
    internal string CountText { get; }

    /// <summary>The total from the start to the end of this year as printed, or null when it is not known.</summary>
    internal string? CumulativeText { get; }

    /// <summary>The count's reference, for <c>data-count</c>.</summary>
    internal string? Reference { get; }
}
