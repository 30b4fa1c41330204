using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelplineStats.Rendering.Tests;

/// <summary>The default style sheet's colours against WCAG 2.1: text 4.5:1 on every background, chart bars 3:1.</summary>
public sealed class StyleTests
{
    private static Dictionary<string, string> Colours(string prefix) =>
        Regex.Matches(PageRenderer.DefaultStyles, @"--(?<name>" + prefix + @"-[a-z-]+):\s*(?<hex>#[0-9a-fA-F]{6});")
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["hex"].Value);

    /// <summary>The contrast ratio of WCAG 2.1 (relative luminance of sRGB).</summary>
    internal static double Contrast(string a, string b)
    {
        static double Luminance(string hex)
        {
            double Channel(int i)
            {
                double c = int.Parse(hex.AsSpan(1 + (2 * i), 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
                return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
            }
            return (0.2126 * Channel(0)) + (0.7152 * Channel(1)) + (0.0722 * Channel(2));
        }
        double la = Luminance(a), lb = Luminance(b);
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    [Fact]
    public void Contrast_KnownPairs_MatchWcag()
    {
        Assert.Equal(21.0, Contrast("#000000", "#ffffff"), 2);
        Assert.Equal(1.0, Contrast("#777777", "#777777"), 2);
        // #767676 is the lightest grey that passes AA on white (4.54:1).
        Assert.Equal(4.54, Contrast("#767676", "#ffffff"), 2);
    }

    [Fact]
    public void DefaultStyles_EveryTextColour_MeetsWcagAaOnEveryBackground()
    {
        Dictionary<string, string> texts = Colours("text"), backgrounds = Colours("bg");
        Assert.True(texts.Count >= 5 && backgrounds.Count >= 2, "the style sheet's colours were not found");
        foreach ((string text, string fore) in texts)
        {
            foreach ((string background, string back) in backgrounds)
            {
                Assert.True(Contrast(fore, back) >= 4.5, $"{text} {fore} on {background} {back}: {Contrast(fore, back):0.00}:1");
            }
        }
    }

    [Fact]
    public void DefaultStyles_EveryBarColour_StandsOutFromThePaper()
    {
        Dictionary<string, string> bars = Colours("bar"), backgrounds = Colours("bg");
        Assert.True(bars.Count >= 2);
        foreach ((string bar, string colour) in bars)
        {
            foreach ((string background, string back) in backgrounds)
            {
                Assert.True(Contrast(colour, back) >= 3.0, $"{bar} {colour} on {background} {back}: {Contrast(colour, back):0.00}:1");
            }
        }
    }

    [Fact]
    public void DefaultStyles_EveryColourUsed_IsANamedOne()
    {
        // A colour written straight into a rule would escape the checks above.
        string rules = PageRenderer.DefaultStyles[(PageRenderer.DefaultStyles.IndexOf('}') + 1)..];
        Assert.DoesNotMatch(new Regex("#[0-9a-fA-F]{3,6}\\b"), rules);
        Assert.Contains("@media print", PageRenderer.DefaultStyles, StringComparison.Ordinal);
        Assert.Contains("size: A4", PageRenderer.DefaultStyles, StringComparison.Ordinal);
    }
}
