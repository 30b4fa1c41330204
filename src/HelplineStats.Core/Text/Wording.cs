using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// Words the parts of a sentence in one language: labels from the phrase files (<see cref="Phrasebook"/>), periods as a person says them,
/// numbers with the culture's separators. It computes nothing: every number comes from a figure, a count or the audit.
/// It records every id it had no word for, so the page can say so.
/// </summary>
internal sealed class Wording
{
    private readonly SortedSet<string> _missing = new(StringComparer.Ordinal);
    private readonly Dictionary<HelplineId, Helpline> _helplines;

    internal Wording(TextCulture culture, IEnumerable<Helpline> helplines, AuditResult? audit)
    {
        Culture = culture;
        Phrases = culture.Phrases;
        _helplines = helplines.GroupBy(h => h.Id).ToDictionary(g => g.Key, g => g.First());
        Audit = audit;
    }

    internal TextCulture Culture { get; }

    internal Phrasebook Phrases { get; }

    internal AuditResult? Audit { get; }

    /// <summary>What the statements say beyond the figures (nothing by default).</summary>
    internal StatementOptions Options { get; init; } = StatementOptions.None;

    /// <summary>The codes shown for want of a word in this language.</summary>
    internal IReadOnlyCollection<string> Missing => _missing;

    internal Helpline? Helpline(HelplineId id) => _helplines.TryGetValue(id, out Helpline? helpline) ? helpline : null;

    internal string F(string template, params object[] args) => Phrasebook.Format(template, args);

    internal string Number(decimal value) => Culture.Number(value);

    internal string Signed(decimal value) => Culture.Signed(value);

    /// <summary>Whether <paramref name="n"/> of something takes the plural in this language (French: 0 and 1,5 take the singular).</summary>
    internal bool IsPlural(decimal n) => !Phrases.File.Plural.IsOne(n);

    internal string Noun(Metric metric, bool plural) => Phrases.MetricNoun(metric.Value, plural) ?? Code(metric.Value);

    internal string Channel(Channel channel) => Phrases.ChannelName(channel.Value) ?? Code(channel.Value);

    internal string Category(Category category)
    {
        if (category.IsUnknown)
        {
            return Phrases.Unknown;
        }
        if (category.Labels.TryGet(Culture.Language, out string? label))
        {
            return label;
        }
        // Without a label in this language: the model's own label is English by convention, so it serves in English and
        // the category is shown by its code (and reported) in Dutch.
        return Culture.ReadsDefaultLabels ? category.Label : Code(category.ToString());
    }

    internal string Taxonomy(Taxonomy taxonomy) =>
        Phrases.TaxonomyName(taxonomy.Id.Value) ?? (Culture.ReadsDefaultLabels ? taxonomy.Name : Code(taxonomy.Id.Value));

    /// <summary>A taxonomy known only by its id: the phrase file's words, else its code (reported as missing).</summary>
    internal string Taxonomy(TaxonomyId id) => Phrases.TaxonomyName(id.Value) ?? Code(id.Value);

    internal string Description(Helpline helpline) =>
        helpline.Descriptions.TryGet(Culture.Language, out string? description) ? description
        : Culture.ReadsDefaultLabels ? helpline.Description : Code("description:" + helpline.Id.Value);

    internal string HelplineName(HelplineId id) => Helpline(id)?.Name ?? id.Value;

    private string Code(string code)
    {
        _missing.Add(code);
        return "[" + code + "]";
    }

    internal string Qualifier(Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.None => "",
        Model.Qualifier.About => Phrases.QualifierAbout,
        Model.Qualifier.Almost => Phrases.QualifierAlmost,
        Model.Qualifier.MoreThan => Phrases.QualifierMoreThan,
        Model.Qualifier.LessThan => Phrases.QualifierLessThan,
        _ => throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "The qualifier has no words yet."),
    };

    internal string Date(NodaTime.LocalDate date) =>
        F(Phrases.Date, date.Day == 1 ? Phrases.FirstDay : date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture), Phrases.Months[date.Month - 1], date.Year);

    /// <summary>A period with its preposition: "in 2020", "in mei 2021", "sinds de lancering in mei 2017".</summary>
    internal string Period(ReportingPeriod period, HelplineId? helpline)
    {
        switch (period.Kind)
        {
            case PeriodKind.Year:
                return F(Phrases.InYear, period.Start.Year);
            case PeriodKind.Quarter:
                return F(Phrases.InQuarter, period.Start.Year, Phrases.Quarters[(period.Start.Month - 1) / 3]);
            case PeriodKind.Month:
                return F(Phrases.InMonth, Phrases.Months[period.Start.Month - 1], period.Start.Year);
            case PeriodKind.Day:
                return F(Phrases.OnDay, Date(period.Start));
            case PeriodKind.Custom when period is MonthEndPeriod:
                return helpline is HelplineId launched && Helpline(launched)?.LaunchDate is NodaTime.LocalDate launchDay && launchDay == period.Start
                    ? F(Phrases.SinceLaunchUpToMonth, Phrases.Months[period.End.Month - 1], period.End.Year)
                    : F(Phrases.FromUpToMonth, Date(period.Start), Phrases.Months[period.End.Month - 1], period.End.Year);
            case PeriodKind.Custom:
            {
                bool endsAtYearEnd = period.End.Month == 12 && period.End.Day == 31;
                if (helpline is HelplineId id && Helpline(id)?.LaunchDate is NodaTime.LocalDate launch && launch == period.Start && endsAtYearEnd)
                {
                    return F(Phrases.SinceLaunchUntil, Phrases.Months[launch.Month - 1], launch.Year, period.End.Year);
                }
                if (period.Start.Month == 1 && period.Start.Day == 1 && endsAtYearEnd)
                {
                    return F(Phrases.YearsFromTo, period.Start.Year, period.End.Year);
                }
                return F(Phrases.FromTo, Date(period.Start), Date(period.End));
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(period), period.Kind, "The period kind has no words yet.");
        }
    }

    /// <summary>A period's name without a preposition, after "tegenover" or "Cijfers over": "2020", "mei 2021", "het 1e kwartaal van 2020".</summary>
    internal string PeriodName(ReportingPeriod period) => period.Kind switch
    {
        PeriodKind.Year => period.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PeriodKind.Quarter => F(Phrases.QuarterName, period.Start.Year, Phrases.Quarters[(period.Start.Month - 1) / 3]),
        PeriodKind.Month => Phrases.Months[period.Start.Month - 1] + " " + period.Start.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        PeriodKind.Day => Date(period.Start),
        PeriodKind.Custom when period is MonthEndPeriod => F(Phrases.FromUpToMonthName, Date(period.Start), Phrases.Months[period.End.Month - 1], period.End.Year),
        PeriodKind.Custom => F(Phrases.FromToName, Date(period.Start), Date(period.End)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period.Kind, "The period kind has no words yet."),
    };

    /// <summary>A since-launch period said from the report's point of view: "sinds de lancering in mei 2017" when it runs to the report's end.</summary>
    internal string PeriodFrom(ReportingPeriod period, ReportingPeriod reportPeriod, HelplineId helpline)
    {
        if (period.Kind == PeriodKind.Custom && period is DatedPeriod && period.End == reportPeriod.End && Helpline(helpline)?.LaunchDate is NodaTime.LocalDate launch && launch == period.Start)
        {
            return F(Phrases.SinceLaunch, Phrases.Months[launch.Month - 1], launch.Year);
        }
        return Period(period, helpline);
    }

    /// <summary>A count's key as a noun phrase: "oproepen via chat", "mogelijke slachtoffers in de categorie ‘partnergeweld’ in 2020".</summary>
    internal string Key(ObservationKey key, ReportingPeriod reportPeriod, bool plural = true, bool withPeriod = true)
    {
        string text = Noun(key.Metric, plural);
        if (key.Channel is Model.Channel channel)
        {
            text = F(Phrases.ByChannel, text, Channel(channel));
        }
        if (key.Category is Category category)
        {
            text = F(Phrases.InCategory, text, Category(category));
        }
        if (withPeriod && !key.Period.Equals(reportPeriod))
        {
            text += " " + PeriodFrom(key.Period, reportPeriod, key.Helpline);
        }
        return text;
    }

    /// <summary>A count's key with its own period always said: "oproepen via chat in 2020", "oproepen sinds de lancering in mei 2017".</summary>
    internal string KeyWithPeriod(ObservationKey key) => Key(key, key.Period, withPeriod: false) + " " + Period(key.Period, key.Helpline);

    internal string List(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + Phrases.And + items[^1];

    internal static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The interval of counts a figure implies, in words; an end at <see cref="long.MaxValue"/> is open.</summary>
    internal string Interval(CountInterval interval) => Interval(interval, Phrases.IntervalBetween, Phrases.IntervalAtLeast, Phrases.IntervalAtMost, Phrases.IntervalExactly);

    /// <summary>The interval after "puts it": "tussen 5.407 en 5.440", "op ten minste 7.201".</summary>
    internal string Range(CountInterval interval) => Interval(interval, Phrases.RangeBetween, Phrases.RangeAtLeast, Phrases.RangeAtMost, Phrases.RangeExactly);

    private string Interval(CountInterval interval, string between, string atLeast, string atMost, string exactly)
    {
        if (interval.IsEmpty)
        {
            return Phrases.IntervalNone;
        }
        string low = Number(interval.Low);
        string high = Number(interval.High);
        if (interval.Low == interval.High)
        {
            return F(exactly, low, high);
        }
        if (interval.High == long.MaxValue)
        {
            return F(atLeast, low, high);
        }
        return interval.Low == 0 ? F(atMost, low, high) : F(between, low, high);
    }

    /// <summary>The printed value as the figure shows it, with its qualifier and unit: "meer dan 58%", "+6%", "-36.460".</summary>
    internal string Printed(PublishedFigure figure)
    {
        decimal value = figure.Value ?? throw new ArgumentException("A record claim has no value.", nameof(figure));
        PrintedUnit unit = FigureKinds.Of(figure).Unit;
        return Qualifier(figure.Qualifier) + (unit == PrintedUnit.OneInN ? F(Phrases.OneInNValue, Number(value)) : InUnit(unit, value));
    }

    /// <summary>The decimals the counts' value is shown with: one more than printed, so a reader sees which way it rounds.</summary>
    internal static RoundingPolicy ShownPolicy(PublishedFigure figure) => FigureKinds.Of(figure).ShownWhole
        ? RoundingPolicy.Whole
        : RoundingPolicy.HalfAwayFromZero(Math.Min(figure.Precision.Decimals + 1, Precision.MaxDecimals));

    /// <summary>What the counts give, in the figure's unit ("18,3%", "-1,0%", "377,2"); one-in-N is shown as the share it is.</summary>
    internal string Computed(PublishedFigure figure, Rational exact) => FigureKinds.Of(figure).Unit switch
    {
        PrintedUnit.OneInN => F(Phrases.Percent, Number(RoundingPolicy.OneDecimal.Round(exact * 100))),
        PrintedUnit.None => throw new ArgumentException("A record claim has no value.", nameof(figure)),
        PrintedUnit unit => InUnit(unit, ShownPolicy(figure).Round(exact)),
    };

    /// <summary>A value the audit gives for a slip, in the figure's unit (N of a one-in-N as a number).</summary>
    internal string Slip(PublishedFigure figure, decimal value) => InUnit(FigureKinds.Of(figure).Unit, value);

    /// <summary>A value in a unit: "58%", "+6%", "-36.460", "377".</summary>
    internal string InUnit(PrintedUnit unit, decimal value) => unit switch
    {
        PrintedUnit.Percent => F(Phrases.Percent, Number(value)),
        PrintedUnit.SignedPercent => F(Phrases.Percent, Signed(value)),
        PrintedUnit.Signed => Signed(value),
        _ => Number(value),
    };
}
