using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Text;

/// <summary>
/// The sentence patterns of one language, read from its phrase file (<see cref="PhraseFile"/>, <c>Text/Phrases/nl.json</c>
/// and <c>en.json</c>): every fixed word the text layer writes. Each member names its key and, in order, the
/// placeholders the code fills; the file may use them in any order and any number of times, and a member gives them as
/// a composite format whose holes ({0}, {1}...) take numbers and labels already worded. The code that fills them
/// (<see cref="Statements"/>, <see cref="ReportPage"/>) holds no words of its own, so a test can hold each language's
/// output against the other language's phrases, and another test lists every key a culture's file lacks.
/// </summary>
internal sealed class Phrasebook
{
    private readonly PhraseFile _file;
    private readonly ConcurrentDictionary<string, string> _composites = new(StringComparer.Ordinal);

    private Phrasebook(PhraseFile file) => _file = file;

    /// <summary>Dutch, as written in Flanders (nl-BE).</summary>
    internal static Phrasebook Dutch { get; } = new(PhraseFile.Embedded("nl"));

    /// <summary>English.</summary>
    internal static Phrasebook English { get; } = new(PhraseFile.Embedded("en"));

    /// <summary>French, as written in Belgium (fr-BE).</summary>
    internal static Phrasebook French { get; } = new(PhraseFile.Embedded("fr"));

    /// <summary>The phrasebook of a language code (<c>nl</c>, <c>en</c>, <c>fr</c>).</summary>
    internal static Phrasebook Of(string language) => language switch
    {
        "nl" => Dutch,
        "en" => English,
        "fr" => French,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "No phrase file for this language."),
    };

    /// <summary>The phrase file the words come from.</summary>
    internal PhraseFile File => _file;

    // ---- grammar ----
    internal string And => Text("and");
    internal string Percent => Text("percent", "value");
    internal string Quoted => Text("quoted", "text");
    internal string LabelValue => Text("label-value", "label", "value");
    internal string ItemSeparator => Text("item-separator");
    internal string CountsItem => Text("counts-item", "noun");
    internal IReadOnlyList<string> Months => List("months");
    internal IReadOnlyList<string> Quarters => List("quarters");
    internal string FirstDay => Text("first-day");
    internal string Date => Text("date", "day", "month", "year");
    internal string QualifierAbout => Text("qualifier-about");
    internal string QualifierAlmost => Text("qualifier-almost");
    internal string QualifierMoreThan => Text("qualifier-more-than");
    internal string QualifierLessThan => Text("qualifier-less-than");

    // ---- noun phrases ----
    internal string ByChannel => Text("by-channel", "noun", "channel");
    internal string InCategory => Text("in-category", "noun", "category");
    internal string WhereKnown => Text("where-known", "noun");
    internal string InYear => Text("in-year", "year");
    internal string InQuarter => Text("in-quarter", "year", "quarter");
    internal string InMonth => Text("in-month", "month", "year");
    internal string OnDay => Text("on-day", "date");
    internal string QuarterName => Text("quarter-name", "year", "quarter");
    internal string FromToName => Text("from-to-name", "first", "last");
    internal string FromTo => Text("from-to", "first", "last");
    internal string YearsFromTo => Text("years-from-to", "first", "last");
    internal string SinceLaunch => Text("since-launch", "month", "year");
    internal string SinceLaunchUntil => Text("since-launch-until", "month", "year", "last");
    internal string SinceLaunchUpToMonth => Text("since-launch-up-to-month", "month", "year");
    internal string FromUpToMonth => Text("from-up-to-month", "first", "month", "year");
    internal string FromUpToMonthName => Text("from-up-to-month-name", "first", "month", "year");
    internal string Unknown => Text("unknown");

    // ---- figures: {q} is the qualifier (with its trailing space), the value follows it ----
    internal Plural Count => Plural("count", "value", "noun");
    internal string SharePredicate => Text("share-predicate", "value", "whole", "predicate");
    internal string ShareAmountsTo => Text("share-amounts-to", "subject", "value", "whole");
    internal string OneInNPredicate => Text("one-in-n-predicate", "qualifier", "n", "whole", "predicate");
    internal string OneInNAmountsTo => Text("one-in-n-amounts-to", "subject", "qualifier", "n", "whole");
    internal string CameInBy => Text("came-in-by", "channel");
    internal string CameInByOne => Text("came-in-by-one", "channel");
    internal string FallsUnder => Text("falls-under", "category");
    internal string FallsUnderOne => Text("falls-under-one", "category");
    internal string PredicateAnd => Text("predicate-and", "first", "second");
    internal string RelativeChange => Text("relative-change", "noun", "value", "period");
    internal string AbsoluteChange => Text("absolute-change", "noun", "value", "period");
    internal Plural PointsChange => Plural("points-change", "part", "whole", "value", "period");
    internal string Multiple => Text("multiple", "value", "noun", "period");
    internal Plural AveragePerDay => Plural("average-per-day", "value", "noun", "period");
    internal Plural AveragePerWeek => Plural("average-per-week", "value", "noun", "period");
    internal Plural Cumulative => Plural("cumulative", "period", "value", "noun");
    internal string Highest => Text("highest", "noun", "period");
    internal string Lowest => Text("lowest", "noun", "period");
    internal Plural Age => Plural("age", "helpline", "value", "year");
    internal string Ratio => Text("ratio", "value", "noun", "per");

    // ---- what the counts say ----
    internal string Confirmed => Text("confirmed");
    internal string ConfirmedBy => Text("confirmed-by", "basis", "computed");
    internal string ConfirmedGives => Text("confirmed-gives", "computed");
    internal string Contradicted => Text("contradicted");
    internal string ContradictedBy => Text("contradicted-by", "basis", "computed", "printed");
    internal string ContradictedGives => Text("contradicted-gives", "computed", "printed");
    internal string Expected => Text("expected", "expected");
    internal string ConfirmedPinned => Text("confirmed-pinned", "ranges", "computed");
    internal string ContradictedPinned => Text("contradicted-pinned", "ranges", "computed", "printed");
    internal string BasisPartOfWhole => Text("basis-part-of-whole", "part", "whole", "noun");
    internal string BasisPartOfKnown => Text("basis-part-of-known", "part", "whole", "noun", "unknown");
    internal string BasisFromTo => Text("basis-from-to", "earlier", "later", "noun");
    internal string BasisCount => Text("basis-count", "count", "noun", "days");
    internal string BasisCountSinceLaunch => Text("basis-count-since-launch", "count", "noun", "days", "since");
    internal string BasisPer => Text("basis-per", "count", "noun", "per-count", "per-noun");
    internal string BasisLaunch => Text("basis-launch", "date");
    internal string BasisKnownYears => Text("basis-known-years");
    internal string NotCheckable => Text("not-checkable");
    internal string NotCheckableWithout => Text("not-checkable-without", "counts");
    internal string NotCheckableNoLaunch => Text("not-checkable-no-launch");
    internal string NotCheckableEndDay => Text("not-checkable-end-day", "month", "year");
    internal string NotCheckableEndDayAge => Text("not-checkable-end-day-age", "month", "year");
    internal string ImpliedLead => Text("implied-lead", "interval");
    internal string ImpliedMany => Text("implied-many", "ranges");
    internal string ConsistentTogether => Text("consistent-together", "counts");
    internal string TogetherPuts => Text("together-puts", "ranges");
    internal string NumberOfRange => Text("number-of-range", "noun", "range");
    internal string IntervalBetween => Text("interval-between", "low", "high");
    internal string IntervalAtLeast => Text("interval-at-least", "low", "high");
    internal string IntervalAtMost => Text("interval-at-most", "low", "high");
    internal string IntervalExactly => Text("interval-exactly", "low", "high");
    internal string IntervalNone => Text("interval-none");
    internal string TheNumberOf => Text("the-number-of", "noun");
    internal string RangeBetween => Text("range-between", "low", "high");
    internal string RangeAtLeast => Text("range-at-least", "low", "high");
    internal string RangeAtMost => Text("range-at-most", "low", "high");
    internal string RangeExactly => Text("range-exactly", "low", "high");
    internal string FigureNamed => Text("figure-named", "value");
    internal string OneInNValue => Text("one-in-n-value", "n");

    // ---- explanations ----
    internal string WrongBase => Text("wrong-base", "change", "later", "earlier", "slip");
    internal string WrongNumberOfDays => Text("wrong-number-of-days", "used", "right", "slip");
    internal string WrongWhole => Text("wrong-whole", "part", "whole", "noun", "slip");
    internal string OtherRoundingMode => Text("other-rounding-mode", "mode", "slip");
    internal string CoarserStep => Text("coarser-step", "step", "slip");
    internal string NeighbouringFigure => Text("neighbouring-figure", "slip", "figure");
    internal string DigitSlip => Text("digit-slip", "number");
    internal string IntervalsDisjoint => Text("intervals-disjoint", "this", "others");
    internal string ThisFigurePuts => Text("this-figure-puts", "noun", "interval");
    internal string OtherFigurePuts => Text("other-figure-puts", "figure", "interval");
    internal string OtherFigurePutsOther => Text("other-figure-puts-other", "figure", "noun", "interval");
    internal string OnlyCulprit => Text("only-culprit", "this", "others");
    internal string OnlyCulpritAlone => Text("only-culprit-alone", "this");
    internal string OthersPut => Text("others-put", "interval");
    internal string SeveralDisagree => Text("several-disagree", "nouns");
    internal string RecordBeatenHighest => Text("record-beaten-highest", "period", "count", "noun");
    internal string RecordBeatenLowest => Text("record-beaten-lowest", "period", "count", "noun");
    internal string NoCountFits => Text("no-count-fits");
    internal string NoCountFitsFor => Text("no-count-fits-for", "noun");
    internal string Unexplained => Text("unexplained");
    internal string RoundingModes(RoundingMode mode) => Text("rounding-modes." + Internal.KebabCase.Of(mode));

    // ---- findings ----
    internal string CountConflict => Text("count-conflict", "count", "first", "second");
    internal string CumulativeChainBroken => Text("cumulative-chain-broken", "count", "value", "sum");
    internal string CumulativeLessThan => Text("cumulative-less-than", "count", "value", "other", "other-value");
    internal string CumulativeMoreThan => Text("cumulative-more-than", "count", "value", "other", "other-value");
    internal string SharesDoNotAddUp => Text("shares-do-not-add-up", "figures", "sum");
    internal string ExemptFromAddingUp => Text("exempt-from-adding-up", "figures");
    internal string ExemptMultiLabel => Text("exempt-multi-label", "figures", "noun", "nouns");
    internal string FiguresDisagree => Text("figures-disagree", "figures");
    internal string CountsCannotAddUp => Text("counts-cannot-add-up", "count", "sums");

    // ---- figures the composer left out ----
    internal string SkippedCountMissing => Text("skipped-count-missing", "counts");
    internal string SkippedNoCounts => Text("skipped-no-counts", "helpline");
    internal string SkippedUndefined => Text("skipped-undefined", "counts");
    internal string SkippedLaunchDateUnknown => Text("skipped-launch-date-unknown", "helpline");
    internal string SkippedDoesNotHold => Text("skipped-does-not-hold", "period");
    internal string SkippedEndDayUnknown => Text("skipped-end-day-unknown", "month", "year");
    internal string SkippedBreakdownMissing => Text("skipped-breakdown-missing", "whole");
    internal string SkippedBeforeLaunch => Text("skipped-before-launch", "helpline", "period");
    internal string SkippedYearlyTotalsOnly => Text("skipped-yearly-totals-only");
    internal string SkippedNoSimpleFraction => Text("skipped-no-simple-fraction", "part", "whole");

    // ---- the audit's text ----
    internal string AuditReport => Text("audit-report", "helpline", "period");
    internal string AuditImplied => Text("audit-implied");
    internal string AuditImpliedItem => Text("audit-implied-item", "count", "bounds");
    internal string AuditNoCountFits => Text("audit-no-count-fits", "count");
    internal string AuditFindings => Text("audit-findings");
    internal string AuditSmallCounts => Text("audit-small-counts", "below");

    // ---- the page ----
    internal string Title => Text("title");
    internal string AgesOn => Text("ages-on", "date");
    internal string AlsoKnownAs => Text("also-known-as", "names");
    internal string FactLaunched => Text("fact-launched");
    internal string FactAge => Text("fact-age");
    internal string FactChannels => Text("fact-channels");
    internal string FactAnonymity => Text("fact-anonymity");
    internal string ChannelSince => Text("channel-since", "channel", "year");
    internal string NotLaunchedYet => Text("not-launched-yet");
    internal string NoLaunchDate => Text("no-launch-date");
    internal string AgeWords => Text("age-words", "years", "months", "days");
    internal Plural Years => Plural("years");
    internal Plural MonthsUnit => Plural("months-unit");
    internal Plural Days => Plural("days");
    internal string AlwaysAnonymous => Text("always-anonymous");
    internal string CallerChooses => Text("caller-chooses");
    internal string NotAnonymous => Text("not-anonymous");
    internal string AnonymityUnknown => Text("anonymity-unknown");
    internal string FiguresFor => Text("figures-for", "period");
    internal string Counts => Text("counts");
    internal string TableByChannel => Text("table-by-channel", "noun");
    internal string TableByCategory => Text("table-by-category", "noun", "label");
    internal string ColumnPart => Text("column-part");
    internal string ColumnCount => Text("column-count");
    internal string ColumnPercent => Text("column-percent");
    internal string ColumnPercentOfKnown => Text("column-percent-of-known");
    internal string Total => Text("total");
    internal string AdjustedNote => Text("adjusted-note");
    internal string IncompleteNote => Text("incomplete-note");
    internal string MultiLabelNote => Text("multi-label-note");
    internal string Disagreements => Text("disagreements");
    internal string None => Text("none");
    internal string SummaryFigures => Text("summary-figures", "figures", "confirmed", "contradicted", "together", "checkable");
    internal Plural FiguresNoun => Plural("figures-noun");
    internal string MissingTranslations => Text("missing-translations", "list");

    // ---- uncertainty (when asked for: StatementOptions) ----
    internal string ConfidenceShare => Text("confidence-share", "level", "low", "high");
    internal string ConfidenceChange => Text("confidence-change", "level", "low", "high");
    internal string ConfidencePoints => Text("confidence-points", "level", "low", "high");
    internal string ConfidenceMultiple => Text("confidence-multiple", "level", "low", "high");
    internal string WithinChance => Text("within-chance");

    // ---- small counts (publication safety) ----
    internal string ShownFewerThan => Text("shown-fewer-than", "k");
    internal string ShownNotPublished => Text("shown-not-published");
    internal string ShownBetween => Text("shown-between", "low", "high");
    internal string ShownAtLeast => Text("shown-at-least", "low", "high");
    internal string ShownAtMost => Text("shown-at-most", "low", "high");
    internal string ShownExactly => Text("shown-exactly", "count");
    internal string SmallCountsNote => Text("small-counts-note", "below", "k");
    internal string HiddenCountsNote => Text("hidden-counts-note");
    internal string ProtectedSummary => Text("protected-summary", "small", "below", "k");
    internal string ProtectedHidden => Text("protected-hidden", "hidden");
    internal string ProtectedRounded => Text("protected-rounded", "counts", "base");
    internal string WithheldFigure => Text("withheld-figure", "helpline", "figure", "period", "counts");
    internal string DisclosedPublished => Text("disclosed-published", "helpline", "count", "shown", "k");
    internal string DisclosedRecovered => Text("disclosed-recovered", "helpline", "count", "range", "sources");
    internal string DisclosedCombined => Text("disclosed-combined", "helpline", "count", "range");
    internal string SplitOf => Text("split-of", "total");
    internal string DisclosureSafe => Text("disclosure-safe", "k", "hidden");

    // ---- the page as HTML (HelplineStats.Rendering) ----
    internal string KeyFigures => Text("key-figures");
    internal string Shares => Text("shares");
    internal string ByYear => Text("by-year");
    internal string AtAGlance => Text("at-a-glance");
    internal string EveryFigure => Text("every-figure");
    internal string AboutTheHelpline => Text("about-the-helpline");
    internal string PerDay => Text("per-day", "value");
    internal string ChangeAgainst => Text("change-against", "value", "period", "direction");
    internal string DirectionUp => Text("direction-up");
    internal string DirectionDown => Text("direction-down");
    internal string DirectionSame => Text("direction-same");
    internal string VerdictConfirmed => Text("verdict-confirmed");
    internal string VerdictContradicted => Text("verdict-contradicted");
    internal string VerdictTogether => Text("verdict-together");
    internal string VerdictNotCheckable => Text("verdict-not-checkable");
    internal string FromTheCounts => Text("from-the-counts");
    internal string SharesOfKnown => Text("shares-of-known", "title");
    internal string SharesDescription => Text("shares-description", "shares");
    internal string SeriesTitle => Text("series-title", "noun");
    internal string SeriesDescription => Text("series-description", "noun", "first", "last");
    internal string SeriesGaps => Text("series-gaps");
    internal string ColumnYear => Text("column-year");
    internal string ColumnCumulativeSinceLaunch => Text("column-cumulative-since-launch");
    internal string ColumnCumulativeSince => Text("column-cumulative-since", "first");
    internal string ColumnVerdict => Text("column-verdict");
    internal string NoData => Text("no-data");
    internal string TableCaption => Text("table-caption", "title");
    internal string Legend => Text("legend");
    internal string Note => Text("note");

    // ---- reference data: the words of the ready-made metrics, channels and taxonomies, looked up by stable id ----

    /// <summary>The noun of the metric <paramref name="id"/>, or <c>null</c> when the file has none (it is then worded by its code and reported).</summary>
    internal string? MetricNoun(string id, bool plural) => Label("metrics." + id + (plural ? ".other" : ".one"));

    /// <summary>The name of the channel <paramref name="id"/>, or <c>null</c>.</summary>
    internal string? ChannelName(string id) => Label("channels." + id);

    /// <summary>The name of the taxonomy <paramref name="id"/>, or <c>null</c>.</summary>
    internal string? TaxonomyName(string id) => Label("taxonomies." + id);

    private string? Label(string key) => _file.Has(key) ? Text(key) : null;

    /// <summary>The phrase <paramref name="key"/> as a composite format over <paramref name="holes"/>, converted once.</summary>
    private string Text(string key, params string[] holes) =>
        _composites.TryGetValue(key, out string? composite) ? composite : _composites.GetOrAdd(key, _file.Composite(key, holes));

    /// <summary>The plural forms under <paramref name="key"/>, with the language's rule.</summary>
    private Plural Plural(string key, params string[] holes) => new(Text(key + ".one", holes), Text(key + ".other", holes), _file.Plural);

    /// <summary>The list under <paramref name="key"/>.</summary>
    private IReadOnlyList<string> List(string key) => _file.List(key);

    internal static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
