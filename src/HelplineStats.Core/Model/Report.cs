using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.Model;

/// <summary>
/// What one helpline published for one reporting period: the observations (counts), the breakdowns, and the published
/// figures as printed. One immutable value that apps can build, compare, merge and pass around.
/// </summary>
/// <remarks>
/// <para>Observations may be of other periods than the report's own (last year's count for a change, the since-launch
/// total), but none may end after the report's period or end before the helpline's launch. Every observation of a
/// breakdown counts as an observation of the report; one key with two different counts is a
/// <see cref="DataConflictException"/>, as is one figure id with two different figures. Repeating the same
/// observation, breakdown or figure is harmless.</para>
/// <para>A count that was not published exactly is an observation known only within bounds (or not at all), alone or
/// in a breakdown; one key is known exactly or within bounds, never both in one report.</para>
/// <para>A since-launch total must start on the launch date when it is known.</para>
/// <para>Equality: same helpline, period, observations, breakdowns and figures, whatever the order they were given in.
/// Immutable and thread-safe.</para>
/// </remarks>
public sealed class Report : IEquatable<Report>
{
    private readonly IReadOnlyList<Observation> _observations;
    private readonly Dictionary<ObservationKey, Observation> _byKey;
    private readonly IReadOnlyList<Breakdown> _breakdowns;
    private readonly IReadOnlyList<PublishedFigure> _figures;
    private readonly Dictionary<string, PublishedFigure> _figuresById;

    private Report(Helpline helpline, ReportingPeriod period, Dictionary<ObservationKey, Observation> byKey, List<Breakdown> breakdowns, Dictionary<string, PublishedFigure> figuresById, List<PublishedFigure> figures)
    {
        Helpline = helpline;
        Period = period;
        _byKey = byKey;
        _observations = byKey.Values.OrderBy(observation => observation.Key).ToList().AsReadOnly();
        _breakdowns = breakdowns.AsReadOnly();
        _figures = figures.AsReadOnly();
        _figuresById = figuresById;
    }

    /// <summary>The helpline that published the report.</summary>
    public Helpline Helpline { get; }

    /// <summary>The period the report is about.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Every observation, exact or known only within bounds, breakdown parts and totals included, in key
    /// order.</summary>
    public IReadOnlyList<Observation> Observations => _observations;

    /// <summary>The breakdowns, in the order given.</summary>
    public IReadOnlyList<Breakdown> Breakdowns => _breakdowns;

    /// <summary>The published figures, in the order given.</summary>
    public IReadOnlyList<PublishedFigure> Figures => _figures;

    /// <summary>Makes a report.</summary>
    /// <param name="helpline">The helpline that published it.</param>
    /// <param name="period">The period it is about.</param>
    /// <param name="observations">Counts, exact or within bounds; may be omitted.</param>
    /// <param name="breakdowns">Breakdowns; may be omitted.</param>
    /// <param name="figures">Published figures; may be omitted.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/>, <paramref name="period"/> or an item is null.</exception>
    /// <exception cref="DataConflictException">One key has two counts (or two bounds, or a count and bounds), one
    /// breakdown two sets of parts, or one figure id two figures.</exception>
    /// <exception cref="ArgumentException">An item is about another helpline, lies after the report's period or before
    /// the launch, or a since-launch figure does not start on the launch date.</exception>
    public static Report Create(
        Helpline helpline,
        ReportingPeriod period,
        IEnumerable<Observation>? observations = null,
        IEnumerable<Breakdown>? breakdowns = null,
        IEnumerable<PublishedFigure>? figures = null)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(period, nameof(period));
        var byKey = new Dictionary<ObservationKey, Observation>();
        foreach (Observation observation in Guard.NoNullItems(observations ?? Array.Empty<Observation>(), nameof(observations)))
        {
            AddObservation(helpline, period, byKey, observation, nameof(observations));
        }
        var breakdownList = new List<Breakdown>();
        foreach (Breakdown breakdown in Guard.NoNullItems(breakdowns ?? Array.Empty<Breakdown>(), nameof(breakdowns)))
        {
            Breakdown? twin = breakdownList.Find(known => known.Total.Key.Equals(breakdown.Total.Key) && known.Dimension.Equals(breakdown.Dimension));
            if (twin is not null)
            {
                if (!twin.Equals(breakdown))
                {
                    throw new DataConflictException($"the breakdown of {breakdown.Total.Key} by {breakdown.Dimension}", twin.ToString(), breakdown.ToString(), nameof(breakdowns));
                }
                continue;
            }
            foreach (Observation count in breakdown.Counts)
            {
                AddObservation(helpline, period, byKey, count, nameof(breakdowns));
            }
            breakdownList.Add(breakdown);
        }
        var figuresById = new Dictionary<string, PublishedFigure>(StringComparer.Ordinal);
        var figureList = new List<PublishedFigure>();
        foreach (PublishedFigure figure in Guard.NoNullItems(figures ?? Array.Empty<PublishedFigure>(), nameof(figures)))
        {
            if (figuresById.TryGetValue(figure.Id, out PublishedFigure? twin))
            {
                if (!twin.Equals(figure))
                {
                    throw new DataConflictException($"the figure '{figure.Id}'", twin.ToString(), figure.ToString(), nameof(figures));
                }
                continue;
            }
            CheckFigure(helpline, period, figure);
            figuresById.Add(figure.Id, figure);
            figureList.Add(figure);
        }
        return new Report(helpline, period, byKey, breakdownList, figuresById, figureList);
    }

    /// <summary>The observation at <paramref name="key"/> (exact or within bounds), or <c>null</c> when the report does
    /// not give that count.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The observation, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public Observation? Find(ObservationKey key)
    {
        Guard.NotNull(key, nameof(key));
        return _byKey.TryGetValue(key, out Observation? observation) ? observation : null;
    }

    /// <summary>What the report says of the count at <paramref name="key"/>: its value as bounds of one value, its
    /// bounds, or null when the report does not mention it.</summary>
    /// <param name="key">The key to look up.</param>
    /// <returns>The count's bounds, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public CountBounds? FindBounds(ObservationKey key)
    {
        Guard.NotNull(key, nameof(key));
        return _byKey.TryGetValue(key, out Observation? observation) ? observation.Bounds : null;
    }

    /// <summary>The figure with id <paramref name="id"/>, or <c>null</c>.</summary>
    /// <param name="id">The figure id.</param>
    /// <returns>The figure, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public PublishedFigure? FindFigure(string id)
    {
        Guard.NotNull(id, nameof(id));
        return _figuresById.TryGetValue(id, out PublishedFigure? figure) ? figure : null;
    }

    /// <summary>The breakdown of <paramref name="total"/> by <paramref name="dimension"/>, or <c>null</c>.</summary>
    /// <param name="total">The key of the total.</param>
    /// <param name="dimension">What it is split by.</param>
    /// <returns>The breakdown, or <c>null</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Breakdown? FindBreakdown(ObservationKey total, BreakdownDimension dimension)
    {
        Guard.NotNull(total, nameof(total));
        Guard.NotNull(dimension, nameof(dimension));
        return _breakdowns.FirstOrDefault(breakdown => breakdown.Total.Key.Equals(total) && breakdown.Dimension.Equals(dimension));
    }

    /// <summary>
    /// Merges two reports of the same helpline and period: the union of their observations, breakdowns and figures.
    /// Merging is associative and commutative (up to the order items are listed in) and idempotent.
    /// </summary>
    /// <param name="other">The other report.</param>
    /// <returns>The merged report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The reports are about different periods.</exception>
    /// <exception cref="DataConflictException">The helplines differ in their description, or the reports disagree about a count, breakdown or figure.</exception>
    public Report Merge(Report other)
    {
        Guard.NotNull(other, nameof(other));
        if (!Helpline.Equals(other.Helpline))
        {
            throw new DataConflictException($"the helpline '{Helpline.Id}'", Helpline.ToString(), other.Helpline.ToString(), nameof(other));
        }
        if (!Period.Equals(other.Period))
        {
            throw new ArgumentException($"Cannot merge the report for {Period} with the report for {other.Period}; put both in a {nameof(Dataset)} instead.", nameof(other));
        }
        return Create(Helpline, Period, _observations.Concat(other._observations), _breakdowns.Concat(other._breakdowns), _figures.Concat(other._figures));
    }

    /// <summary>Whether <paramref name="other"/> has the same helpline, period, observations, breakdowns and figures.</summary>
    /// <param name="other">The report to compare with.</param>
    /// <returns><c>true</c> when equal, whatever the order of the items.</returns>
    public bool Equals(Report? other) =>
        other is not null
        && Helpline.Equals(other.Helpline) && Period.Equals(other.Period)
        && _observations.SequenceEqual(other._observations)
        && _breakdowns.Count == other._breakdowns.Count && _breakdowns.All(other._breakdowns.Contains)
        && _figures.Count == other._figures.Count && _figures.All(figure => figure.Equals(other.FindFigure(figure.Id)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Report);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Helpline.Id, Period, _observations.Count, _breakdowns.Count, _figures.Count);

    /// <summary>The helpline id, the period and how many items the report holds.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Helpline.Id} {Period}: {Invariant.Plural(_observations.Count, "observation")}, {Invariant.Plural(_breakdowns.Count, "breakdown")}, {Invariant.Plural(_figures.Count, "figure")}"
        + (_observations.Count(o => !o.IsExact) is int bounded and > 0 ? $" ({bounded} known only within bounds)" : "");

    /// <summary>Whether two reports are equal.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(Report? left, Report? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two reports differ.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(Report? left, Report? right) => !(left == right);

    private static void AddObservation(Helpline helpline, ReportingPeriod period, Dictionary<ObservationKey, Observation> byKey, Observation observation, string paramName)
    {
        CheckPlace(helpline, period, observation.Key.Helpline, observation.Key.Period, observation.IsExact ? $"The observation {observation}" : $"The count {observation}", paramName);
        if (byKey.TryGetValue(observation.Key, out Observation? twin))
        {
            if (twin.Bounds != observation.Bounds)
            {
                throw new DataConflictException(observation.Key.ToString(), Described(twin), Described(observation), paramName);
            }
            return;
        }
        byKey.Add(observation.Key, observation);
    }

    private static string Described(Observation observation) => observation.Count?.ToString() ?? observation.Bounds.ToString();

    private static void CheckFigure(Helpline helpline, ReportingPeriod period, PublishedFigure figure)
    {
        string what = $"The figure '{figure.Id}'";
        CheckPlace(helpline, period, figure.Helpline, figure.Period, what, "figures");
        foreach (ReportingPeriod comparison in figure.ComparedWith)
        {
            CheckPlace(helpline, period, figure.Helpline, comparison, what + "'s comparison period", "figures");
        }
        if (figure.ProblemIn(helpline) is string problem)
        {
            throw new ArgumentException($"{what} {problem}", "figures");
        }
    }

    private static void CheckPlace(Helpline helpline, ReportingPeriod period, HelplineId itemHelpline, ReportingPeriod itemPeriod, string what, string paramName)
    {
        if (!itemHelpline.Equals(helpline.Id))
        {
            throw new ArgumentException($"{what} is about helpline '{itemHelpline}', but the report is of '{helpline.Id}'.", paramName);
        }
        if (itemPeriod.End > period.End)
        {
            throw new ArgumentException($"{what} is about {itemPeriod}, which ends after the report's period {period}.", paramName);
        }
        if (helpline.LaunchDate is LocalDate launch && itemPeriod.End < launch)
        {
            throw new ArgumentException(
                $"{what} is about {itemPeriod}, which ends before '{helpline.Id}' was launched on {LocalDatePattern.Iso.Format(launch)}.", paramName);
        }
    }
}
