using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed count of its subject: "8,515 calls".</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record CountFigure : PublishedFigure
{
    private CountFigure(string id, ObservationKey subject, decimal number, Qualifier qualifier, Precision precision)
        : base(id, subject.Helpline, subject.Period, precision, qualifier)
    {
        Subject = subject;
        Number = number;
    }

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.Count;

    /// <summary>What is counted.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>The printed count.</summary>
    public decimal Number { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Number;

    /// <summary>A printed count of <paramref name="subject"/>.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">What is counted.</param>
    /// <param name="value">The printed count; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="value"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is negative, or an enum value is not defined.</exception>
    public static CountFigure Of(string id, ObservationKey subject, decimal value, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        Guard.NotNull(subject, nameof(subject));
        InRange(value, 0m, decimal.MaxValue, nameof(value));
        return new CountFigure(id, subject, value, qualifier, PrecisionOf(value, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Number = value, Qualifier = qualifier };

    private protected override string Printed(string qualifier) => qualifier + Digits(Number);
}
