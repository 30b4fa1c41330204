using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed running total from the launch to the end of its subject's period ("1,913 contacts since launch").</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record SinceLaunchFigure : PublishedFigure
{
    private SinceLaunchFigure(string id, ObservationKey subject, decimal total, Qualifier qualifier, Precision precision)
        : base(id, subject.Helpline, subject.Period, precision, qualifier)
    {
        Subject = subject;
        Total = total;
    }

    /// <inheritdoc />
    public override FigureKind Kind => FigureKind.CumulativeSinceLaunch;

    /// <summary>What is counted, over the period from the launch.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>The printed total; zero or more.</summary>
    public decimal Total { get; private init; }

    /// <inheritdoc />
    public override decimal? Value => Total;

    /// <summary>A printed running total since launch; <paramref name="subject"/>'s period runs from the launch to the end of the total.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">What is counted, over the since-launch period.</param>
    /// <param name="total">The printed total; zero or more.</param>
    /// <param name="qualifier">The word that came with it.</param>
    /// <param name="precision">The printed precision, or <c>null</c> to read it from <paramref name="total"/>.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="System.ArgumentNullException">A reference is null.</exception>
    /// <exception cref="System.ArgumentException">The id is invalid.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">The total is negative, or an enum value is not defined.</exception>
    public static SinceLaunchFigure Of(string id, ObservationKey subject, decimal total, Qualifier qualifier = Qualifier.None, Precision? precision = null)
    {
        Guard.NotNull(subject, nameof(subject));
        InRange(total, 0m, decimal.MaxValue, nameof(total));
        return new SinceLaunchFigure(id, subject, total, qualifier, PrecisionOf(total, precision));
    }

    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this with { Total = value, Qualifier = qualifier };

    internal override string? ProblemIn(Helpline helpline) =>
        helpline.LaunchDate is LocalDate launch && Period.Start != launch
            ? $"is a since-launch total, but its period {Period} does not start on the launch date {LocalDatePattern.Iso.Format(launch)} of '{helpline.Id}'."
            : null;

    private protected override string Printed(string qualifier) => qualifier + Digits(Total);
}
