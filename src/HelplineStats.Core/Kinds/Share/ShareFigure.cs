using System;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed share: its subject as a percentage of a whole ("18% via chat").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record ShareFigure : PublishedFigure
{
    private ShareFigure(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal percent, Qualifier qualifier, Precision precision, bool apportioned)
        : base(id, subject.Helpline, subject.Period, precision, qualifier)
    {
        Subject = subject;
        Whole = whole;
        Basis = basis;
        Percent = percent;
        IsApportioned = apportioned;
    }

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.Share;

    /// <summary>The part.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>The whole the part is a share of.</summary>
    public ObservationKey Whole { get; }

    /// <summary>Whether the whole is the total or only the known part.</summary>
    public ShareBasis Basis { get; }

    /// <summary>The printed percentage, from 0 to 100 (13 means 13%).</summary>
    public decimal Percent { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Percent;

    /// <summary>
    /// Whether this share was apportioned with the other parts of its breakdown (the breakdown of <see cref="Whole"/> by
    /// the subject's channel or taxonomy), by the largest remainder method, so that the printed percentages add up to
    /// 100: its value is the exact share rounded down or up, not necessarily to the nearest (34/33/33 for thirds).
    /// </summary>
    public bool IsApportioned { get; }

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
    /// <exception cref="MetricMismatchException">Part and whole have different metrics (that is a <see cref="RatioFigure"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage lies outside 0 to 100, or an enum value is not defined.</exception>
    public static ShareFigure Of(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal percent, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true);
        InRange(percent, 0m, 100m, nameof(percent));
        return new ShareFigure(id, subject, whole, Defined(basis), percent, qualifier, PrecisionOf(percent, precision), apportioned: false);
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
    public static ShareFigure Apportioned(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal percent, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true);
        InRange(percent, 0m, 100m, nameof(percent));
        bool byChannel = subject.Channel is not null && whole.Channel is null && subject.Category == whole.Category;
        bool byCategory = subject.Category is not null && whole.Category is null && subject.Channel == whole.Channel;
        if (!byChannel && !byCategory)
        {
            throw new ArgumentException($"{subject} is not a part of a breakdown of {whole} by channel or by category, so it cannot be apportioned with it.", nameof(subject));
        }
        return new ShareFigure(id, subject, whole, Defined(basis), percent, Qualifier.None, PrecisionOf(percent, precision), apportioned: true);
    }

    /// <summary>
    /// A printed share whose whole is of another metric that includes every counted part: "263 referrals, 14% of all
    /// contacts since launch" (every referral is a contact). Use it only when that holds; otherwise the division is a
    /// <see cref="RatioFigure"/>.
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
    /// <exception cref="ArgumentException">The id is invalid, or the whole is about another helpline or period, or has the part's metric (use <see cref="Of"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage lies outside 0 to 100, or an enum value is not defined.</exception>
    public static ShareFigure OfSubset(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal percent, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: false);
        InRange(percent, 0m, 100m, nameof(percent));
        return new ShareFigure(id, subject, whole, Defined(basis), percent, qualifier, PrecisionOf(percent, precision), apportioned: false);
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Percent = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) =>
        qualifier + Digits(Percent) + "%" + (Basis == ShareBasis.Known ? " of the known" : "") + (IsApportioned ? ", apportioned" : "");

    private protected override string About() => $"{Subject} of {Whole}";
}
