using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A record claim: its subject is the highest (or the lowest) of its series since launch. It prints no value.</summary>
/// <remarks>Equality is by type and every property. Immutable and thread-safe.</remarks>
public sealed record RecordFigure : PublishedFigure
{
    private RecordFigure(string id, ObservationKey subject, RecordDirection direction)
        : base(id, subject.Helpline, subject.Period, Precision.Whole, Qualifier.None)
    {
        Subject = subject;
        Direction = direction;
    }

    /// <inheritdoc />
    public override FigureKind Kind => Direction == RecordDirection.Highest ? FigureKind.HighestSinceLaunch : FigureKind.LowestSinceLaunch;

    /// <summary>The count claimed to be the record.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>Whether it is claimed the highest or the lowest.</summary>
    public RecordDirection Direction { get; }

    /// <summary>Always <c>null</c>: a record claim prints no value.</summary>
    public override decimal? Value => null;

    /// <summary>A record claim: <paramref name="subject"/> is the highest of its series since launch.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count claimed to be the highest.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public static RecordFigure Highest(string id, ObservationKey subject) => new(id, Guard.NotNull(subject, nameof(subject)), RecordDirection.Highest);

    /// <summary>A record claim: <paramref name="subject"/> is the lowest of its series since launch.</summary>
    /// <param name="id">The figure's id within its report.</param>
    /// <param name="subject">The count claimed to be the lowest.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid.</exception>
    public static RecordFigure Lowest(string id, ObservationKey subject) => new(id, Guard.NotNull(subject, nameof(subject)), RecordDirection.Lowest);

    /// <summary>A record claim has no value to fill in: the same claim.</summary>
    internal override PublishedFigure WithValue(decimal value, Qualifier qualifier) => this;

    private protected override string Printed(string qualifier) =>
        Direction == RecordDirection.Highest ? "the highest since launch" : "the lowest since launch";
}
