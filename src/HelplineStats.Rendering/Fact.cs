namespace HelplineStats.Rendering;

/// <summary>One of a helpline's facts: "Gestart: 19 mei 2017".</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Fact
{
    internal Fact(string label, string value)
    {
        Label = label;
        Value = value;
    }

    /// <summary>What the fact is: "Gestart", "Leeftijd", "Kanalen", "Anonimiteit".</summary>
    public string Label { get; }

    /// <summary>The fact in the page's language.</summary>
    public string Value { get; }

    /// <summary>The label and the value.</summary>
    /// <returns>"Gestart: 19 mei 2017".</returns>
    public override string ToString() => Label + ": " + Value;
}
