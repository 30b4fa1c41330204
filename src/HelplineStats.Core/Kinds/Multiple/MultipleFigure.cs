using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed multiple: its subject as "N times as many" as in an earlier period ("3× as many calls as in 2012").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record MultipleFigure : ComparedFigure
{
    private MultipleFigure(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal times, Qualifier qualifier, Precision precision)
        : base(id, subject, comparisonPeriod, precision, qualifier) => Times = times;

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.Multiple;

    /// <summary>The printed multiple; zero or more.</summary>
    public decimal Times { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Times;

    /// <summary>A printed multiple: <paramref name="subject"/> as "N times as many" as in <paramref name="comparisonPeriod"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count in the later period.</param>
    /// <param name="comparisonPeriod">The earlier period.</param>
    /// <param name="times">The printed multiple; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="times"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid, or the comparison period is the subject's own.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The multiple is negative, or an enum value is not defined.</exception>
    public static MultipleFigure Of(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal times, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        InRange(times, 0m, decimal.MaxValue, nameof(times));
        return new MultipleFigure(id, subject, RequireComparison(subject, comparisonPeriod), times, qualifier, PrecisionOf(times, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Times = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Digits(Times) + " times as many";
}
