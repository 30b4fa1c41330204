using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using Microsoft.Playwright;

namespace HelplineStats.Rendering.Tests;

/// <summary>
/// The page as a person sees it: opened in a real headless Chromium (the system's, through Playwright), offline. Skipped
/// with the reason on a machine without Chromium; run, and failed if the browser is missing, when CI=true (.ci/run
/// installs it).
/// </summary>
public sealed class BrowserTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "printed", "nl-BE" }, { "printed", "en" }, { "composed", "nl-BE" }, { "composed", "en" },
    };

    private static Dataset Data(string which) => which == "printed" ? Pages.Printed : Pages.Composed;

    /// <summary>Opens the page at the given width, collecting console errors and page errors.</summary>
    private static async Task<(Browser.Session Session, List<string> Errors)> OpenAsync(string html, int width)
    {
        Browser.Session session = await Browser.OpenAsync(width);
        var errors = new List<string>();
        session.Page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                errors.Add(message.Type + ": " + message.Text);
            }
        };
        session.Page.PageError += (_, error) => errors.Add("page error: " + error);
        session.Page.RequestFailed += (_, request) => errors.Add("request failed: " + request.Url);
        session.Page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("data:", StringComparison.Ordinal) && request.Url != "about:blank")
            {
                errors.Add("request: " + request.Url);
            }
        };
        await session.Page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        return (session, errors);
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Page_InChromium_HasNoConsoleErrorsAndShowsEveryFigureAsComposedOrPrinted(string which, string culture)
    {
        TextCulture textCulture = Pages.Culture(culture);
        Dataset data = Data(which);
        (Browser.Session session, List<string> errors) = await OpenAsync(Pages.Html(data, textCulture), 1024);
        await using (session)
        {
            IReadOnlyList<string[]> shown = await session.Page.EvaluateAsync<string[][]>(
                "() => Array.from(document.querySelectorAll('[data-figure]')).map(e => [e.getAttribute('data-figure'), e.textContent, e.classList.contains('sub') ? 'line' : 'value'])");
            var expected = data.Reports.SelectMany(r => r.Figures.Where(f => f.Value is not null)
                .Select(f => (Reference: FigureReference.Of(r, f).ToString(), Text: Pages.Expected(f, textCulture)))).ToDictionary(x => x.Reference, x => x.Text);
            Assert.NotEmpty(shown);
            foreach (string[] element in shown)
            {
                string value = expected[element[0]];
                if (element[2] == "line")
                {
                    Assert.Contains(value, element[1], StringComparison.Ordinal);
                }
                else
                {
                    Assert.Equal(value, element[1]);
                }
            }
            // Every figure with a value is on the page at least once, as the rendered text a reader sees.
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), shown.Select(e => e[0]).Distinct().Order(StringComparer.Ordinal));
            Assert.Empty(errors);
        }
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Page_OnA360PixelPhone_DoesNotScrollSideways(string which, string culture)
    {
        (Browser.Session session, List<string> errors) = await OpenAsync(Pages.Html(Data(which), Pages.Culture(culture)), 360);
        await using (session)
        {
            // Nothing sticks out of the page to the right, not even inside a box that hides its overflow.
            string[] wide = await session.Page.EvaluateAsync<string[]>(
                "() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').slice(0, 60))");
            Assert.Empty(wide);
            int[] widths = await session.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.body.scrollWidth]");
            Assert.True(widths[0] <= widths[1], $"scroll width {widths[0]} > viewport {widths[1]}");
            Assert.True(widths[2] <= widths[1], $"body scroll width {widths[2]} > viewport {widths[1]}");
            Assert.Empty(errors);
        }
    }

    [BrowserFact]
    public async Task Page_Screenshot_IsNotBlank()
    {
        (Browser.Session session, _) = await OpenAsync(Pages.Html(Pages.Printed, TextCulture.Dutch), 1000);
        await using (session)
        {
            byte[] png = await session.Page.ScreenshotAsync(new PageScreenshotOptions { FullPage = false, Type = ScreenshotType.Png });
            Assert.True(png.Length > 10_000, $"a screenshot of {png.Length} bytes");
            // Decode it in the browser itself and count the pixels that are not the paper's white, and the distinct colours.
            await session.Page.SetContentAsync("<canvas id=c></canvas>");
            double[] stats = await session.Page.EvaluateAsync<double[]>(@"async (data) => {
                const image = new Image(); image.src = 'data:image/png;base64,' + data; await image.decode();
                const canvas = document.getElementById('c'); canvas.width = image.width; canvas.height = image.height;
                const context = canvas.getContext('2d'); context.drawImage(image, 0, 0);
                const pixels = context.getImageData(0, 0, image.width, image.height).data;
                let ink = 0; const colours = new Set();
                for (let i = 0; i < pixels.length; i += 4) {
                    if (pixels[i] < 235 || pixels[i + 1] < 235 || pixels[i + 2] < 235) ink++;
                    colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
                }
                return [ink / (pixels.length / 4), colours.size];
            }", Convert.ToBase64String(png));
            Assert.True(stats[0] > 0.03, $"only {stats[0]:P1} of the screenshot is not white");
            Assert.True(stats[1] > 20, $"only {stats[1]} colours");
        }
    }

    [BrowserFact]
    public async Task Page_PrintedOnA4_MakesAPdfAndEveryChartKeepsItsTable()
    {
        (Browser.Session session, List<string> errors) = await OpenAsync(Pages.Html(Pages.Printed, TextCulture.English), 1000);
        await using (session)
        {
            await session.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            int hiddenTables = await session.Page.EvaluateAsync<int>("() => Array.from(document.querySelectorAll('figure.chart-box table')).filter(t => t.offsetParent === null).length");
            Assert.Equal(0, hiddenTables);
            byte[] pdf = await session.Page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
            Assert.True(pdf.Length > 20_000, $"a PDF of {pdf.Length} bytes");
            Assert.Empty(errors);
        }
    }

    [BrowserFact]
    public async Task Page_TheContradictedFigure_IsVisibleWithItsNote()
    {
        (Browser.Session session, _) = await OpenAsync(Pages.Html(Pages.Printed, TextCulture.English), 800);
        await using (session)
        {
            ILocator note = session.Page.Locator("li.statement.contradicted aside.note");
            Assert.Equal(1, await note.CountAsync());
            Assert.True(await note.IsVisibleAsync());
            Assert.Contains("-17.3%", await note.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal("does not hold", await session.Page.Locator("li.statement.contradicted .verdict").InnerTextAsync());
        }
    }
}
