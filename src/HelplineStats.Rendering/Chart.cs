using System.Collections.Generic;

namespace HelplineStats.Rendering;

/// <summary>A chart of the page: an accessible SVG (title and description inside), its table twin and its notes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Chart
{
    internal Chart(string id, string kind, string title, string description, string svg, ChartTable table, IReadOnlyList<string> notes)
    {
        Id = id;
        Kind = kind;
        Title = title;
        Description = description;
        Svg = svg;
        Table = table;
        Notes = notes;
    }

    /// <summary>An HTML id, unique on the page; the SVG's title and description have ids made from it.</summary>
    public string Id { get; }

    /// <summary><c>shares</c> (parts of a whole, in percent), <c>series</c> (counts by year with the running total) or
    /// <c>counts-shown</c> (a breakdown with counts not published exactly, as a table only).</summary>
    public string Kind { get; }

    /// <summary>The title: "Contacten per kanaal".</summary>
    public string Title { get; }

    /// <summary>What the chart shows, in a sentence or two, for screen readers (the SVG's <c>desc</c>).</summary>
    public string Description { get; }

    /// <summary>The chart as an SVG element, ready to be written into the page unescaped (it escapes its own text); empty
    /// for a table of counts not published exactly (kind <c>counts-shown</c>), which has no bars.</summary>
    public string Svg { get; }

    /// <summary>The same data as a table.</summary>
    public ChartTable Table { get; }

    /// <summary>Notes under the chart: why percentages do not add up to 100, what an empty year means.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The title.</summary>
    /// <returns><see cref="Title"/>.</returns>
    public override string ToString() => Title;
}
