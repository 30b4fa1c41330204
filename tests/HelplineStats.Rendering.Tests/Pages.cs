using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Data;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using HelplineStats.Core.Text;
using NodaTime;

namespace HelplineStats.Rendering.Tests;

/// <summary>The pages the tests look at: the embedded printed 2021 page, and a page composed from made-up records.</summary>
internal static class Pages
{
    internal static readonly LocalDate AsOf = new(2022, 3, 12);

    internal static Dataset Printed => EmbeddedData.FlemishHelplines2021;

    /// <summary>Five years of made-up Stop it Now! records and two of Tele-Onthaal's, counted by year and composed by the default plan.</summary>
    internal static Dataset Composed { get; } = Compose();

    internal static FiguresPage Model(Dataset dataset, TextCulture culture) => FiguresPage.Of(dataset, Auditor.Default.Audit(dataset), culture, AsOf);

    internal static string Html(Dataset dataset, TextCulture culture) => PageRenderer.Default.Render(Model(dataset, culture));

    internal static IEnumerable<TextCulture> Cultures => new[] { TextCulture.Dutch, TextCulture.English };

    internal static TextCulture Culture(string name) => TextCulture.Parse(name);

    private static Dataset Compose()
    {
        var counter = new ContactAggregator(PeriodGranularity.Year, AggregationSchema.Default);
        for (int year = 2017; year <= 2021; year++)
        {
            counter.AddRange(SyntheticRecords.Generate(Helplines.StopItNowFlanders, year, count: 300 + (40 * (year - 2017)), seed: year));
        }
        for (int year = 2020; year <= 2021; year++)
        {
            counter.AddRange(SyntheticRecords.Generate(Helplines.TeleOnthaal, year, count: 900 + (50 * (year - 2020)), seed: 100 + year));
        }
        Dataset counts = counter.ToAggregate().ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
        return Composer.Default.Compose(counts, FigurePlan.Default).Dataset;
    }

    /// <summary>
    /// How a figure's value reads on the page, written here from the culture's separators and the page's conventions (a
    /// sign on every change, % after shares, the qualifier's word in front), not by the code under test.
    /// </summary>
    internal static string Expected(PublishedFigure figure, TextCulture culture)
    {
        bool dutch = culture.Name == "nl-BE";
        string q = figure.Qualifier switch
        {
            Qualifier.None => "",
            Qualifier.About => dutch ? "ongeveer " : "about ",
            Qualifier.Almost => dutch ? "bijna " : "almost ",
            Qualifier.MoreThan => dutch ? "meer dan " : "more than ",
            Qualifier.LessThan => dutch ? "minder dan " : "less than ",
            _ => throw new ArgumentOutOfRangeException(nameof(figure)),
        };
        decimal value = figure.Value!.Value;
        string number = Format(Math.Abs(value), dutch);
        string signed = (value > 0 ? "+" : value < 0 ? "-" : "") + number;
        return figure.Kind switch
        {
            FigureKind.Share => q + number + "%",
            FigureKind.RelativeChange => q + signed + "%",
            FigureKind.AbsoluteChange or FigureKind.PercentagePointChange => q + signed,
            FigureKind.OneInN => q + (dutch ? "één op de " : "one in ") + number,
            _ => q + number,
        };
    }

    /// <summary>8515 as "8.515" (Dutch) or "8,515" (English); 1.5 as "1,5" or "1.5"; the decimals as the value carries them (0.0 stays 0.0).</summary>
    private static string Format(decimal value, bool dutch)
    {
        string[] parts = value.ToString(CultureInfo.InvariantCulture).Split('.');
        string whole = System.Text.RegularExpressions.Regex.Replace(parts[0], @"\B(?=(\d{3})+$)", dutch ? "." : ",");
        return parts.Length == 1 ? whole : whole + (dutch ? "," : ".") + parts[1];
    }
}
