using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed relative change of its subject against an earlier period, in percent ("+6% compared with 2020").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record RelativeChangeFigure : ComparedFigure
{
    private RelativeChangeFigure(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal percent, Qualifier qualifier, Precision precision)
        : base(id, subject, comparisonPeriod, precision, qualifier) => Percent = percent;

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.RelativeChange;

    /// <summary>The printed change in percent, signed (−1.1 for "−1,1%").</summary>
    public decimal Percent { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Percent;

    /// <summary>A printed relative change of <paramref name="subject"/> against the same count in <paramref name="comparisonPeriod"/>, in percent.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count in the later period.</param>
    /// <param name="comparisonPeriod">The earlier period.</param>
    /// <param name="percent">The printed change in percent, signed (−1.1 for "−1,1%").</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="percent"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid, or the comparison period is the subject's own.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The change is below −100%, or an enum value is not defined.</exception>
    public static RelativeChangeFigure Of(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, decimal percent, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        InRange(percent, -100m, decimal.MaxValue, nameof(percent));
        return new RelativeChangeFigure(id, subject, RequireComparison(subject, comparisonPeriod), percent, qualifier, PrecisionOf(percent, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Percent = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Signed(Percent) + "%";
}
