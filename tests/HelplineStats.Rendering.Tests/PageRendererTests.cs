using System;
using System.IO;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Text;

namespace HelplineStats.Rendering.Tests;

/// <summary>The template engine: an organisation's own template, bad templates, and the sandbox.</summary>
public sealed class PageRendererTests
{
    [Fact]
    public void FromTemplate_AnOrganisationsOwnTemplate_SeesThePageModel()
    {
        PageRenderer renderer = PageRenderer.FromTemplate(
            "<h1>{{ page.Title }}</h1>{% for h in page.Helplines %}<p>{{ h.Name }}: {% for y in h.Years %}{% for k in y.KeyFigures %}{{ k.Value }} {{ k.Label }};{% endfor %}{% endfor %}</p>{% endfor %}");
        string html = renderer.Render(Pages.Model(Pages.Printed, TextCulture.Dutch));
        Assert.StartsWith("<h1>Hulplijnen in cijfers</h1><p>1712: 8.515 oproepen;11.312 mogelijke slachtoffers;</p>", html, StringComparison.Ordinal);
        Assert.Contains("Tele-Onthaal: 139.092 oproepen;137.669 oproepen;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTemplate_InvalidLiquid_IsRefusedWithTheEnginesMessage()
    {
        PageTemplateException e = Assert.Throws<PageTemplateException>(() => PageRenderer.FromTemplate("{% for x in page.Helplines %}no end"));
        Assert.StartsWith("The page template is not valid Liquid: ", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => PageRenderer.FromTemplate(null!));
    }

    [Fact]
    public void Render_ATemplateReachingOutsideTheModel_GetsNothing()
    {
        // Only the model's own types are readable: the culture object and the date behind the page are not walked into.
        PageRenderer renderer = PageRenderer.FromTemplate("[{{ page.Culture.Name }}][{{ page.AsOf.Year }}][{{ page.Language }}]");
        Assert.Equal("[][][en]", renderer.Render(Pages.Model(Pages.Printed, TextCulture.English)));
    }

    [Fact]
    public void Render_ValuesAreHtmlEscapedUnlessTheTemplateAsksForThemRaw()
    {
        FiguresPage page = Pages.Model(Pages.Printed, TextCulture.English);
        string escaped = PageRenderer.FromTemplate("{{ page.Helplines[0].Years[0].ShareCharts[0].Svg }}").Render(page);
        string raw = PageRenderer.FromTemplate("{{ page.Helplines[0].Years[0].ShareCharts[0].Svg | raw }}").Render(page);
        Assert.StartsWith("&lt;svg", escaped, StringComparison.Ordinal);
        Assert.StartsWith("<svg", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ToAWriter_WritesTheSameAsToAString()
    {
        FiguresPage page = Pages.Model(Pages.Printed, TextCulture.Dutch);
        using var writer = new StringWriter();
        PageRenderer.Default.Render(page, writer);
        Assert.Equal(PageRenderer.Default.Render(page), writer.ToString());
        Assert.Equal(PageRenderer.Default.Render(page), PageRenderer.Default.Render(Pages.Printed, Auditor.Default.Audit(Pages.Printed), TextCulture.Dutch, Pages.AsOf));
        Assert.StartsWith("<!DOCTYPE html>", writer.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultTemplate_IsTheEmbeddedSource()
    {
        Assert.Contains("{{ page.Styles | raw }}", PageRenderer.DefaultTemplate, StringComparison.Ordinal);
        Assert.Contains("data-figure=\"{{ line.Reference }}\"", PageRenderer.DefaultTemplate, StringComparison.Ordinal);
    }
}
