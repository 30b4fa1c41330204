using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed change of a share against an earlier period, in percentage points (13% against 24.1%: −11.1 points).</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record PercentagePointChangeFigure : ComparedFigure
{
    private PercentagePointChangeFigure(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, ReportingPeriod comparisonPeriod, decimal points, Qualifier qualifier, Precision precision)
        : base(id, subject, comparisonPeriod, precision, qualifier)
    {
        Whole = whole;
        Basis = basis;
        Points = points;
    }

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.PercentagePointChange;

    /// <summary>The whole in the later period.</summary>
    public ObservationKey Whole { get; }

    /// <summary>Whether the whole is the total or only the known part.</summary>
    public ShareBasis Basis { get; }

    /// <summary>The printed change in points, signed, from −100 to 100.</summary>
    public decimal Points { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Points;

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
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid, the whole does not match the part, or the comparison period is the subject's own.</exception>
    /// <exception cref="MetricMismatchException">Part and whole have different metrics.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The points lie outside −100 to 100, or an enum value is not defined.</exception>
    public static PercentagePointChangeFigure Of(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, ReportingPeriod comparisonPeriod, decimal points, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true);
        RequireComparison(subject, comparisonPeriod);
        InRange(points, -100m, 100m, nameof(points));
        return new PercentagePointChangeFigure(id, subject, whole, Defined(basis), comparisonPeriod, points, qualifier, PrecisionOf(points, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Points = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Signed(Points) + " points";

    private protected override string About() => $"{Subject} of {Whole} against {ComparisonPeriod}";
}
