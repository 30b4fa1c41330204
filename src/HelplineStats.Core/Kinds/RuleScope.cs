using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// A plan rule applied to one report: what it asks (precision, metrics, years back, breakdown coverages, apportioning)
/// and the totals, breakdowns and comparison periods of the report it applies to. A kind makes its figures from it.
/// </summary>
internal sealed class RuleScope
{
    private readonly Func<Metric, bool> _appliesTo;

    internal RuleScope(Report report, Precision precision, Func<Metric, bool> appliesTo, IReadOnlyList<int> yearsBack, IReadOnlyList<BreakdownCoverage> coverages, bool apportion)
    {
        Report = report;
        Precision = precision;
        _appliesTo = appliesTo;
        YearsBack = yearsBack;
        Coverages = coverages;
        Apportion = apportion;
    }

    /// <summary>The report.</summary>
    internal Report Report { get; }

    /// <summary>The report's helpline.</summary>
    internal Helpline Helpline => Report.Helpline;

    /// <summary>The report's period.</summary>
    internal ReportingPeriod Period => Report.Period;

    /// <summary>The helpline's launch date, when known.</summary>
    internal LocalDate? Launch => Report.Helpline.LaunchDate;

    /// <summary>Whether the report is of a calendar year.</summary>
    internal bool IsYear => Report.Period.Kind == PeriodKind.Year;

    /// <summary>The precision the rule prints at.</summary>
    internal Precision Precision { get; }

    /// <summary>How many years back the rule compares.</summary>
    internal IReadOnlyList<int> YearsBack { get; }

    /// <summary>The breakdown coverages the rule takes.</summary>
    internal IReadOnlyList<BreakdownCoverage> Coverages { get; }

    /// <summary>Whether shares of complete breakdowns are apportioned.</summary>
    internal bool Apportion { get; }

    /// <summary>The report's totals of its own period (no channel, no category) of the metrics the rule applies to, in order.</summary>
    internal IEnumerable<ObservationKey> Totals => Report.Observations
        .Where(o => o.IsExact)
        .Select(o => o.Key)
        .Where(k => k.Period.Equals(Period) && k.Channel is null && k.Category is null && _appliesTo(k.Metric))
        .Order();

    /// <summary>The report's breakdowns of its own period whose counts are exact, of the coverages and metrics the rule takes.</summary>
    internal IEnumerable<Breakdown> Breakdowns => Report.Breakdowns
        .Where(b => b.IsExact && b.Total.Key.Period.Equals(Period) && Coverages.Contains(b.Coverage) && _appliesTo(b.Total.Key.Metric));

    /// <summary>The earlier years the rule compares with, since the launch.</summary>
    internal IEnumerable<ReportingPeriod> Comparisons() => YearsBack
        .Where(years => Period.Start.Year - years >= ReportingPeriod.MinYear)
        .Select(Period.YearsEarlier)
        .Where(earlier => Launch is not LocalDate l || earlier.End >= l);

    /// <summary>The parts of a breakdown that get a figure: all but the unknown category.</summary>
    internal static IEnumerable<ObservationKey> Parts(Breakdown breakdown) =>
        breakdown.Parts.Where(p => p.Key.Category?.IsUnknown != true).Select(p => p.Key);

    /// <summary>Shares of a complete breakdown with an unknown category are taken of the known; all others of the total.</summary>
    internal static ShareBasis Basis(Breakdown breakdown) =>
        breakdown.IsComplete && breakdown.Unknown is not null ? ShareBasis.Known : ShareBasis.Total;

    /// <summary>A period as a part of an id: <c>2020</c>, <c>2012-01-01_2020-12-31</c>.</summary>
    internal static string Name(ReportingPeriod period) => period.ToString().Replace('/', '_');

    /// <summary>
    /// A figure id from its subject and what is said of it: <c>calls</c>, <c>calls.phone.share</c>,
    /// <c>possible-victims.age-group.minor.points-2020</c>. Ids longer than 64 characters keep their first 55 and a
    /// stable hash of the whole.
    /// </summary>
    internal static string Id(ObservationKey key, string? what = null)
    {
        var parts = new List<string> { key.Metric.Value };
        if (key.Channel is Channel channel)
        {
            parts.Add(channel.Value);
        }
        if (key.Category is Category category)
        {
            parts.Add(category.TaxonomyId.Value);
            parts.Add(category.Id.Value);
        }
        if (what is not null)
        {
            parts.Add(what);
        }
        string id = string.Join(".", parts);
        if (id.Length <= 64)
        {
            return id;
        }
        uint hash = 2166136261;
        foreach (char c in id)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }
        return id[..55] + "." + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
