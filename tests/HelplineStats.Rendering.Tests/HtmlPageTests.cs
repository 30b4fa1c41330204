using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;

namespace HelplineStats.Rendering.Tests;

/// <summary>The written page parsed as HTML (AngleSharp): self-contained, every chart with its table twin holding the same numbers, ids and links sound.</summary>
public sealed class HtmlPageTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "printed", "nl-BE" }, { "printed", "en" }, { "composed", "nl-BE" }, { "composed", "en" },
    };

    private static IDocument Parse(string which, string culture) =>
        new HtmlParser().ParseDocument(Pages.Html(which == "printed" ? Pages.Printed : Pages.Composed, Pages.Culture(culture)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_EveryChart_HasATableTwinWithTheSameNumbers(string which, string culture)
    {
        IDocument document = Parse(which, culture);
        IHtmlCollection<IElement> charts = document.QuerySelectorAll("figure.chart-box");
        Assert.NotEmpty(charts);
        foreach (IElement chart in charts)
        {
            IElement svg = chart.QuerySelector("svg")!;
            IElement table = chart.QuerySelector("table")!;
            Assert.NotNull(svg);
            Assert.NotNull(table);
            // The SVG is named by its title and described by its description.
            string[] labelledBy = svg.GetAttribute("aria-labelledby")!.Split(' ');
            Assert.Equal(2, labelledBy.Length);
            Assert.Equal(svg.QuerySelector("title")!.TextContent, document.GetElementById(labelledBy[0])!.TextContent);
            Assert.False(string.IsNullOrWhiteSpace(document.GetElementById(labelledBy[1])!.TextContent));
            Assert.Equal("img", svg.GetAttribute("role"));
            if (chart.ClassList.Contains("series"))
            {
                // Each known year's count, in the SVG and in the table, under the same key; a gap on both sides.
                string[] drawn = svg.QuerySelectorAll("text.value").Select(t => t.GetAttribute("data-count") + "=" + t.TextContent).ToArray();
                string[] tabled = table.QuerySelectorAll("td[data-count]").Select(t => t.GetAttribute("data-count") + "=" + t.TextContent).ToArray();
                Assert.Equal(tabled, drawn);
                Assert.Equal(table.QuerySelectorAll("tr.gap").Length, svg.QuerySelectorAll("g.gap").Length);
                Assert.Equal(table.QuerySelectorAll("tbody tr").Length, svg.QuerySelectorAll("g.year").Length);
                Assert.Empty(svg.QuerySelectorAll("g.gap rect"));
            }
            else
            {
                // Each bar's printed value is the table's, row by row: the published figure's cell, or (a breakdown charted
                // from its counts) the percentage column, the third.
                string[] drawn = svg.QuerySelectorAll("text.value").Select(t => t.GetAttribute("data-figure") + "=" + t.TextContent).ToArray();
                IElement[] rows = table.QuerySelectorAll("tbody tr:not(.total)").ToArray();
                string[] tabled = table.QuerySelector("td[data-figure]") is null
                    ? rows.Select(row => "=" + row.Children[2].TextContent).ToArray()
                    : rows.Select(row => row.QuerySelector("td[data-figure]")!).Select(td => td.GetAttribute("data-figure") + "=" + td.TextContent).ToArray();
                Assert.Equal(tabled, drawn);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_ThePage_IsSelfContainedWithNoScriptAndNothingFromTheNetwork(string which, string culture)
    {
        string html = Pages.Html(which == "printed" ? Pages.Printed : Pages.Composed, Pages.Culture(culture));
        IDocument document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script, link, iframe, img, object, embed"));
        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=\s*""(?!#)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase), html);
        Assert.Equal(culture, document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("meta[name=viewport]"));
        Assert.NotNull(document.QuerySelector("head style"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_IdsAndLinks_AreUniqueAndLeadSomewhere(string which, string culture)
    {
        IDocument document = Parse(which, culture);
        string[] ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToArray();
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        var known = ids.ToHashSet(StringComparer.Ordinal);
        Assert.All(document.QuerySelectorAll("a[href]"), a => Assert.Contains(a.GetAttribute("href")![1..], known));
    }

    [Fact]
    public void Render_TheDutchPage_ShowsEveryFigureWithItsValueAndTheContradictedOneWithItsNote()
    {
        IDocument document = Parse("printed", "nl-BE");
        IElement contradicted = document.QuerySelector("li.statement.contradicted")!;
        Assert.Equal("-17,9%", contradicted.QuerySelector(".value")!.TextContent);
        Assert.Contains("-17,3%", contradicted.QuerySelector("aside.note")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("✗", contradicted.QuerySelector(".mark")!.TextContent);
        Assert.Equal("klopt niet", contradicted.QuerySelector(".verdict")!.TextContent);
        Assert.Equal("8.515", document.QuerySelector("[data-count='1712/2021/calls']")!.TextContent);
        Assert.Equal("Hulplijnen in cijfers", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void Render_TextFromTheData_IsEscaped()
    {
        var helpline = new Helpline(HelplineId.Of("evil"), "<script>alert(1)</script> & co", "A line <b>bold</b>", null,
            new[] { new ChannelOffering(Channel.Phone) }, AnonymityPolicy.Unknown);
        var key = new ObservationKey(helpline.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Dataset dataset = Dataset.Of(Report.Create(helpline, ReportingPeriod.Year(2021), new[] { key.Observe(12) }, Array.Empty<Breakdown>(), Array.Empty<PublishedFigure>()));
        string html = Pages.Html(dataset, TextCulture.English);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> & co", new HtmlParser().ParseDocument(html).QuerySelector("section.helpline h2")!.TextContent.Trim());
    }

    [Fact]
    public void Render_AProtectedBreakdown_IsATableOfTheCountsAsShown_WithNoBarsAndNoPercentages()
    {
        // 40 calls: 30 by phone, 7 by chat, 3 by e-mail. With a minimum count of 5, e-mail is "fewer than 5" and chat is
        // hidden with it (40 − 30 = 10 would otherwise give e-mail away).
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2022), Metric.Calls);
        Dataset shown = new Core.Disclosure.DisclosurePolicy(5).Protect(Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2022),
            breakdowns: new[] { Breakdown.ByChannel(calls.Observe(40), BreakdownCoverage.Complete, (Channel.Phone, 30), (Channel.Chat, 7), (Channel.Email, 3)) }))).Dataset;
        IDocument document = new HtmlParser().ParseDocument(Pages.Html(shown, TextCulture.English));
        IElement figure = Assert.Single(document.QuerySelectorAll("figure.chart-box.counts-shown"));
        Assert.Null(figure.QuerySelector("svg"));
        Assert.Equal("Calls by channel", figure.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(new[] { "part", "count" }, figure.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.Equal(new[] { "phone=30", "chat=not published", "e-mail=fewer than 5", "total=40" },
            figure.QuerySelectorAll("tbody tr").Select(row => row.Children[0].TextContent + "=" + row.Children[1].TextContent));
        // Only an exact count carries its key, as on every other table of the page.
        Assert.Equal(new[] { "1712/2022/calls/phone", "1712/2022/calls" }, figure.QuerySelectorAll("td[data-count]").Select(td => td.GetAttribute("data-count")));
        Assert.DoesNotContain("%", figure.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, figure.QuerySelectorAll("p.chart-note").Length);
        Assert.Contains("shown as ‘fewer than 5’", figure.QuerySelectorAll("p.chart-note")[0].TextContent, StringComparison.Ordinal);
    }
}
