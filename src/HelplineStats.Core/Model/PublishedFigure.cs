using System;
using System.Globalization;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// A figure as a report prints it: "+6% compared with 2020", "almost one in five conversations", "more than 58%". It
/// keeps the printed value, the precision it was printed at, the qualifier that came with it, and what it refers to. The
/// printed value may disagree with what the counts give: that is for the audit to find, so nothing here computes.
/// </summary>
/// <remarks>
/// <para>Make one with the factory for its kind (<see cref="Share"/>, <see cref="RelativeChange"/>...). The unit of
/// <see cref="Value"/> follows from <see cref="Kind"/>: a percentage for shares and relative changes (13 means 13%),
/// points for percentage-point changes, N for one-in-N, a count, a rate or a multiple otherwise.</para>
/// <para>When no precision is given, it is read from the decimals the printed value was written with
/// (<see cref="Precision.OfPrinted(decimal)"/>): write <c>13.9m</c> for "13,9%".</para>
/// <para>Equality is by every property. Immutable and thread-safe.</para>
/// </remarks>
public sealed class PublishedFigure : IEquatable<PublishedFigure>
{
    private PublishedFigure(
        string id, FigureKind kind, HelplineId helpline, ReportingPeriod period, ObservationKey? subject, ObservationKey? whole,
        ShareBasis basis, ReportingPeriod? comparisonPeriod, decimal? value, Precision? precision, Qualifier qualifier, bool apportioned = false)
    {
        Id = Guard.Id(id, nameof(id));
        if (!Enum.IsDefined(qualifier))
        {
            throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined qualifier.");
        }
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a defined share basis.");
        }
        Kind = kind;
        Helpline = helpline;
        Period = period;
        Subject = subject;
        Whole = whole;
        Basis = basis;
        ComparisonPeriod = comparisonPeriod;
        Value = value;
        Precision = precision ?? (value is decimal printed ? Precision.OfPrinted(printed) : Precision.Whole);
        Qualifier = qualifier;
        IsApportioned = apportioned;
    }

    /// <summary>An id unique within its report, such as <c>calls-change-2020</c>; text and audit results link back to it.</summary>
    public string Id { get; }

    /// <summary>What kind of figure this is.</summary>
    public FigureKind Kind { get; }

    /// <summary>The helpline the figure is about.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The period the figure is about (the subject's period).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The count the figure is about; <c>null</c> only for <see cref="FigureKind.AgeInYears"/>.</summary>
    public ObservationKey? Subject { get; }

    /// <summary>The whole of a share, one-in-N or percentage-point change, or the denominator of a ratio; otherwise <c>null</c>.</summary>
    public ObservationKey? Whole { get; }

    /// <summary>For a share, one-in-N or percentage-point change: whether the whole is the total or only the known part.</summary>
    public ShareBasis Basis { get; }

    /// <summary>The earlier period of a change or multiple; otherwise <c>null</c>.</summary>
    public ReportingPeriod? ComparisonPeriod { get; }

    /// <summary>The printed value, in the unit its kind implies; <c>null</c> only for record figures.</summary>
    public decimal? Value { get; }

    /// <summary>The step the printed value was rounded to.</summary>
    public Precision Precision { get; }

    /// <summary>The word that came with the printed value.</summary>
    public Qualifier Qualifier { get; }

    /// <summary>
    /// Whether this share was apportioned with the other parts of its breakdown (the breakdown of <see cref="Whole"/> by
    /// the subject's channel or taxonomy), by the largest remainder method, so that the printed percentages add up to
    /// 100: its value is the exact share rounded down or up, not necessarily to the nearest (34/33/33 for thirds).
    /// </summary>
    public bool IsApportioned { get; }

    /// <summary>A printed count of <paramref name="subject"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">What is counted.</param>
    /// <param name="value">The printed count; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="value"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative, or an enum value is not defined.</exception>
    public static PublishedFigure Count(string id, ObservationKey subject, decimal value, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        Simple(id, FigureKind.Count, subject, value, qualifier, precision);

    /// <summary>A printed share: <paramref name="subject"/> as a percentage of <paramref name="whole"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The part.</param>
    /// <param name="whole">The whole: same helpline, period and metric as the part.</param>
    /// <param name="basis">Whether the whole is the total or only the known part.</param>
    /// <param name="percent">The printed percentage, from 0 to 100.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="percent"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, or the whole does not match the part.</exception>
    /// <exception cref="MetricMismatchException">Part and whole have different metrics (that is a <see cref="FigureKind.Ratio"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage lies outside 0 to 100, or an enum value is not defined.</exception>
    public static PublishedFigure Share(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal percent, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true, samePeriod: true);
        InRange(percent, 0m, 100m, nameof(percent));
        return new PublishedFigure(id, FigureKind.Share, subject.Helpline, subject.Period, subject, whole, basis, null, percent, precision, qualifier);
    }

    /// <summary>
    /// A share printed as one of the apportioned percentages of a complete breakdown, so that they add up to 100
    /// (<see cref="IsApportioned"/>): Stop it Now!'s 42/40/18 by channel, or 34/33/33 for thirds.
    /// </summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The part.</param>
    /// <param name="whole">The whole: the total of the breakdown, same helpline, period and metric as the part.</param>
    /// <param name="basis">Whether the whole is the total or only the known part.</param>
    /// <param name="percent">The printed percentage, from 0 to 100.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="percent"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, the whole does not match the part, or the part is neither a channel nor a category of the whole.</exception>
    /// <exception cref="MetricMismatchException">Part and whole have different metrics.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage lies outside 0 to 100, or an enum value is not defined.</exception>
    public static PublishedFigure ApportionedShare(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal percent, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true, samePeriod: true);
        InRange(percent, 0m, 100m, nameof(percent));
        bool byChannel = subject.Channel is not null && whole.Channel is null && subject.Category == whole.Category;
        bool byCategory = subject.Category is not null && whole.Category is null && subject.Channel == whole.Channel;
        if (!byChannel && !byCategory)
        {
            throw new ArgumentException($"{subject} is not a part of a breakdown of {whole} by channel or by category, so it cannot be apportioned with it.", nameof(subject));
        }
        return new PublishedFigure(id, FigureKind.Share, subject.Helpline, subject.Period, subject, whole, basis, null, percent, precision, Qualifier.None, apportioned: true);
    }

    /// <summary>
    /// A printed share whose whole is of another metric that includes every counted part: "263 referrals, 14% of all
    /// contacts since launch" (every referral is a contact). Use it only when that holds; otherwise the division is a
    /// <see cref="Ratio"/>.
    /// </summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The part.</param>
    /// <param name="whole">The whole: same helpline and period as the part, another metric.</param>
    /// <param name="basis">Whether the whole is the total or only the known part.</param>
    /// <param name="percent">The printed percentage, from 0 to 100.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="percent"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, or the whole is about another helpline or period, or has the part's metric (use <see cref="Share"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage lies outside 0 to 100, or an enum value is not defined.</exception>
    public static PublishedFigure ShareOfSubset(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal percent, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: false, samePeriod: true);
        InRange(percent, 0m, 100m, nameof(percent));
        return new PublishedFigure(id, FigureKind.Share, subject.Helpline, subject.Period, subject, whole, basis, null, percent, precision, qualifier);
    }

    /// <summary>A printed relative change of <paramref name="subject"/> against the same count in <paramref name="comparisonPeriod"/>, in percent.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count in the later period.</param>
    /// <param name="comparisonPeriod">The earlier period.</param>
    /// <param name="percent">The printed change in percent, signed (−1.1 for "−1,1%").</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="percent"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, or the comparison period is the subject's own.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The change is below −100%, or an enum value is not defined.</exception>
    public static PublishedFigure RelativeChange(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal percent, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        InRange(percent, -100m, decimal.MaxValue, nameof(percent));
        return Compared(id, FigureKind.RelativeChange, subject, comparisonPeriod, percent, qualifier, precision);
    }

    /// <summary>A printed absolute change: the signed difference of <paramref name="subject"/> against <paramref name="comparisonPeriod"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count in the later period.</param>
    /// <param name="comparisonPeriod">The earlier period.</param>
    /// <param name="difference">The printed difference, signed.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="difference"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, or the comparison period is the subject's own.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public static PublishedFigure AbsoluteChange(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal difference, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        Compared(id, FigureKind.AbsoluteChange, subject, comparisonPeriod, difference, qualifier, precision);

    /// <summary>A printed change of a share in percentage points: the share of <paramref name="subject"/> in <paramref name="whole"/> against the same share in <paramref name="comparisonPeriod"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The part in the later period.</param>
    /// <param name="whole">The whole in the later period.</param>
    /// <param name="basis">Whether the whole is the total or only the known part.</param>
    /// <param name="comparisonPeriod">The earlier period.</param>
    /// <param name="points">The printed change in points, signed, from −100 to 100.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="points"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, the whole does not match the part, or the comparison period is the subject's own.</exception>
    /// <exception cref="MetricMismatchException">Part and whole have different metrics.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The points lie outside −100 to 100, or an enum value is not defined.</exception>
    public static PublishedFigure PercentagePointChange(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, ReportingPeriod comparisonPeriod, decimal points, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true, samePeriod: true);
        RequireComparison(subject, comparisonPeriod);
        InRange(points, -100m, 100m, nameof(points));
        return new PublishedFigure(id, FigureKind.PercentagePointChange, subject.Helpline, subject.Period, subject, whole, basis, comparisonPeriod, points, precision, qualifier);
    }

    /// <summary>A printed multiple: <paramref name="subject"/> as "N times as many" as in <paramref name="comparisonPeriod"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count in the later period.</param>
    /// <param name="comparisonPeriod">The earlier period.</param>
    /// <param name="times">The printed multiple; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="times"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, or the comparison period is the subject's own.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The multiple is negative, or an enum value is not defined.</exception>
    public static PublishedFigure Multiple(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal times, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        InRange(times, 0m, decimal.MaxValue, nameof(times));
        return Compared(id, FigureKind.Multiple, subject, comparisonPeriod, times, qualifier, precision);
    }

    /// <summary>A printed average per day of <paramref name="subject"/>'s period.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">What is counted, over its period.</param>
    /// <param name="perDay">The printed rate; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="perDay"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative, or an enum value is not defined.</exception>
    public static PublishedFigure RatePerDay(string id, ObservationKey subject, decimal perDay, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        Simple(id, FigureKind.RatePerDay, subject, perDay, qualifier, precision);

    /// <summary>A printed average per week of <paramref name="subject"/>'s period.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">What is counted, over its period.</param>
    /// <param name="perWeek">The printed rate; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="perWeek"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative, or an enum value is not defined.</exception>
    public static PublishedFigure RatePerWeek(string id, ObservationKey subject, decimal perWeek, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        Simple(id, FigureKind.RatePerWeek, subject, perWeek, qualifier, precision);

    /// <summary>A printed natural frequency: <paramref name="subject"/> is "one in <paramref name="n"/>" of <paramref name="whole"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The part.</param>
    /// <param name="whole">The whole: same helpline, period and metric as the part.</param>
    /// <param name="basis">Whether the whole is the total or only the known part.</param>
    /// <param name="n">The printed N; 1 or more.</param>
    /// <param name="qualifier">The word that came with it ("almost" one in five).</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="n"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, or the whole does not match the part.</exception>
    /// <exception cref="MetricMismatchException">Part and whole have different metrics.</exception>
    /// <exception cref="ArgumentOutOfRangeException">N is less than 1, or an enum value is not defined.</exception>
    public static PublishedFigure OneInN(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal n, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true, samePeriod: true);
        InRange(n, 1m, decimal.MaxValue, nameof(n));
        return new PublishedFigure(id, FigureKind.OneInN, subject.Helpline, subject.Period, subject, whole, basis, null, n, precision, qualifier);
    }

    /// <summary>A printed running total since launch; <paramref name="subject"/>'s period runs from the launch to the end of the total.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">What is counted, over the since-launch period.</param>
    /// <param name="total">The printed total; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="total"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The total is negative, or an enum value is not defined.</exception>
    public static PublishedFigure CumulativeSinceLaunch(string id, ObservationKey subject, decimal total, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        Simple(id, FigureKind.CumulativeSinceLaunch, subject, total, qualifier, precision);

    /// <summary>A record claim: <paramref name="subject"/> is the highest of its series since launch.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count claimed to be the highest.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public static PublishedFigure HighestSinceLaunch(string id, ObservationKey subject) => Record(id, FigureKind.HighestSinceLaunch, subject);

    /// <summary>A record claim: <paramref name="subject"/> is the lowest of its series since launch.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count claimed to be the lowest.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public static PublishedFigure LowestSinceLaunch(string id, ObservationKey subject) => Record(id, FigureKind.LowestSinceLaunch, subject);

    /// <summary>A printed age: the helpline is <paramref name="years"/> years old at the end of <paramref name="period"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="helpline">The helpline.</param>
    /// <param name="period">The period at whose end the age is measured.</param>
    /// <param name="years">The printed age in whole years; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The age is negative, or an enum value is not defined.</exception>
    public static PublishedFigure AgeInYears(string id, HelplineId helpline, ReportingPeriod period, int years, Qualifier qualifier = Qualifier.None)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(period, nameof(period));
        Guard.NonNegative(years, nameof(years));
        return new PublishedFigure(id, FigureKind.AgeInYears, helpline, period, null, null, ShareBasis.Total, null, years, Precision.Whole, qualifier);
    }

    /// <summary>A printed ratio of two metrics: <paramref name="subject"/> per unit of <paramref name="denominator"/> ("1.33 possible victims per call").</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The numerator.</param>
    /// <param name="denominator">The denominator: same helpline and period, another metric.</param>
    /// <param name="ratio">The printed ratio; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="ratio"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, the denominator has the numerator's metric (that is a share or a multiple), or another helpline or period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The ratio is negative, or an enum value is not defined.</exception>
    public static PublishedFigure Ratio(string id, ObservationKey subject, ObservationKey denominator, decimal ratio, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, denominator, sameMetric: false, samePeriod: true);
        InRange(ratio, 0m, decimal.MaxValue, nameof(ratio));
        return new PublishedFigure(id, FigureKind.Ratio, subject.Helpline, subject.Period, subject, denominator, ShareBasis.Total, null, ratio, precision, qualifier);
    }

    /// <summary>The same figure printed with another value and qualifier (the composer fills in what a plan asked for); the value is trusted to be in range for the kind.</summary>
    internal PublishedFigure WithValue(decimal? value, Qualifier qualifier) =>
        new(Id, Kind, Helpline, Period, Subject, Whole, Basis, ComparisonPeriod, value, Precision, qualifier, IsApportioned);

    /// <summary>The same figure with another id.</summary>
    internal PublishedFigure WithId(string id) =>
        new(id, Kind, Helpline, Period, Subject, Whole, Basis, ComparisonPeriod, Value, Precision, Qualifier, IsApportioned);

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The figure to compare with.</param>
    /// <returns><c>true</c> when every property is equal.</returns>
    public bool Equals(PublishedFigure? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Kind == other.Kind && Helpline.Equals(other.Helpline) && Period.Equals(other.Period)
        && Subject == other.Subject && Whole == other.Whole && Basis == other.Basis
        && ComparisonPeriod == other.ComparisonPeriod && Value == other.Value
        && Precision == other.Precision && Qualifier == other.Qualifier && IsApportioned == other.IsApportioned;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublishedFigure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Helpline, Period, Subject, Value, Qualifier);

    /// <summary>
    /// The id, the printed value in words and what it is about, such as <c>calls-vs-2020: +6% (1712/2021/calls against
    /// 2020)</c> or <c>calls-by-chat: 14% (tele-onthaal/2021/calls/chat of tele-onthaal/2021/calls)</c>; invariant, for
    /// logs and debuggers.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string q = Internal.Invariant.Words(Qualifier);
        string v = Value is decimal value ? value.ToString(CultureInfo.InvariantCulture) : "";
        string signed = Value > 0m ? "+" + v : v;
        string printed = Kind switch
        {
            FigureKind.Count or FigureKind.CumulativeSinceLaunch => q + v,
            FigureKind.Share => q + v + "%" + (Basis == ShareBasis.Known ? " of the known" : "") + (IsApportioned ? ", apportioned" : ""),
            FigureKind.RelativeChange => q + signed + "%",
            FigureKind.AbsoluteChange => q + signed,
            FigureKind.PercentagePointChange => q + signed + " points",
            FigureKind.Multiple => q + v + " times as many",
            FigureKind.RatePerDay => q + v + " per day",
            FigureKind.RatePerWeek => q + v + " per week",
            FigureKind.OneInN => q + "one in " + v,
            FigureKind.HighestSinceLaunch => "the highest since launch",
            FigureKind.LowestSinceLaunch => "the lowest since launch",
            FigureKind.AgeInYears => q + v + " years",
            FigureKind.Ratio => q + v + " per unit",
            _ => throw new InvalidOperationException($"The figure kind {Kind} has no text yet."),
        };
        string about = Subject is ObservationKey subject ? subject.ToString() : $"{Helpline} at the end of {Period}";
        string relation = Whole is ObservationKey whole ? $" of {whole}" : ComparisonPeriod is ReportingPeriod earlier ? $" against {earlier}" : "";
        if (Kind == FigureKind.PercentagePointChange)
        {
            relation = $" of {Whole} against {ComparisonPeriod}";
        }
        return $"{Id}: {printed} ({about}{relation})";
    }

    /// <summary>Whether two figures are equal.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns><c>true</c> when both are null or equal.</returns>
    public static bool operator ==(PublishedFigure? left, PublishedFigure? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two figures differ.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(PublishedFigure? left, PublishedFigure? right) => !(left == right);

    private static PublishedFigure Simple(string id, FigureKind kind, ObservationKey subject, decimal value, Qualifier qualifier, Precision? precision)
    {
        Guard.NotNull(subject, nameof(subject));
        InRange(value, 0m, decimal.MaxValue, nameof(value));
        return new PublishedFigure(id, kind, subject.Helpline, subject.Period, subject, null, ShareBasis.Total, null, value, precision, qualifier);
    }

    private static PublishedFigure Compared(string id, FigureKind kind, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal value, Qualifier qualifier, Precision? precision)
    {
        Guard.NotNull(subject, nameof(subject));
        RequireComparison(subject, comparisonPeriod);
        return new PublishedFigure(id, kind, subject.Helpline, subject.Period, subject, null, ShareBasis.Total, comparisonPeriod, value, precision, qualifier);
    }

    private static PublishedFigure Record(string id, FigureKind kind, ObservationKey subject)
    {
        Guard.NotNull(subject, nameof(subject));
        return new PublishedFigure(id, kind, subject.Helpline, subject.Period, subject, null, ShareBasis.Total, null, null, Precision.Whole, Qualifier.None);
    }

    private static void RequireWhole(ObservationKey subject, ObservationKey whole, bool sameMetric, bool samePeriod)
    {
        Guard.NotNull(subject, nameof(subject));
        Guard.NotNull(whole, nameof(whole));
        if (!subject.Helpline.Equals(whole.Helpline))
        {
            throw new ArgumentException($"The whole {whole} is about another helpline than {subject}.", nameof(whole));
        }
        if (samePeriod && !subject.Period.Equals(whole.Period))
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

    private static void RequireComparison(ObservationKey subject, ReportingPeriod comparisonPeriod)
    {
        Guard.NotNull(comparisonPeriod, nameof(comparisonPeriod));
        if (comparisonPeriod.Equals(subject.Period))
        {
            throw new ArgumentException($"The comparison period {comparisonPeriod} is the subject's own period.", nameof(comparisonPeriod));
        }
    }

    private static void InRange(decimal value, decimal min, decimal max, string paramName)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(paramName, value, max == decimal.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"{paramName} must be at least {min}; it was {value}.")
                : string.Create(CultureInfo.InvariantCulture, $"{paramName} must lie between {min} and {max}; it was {value}."));
        }
    }
}
