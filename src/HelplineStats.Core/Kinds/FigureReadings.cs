using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>How a figure's printed value is read, as its kind says it: what <see cref="QualifierTable"/> takes.</summary>
public static class FigureReadings
{
    /// <summary>The reading of <paramref name="figure"/>'s printed value: <see cref="ValueReading.Multiple"/> for a
    /// multiple, <see cref="ValueReading.OneInN"/> for a one-in-N, <see cref="ValueReading.Unrounded"/> for a record and
    /// <see cref="ValueReading.Rounded"/> for any other, so that
    /// <c>QualifierTable.Default.Accepts(FigureReadings.Of(figure), exact, printed, figure.Qualifier, policy)</c> judges
    /// any figure without asking its kind.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>Its reading.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static ValueReading Of(PublishedFigure figure) => FigureKinds.Of(Guard.NotNull(figure, nameof(figure))).Reading;
}
