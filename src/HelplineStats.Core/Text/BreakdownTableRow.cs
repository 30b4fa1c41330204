using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>One row of a <see cref="BreakdownTable"/>: a part (or the total) with its label, its count as shown and,
/// when every count of the table is exact, its percentages.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BreakdownTableRow
{
    internal BreakdownTableRow(Observation part, string label, string shown, decimal? percent, bool isAdjusted, decimal? percentOfKnown, bool isUnknown)
    {
        Part = part;
        Label = label;
        Shown = shown;
        Percent = percent;
        IsAdjusted = isAdjusted;
        PercentOfKnown = percentOfKnown;
        IsUnknown = isUnknown;
    }

    /// <summary>The part's (or the total's) observation: its key and what is known of its count.</summary>
    public Observation Part { get; }

    /// <summary>The part's label in the table's language ("Telefoon", "Onbekend"; "Totaal" for the total).</summary>
    public string Label { get; }

    /// <summary>The count as the table shows it: the number ("8.515"), or for a count known only within bounds the
    /// words it is shown with ("minder dan 5", "niet gepubliceerd").</summary>
    public string Shown { get; }

    /// <summary>The exact count, or <c>null</c> when only its bounds are known.</summary>
    public long? Count => Part.Value;

    /// <summary>The whole percentage of the total, or <c>null</c> when it is not shown (an empty total, or a table with
    /// a count known only within bounds: a percentage of a hidden count would show it).</summary>
    public decimal? Percent { get; }

    /// <summary>Whether the percentage was rounded the other way so that the column adds up to 100.</summary>
    public bool IsAdjusted { get; }

    /// <summary>The whole percentage of the known parts, or <c>null</c> for the unknown part itself, when the table has
    /// no such column, or when it is not shown.</summary>
    public decimal? PercentOfKnown { get; }

    /// <summary>Whether this is the unknown part.</summary>
    public bool IsUnknown { get; }

    /// <summary>The label and the count as shown.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Label + ": " + Shown;
}
