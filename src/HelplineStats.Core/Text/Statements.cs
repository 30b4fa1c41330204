using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// Turns audited figures into sentences in Dutch or English: what was printed, and what the counts say about it. The
/// wording is the library's own; every number comes from the figure or the audit, rounded by a named policy.
/// </summary>
public static class Statements
{
    /// <summary>One sentence per verdict, in the verdicts' order.</summary>
    /// <param name="audit">The audit result.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The statements.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Statement> Of(AuditResult audit, TextCulture culture)
    {
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(culture, nameof(culture));
        return audit.Verdicts.Select(verdict => Of(verdict, culture)).ToList().AsReadOnly();
    }

    /// <summary>The sentence for one verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Statement Of(FigureVerdict verdict, TextCulture culture)
    {
        Guard.NotNull(verdict, nameof(verdict));
        Guard.NotNull(culture, nameof(culture));
        PublishedFigure figure = verdict.Figure;
        string subject = figure.Subject is ObservationKey key ? Capitalise(Key(key, verdict.ReportPeriod, culture)) : (culture.IsDutch ? "Leeftijd" : "Age");
        return new Statement($"{subject}: {Printed(figure, culture)}. {Judgement(verdict, culture)}", verdict);
    }

    /// <summary>A count's key in words: "oproepen via chat", "mogelijke slachtoffers (kindermishandeling) in 2020".</summary>
    /// <param name="key">The key.</param>
    /// <param name="reportPeriod">The period that goes without saying.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Key(ObservationKey key, ReportingPeriod reportPeriod, TextCulture culture)
    {
        Guard.NotNull(key, nameof(key));
        Guard.NotNull(reportPeriod, nameof(reportPeriod));
        Guard.NotNull(culture, nameof(culture));
        string text = Vocabulary.Metric(key.Metric, culture);
        if (key.Channel is Model.Channel channel)
        {
            text += (culture.IsDutch ? " via " : " by ") + Vocabulary.Channel(channel, culture);
        }
        if (key.Category is Category category)
        {
            text += $" ({Vocabulary.Category(category, culture)})";
        }
        if (!key.Period.Equals(reportPeriod))
        {
            text += " " + Period(key.Period, culture);
        }
        return text;
    }

    /// <summary>A channel's name in the language: "telefoon", "e-mail"; other channels by their id.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Channel(Channel channel, TextCulture culture)
    {
        Guard.NotNull(channel, nameof(channel));
        Guard.NotNull(culture, nameof(culture));
        return Vocabulary.Channel(channel, culture);
    }

    private static string Period(ReportingPeriod period, TextCulture culture) => period.Kind == PeriodKind.Custom
        ? (culture.IsDutch ? $"van {Iso(period.Start)} tot {Iso(period.End)}" : $"from {Iso(period.Start)} to {Iso(period.End)}")
        : (culture.IsDutch ? "in " : "in ") + period;

    private static string Printed(PublishedFigure figure, TextCulture culture)
    {
        string q = Vocabulary.Qualifier(figure.Qualifier, culture);
        decimal value = figure.Value ?? 0m;
        string compared = figure.ComparisonPeriod is ReportingPeriod c ? c.ToString() : "";
        string whole = figure.Whole is ObservationKey w ? Vocabulary.Metric(w.Metric, culture)
            + (figure.Basis == ShareBasis.Known ? (culture.IsDutch ? " van wie het bekend is" : " where known") : "") : "";
        bool nl = culture.IsDutch;
        return figure.Kind switch
        {
            FigureKind.Count => q + culture.Number(value),
            FigureKind.Share => $"{q}{culture.Number(value)}% {(nl ? "van de" : "of")} {whole}",
            FigureKind.RelativeChange => $"{q}{culture.Signed(value)}% {(nl ? "t.o.v." : "compared with")} {compared}",
            FigureKind.AbsoluteChange => $"{q}{culture.Signed(value)} {(nl ? "t.o.v." : "compared with")} {compared}",
            FigureKind.PercentagePointChange => $"{q}{culture.Signed(value)} {(nl ? "procentpunt t.o.v." : "percentage points compared with")} {compared}",
            FigureKind.Multiple => $"{q}{culture.Number(value)} {(nl ? "keer zoveel als in" : "times as many as in")} {compared}",
            FigureKind.RatePerDay => nl ? $"gemiddeld {q}{culture.Number(value)} per dag" : $"{q}{culture.Number(value)} a day on average",
            FigureKind.RatePerWeek => nl ? $"gemiddeld {q}{culture.Number(value)} per week" : $"{q}{culture.Number(value)} a week on average",
            FigureKind.OneInN => nl ? $"{q}één op de {culture.Number(value)} {whole}" : $"{q}one in {culture.Number(value)} {whole}",
            FigureKind.CumulativeSinceLaunch => $"{q}{culture.Number(value)} {(nl ? "sinds de lancering" : "since launch")}",
            FigureKind.HighestSinceLaunch => nl ? "het hoogste aantal sinds de oprichting" : "the highest since launch",
            FigureKind.LowestSinceLaunch => nl ? "het laagste aantal sinds de oprichting" : "the lowest since launch",
            FigureKind.AgeInYears => $"{q}{culture.Number(value)} {(nl ? "jaar" : "years")} {(nl ? "in" : "in")} {figure.Period}",
            FigureKind.Ratio => $"{q}{culture.Number(value)} {(nl ? "per" : "per")} {whole}",
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.Kind, $"The figure kind {figure.Kind} has no wording yet."),
        };
    }

    private static string Judgement(FigureVerdict verdict, TextCulture culture)
    {
        bool nl = culture.IsDutch;
        string computed = verdict.Exact is Rational exact ? Computed(verdict.Figure, exact, culture) : "";
        switch (verdict.Kind)
        {
            case VerdictKind.Confirmed:
                return computed.Length == 0
                    ? (nl ? "Klopt met de tellingen." : "The counts confirm it.")
                    : (nl ? $"Klopt: de tellingen geven {computed}." : $"Confirmed: the counts give {computed}.");
            case VerdictKind.Contradicted:
            {
                string because = string.Join(" ", verdict.Explanations.Select(e => Explain(e, verdict, culture)));
                string given = computed.Length == 0 ? "" : (nl ? $" De tellingen geven {computed}." : $" The counts give {computed}.");
                return (nl ? "Klopt niet." : "Does not hold.") + given + (because.Length == 0 ? "" : " " + because);
            }
            case VerdictKind.ConsistentTogether:
            {
                string missing = Vocabulary.List(verdict.Missing.Select(k => Key(k, verdict.ReportPeriod, culture)).ToList(), culture);
                return nl
                    ? $"Klopt samen met de andere cijfers: {missing} {(verdict.Missing.Count == 1 ? "is" : "zijn")} niet gepubliceerd, maar de cijfers passen bij elkaar."
                    : $"Consistent with the other figures: {missing} {(verdict.Missing.Count == 1 ? "is" : "are")} not published, but the figures fit together.";
            }
            case VerdictKind.NotCheckable:
            {
                string missing = Vocabulary.List(verdict.Missing.Select(k => Key(k, verdict.ReportPeriod, culture)).ToList(), culture);
                string implied = verdict.Implied.Count == 1 && !verdict.Implied[0].IsEmpty
                    ? (nl ? $"; volgens dit cijfer ligt het tussen {culture.Number(verdict.Implied[0].Low)} en {culture.Number(verdict.Implied[0].High)}"
                          : $"; this figure puts it between {culture.Number(verdict.Implied[0].Low)} and {culture.Number(verdict.Implied[0].High)}")
                    : "";
                return missing.Length == 0
                    ? (nl ? "Niet na te gaan." : "Cannot be checked.")
                    : (nl ? $"Niet na te gaan: {missing} {(verdict.Missing.Count == 1 ? "is" : "zijn")} niet gepubliceerd{implied}."
                          : $"Cannot be checked: {missing} {(verdict.Missing.Count == 1 ? "is" : "are")} not published{implied}.");
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(verdict), verdict.Kind, $"The verdict kind {verdict.Kind} has no wording yet.");
        }
    }

    private static string Explain(Explanation explanation, FigureVerdict verdict, TextCulture culture)
    {
        bool nl = culture.IsDutch;
        string slip = explanation.SlipValue is decimal value ? culture.Number(value) : "";
        return explanation.Kind switch
        {
            ExplanationKind.WrongBase => nl ? $"Gedeeld door het nieuwe in plaats van het oude aantal geeft {slip}." : $"Dividing by the new count instead of the old one gives {slip}.",
            ExplanationKind.WrongNumberOfDays => nl ? $"Met het verkeerde aantal dagen geeft het {slip}." : $"Over the wrong number of days it gives {slip}.",
            ExplanationKind.WrongWhole => nl ? $"Als aandeel van een ander totaal geeft het {slip}." : $"As a share of another whole it gives {slip}.",
            ExplanationKind.NeighbouringFigure => nl ? "Het gedrukte getal is dat van een naburig cijfer." : "The printed number is that of a neighbouring figure.",
            ExplanationKind.DigitSlip => nl ? "Er lijkt een cijfer verkeerd of verwisseld." : "A digit looks wrong or swapped.",
            ExplanationKind.OtherRoundingMode => nl ? $"Anders afgerond geeft het {slip}." : $"Rounded another way it gives {slip}.",
            ExplanationKind.CoarserStep => nl ? $"Grover afgerond geeft het {slip}." : $"Rounded more coarsely it gives {slip}.",
            ExplanationKind.IntervalsDisjoint => nl
                ? $"Het spreekt de andere cijfers over {Vocabulary.List(verdict.Missing.Select(k => Key(k, verdict.ReportPeriod, culture)).ToList(), culture)} tegen."
                : $"It contradicts the other figures about {Vocabulary.List(verdict.Missing.Select(k => Key(k, verdict.ReportPeriod, culture)).ToList(), culture)}.",
            ExplanationKind.RecordBeaten => nl ? "Een ander jaar telde meer." : "Another year counted more.",
            ExplanationKind.NoCountFits => nl ? "Geen enkel aantal maakt dit cijfer waar." : "No count can make this figure true.",
            ExplanationKind.Unexplained => nl ? "Geen gekende vergissing verklaart het gedrukte getal." : "No known slip explains the printed number.",
            ExplanationKind.OnlyCulprit => nl
                ? "Samen met de andere cijfers over dezelfde aantallen kan het niet kloppen, en dit cijfer is het enige dat alles verklaart."
                : "It cannot hold together with the other figures about the same counts, and this figure is the only one that explains it.",
            ExplanationKind.SeveralDisagree => nl
                ? "Meerdere cijfers over dezelfde aantallen spreken elkaar tegen."
                : "Several figures about the same counts contradict each other.",
            _ => throw new ArgumentOutOfRangeException(nameof(explanation), explanation.Kind, $"The explanation kind {explanation.Kind} has no wording yet."),
        };
    }

    private static string Computed(PublishedFigure figure, Rational exact, TextCulture culture)
    {
        int decimals = Math.Min(figure.Precision.Decimals + 1, Precision.MaxDecimals);
        RoundingPolicy shown = RoundingPolicy.HalfAwayFromZero(decimals);
        return figure.Kind switch
        {
            FigureKind.Count or FigureKind.CumulativeSinceLaunch or FigureKind.AbsoluteChange or FigureKind.AgeInYears
                => culture.Number(RoundingPolicy.HalfAwayFromZero(0).Round(exact)),
            FigureKind.Share => culture.Number(shown.Round(exact)) + "%",
            FigureKind.RelativeChange => culture.Signed(shown.Round(exact)) + "%",
            FigureKind.PercentagePointChange => culture.Signed(shown.Round(exact)),
            FigureKind.OneInN => culture.Number(RoundingPolicy.HalfAwayFromZero(1).Round(exact * 100)) + "%",
            FigureKind.Multiple or FigureKind.RatePerDay or FigureKind.RatePerWeek or FigureKind.Ratio => culture.Number(shown.Round(exact)),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure.Kind, $"The figure kind {figure.Kind} has no computed value to word."),
        };
    }

    private static string Iso(NodaTime.LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
