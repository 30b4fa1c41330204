using System;
using System.IO;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using NodaTime;

namespace HelplineStats.Rendering;

/// <summary>
/// Writes a <see cref="FiguresPage"/> as one self-contained HTML file (inline CSS and SVG, no script, nothing from the
/// network) through a Liquid template: the embedded default, or an organisation's own
/// (<see cref="FromTemplate(string)"/>). Templates run in Fluid's sandbox: they see the page's model under the name
/// <c>page</c> and nothing else (only the model's own types are readable), and every value they write is HTML-escaped
/// unless the template asks for it raw (<c>{{ chart.Svg | raw }}</c>, which escapes its own text).
/// </summary>
/// <remarks>Immutable and thread-safe: a parsed template is reused by every call.</remarks>
public sealed class PageRenderer
{
    /// <summary>The types a template may read: the page's model and nothing else (first: the options below read it).</summary>
    internal static readonly Type[] ModelTypes =
    {
        typeof(FiguresPage), typeof(PageLabels), typeof(HelplineSection), typeof(Fact), typeof(YearSection), typeof(KeyFigure),
        typeof(FigureLine), typeof(VerdictMark), typeof(Chart), typeof(ChartTable), typeof(ChartRow), typeof(ChartCell),
    };

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly Lazy<PageRenderer> DefaultRenderer = new(() => FromTemplate(Resource("page.liquid")));
    private readonly IFluidTemplate _template;

    private PageRenderer(IFluidTemplate template) => _template = template;

    /// <summary>The renderer with the embedded default template.</summary>
    public static PageRenderer Default => DefaultRenderer.Value;

    /// <summary>The default template's Liquid source: a starting point for an organisation's own (docs/html-page.md describes its model).</summary>
    public static string DefaultTemplate { get; } = Resource("page.liquid");

    /// <summary>The default style sheet, which the default template inlines (<see cref="FiguresPage.Styles"/>).</summary>
    public static string DefaultStyles { get; } = Resource("page.css");

    /// <summary>A renderer with a Liquid template of your own; it sees the page as <c>page</c> (a <see cref="FiguresPage"/>).</summary>
    /// <param name="liquid">The template's source.</param>
    /// <returns>The renderer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="liquid"/> is null.</exception>
    /// <exception cref="PageTemplateException">The template is not valid Liquid; the message says where.</exception>
    public static PageRenderer FromTemplate(string liquid)
    {
        ArgumentNullException.ThrowIfNull(liquid);
        if (!Parser.TryParse(liquid, out IFluidTemplate? template, out string? error))
        {
            throw new PageTemplateException("The page template is not valid Liquid: " + error);
        }
        return new PageRenderer(template);
    }

    /// <summary>The page as HTML.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    /// <exception cref="PageTemplateException">The template failed while writing the page.</exception>
    public string Render(FiguresPage page)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Render(page, writer);
        return writer.ToString();
    }

    /// <summary>Writes the page as HTML to <paramref name="output"/>.</summary>
    /// <param name="page">The page.</param>
    /// <param name="output">Where the HTML goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PageTemplateException">The template failed while writing the page.</exception>
    public void Render(FiguresPage page, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(output);
        var context = new TemplateContext(Options);
        context.SetValue("page", page);
        try
        {
            // The model is in memory and no filter waits, so the task is complete when it returns; the synchronous overload
            // that takes a writer is obsolete in Fluid 2.41.
            System.Threading.Tasks.ValueTask rendering = _template.RenderAsync(output, context, Encoder, false);
            if (!rendering.IsCompletedSuccessfully)
            {
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new PageTemplateException("The page template failed: " + e.Message, e);
        }
    }

    /// <summary>The page of <paramref name="dataset"/> and its audit as HTML: <see cref="FiguresPage.Of"/>, then <see cref="Render(FiguresPage)"/>.</summary>
    /// <param name="dataset">The dataset: a composed page, or a page someone printed.</param>
    /// <param name="audit">The audit of <paramref name="dataset"/>.</param>
    /// <param name="culture">The language.</param>
    /// <param name="asOf">The day the helplines' ages are measured on.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PageTemplateException">The template failed while writing the page.</exception>
    public string Render(Dataset dataset, AuditResult audit, TextCulture culture, LocalDate asOf) => Render(FiguresPage.Of(dataset, audit, culture, asOf));

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { MaxRecursion = 20 };
        options.MemberAccessStrategy.IgnoreCasing = true;
        foreach (Type type in ModelTypes)
        {
            options.MemberAccessStrategy.Register(type);
        }
        return options;
    }

    private static string Resource(string name)
    {
        using Stream stream = typeof(PageRenderer).Assembly.GetManifestResourceStream("HelplineStats.Rendering.Templates." + name)
            ?? throw new InvalidOperationException($"The embedded template {name} is missing from {typeof(PageRenderer).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
