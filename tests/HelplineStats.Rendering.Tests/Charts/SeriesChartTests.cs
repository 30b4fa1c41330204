using System;
using System.Linq;
using System.Xml.Linq;
using HelplineStats.Rendering.Charts;

namespace HelplineStats.Rendering.Tests.Charts;

public sealed class SeriesChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Build(params YearBar[] years) =>
        XDocument.Parse(SeriesChart.Build("s1", "Calls by year", "d", years, "year", "count", "total since the launch"));

    [Fact]
    public void Build_AYearWithoutACount_IsAGapWithWordsNeverAZeroBar()
    {
        XDocument svg = Build(
            new YearBar(2019, null, "no data", null, null),
            new YearBar(2020, 139092, "139,092", "139,092", "t/2020/calls"),
            new YearBar(2021, 137669, "137,669", "276,761", "t/2021/calls"));
        XElement[] years = svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("year", StringComparison.Ordinal) == true).ToArray();
        Assert.Equal(3, years.Length);
        Assert.Empty(years[0].Elements(Svg + "rect"));
        Assert.Equal("year gap", (string?)years[0].Attribute("class"));
        Assert.Equal("no data", years[0].Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "nodata").Value);
        Assert.Single(years[1].Elements(Svg + "rect"));
        // The largest count fills the 150 units of the bar area; 137,669 of 139,092 is 148.47 units.
        Assert.Equal("150", (string?)years[1].Element(Svg + "rect")!.Attribute("width"));
        Assert.Equal("148.47", (string?)years[2].Element(Svg + "rect")!.Attribute("width"));
        Assert.Equal("276,761", years[2].Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "total").Value);
    }

    [Fact]
    public void Build_ACountOfZero_IsShownAsZeroNotAsAGap()
    {
        XDocument svg = Build(new YearBar(2020, 0, "0", "0", "k"), new YearBar(2021, 5, "5", "5", "k2"));
        XElement zero = svg.Descendants(Svg + "g").First(g => ((string?)g.Attribute("class"))?.StartsWith("year", StringComparison.Ordinal) == true);
        Assert.Equal("year", (string?)zero.Attribute("class"));
        Assert.Equal("0", (string?)zero.Element(Svg + "rect")!.Attribute("width"));
        Assert.Equal("0", zero.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "value").Value);
    }

    [Fact]
    public void Build_AllYearsUnknown_HasNoBarsAndNoDivisionByZero()
    {
        XDocument svg = Build(new YearBar(2020, null, "no data", null, null), new YearBar(2021, null, "no data", null, null));
        Assert.Empty(svg.Descendants(Svg + "rect"));
    }

    [Fact]
    public void Build_NoYears_IsRefused() =>
        Assert.Throws<ArgumentException>(() => SeriesChart.Build("s1", "t", "d", Array.Empty<YearBar>(), "y", "c", "t"));
}
