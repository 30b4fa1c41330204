using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Rendering.Charts;

namespace HelplineStats.Rendering.Tests.Charts;

public sealed class SvgTests
{
    [Property(MaxTest = 500)]
    public Property Wrap_AnyText_KeepsEveryCharacterInLinesNoLongerThanAsked(NonNull<string> text, PositiveInt width)
    {
        int max = (width.Get % 50) + 1;
        string words = string.Join(" ", text.Get.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var lines = Svg.Wrap(text.Get, max);
        bool fits = lines.All(line => line.Length <= max);
        // Lines joined again give the words back: with a space where a line broke at a space, or nothing where a long word was cut.
        bool complete = string.Concat(lines).Replace(" ", "", StringComparison.Ordinal) == words.Replace(" ", "", StringComparison.Ordinal);
        return (fits && complete && lines.Count >= 1).ToProperty();
    }

    [Fact]
    public void Wrap_WordsThatFit_BreakAtSpaces()
    {
        Assert.Equal(new[] { "within the", "family" }, Svg.Wrap("within the family", 10));
        Assert.Equal(new[] { "abcde", "fgh" }, Svg.Wrap("abcdefgh", 5));
        Assert.Equal(new[] { "" }, Svg.Wrap("", 5));
    }

    [Fact]
    public void N_Coordinates_AreInvariantWhateverTheCurrentCulture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nl-BE");
            Assert.Equal("12.5", Svg.N(12.5m));
            Assert.Equal("37.8", Svg.N(37.8m));
            Assert.Equal("148.47", Svg.N(148.4652m));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
