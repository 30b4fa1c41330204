using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed absolute change: the signed difference of its subject against an earlier period ("−36,460 visitors").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record AbsoluteChangeFigure : ComparedFigure
{
    private AbsoluteChangeFigure(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal difference, Qualifier qualifier, Precision precision)
        : base(id, subject, comparisonPeriod, precision, qualifier) => Difference = difference;

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.AbsoluteChange;

    /// <summary>The printed difference, signed.</summary>
    public decimal Difference { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Difference;

    /// <summary>A printed absolute change: the signed difference of <paramref name="subject"/> against <paramref name="comparisonPeriod"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count in the later period.</param>
    /// <param name="comparisonPeriod">The earlier period.</param>
    /// <param name="difference">The printed difference, signed.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="difference"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid, or the comparison period is the subject's own.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public static AbsoluteChangeFigure Of(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal difference, Qualifier qualifier = Qualifier.None, Precision? precision = null) =>
        new(id, subject, RequireComparison(subject, comparisonPeriod), difference, qualifier, PrecisionOf(difference, precision));

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Difference = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Signed(Difference);
}
