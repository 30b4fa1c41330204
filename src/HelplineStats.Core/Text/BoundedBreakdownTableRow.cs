using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// One line of a <see cref="BoundedBreakdownTable"/>: a part (or the total) with its label and its count as it is shown,
/// "minder dan 5", "niet gepubliceerd" or the number.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BoundedBreakdownTableRow
{
    internal BoundedBreakdownTableRow(BoundedObservation count, string label, string shown)
    {
        Count = count;
        Label = label;
        Shown = shown;
    }

    /// <summary>What is published of the count, with its key.</summary>
    public BoundedObservation Count { get; }

    /// <summary>The label in the table's language: the category or channel, or "Totaal" for the total.</summary>
    public string Label { get; }

    /// <summary>The count as the page shows it (<see cref="DisclosureStatements.Shown"/>).</summary>
    public string Shown { get; }

    /// <summary>The label and the count as shown.</summary>
    /// <returns>The text, such as <c>e-mail: fewer than 5</c>.</returns>
    public override string ToString() => Label + ": " + Shown;
}
