using System.Collections.Generic;

namespace HelplineStats.Rendering;

/// <summary>One helpline on the page: its name, description and facts, and a section per report.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class HelplineSection
{
    internal HelplineSection(string id, string anchor, string name, string otherNames, string description, IReadOnlyList<Fact> facts, IReadOnlyList<YearSection> years)
    {
        Id = id;
        Anchor = anchor;
        Name = name;
        OtherNames = otherNames;
        Description = description;
        Facts = facts;
        Years = years;
    }

    /// <summary>The helpline's id: "tele-onthaal".</summary>
    public string Id { get; }

    /// <summary>An HTML id for the section.</summary>
    public string Anchor { get; }

    /// <summary>The name: "Tele-Onthaal".</summary>
    public string Name { get; }

    /// <summary>"ook: 106", or empty.</summary>
    public string OtherNames { get; }

    /// <summary>The description in the page's language.</summary>
    public string Description { get; }

    /// <summary>Start date, age, channels and anonymity.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>A section per report, in the dataset's order.</summary>
    public IReadOnlyList<YearSection> Years { get; }

    /// <summary>The name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}
