using System;

namespace HelplineStats.Rendering.Charts;

/// <summary>One bar of a <see cref="BarChart"/>: a part's label, the value its length shows, and the text printed beside it.</summary>
internal sealed class Bar
{
    internal Bar(string label, decimal value, string valueText, string mark, string markClass, string? reference)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A bar's value is a share or a count: never negative.");
        }
        Label = label;
        Value = value;
        ValueText = valueText;
        Mark = mark;
        MarkClass = markClass;
        Reference = reference;
    }

    internal string Label { get; }

    /// <summary>What the bar's length shows (a percentage).</summary>
    internal decimal Value { get; }

    /// <summary>The value as the page prints it ("meer dan 58%").</summary>
    internal string ValueText { get; }

    /// <summary>The verdict's symbol after the value ("✓"), or empty.</summary>
    internal string Mark { get; }

    /// <summary>The verdict's CSS class ("confirmed").</summary>
    internal string MarkClass { get; }

    /// <summary>The figure's reference, for <c>data-figure</c>; null for a value worked out from counts.</summary>
    internal string? Reference { get; }
}
