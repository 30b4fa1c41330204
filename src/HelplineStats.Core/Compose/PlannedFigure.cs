using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Compose;

/// <summary>
/// One figure a plan asks for by name: which report it goes in and what it states (kind, subject, whole, basis,
/// comparison period, precision, qualifier style, apportioned or not). The composer computes its value from the counts;
/// the value the template carries is ignored. A plan derived from a printed page (<see cref="FigurePlan.Like"/>) is made
/// of these.
/// </summary>
/// <remarks>Equality is by report and figure. Immutable and thread-safe.</remarks>
public sealed record PlannedFigure
{
    private PlannedFigure(HelplineId helpline, ReportingPeriod report, PublishedFigure template)
    {
        Helpline = helpline;
        Report = report;
        Template = template;
    }

    /// <summary>The helpline of the report the figure goes in.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The period of the report the figure goes in.</summary>
    public ReportingPeriod Report { get; }

    /// <summary>What the figure states; its printed value is ignored and its qualifier says which word to prefer.</summary>
    public PublishedFigure Template { get; }

    /// <summary>A planned figure.</summary>
    /// <param name="helpline">The report's helpline; the template must be about it.</param>
    /// <param name="report">The report's period.</param>
    /// <param name="template">What the figure states.</param>
    /// <returns>The planned figure.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The template is about another helpline.</exception>
    public static PlannedFigure Of(HelplineId helpline, ReportingPeriod report, PublishedFigure template)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(report, nameof(report));
        Guard.NotNull(template, nameof(template));
        if (!template.Helpline.Equals(helpline))
        {
            throw new ArgumentException($"The figure '{template.Id}' is about '{template.Helpline}', not '{helpline}'.", nameof(template));
        }
        return new PlannedFigure(helpline, report, template);
    }

    /// <summary>The reference and the kind, such as <c>1712/2021/calls-vs-2020 (relative-change)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Helpline}/{Report}/{Template.Id} ({KebabCase.Of(Template.Kind)})";
}
