using System;
using System.Globalization;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>How the audit's invariant reasons write a value and a printed figure ("58.42%", "'more than 58'").</summary>
internal static class FigureReasons
{
    /// <summary>An exact value at two decimals more than the figure was printed with, in the kind's unit.</summary>
    internal static string Show(Rational value, PublishedFigure figure)
    {
        decimal shown = RoundingPolicy.HalfAwayFromZero(Math.Min(figure.Precision.Decimals + 2, Precision.MaxDecimals)).Round(value);
        return shown.ToString(CultureInfo.InvariantCulture) + FigureKinds.Of(figure).ReasonUnit;
    }

    /// <summary>The printed value and its qualifier in quotes.</summary>
    internal static string Describe(PublishedFigure figure) =>
        $"'{(figure.Qualifier == Qualifier.None ? "" : figure.Qualifier + " ")}{figure.Value?.ToString(CultureInfo.InvariantCulture)}'";
}
