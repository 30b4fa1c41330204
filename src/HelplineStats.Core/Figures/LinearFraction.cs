namespace HelplineStats.Core.Figures;

/// <summary>
/// A figure's value as <c>Scale · (Σ Numerator[i] · x[i]) / (Σ Denominator[i] · x[i] + DenominatorConstant)</c> over
/// the inputs x of its <see cref="FigureFormula"/>, and where that value is defined: the form a linear program needs,
/// since "the value lies in [L, U]" over a positive denominator D is the pair of linear rows L·D ≤ Scale·N ≤ U·D.
/// </summary>
/// <param name="Numerator">The numerator's coefficient of each input.</param>
/// <param name="Denominator">The denominator's coefficient of each input.</param>
/// <param name="DenominatorConstant">The denominator's constant (the days of an average; 1 for a count).</param>
/// <param name="Scale">The unit factor (100 for a percentage).</param>
/// <param name="Domain">Where the value is defined.</param>
internal sealed record LinearFraction(int[] Numerator, int[] Denominator, long DenominatorConstant, Rational Scale, LinearFraction.Defined Domain)
{
    /// <summary>Where the value is defined, as the formula in <see cref="FigureMath"/> has it.</summary>
    internal enum Defined
    {
        /// <summary>When the denominator is positive (a multiple, a ratio; always, for a constant one).</summary>
        WhenDenominatorPositive,

        /// <summary>When the denominator is positive and the numerator at most the denominator (a share).</summary>
        WhenPartOfPositiveWhole,

        /// <summary>When the denominator is positive, and also when both are zero, as zero (a change from zero to zero).</summary>
        AlsoZeroOverZero,
    }

    /// <summary>A whole-number linear combination of the inputs (a count, a since-launch total, an absolute change).</summary>
    internal static LinearFraction Whole(int[] coefficients) =>
        new(coefficients, new int[coefficients.Length], 1, Rational.One, Defined.WhenDenominatorPositive);
}
