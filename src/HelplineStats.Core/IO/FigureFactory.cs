using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.IO;

/// <summary>Makes a <see cref="PublishedFigure"/> from the fields a file gives, for every file format alike.</summary>
internal static class FigureFactory
{
    /// <exception cref="ArgumentException">A field the kind needs is missing, or the model refuses the values.</exception>
    internal static PublishedFigure Create(
        string id, FigureKind kind, HelplineId helpline, ReportingPeriod? period, ObservationKey? subject, ObservationKey? whole,
        ShareBasis basis, ReportingPeriod? comparison, decimal? value, Precision? precision, Qualifier qualifier, bool apportioned = false)
    {
        string name = KebabCase.Of(kind);
        ObservationKey Subject() => subject ?? throw new ArgumentException($"{Article.A(name)} figure needs a subject");
        ObservationKey Whole() => whole ?? throw new ArgumentException($"{Article.A(name)} figure needs a whole");
        ReportingPeriod Comparison() => comparison ?? throw new ArgumentException($"{Article.A(name)} figure needs a comparison period");
        decimal Value() => value ?? throw new ArgumentException($"{Article.A(name)} figure needs a value");
        if (apportioned)
        {
            return kind == FigureKind.Share && qualifier == Qualifier.None
                ? PublishedFigure.ApportionedShare(id, Subject(), Whole(), basis, Value(), precision)
                : throw new ArgumentException($"only a share without a qualifier can be apportioned, not {Article.A(name)} figure{(qualifier == Qualifier.None ? "" : " with a qualifier")}");
        }
        return kind switch
        {
            FigureKind.Count => PublishedFigure.Count(id, Subject(), Value(), qualifier, precision),
            FigureKind.Share when whole is not null && subject is not null && !whole.Metric.Equals(subject.Metric) =>
                PublishedFigure.ShareOfSubset(id, Subject(), Whole(), basis, Value(), qualifier, precision),
            FigureKind.Share => PublishedFigure.Share(id, Subject(), Whole(), basis, Value(), qualifier, precision),
            FigureKind.RelativeChange => PublishedFigure.RelativeChange(id, Subject(), Comparison(), Value(), qualifier, precision),
            FigureKind.AbsoluteChange => PublishedFigure.AbsoluteChange(id, Subject(), Comparison(), Value(), qualifier, precision),
            FigureKind.PercentagePointChange => PublishedFigure.PercentagePointChange(id, Subject(), Whole(), basis, Comparison(), Value(), qualifier, precision),
            FigureKind.Multiple => PublishedFigure.Multiple(id, Subject(), Comparison(), Value(), qualifier, precision),
            FigureKind.RatePerDay => PublishedFigure.RatePerDay(id, Subject(), Value(), qualifier, precision),
            FigureKind.RatePerWeek => PublishedFigure.RatePerWeek(id, Subject(), Value(), qualifier, precision),
            FigureKind.OneInN => PublishedFigure.OneInN(id, Subject(), Whole(), basis, Value(), qualifier, precision),
            FigureKind.CumulativeSinceLaunch => PublishedFigure.CumulativeSinceLaunch(id, Subject(), Value(), qualifier, precision),
            FigureKind.HighestSinceLaunch => PublishedFigure.HighestSinceLaunch(id, Subject()),
            FigureKind.LowestSinceLaunch => PublishedFigure.LowestSinceLaunch(id, Subject()),
            FigureKind.AgeInYears => PublishedFigure.AgeInYears(id, helpline, period ?? throw new ArgumentException($"{Article.A(name)} figure needs a period"), WholeYears(Value()), qualifier),
            FigureKind.Ratio => PublishedFigure.Ratio(id, Subject(), Whole(), Value(), qualifier, precision),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"The figure kind {kind} cannot be read yet."),
        };
    }

    private static int WholeYears(decimal value) =>
        value == decimal.Truncate(value) && value is >= 0 and <= int.MaxValue
            ? (int)value
            : throw new ArgumentException($"an age is a whole number of years, found {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
