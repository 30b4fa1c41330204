using System;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed average of its subject per day or per week of its period ("377 calls a day").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record RateFigure : PublishedFigure
{
    private RateFigure(string id, ObservationKey subject, RateUnit unit, decimal rate, Qualifier qualifier, Precision precision)
        : base(id, subject.Helpline, subject.Period, precision, qualifier)
    {
        Subject = subject;
        Unit = unit;
        Rate = rate;
    }

    /// <inheritdoc />
    public override FigureKind Kind => Unit == RateUnit.PerDay ? FigureKind.RatePerDay : FigureKind.RatePerWeek;

    /// <summary>What is counted, over its period.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>Per day or per week.</summary>
    public RateUnit Unit { get; }

    /// <summary>The printed rate; zero or more.</summary>
    public decimal Rate { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Rate;

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
    public static RateFigure PerDay(string id, ObservationKey subject, decimal perDay, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        Of(id, subject, RateUnit.PerDay, perDay, qualifier, precision);

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
    public static RateFigure PerWeek(string id, ObservationKey subject, decimal perWeek, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        Of(id, subject, RateUnit.PerWeek, perWeek, qualifier, precision);

    /// <summary>A printed average of <paramref name="subject"/> per <paramref name="unit"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">What is counted, over its period.</param>
    /// <param name="unit">Per day or per week.</param>
    /// <param name="rate">The printed rate; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="rate"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative, or an enum value is not defined.</exception>
    public static RateFigure Of(string id, ObservationKey subject, RateUnit unit, decimal rate, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        Guard.NotNull(subject, nameof(subject));
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not a defined rate unit.");
        }
        InRange(rate, 0m, decimal.MaxValue, unit == RateUnit.PerDay ? "perDay" : "perWeek");
        return new RateFigure(id, subject, unit, rate, qualifier, PrecisionOf(rate, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Rate = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Digits(Rate) + (Unit == RateUnit.PerDay ? " per day" : " per week");
}
