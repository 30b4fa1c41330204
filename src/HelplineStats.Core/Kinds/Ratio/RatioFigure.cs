using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed ratio of two metrics: its subject per unit of another ("1.33 possible victims per call").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record RatioFigure : PublishedFigure
{
    private RatioFigure(string id, ObservationKey subject, ObservationKey denominator, decimal ratio, Qualifier qualifier, Precision precision)
        : base(id, subject.Helpline, subject.Period, precision, qualifier)
    {
        Subject = subject;
        Denominator = denominator;
        Ratio = ratio;
    }

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.Ratio;

    /// <summary>The numerator.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>The denominator: same helpline and period, another metric.</summary>
    public ObservationKey Denominator { get; }

    /// <summary>The printed ratio; zero or more.</summary>
    public decimal Ratio { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Ratio;

    /// <summary>A printed ratio of two metrics: <paramref name="subject"/> per unit of <paramref name="denominator"/> ("1.33 possible victims per call").</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The numerator.</param>
    /// <param name="denominator">The denominator: same helpline and period, another metric.</param>
    /// <param name="ratio">The printed ratio; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="ratio"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid, the denominator has the numerator's metric (that is a share or a multiple), or another helpline or period.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The ratio is negative, or an enum value is not defined.</exception>
    public static RatioFigure Of(string id, ObservationKey subject, ObservationKey denominator, decimal ratio, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, denominator, sameMetric: false);
        InRange(ratio, 0m, decimal.MaxValue, nameof(ratio));
        return new RatioFigure(id, subject, denominator, ratio, qualifier, PrecisionOf(ratio, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Ratio = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Digits(Ratio) + " per unit";

    private protected override string About() => $"{Subject} of {Denominator}";
}
