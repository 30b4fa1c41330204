using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed natural frequency: its subject is "one in N" of a whole ("almost one in five conversations").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record OneInNFigure : PublishedFigure
{
    private OneInNFigure(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal n, Qualifier qualifier, Precision precision)
        : base(id, subject.Helpline, subject.Period, precision, qualifier)
    {
        Subject = subject;
        Whole = whole;
        Basis = basis;
        N = n;
    }

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.OneInN;

    /// <summary>The part.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>The whole.</summary>
    public ObservationKey Whole { get; }

    /// <summary>Whether the whole is the total or only the known part.</summary>
    public ShareBasis Basis { get; }

    /// <summary>The printed N; 1 or more.</summary>
    public decimal N { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => N;

    /// <summary>A printed natural frequency: <paramref name="subject"/> is "one in <paramref name="n"/>" of <paramref name="whole"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The part.</param>
    /// <param name="whole">The whole: same helpline, period and metric as the part.</param>
    /// <param name="basis">Whether the whole is the total or only the known part.</param>
    /// <param name="n">The printed N; 1 or more.</param>
    /// <param name="qualifier">The word that came with it ("almost" one in five).</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="n"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid, or the whole does not match the part.</exception>
    /// <exception cref="MetricMismatchException">Part and whole have different metrics.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">N is less than 1, or an enum value is not defined.</exception>
    public static OneInNFigure Of(string id, ObservationKey subject, ObservationKey whole, ShareBasis basis, decimal n, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        RequireWhole(subject, whole, sameMetric: true);
        InRange(n, 1m, decimal.MaxValue, nameof(n));
        return new OneInNFigure(id, subject, whole, Defined(basis), n, qualifier, PrecisionOf(n, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { N = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + "one in " + Digits(N);

    private protected override string About() => $"{Subject} of {Whole}";
}
