using System;
using System.IO;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Rendering;
using NodaTime;

namespace HelplineStats.Docs.Samples;

/// <summary>docs/html-page.md: the page's model, and the page as one HTML file.</summary>
public static class HtmlPageTour
{
    public static void Run()
    {
        // begin-snippet: html-page-tour
        // The embedded 2021 page, checked by the audit, laid out in English with ages on 12 March 2022.
        Dataset dataset = EmbeddedData.FlemishHelplines2021;
        AuditResult audit = Auditor.Default.Audit(dataset);
        FiguresPage page = FiguresPage.Of(dataset, audit, TextCulture.English, asOf: new LocalDate(2022, 3, 12));

        // What a template sees: Tele-Onthaal's 2021 calls as a key figure, and its charts with their table twins.
        YearSection teleOnthaal2021 = page.Helplines.Single(h => h.Id == "tele-onthaal").Years.Last();
        KeyFigure calls = teleOnthaal2021.KeyFigures.First();
        Console.WriteLine($"{calls.Value} {calls.Label}: {calls.PerDay!.Text} ({calls.PerDay.Verdict}), {calls.Change!.Text} ({calls.Change.Verdict})");
        foreach (Chart chart in teleOnthaal2021.ShareCharts.Concat(teleOnthaal2021.SeriesCharts))
        {
            Console.WriteLine($"{chart.Title}: {string.Join("; ", chart.Table.Rows)}");
        }

        // The page as one self-contained HTML file, through the embedded template (or PageRenderer.FromTemplate(yours)).
        string path = Path.Combine(Path.GetTempPath(), "helplines-2021-en.html");
        File.WriteAllText(path, PageRenderer.Default.Render(page));
        Console.WriteLine(page.Disagreements.Single());
        // end-snippet

        // begin-snippet: html-page-template
        // An organisation's house style: any Liquid template over the same model (PageTemplateException if it is not valid).
        PageRenderer house = PageRenderer.FromTemplate(
            "<h1>{{ page.Title }}</h1>{% for h in page.Helplines %}<h2>{{ h.Name }}</h2><p>{{ h.Facts[0].Label }}: {{ h.Facts[0].Value }}</p>{% endfor %}");
        Console.WriteLine(house.Render(page));
        // end-snippet
    }
}
