using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Text;

/// <summary>
/// The words of a figures page laid out as a picture (HelplineStats.Rendering's HTML page) in one language: headings,
/// column names, verdict labels, chart titles and descriptions, a key count's noun, a figure's value as printed, its
/// per-day average and change in words. Like the rest of the text layer it computes nothing: every number it words comes
/// from a figure, a count or the caller, formatted with the culture's separators. A layout (an HTML template, a slide)
/// takes all its words from here, so it holds none of its own and works in both languages.
/// </summary>
/// <remarks>
/// Not thread-safe: it records the codes it had no word for (<see cref="MissingTranslations"/>) as it goes. Use one
/// instance per page.
/// </remarks>
public sealed class PageWords
{
    private readonly Wording _w;
    private readonly Phrasebook _p;

    private PageWords(Wording wording)
    {
        _w = wording;
        _p = wording.Phrases;
    }

    /// <summary>The words for a page of <paramref name="dataset"/> (its helplines name since-launch periods).</summary>
    /// <param name="dataset">The dataset the page shows.</param>
    /// <param name="audit">The audit of <paramref name="dataset"/>.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PageWords For(Dataset dataset, AuditResult audit, TextCulture culture)
    {
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(culture, nameof(culture));
        return new PageWords(new Wording(culture, dataset.Helplines, audit));
    }

    /// <summary>The language.</summary>
    public TextCulture Culture => _w.Culture;

    /// <summary>The page's title: "Hulplijnen in cijfers".</summary>
    public string Title => _p.Title;

    /// <summary>"Kerncijfers": the heading of the key counts.</summary>
    public string KeyFigures => _p.KeyFigures;

    /// <summary>"Zo verdelen ze zich": the heading of the share charts.</summary>
    public string Shares => _p.Shares;

    /// <summary>"Jaar na jaar": the heading of the counts by year.</summary>
    public string ByYear => _p.ByYear;

    /// <summary>"In één oogopslag": the heading of "one in N" and multiples.</summary>
    public string AtAGlance => _p.AtAGlance;

    /// <summary>"Elk cijfer en wat de tellingen erover zeggen": the heading of the statements.</summary>
    public string EveryFigure => _p.EveryFigure;

    /// <summary>"Over de hulplijn": the heading of a helpline's facts.</summary>
    public string AboutTheHelpline => _p.AboutTheHelpline;

    /// <summary>"Gepubliceerde cijfers die de tellingen niet bevestigen": the heading of the disagreements.</summary>
    public string Disagreements => _p.Disagreements;

    /// <summary>"(geen)": what a list without items says.</summary>
    public string None => _p.None;

    /// <summary>"Wat de tekens betekenen": the heading of the verdict legend.</summary>
    public string Legend => _p.Legend;

    /// <summary>"Let op": the label of a note beside a contradicted figure.</summary>
    public string Note => _p.Note;

    /// <summary>"berekend uit de tellingen": the mark of a value the page works out from counts rather than a published figure.</summary>
    public string FromTheCounts => _p.FromTheCounts;

    /// <summary>"geen gegevens": what a year without a count shows.</summary>
    public string NoData => _p.NoData;

    /// <summary>The column of a part's name: "deel".</summary>
    public string ColumnPart => _p.ColumnPart;

    /// <summary>The column of counts: "aantal".</summary>
    public string ColumnCount => _p.ColumnCount;

    /// <summary>The column of percentages: "%".</summary>
    public string ColumnPercent => _p.ColumnPercent;

    /// <summary>The column of percentages of the known parts: "% van gekend".</summary>
    public string ColumnPercentOfKnown => _p.ColumnPercentOfKnown;

    /// <summary>The column of verdicts: "oordeel".</summary>
    public string ColumnVerdict => _p.ColumnVerdict;

    /// <summary>The column of years: "jaar".</summary>
    public string ColumnYear => _p.ColumnYear;

    /// <summary>The row of totals: "totaal".</summary>
    public string Total => _p.Total;

    /// <summary>
    /// The codes of metrics, channels, categories, taxonomies and descriptions this page had no words for so far (shown
    /// by their code in brackets); the line that lists them is <see cref="MissingTranslationsLine"/>.
    /// </summary>
    public IReadOnlyCollection<string> MissingTranslations => _w.Missing;

    /// <summary>
    /// The line that lists <see cref="MissingTranslations"/> together with <paramref name="others"/> (a <see cref="ReportPage"/>'s,
    /// say), or null when there are none.
    /// </summary>
    /// <param name="others">More codes shown for want of a word.</param>
    /// <returns>The line, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="others"/> is null.</exception>
    public string? MissingTranslationsLine(IEnumerable<string> others)
    {
        var all = new SortedSet<string>(_w.Missing, StringComparer.Ordinal);
        all.UnionWith(Guard.NotNull(others, nameof(others)));
        return all.Count == 0 ? null : _w.F(_p.MissingTranslations, string.Join(", ", all));
    }

    /// <summary>"Leeftijden op 12 maart 2022": the day the ages are measured on, as a subtitle.</summary>
    /// <param name="asOf">The day.</param>
    /// <returns>The words.</returns>
    public string AgesOn(LocalDate asOf) => Wording.Capitalise(_w.F(_p.AgesOn, _w.Date(asOf)));

    /// <summary>"Cijfers over 2021": the heading of one report.</summary>
    /// <param name="period">The report's period.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public string FiguresFor(ReportingPeriod period) => _w.F(_p.FiguresFor, _w.PeriodName(Guard.NotNull(period, nameof(period))));

    /// <summary>"ook: Stop it Now! Vlaanderen", or an empty string when the helpline has no other names.</summary>
    /// <param name="helpline">The helpline.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/> is null.</exception>
    public string AlsoKnownAs(Helpline helpline) =>
        Guard.NotNull(helpline, nameof(helpline)).OtherNames.Count == 0 ? "" : _w.F(_p.AlsoKnownAs, string.Join(", ", helpline.OtherNames));

    /// <summary>The helpline's description in this language (its code in brackets when it has none).</summary>
    /// <param name="helpline">The helpline.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/> is null.</exception>
    public string Description(Helpline helpline) => _w.Description(Guard.NotNull(helpline, nameof(helpline)));

    /// <summary>The helpline's facts as label and value: start date, age on <paramref name="asOf"/>, channels, anonymity.</summary>
    /// <param name="helpline">The helpline.</param>
    /// <param name="asOf">The day the age is measured on.</param>
    /// <returns>The facts, in that order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/> is null.</exception>
    public IReadOnlyList<KeyValuePair<string, string>> Facts(Helpline helpline, LocalDate asOf) =>
        ReportPage.Facts(Guard.NotNull(helpline, nameof(helpline)), asOf, _w);

    /// <summary>A count with the culture's digit groups: "8.515".</summary>
    /// <param name="count">The count.</param>
    /// <returns>The text.</returns>
    public string Number(long count) => _w.Number(count);

    /// <summary>A percentage as the culture writes it: "42%" in Dutch and English, "42 %" (with a narrow no-break space) in French.</summary>
    /// <param name="value">The value, already rounded.</param>
    /// <returns>The text.</returns>
    public string Percent(decimal value) => _w.F(_p.Percent, _w.Number(value));

    /// <summary>What a count counts, as the noun phrase after the number: "oproepen", "contacten sinds de lancering in mei 2017".</summary>
    /// <param name="key">The count's key.</param>
    /// <param name="reportPeriod">The period that goes without saying.</param>
    /// <param name="count">The count (singular or plural follows it).</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string Noun(ObservationKey key, ReportingPeriod reportPeriod, long count)
    {
        Guard.NotNull(key, nameof(key));
        Guard.NotNull(reportPeriod, nameof(reportPeriod));
        return _w.Key(key, reportPeriod, _w.IsPlural(count));
    }

    /// <summary>A part's name: the channel's or the category's ("telefoon", "kindermishandeling", "onbekend").</summary>
    /// <param name="part">The part's key.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="part"/> is null.</exception>
    /// <exception cref="ArgumentException">The key has neither a category nor a channel.</exception>
    public string PartLabel(ObservationKey part)
    {
        Guard.NotNull(part, nameof(part));
        if (part.Category is Category category)
        {
            return _w.Category(category);
        }
        return part.Channel is Channel channel ? _w.Channel(channel)
            : throw new ArgumentException($"The key {part} is no part: it has neither a channel nor a category.", nameof(part));
    }

    /// <summary>A figure's value as the page prints it, with its word and unit: "meer dan 58%", "+6%", "-36.460", "één op 5".</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="ArgumentException">The figure has no value (a record claim).</exception>
    public string Value(PublishedFigure figure) => _w.Printed(Guard.NotNull(figure, nameof(figure)));

    /// <summary>A per-day average under its count: "377 per dag".</summary>
    /// <param name="rate">A figure whose role is <see cref="FigureRole.DailyAverage"/>.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rate"/> is null.</exception>
    /// <exception cref="ArgumentException">The figure is not a per-day average.</exception>
    public string PerDay(PublishedFigure rate)
    {
        Guard.NotNull(rate, nameof(rate));
        if (FigureRoles.Of(rate) != FigureRole.DailyAverage)
        {
            throw new ArgumentException($"The figure {rate.Id} is {Article.A(rate.Kind.ToString())}, not a per-day average.", nameof(rate));
        }
        return _w.F(_p.PerDay, _w.Printed(rate));
    }

    /// <summary>
    /// A change under its count, the direction said in words as well as by the sign: "-1% tegenover 2020: minder",
    /// "+6% compared with 2020: up".
    /// </summary>
    /// <param name="change">A figure whose role is <see cref="FigureRole.Change"/> or <see cref="FigureRole.Difference"/>.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="ArgumentException">The figure is not a change.</exception>
    public string Change(PublishedFigure change)
    {
        Guard.NotNull(change, nameof(change));
        if (FigureRoles.Of(change) is not (FigureRole.Change or FigureRole.Difference) || change is not ComparedFigure { Value: decimal value } compared)
        {
            throw new ArgumentException($"The figure {change.Id} is {Article.A(change.Kind.ToString())}, not a change.", nameof(change));
        }
        string direction = value > 0m ? _p.DirectionUp : value < 0m ? _p.DirectionDown : _p.DirectionSame;
        return _w.F(_p.ChangeAgainst, _w.Printed(change), _w.PeriodName(compared.ComparisonPeriod), direction);
    }

    /// <summary>A verdict in a few words, for a badge: "bevestigd", "klopt niet", "niet na te gaan".</summary>
    /// <param name="kind">The verdict.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The verdict kind has no words (a new kind).</exception>
    public string Verdict(VerdictKind kind) => kind switch
    {
        VerdictKind.Confirmed => _p.VerdictConfirmed,
        VerdictKind.Contradicted => _p.VerdictContradicted,
        VerdictKind.ConsistentTogether => _p.VerdictTogether,
        VerdictKind.NotCheckable => _p.VerdictNotCheckable,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The verdict kind has no words yet."),
    };

    /// <summary>
    /// The title of the shares of a whole, divided the way <paramref name="part"/> is: "Contacten per kanaal",
    /// "Mogelijke slachtoffers per categorie (soort geweld)", with ", van wie het gegeven gekend is" for shares of the known.
    /// </summary>
    /// <param name="whole">The whole the shares are of.</param>
    /// <param name="part">One part: a channel of the whole, or a category.</param>
    /// <param name="reportPeriod">The period that goes without saying.</param>
    /// <param name="basis">Of the total, or of the known.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string SharesTitle(ObservationKey whole, ObservationKey part, ReportingPeriod reportPeriod, ShareBasis basis)
    {
        Guard.NotNull(whole, nameof(whole));
        Guard.NotNull(part, nameof(part));
        Guard.NotNull(reportPeriod, nameof(reportPeriod));
        string noun = Wording.Capitalise(_w.Key(whole, reportPeriod));
        string title = part.Category is Category category && whole.Category is null
            ? _w.F(_p.TableByCategory, noun, _w.Taxonomy(category.TaxonomyId))
            : _w.F(_p.TableByChannel, noun);
        return basis == ShareBasis.Known ? _w.F(_p.SharesOfKnown, title) : title;
    }

    /// <summary>The description of a share chart for screen readers: "Staafdiagram van de aandelen: e-mail 42%, telefoon 40% en chat 18%."</summary>
    /// <param name="parts">Each part as its label and value, already worded ("e-mail 42%").</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    public string SharesDescription(IEnumerable<string> parts) => _w.F(_p.SharesDescription, _w.List(Guard.NotNull(parts, nameof(parts)).ToList()));

    /// <summary>The title of a count by year: "Oproepen per jaar".</summary>
    /// <param name="metric">What is counted.</param>
    /// <returns>The title.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public string SeriesTitle(Metric metric) => Wording.Capitalise(_w.F(_p.SeriesTitle, _w.Noun(Guard.NotNull(metric, nameof(metric)), plural: true)));

    /// <summary>The description of a count by year for screen readers, saying that an empty year is unknown, not zero, when there is one.</summary>
    /// <param name="metric">What is counted.</param>
    /// <param name="firstYear">The first year shown.</param>
    /// <param name="lastYear">The last year shown.</param>
    /// <param name="hasGaps">Whether some year has no count.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public string SeriesDescription(Metric metric, int firstYear, int lastYear, bool hasGaps)
    {
        string text = _w.F(_p.SeriesDescription, _w.Noun(Guard.NotNull(metric, nameof(metric)), plural: true), firstYear, lastYear);
        return hasGaps ? text + " " + _p.SeriesGaps : text;
    }

    /// <summary>What a year without a count means, in a sentence (for the note under a chart with gaps).</summary>
    public string SeriesGaps => _p.SeriesGaps;

    /// <summary>The column of running totals: "samen sinds de lancering", or "samen sinds 2020" for a helpline without a launch date.</summary>
    /// <param name="helpline">The helpline.</param>
    /// <param name="firstYear">The year the totals start in when the launch date is not known.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/> is null.</exception>
    public string ColumnCumulative(Helpline helpline, int firstYear) =>
        Guard.NotNull(helpline, nameof(helpline)).LaunchDate is null ? _w.F(_p.ColumnCumulativeSince, firstYear) : _p.ColumnCumulativeSinceLaunch;

    /// <summary>The caption of a chart's table twin: "Contacten per kanaal: de cijfers als tabel".</summary>
    /// <param name="title">The chart's title.</param>
    /// <returns>The caption.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    public string TableCaption(string title) => _w.F(_p.TableCaption, Guard.NotNull(title, nameof(title)));
}
