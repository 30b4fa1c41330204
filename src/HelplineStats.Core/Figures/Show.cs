using System.Globalization;

namespace HelplineStats.Core.Figures;

/// <summary>
/// How the value types show an exact value in their invariant <c>ToString()</c>: rounded half away from zero to a named
/// number of decimals, with the ASCII minus sign. For a reader's language, see the Text layer.
/// </summary>
internal static class Show
{
    /// <summary>The value rounded half away from zero to <paramref name="decimals"/> decimals, such as <c>18.3</c> or <c>-1.0</c>.</summary>
    internal static string Decimal(Rational value, int decimals) =>
        value.Round(decimals, RoundingMode.HalfAwayFromZero).ToString(CultureInfo.InvariantCulture);

    /// <summary>As <see cref="Decimal"/>, with a plus sign on values above zero (<c>+6.0</c>, <c>0.0</c>, <c>-1.0</c>).</summary>
    internal static string Signed(Rational value, int decimals)
    {
        string text = Decimal(value, decimals);
        return value.Sign > 0 && !text.StartsWith('-') ? "+" + text : text;
    }

    /// <summary>A whole number with a plus sign above zero: <c>+5</c>, <c>0</c>, <c>-1423</c>.</summary>
    internal static string Signed(long value) =>
        (value > 0 ? "+" : "") + value.ToString(CultureInfo.InvariantCulture);
}
