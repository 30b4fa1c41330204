namespace HelplineStats.Rendering;

/// <summary>The fixed words of the page's layout in its language, from the core's text layer (<c>PageWords</c>); a template holds none of its own.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PageLabels
{
    internal PageLabels(string keyFigures, string shares, string byYear, string atAGlance, string everyFigure, string aboutTheHelpline,
        string disagreements, string none, string legend, string note)
    {
        KeyFigures = keyFigures;
        Shares = shares;
        ByYear = byYear;
        AtAGlance = atAGlance;
        EveryFigure = everyFigure;
        AboutTheHelpline = aboutTheHelpline;
        Disagreements = disagreements;
        None = none;
        Legend = legend;
        Note = note;
    }

    /// <summary>"Kerncijfers".</summary>
    public string KeyFigures { get; }

    /// <summary>"Zo verdelen ze zich".</summary>
    public string Shares { get; }

    /// <summary>"Jaar na jaar".</summary>
    public string ByYear { get; }

    /// <summary>"In één oogopslag".</summary>
    public string AtAGlance { get; }

    /// <summary>"Elk cijfer en wat de tellingen erover zeggen".</summary>
    public string EveryFigure { get; }

    /// <summary>"Over de hulplijn".</summary>
    public string AboutTheHelpline { get; }

    /// <summary>"Gepubliceerde cijfers die de tellingen niet bevestigen".</summary>
    public string Disagreements { get; }

    /// <summary>"(geen)".</summary>
    public string None { get; }

    /// <summary>"Wat de tekens betekenen".</summary>
    public string Legend { get; }

    /// <summary>"Let op".</summary>
    public string Note { get; }
}
