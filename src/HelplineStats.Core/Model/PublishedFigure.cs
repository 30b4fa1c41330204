using System;
using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A figure as a report prints it: "+6% compared with 2020", "almost one in five conversations", "more than 58%". It
/// keeps the printed value, the precision it was printed at, the qualifier that came with it, and what it refers to. The
/// printed value may disagree with what the counts give: that is for the audit to find, so nothing here computes.
/// </summary>
/// <remarks>
/// <para>Each kind of figure is a type of its own in <c>HelplineStats.Core.Kinds</c>, with what that kind needs and
/// nothing it does not (a share has a whole and a basis, a change a comparison period): <c>ShareFigure.Of</c>,
/// <c>RelativeChangeFigure.Of</c>, <c>RateFigure.PerDay</c>... This type holds what every kind has.</para>
/// <para>The unit of <see cref="Value"/> follows from <see cref="Kind"/>: a percentage for shares and relative changes
/// (13 means 13%), points for percentage-point changes, N for one-in-N, a count, a rate or a multiple otherwise. When no
/// precision is given, it is read from the decimals the printed value was written with
/// (<see cref="Precision.OfPrinted(decimal)"/>): write <c>13.9m</c> for "13,9%".</para>
/// <para>It is abstract rather than sealed because each kind is a type of its own; only the library derives from it.
/// Equality is by type and every property. Immutable and thread-safe.</para>
/// </remarks>
public abstract record PublishedFigure
{
    private protected PublishedFigure(string id, HelplineId helpline, ReportingPeriod period, Precision precision, Qualifier qualifier)
    {
        Id = Guard.Id(id, nameof(id));
        Helpline = Guard.NotNull(helpline, nameof(helpline));
        Period = Guard.NotNull(period, nameof(period));
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined qualifier.");
        }
        Precision = precision;
        Qualifier = qualifier;
    }

    /// <summary>An id unique within its report, such as <c>calls-change-2020</c>; text and audit results link back to it.</summary>
    public string Id { get; private init; }

    /// <summary>What kind of figure this is: the name its type goes by in files.</summary>
    public abstract FigureKind Kind { get; }

    /// <summary>The helpline the figure is about.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The period the figure is about (the subject's period).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The count the figure is about; <c>null</c> only for a helpline's age, which is about no count.</summary>
    public abstract ObservationKey? Subject { get; }

    /// <summary>The printed value, in the unit its kind implies; <c>null</c> only for record claims, which print none.</summary>
    public abstract decimal? Value { get; }

    /// <summary>The step the printed value was rounded to.</summary>
    public Precision Precision { get; }

    /// <summary>The word that came with the printed value.</summary>
    public Qualifier Qualifier { get; private protected init; }

    /// <summary>The earlier periods the figure compares with (none but for changes and multiples).</summary>
    internal virtual IEnumerable<ReportingPeriod> ComparedWith => Array.Empty<ReportingPeriod>();

    /// <summary>The same figure printed with another value and qualifier (the composer fills in what a plan asked for); the value is trusted to be in range for the kind.</summary>
    internal abstract PublishedFigure WithValue(decimal value, Qualifier qualifier);

    /// <summary>The same figure with another id.</summary>
    internal PublishedFigure WithId(string id) => this with { Id = Guard.Id(id, nameof(id)) };

    /// <summary>Why the figure cannot be in a report of <paramref name="helpline"/>, or <c>null</c>.</summary>
    internal virtual string? ProblemIn(Helpline helpline) => null;

    /// <summary>
    /// The id, the printed value in words and what it is about, such as <c>calls-vs-2020: +6% (1712/2021/calls against
    /// 2020)</c> or <c>calls-by-chat: 14% (tele-onthaal/2021/calls/chat of tele-onthaal/2021/calls)</c>; invariant, for
    /// logs and debuggers.
    /// </summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => $"{Id}: {Printed(Invariant.Words(Qualifier))} ({About()})";

    /// <summary>The printed value in invariant words, after <paramref name="qualifier"/> ("more than "), for <see cref="ToString"/>.</summary>
    private protected abstract string Printed(string qualifier);

    /// <summary>What the figure is about, for <see cref="ToString"/>: the subject and its whole or comparison.</summary>
    private protected virtual string About() => Subject?.ToString() ?? $"{Helpline} at the end of {Period}";

    /// <summary>The value in invariant digits, with a sign when it is above zero.</summary>
    private protected static string Signed(decimal value) => (value > 0m ? "+" : "") + value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value in invariant digits.</summary>
    private protected static string Digits(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The precision given, or the one the printed value was written with.</summary>
    private protected static Precision PrecisionOf(decimal value, Precision? precision) => precision ?? Precision.OfPrinted(value);

    /// <summary>Throws unless <paramref name="value"/> lies between <paramref name="min"/> and <paramref name="max"/>.</summary>
    private protected static decimal InRange(decimal value, decimal min, decimal max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, max == decimal.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"{paramName} must be at least {min}; it was {value}.")
                : string.Create(CultureInfo.InvariantCulture, $"{paramName} must lie between {min} and {max}; it was {value}."));
        }
        return value;
    }

    /// <summary>Throws unless <paramref name="whole"/> fits <paramref name="subject"/>: same helpline and period, and the metric as asked.</summary>
    private protected static void RequireWhole(ObservationKey subject, ObservationKey whole, bool sameMetric)
    {
        Guard.NotNull(subject, nameof(subject));
        Guard.NotNull(whole, nameof(whole));
        if (!subject.Helpline.Equals(whole.Helpline))
        {
            throw new ArgumentException($"The whole {whole} is about another helpline than {subject}.", nameof(whole));
        }
        if (!subject.Period.Equals(whole.Period))
        {
            throw new ArgumentException($"The whole {whole} is about another period than {subject}.", nameof(whole));
        }
        if (sameMetric && !subject.Metric.Equals(whole.Metric))
        {
            throw new MetricMismatchException(subject.Metric, whole.Metric, "take a share of", nameof(whole));
        }
        if (!sameMetric && subject.Metric.Equals(whole.Metric))
        {
            throw new ArgumentException($"{subject} and {whole} are both '{subject.Metric}': a ratio or a share of another metric needs two metrics (use a share or a multiple).", nameof(whole));
        }
    }

    /// <summary>Throws unless <paramref name="comparisonPeriod"/> is another period than the subject's.</summary>
    private protected static ReportingPeriod RequireComparison(ObservationKey subject, ReportingPeriod comparisonPeriod)
    {
        Guard.NotNull(subject, nameof(subject));
        Guard.NotNull(comparisonPeriod, nameof(comparisonPeriod));
        if (comparisonPeriod.Equals(subject.Period))
        {
            throw new ArgumentException($"The comparison period {comparisonPeriod} is the subject's own period.", nameof(comparisonPeriod));
        }
        return comparisonPeriod;
    }

    /// <summary>Throws unless <paramref name="basis"/> is defined.</summary>
    private protected static ShareBasis Defined(ShareBasis basis) =>
        Enum.IsDefined(basis) ? basis : throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined share basis.");
}
