using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed age: the helpline's age in whole years at the end of a period ("10 years of 1712"). It is about no count.</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record AgeFigure : PublishedFigure
{
    private AgeFigure(string id, HelplineId helpline, ReportingPeriod period, int years, Qualifier qualifier)
        : base(id, helpline, period, Precision.Whole, qualifier) => Years = years;

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.AgeInYears;

    /// <summary>Always <c>null</c>: an age is about no count.</summary>
    public override ObservationKey? Subject => null;

    /// <summary>The printed age in whole years.</summary>
    public int Years { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Years;

    /// <summary>A printed age: the helpline is <paramref name="years"/> years old at the end of <paramref name="period"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="helpline">The helpline.</param>
    /// <param name="period">The period at whose end the age is measured.</param>
    /// <param name="years">The printed age in whole years; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The age is negative, or an enum value is not defined.</exception>
    public static AgeFigure Of(string id, HelplineId helpline, ReportingPeriod period, int years, Qualifier qualifier = Qualifier.None)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.NotNull(period, nameof(period));
        Guard.NonNegative(years, nameof(years));
        return new AgeFigure(id, helpline, period, years, qualifier);
    }

    /// <summary>The same age with <paramref name="value"/> years; the composer gives a whole number.</summary>
    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Years = decimal.ToInt32(value), Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Digits(Years) + " years";
}
