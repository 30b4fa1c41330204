using System;
using System.Collections.Generic;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using NodaTime;

namespace HelplineStats.Rendering;

/// <summary>
/// The model of the HTML figures page: everything a template shows, already worded and formatted in one language by the
/// core's text layer, with each chart as accessible SVG and its table twin. <see cref="PageRenderer"/> writes it through
/// a Liquid template; an organisation's own template sees exactly these members (docs/html-page.md lists them).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Every number on it comes from the dataset's counts and published figures (for a composed
/// page, the composed values; for a printed page, the printed values, each with the audit's verdict) or from the core's
/// <c>Figures</c> layer (running totals, a breakdown's apportioned percentages); nothing here reads the clock or the
/// current culture.
/// </remarks>
public sealed class FiguresPage
{
    internal FiguresPage(TextCulture culture, LocalDate asOf, string title, string subtitle, PageLabels labels, IReadOnlyList<HelplineSection> helplines,
        IReadOnlyList<FigureLine> disagreements, IReadOnlyList<string> findings, string summary, IReadOnlyList<VerdictMark> legend, string? missingTranslations)
    {
        Culture = culture;
        AsOf = asOf;
        Title = title;
        Subtitle = subtitle;
        Labels = labels;
        Helplines = helplines;
        Disagreements = disagreements;
        Findings = findings;
        Summary = summary;
        Legend = legend;
        MissingTranslations = missingTranslations;
    }

    /// <summary>The language.</summary>
    public TextCulture Culture { get; }

    /// <summary>The page's language as an HTML <c>lang</c> value: <c>nl-BE</c> or <c>en</c>.</summary>
    public string Language => Culture.Name;

    /// <summary>The day the helplines' ages are measured on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>"Hulplijnen in cijfers".</summary>
    public string Title { get; }

    /// <summary>"Leeftijden op 12 maart 2022".</summary>
    public string Subtitle { get; }

    /// <summary>The layout's fixed words.</summary>
    public PageLabels Labels { get; }

    /// <summary>A section per helpline, in the dataset's order.</summary>
    public IReadOnlyList<HelplineSection> Helplines { get; }

    /// <summary>The figures the counts contradict, each with its explanation.</summary>
    public IReadOnlyList<FigureLine> Disagreements { get; }

    /// <summary>The audit's structural problems, worded (shares of a complete breakdown that do not add up, and the like).</summary>
    public IReadOnlyList<string> Findings { get; }

    /// <summary>The closing line: how many figures were confirmed, contradicted and not checkable.</summary>
    public string Summary { get; }

    /// <summary>What each verdict mark means, in the order a reader meets them.</summary>
    public IReadOnlyList<VerdictMark> Legend { get; }

    /// <summary>The line that lists codes shown for want of a word in this language, or null.</summary>
    public string? MissingTranslations { get; }

    /// <summary>The default style sheet (inline CSS: screen, a 360-pixel phone and A4 print), for a template to embed.</summary>
    public string Styles => PageRenderer.DefaultStyles;

    /// <summary>The page of <paramref name="dataset"/> and its audit in one language.</summary>
    /// <param name="dataset">The dataset: a composed page, or a page someone printed.</param>
    /// <param name="audit">The audit of <paramref name="dataset"/>.</param>
    /// <param name="culture">The language.</param>
    /// <param name="asOf">The day the helplines' ages are measured on.</param>
    /// <returns>The page's model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataConflictException">Two reports give different counts for one year of a series.</exception>
    public static FiguresPage Of(Dataset dataset, AuditResult audit, TextCulture culture, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(culture);
        return PageBuilder.Build(dataset, audit, culture, asOf);
    }

    /// <summary>The title and the subtitle.</summary>
    /// <returns>"Hulplijnen in cijfers (Leeftijden op 12 maart 2022)".</returns>
    public override string ToString() => $"{Title} ({Subtitle})";
}
