using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>One part of a <see cref="BreakdownTable"/>: its label in the table's language, its count and its percentages.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BreakdownTableRow
{
    internal BreakdownTableRow(Observation part, string label, decimal? percent, bool isAdjusted, decimal? percentOfKnown, bool isUnknown)
    {
        Part = part;
        Label = label;
        Percent = percent;
        IsAdjusted = isAdjusted;
        PercentOfKnown = percentOfKnown;
        IsUnknown = isUnknown;
    }

    /// <summary>The part's count with its key.</summary>
    public Observation Part { get; }

    /// <summary>The part's label in the table's language (a channel's or a category's name).</summary>
    public string Label { get; }

    /// <summary>The count.</summary>
    public long Count => Part.Value;

    /// <summary>The percentage of the total, or null when the total is zero.</summary>
    public decimal? Percent { get; }

    /// <summary>Whether <see cref="Percent"/> was rounded the other way so that the column adds up to 100.</summary>
    public bool IsAdjusted { get; }

    /// <summary>The percentage of the parts whose value is known, when the breakdown has an unknown part (null for that part itself).</summary>
    public decimal? PercentOfKnown { get; }

    /// <summary>Whether this is the part whose value is not known.</summary>
    public bool IsUnknown { get; }
}
