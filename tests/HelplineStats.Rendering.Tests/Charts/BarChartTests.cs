using System;
using System.Linq;
using System.Xml.Linq;
using HelplineStats.Rendering.Charts;

namespace HelplineStats.Rendering.Tests.Charts;

public sealed class BarChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static Bar B(string label, decimal value, string? reference = null) => new(label, value, value + "%", "✓", "confirmed", reference);

    [Fact]
    public void Build_BarsOfAWhole_AreAsLongAsTheirShareOfTheBarArea()
    {
        // The bar area is 210 units wide: 42% of 100 is 88.2 units, 40% is 84, 18% is 37.8.
        XDocument svg = XDocument.Parse(BarChart.Build("c1", "Contacts by channel", "d", new[] { B("e-mail", 42m), B("phone", 40m), B("chat", 18m) }, 100m));
        string[] widths = svg.Descendants(Svg + "rect").Select(r => (string)r.Attribute("width")!).ToArray();
        Assert.Equal(new[] { "88.2", "84", "37.8" }, widths);
    }

    [Fact]
    public void Build_AValueAboveTheScale_StretchesTheScaleSoNoBarLeavesTheChart()
    {
        XDocument svg = XDocument.Parse(BarChart.Build("c1", "t", "d", new[] { B("a", 150m), B("b", 75m) }, 100m));
        Assert.Equal(new[] { "210", "105" }, svg.Descendants(Svg + "rect").Select(r => (string)r.Attribute("width")!).ToArray());
        Assert.All(svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "value"),
            t => Assert.True(decimal.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture) < 320m));
    }

    [Fact]
    public void Build_TitleAndDescription_LabelTheImageForScreenReaders()
    {
        XDocument svg = XDocument.Parse(BarChart.Build("c7", "Calls by channel", "Bar chart of the shares: phone 86% and chat 14%.", new[] { B("phone", 86m) }, 100m));
        XElement root = svg.Root!;
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("c7-title c7-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("Calls by channel", root.Element(Svg + "title")!.Value);
        Assert.Equal("c7-title", (string?)root.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal("Bar chart of the shares: phone 86% and chat 14%.", root.Element(Svg + "desc")!.Value);
    }

    [Fact]
    public void Build_TextWithMarkup_IsEscapedAndTheSvgStaysWellFormed()
    {
        string built = BarChart.Build("c1", "<b>&\"title\"", "d'esc", new[] { B("a <script>alert(1)</script> & b", 10m, "h/2021/x\"y") }, 100m);
        XDocument svg = XDocument.Parse(built);
        Assert.DoesNotContain("<script", built, StringComparison.Ordinal);
        Assert.Equal("<b>&\"title\"", svg.Root!.Element(Svg + "title")!.Value);
        Assert.Equal("a <script>alert(1)</script> & b", string.Concat(svg.Descendants(Svg + "tspan").Select(t => t.Value + " ")).Trim());
        Assert.Equal("h/2021/x\"y", (string?)svg.Descendants(Svg + "text").Single(t => t.Attribute("data-figure") is not null).Attribute("data-figure"));
    }

    [Fact]
    public void Build_ALongLabel_IsWrappedIntoLinesThatFitTheChart()
    {
        const string label = "geregistreerd bij een gespecialiseerd behandelcentrum voor daders van seksueel geweld";
        XDocument svg = XDocument.Parse(BarChart.Build("c1", "t", "d", new[] { B(label, 80m) }, 100m));
        string[] lines = svg.Descendants(Svg + "tspan").Select(t => t.Value).ToArray();
        Assert.True(lines.Length >= 2);
        Assert.All(lines, line => Assert.True(line.Length <= BarChart.LabelChars, line));
        Assert.Equal(label, string.Join(" ", lines));
    }

    [Fact]
    public void Build_NoBarsANegativeValueOrAZeroScale_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => BarChart.Build("c1", "t", "d", Array.Empty<Bar>(), 100m));
        Assert.Throws<ArgumentOutOfRangeException>(() => BarChart.Build("c1", "t", "d", new[] { B("a", 1m) }, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => B("a", -1m));
    }
}
