using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// A figure as its fields in a file (JSON or CSV): every kind's fields side by side, each <c>null</c> where the kind has
/// none. Readers build a figure from them through its kind (<see cref="FigureKinds.Read"/>); writers write them.
/// </summary>
/// <param name="Id">The figure's id.</param>
/// <param name="Kind">The kind's name.</param>
/// <param name="Helpline">The helpline.</param>
/// <param name="Period">The figure's period, for a figure of no subject (an age).</param>
/// <param name="Subject">The subject.</param>
/// <param name="Whole">The whole or denominator.</param>
/// <param name="Basis">The share basis.</param>
/// <param name="Comparison">The comparison period.</param>
/// <param name="Value">The printed value.</param>
/// <param name="Precision">The printed precision, or <c>null</c> to read it from the value.</param>
/// <param name="Qualifier">The qualifier.</param>
/// <param name="Apportioned">Whether the share was apportioned.</param>
internal sealed record FigureFields(
    string Id, FigureKind Kind, HelplineId Helpline, ReportingPeriod? Period, ObservationKey? Subject, ObservationKey? Whole,
    ShareBasis Basis, ReportingPeriod? Comparison, decimal? Value, Precision? Precision, Qualifier Qualifier, bool Apportioned = false)
{
    private string Name => KebabCase.Of(Kind);

    /// <summary>The subject, or an error naming what the kind needs.</summary>
    internal ObservationKey RequiredSubject() => Subject ?? throw new ArgumentException($"{Article.A(Name)} figure needs a subject");

    /// <summary>The whole, or an error naming what the kind needs.</summary>
    internal ObservationKey RequiredWhole() => Whole ?? throw new ArgumentException($"{Article.A(Name)} figure needs a whole");

    /// <summary>The comparison period, or an error naming what the kind needs.</summary>
    internal ReportingPeriod RequiredComparison() => Comparison ?? throw new ArgumentException($"{Article.A(Name)} figure needs a comparison period");

    /// <summary>The figure's period, or an error naming what the kind needs.</summary>
    internal ReportingPeriod RequiredPeriod() => Period ?? throw new ArgumentException($"{Article.A(Name)} figure needs a period");

    /// <summary>The value, or an error naming what the kind needs.</summary>
    internal decimal RequiredValue() => Value ?? throw new ArgumentException($"{Article.A(Name)} figure needs a value");

    /// <summary>Throws unless the figure is not apportioned: only shares without a qualifier are.</summary>
    internal void RefuseApportioned()
    {
        if (Apportioned)
        {
            throw new ArgumentException($"only a share without a qualifier can be apportioned, not {Article.A(Name)} figure{(Qualifier == Qualifier.None ? "" : " with a qualifier")}");
        }
    }

    /// <summary>The fields every figure has, the rest empty.</summary>
    internal static FigureFields Of(PublishedFigure figure) =>
        new(figure.Id, figure.Kind, figure.Helpline, figure.Period, figure.Subject, null, ShareBasis.Total, null, figure.Value, figure.Precision, figure.Qualifier);
}
