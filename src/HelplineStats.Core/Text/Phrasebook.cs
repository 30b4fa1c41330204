using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// The sentence patterns of one language: every fixed word the text layer writes, as composite-format templates whose
/// holes ({0}, {1}...) take numbers and labels already worded. Two instances exist, <see cref="Dutch"/> and
/// <see cref="English"/>; the code that fills them (<see cref="Statements"/>, <see cref="ReportPage"/>) holds no words of
/// its own, so a test can hold each language's output against the other language's phrases.
/// </summary>
internal sealed class Phrasebook
{
    // ---- grammar ----
    internal required string And { get; init; }
    internal required string[] Months { get; init; }
    internal required string Date { get; init; }                        // {0} day, {1} month, {2} year
    internal required string QualifierAbout { get; init; }
    internal required string QualifierAlmost { get; init; }
    internal required string QualifierMoreThan { get; init; }
    internal required string QualifierLessThan { get; init; }

    // ---- noun phrases ----
    internal required string ByChannel { get; init; }                   // {0} noun, {1} channel
    internal required string InCategory { get; init; }                  // {0} noun, {1} category label
    internal required string WhereKnown { get; init; }                  // {0} noun phrase
    internal required string InYear { get; init; }                      // {0} year
    internal required string InQuarter { get; init; }                   // {0} year, {1} quarter
    internal required string InMonth { get; init; }                     // {0} month name, {1} year
    internal required string OnDay { get; init; }                       // {0} date
    internal required string QuarterName { get; init; }                 // {0} year, {1} quarter
    internal required string FromToName { get; init; }                  // {0} first date, {1} last date
    internal required string FromTo { get; init; }                      // {0} first date, {1} last date
    internal required string YearsFromTo { get; init; }                 // {0} first year, {1} last year
    internal required string SinceLaunch { get; init; }                 // {0} month name, {1} year
    internal required string SinceLaunchUntil { get; init; }            // {0} month name, {1} year, {2} last year
    internal required string SinceLaunchUpToMonth { get; init; }        // {0} month name, {1} year: the end, whose day is not known
    internal required string FromUpToMonth { get; init; }               // {0} first date, {1} month name, {2} year: the end, whose day is not known
    internal required string FromUpToMonthName { get; init; }           // {0} first date, {1} month name, {2} year: the end, whose day is not known
    internal required string Unknown { get; init; }

    // ---- figures: {q} is the qualifier (with its trailing space), the value follows it ----
    internal required string CountOne { get; init; }                    // {0} q+value, {1} noun phrase
    internal required string CountMany { get; init; }
    internal required string SharePredicate { get; init; }              // {0} q+value, {1} whole, {2} predicate
    internal required string ShareAmountsTo { get; init; }              // {0} subject, {1} q+value, {2} whole
    internal required string OneInNPredicate { get; init; }             // {0} q, {1} N, {2} whole, {3} predicate
    internal required string OneInNAmountsTo { get; init; }             // {0} subject, {1} q, {2} N, {3} whole
    internal required string CameInBy { get; init; }                    // {0} channel (plural predicate)
    internal required string CameInByOne { get; init; }                 // {0} channel (singular predicate)
    internal required string FallsUnder { get; init; }                  // {0} category
    internal required string FallsUnderOne { get; init; }
    internal required string PredicateAnd { get; init; }                // {0} first predicate, {1} second
    internal required string RelativeChange { get; init; }              // {0} noun phrase, {1} q+signed value, {2} period
    internal required string AbsoluteChange { get; init; }
    internal required string PointsChangeOne { get; init; }             // {0} part, {1} whole, {2} q+signed, {3} period
    internal required string PointsChangeMany { get; init; }
    internal required string Multiple { get; init; }                    // {0} q+value, {1} noun, {2} period
    internal required string PerDayOne { get; init; }                   // {0} q+value, {1} noun phrase, {2} "" or " " + period
    internal required string PerDayMany { get; init; }
    internal required string PerWeekOne { get; init; }
    internal required string PerWeekMany { get; init; }
    internal required string CumulativeOne { get; init; }               // {0} period phrase, {1} q+value, {2} noun phrase
    internal required string CumulativeMany { get; init; }
    internal required string Highest { get; init; }                     // {0} noun phrase, {1} period
    internal required string Lowest { get; init; }
    internal required string AgeOne { get; init; }                      // {0} helpline, {1} q+value, {2} year
    internal required string AgeMany { get; init; }
    internal required string Ratio { get; init; }                       // {0} q+value, {1} noun (subject), {2} noun (whole, singular)

    // ---- what the counts say ----
    internal required string Confirmed { get; init; }
    internal required string ConfirmedBy { get; init; }                 // {0} basis, {1} computed
    internal required string ConfirmedGives { get; init; }              // {0} computed
    internal required string Contradicted { get; init; }
    internal required string ContradictedBy { get; init; }              // {0} basis, {1} computed, {2} printed
    internal required string ContradictedGives { get; init; }           // {0} computed, {1} printed
    internal required string Expected { get; init; }                    // {0} expected
    internal required string ConfirmedPinned { get; init; }             // {0} ranges, {1} computed
    internal required string ContradictedPinned { get; init; }          // {0} ranges, {1} computed, {2} printed
    internal required string BasisPartOfWhole { get; init; }            // {0} part, {1} whole, {2} noun (plural)
    internal required string BasisPartOfKnown { get; init; }            // {0} part, {1} whole, {2} noun, {3} unknown
    internal required string BasisFromTo { get; init; }                 // {0} earlier, {1} later, {2} noun
    internal required string BasisCount { get; init; }                  // {0} count, {1} noun, {2} days
    internal required string BasisCountSinceLaunch { get; init; }       // {0} count, {1} noun, {2} days, {3} since the launch in (month, year)
    internal required string BasisPer { get; init; }                    // {0} count, {1} noun, {2} count, {3} noun
    internal required string BasisLaunch { get; init; }                 // {0} date
    internal required string BasisKnownYears { get; init; }
    internal required string NotCheckable { get; init; }
    internal required string NotCheckableWithout { get; init; }         // {0} list of noun phrases
    internal required string NotCheckableNoLaunch { get; init; }
    internal required string NotCheckableEndDay { get; init; }          // {0} month name, {1} year: the period ends on an unknown day of it
    internal required string NotCheckableEndDayAge { get; init; }       // {0} month name, {1} year: the period ends on an unknown day of it
    internal required string ImpliedLead { get; init; }                 // {0} interval
    internal required string ImpliedMany { get; init; }                 // {0} list of "the number of X between a and b"
    internal required string ConsistentTogether { get; init; }          // {0} list of noun phrases
    internal required string TogetherPuts { get; init; }                // {0} list of "the number of X between a and b"
    internal required string NumberOfRange { get; init; }               // {0} noun phrase, {1} range
    internal required string IntervalBetween { get; init; }             // {0} low, {1} high
    internal required string IntervalAtLeast { get; init; }
    internal required string IntervalAtMost { get; init; }
    internal required string IntervalExactly { get; init; }
    internal required string IntervalNone { get; init; }
    internal required string TheNumberOf { get; init; }                 // {0} noun phrase
    internal required string RangeBetween { get; init; }                // {0} low, {1} high
    internal required string RangeAtLeast { get; init; }
    internal required string RangeAtMost { get; init; }
    internal required string RangeExactly { get; init; }
    internal required string FigureNamed { get; init; }                 // {0} printed value
    internal required string OneInNValue { get; init; }                 // {0} N

    // ---- explanations ----
    internal required string WrongBase { get; init; }                   // {0} change, {1} later, {2} earlier, {3} slip
    internal required string WrongNumberOfDays { get; init; }           // {0} days used, {1} right days, {2} slip
    internal required string WrongWhole { get; init; }                  // {0} part, {1} whole, {2} noun, {3} slip
    internal required string OtherRoundingMode { get; init; }           // {0} mode, {1} slip
    internal required string CoarserStep { get; init; }                 // {0} step, {1} slip
    internal required string NeighbouringFigure { get; init; }          // {0} slip, {1} figure
    internal required string DigitSlip { get; init; }                   // {0} right number
    internal required string IntervalsDisjoint { get; init; }           // {0} this figure's words, {1} the others'
    internal required string ThisFigurePuts { get; init; }              // {0} noun phrase, {1} interval
    internal required string OtherFigurePuts { get; init; }             // {0} figure, {1} interval
    internal required string OtherFigurePutsOther { get; init; }        // {0} figure, {1} noun phrase, {2} interval
    internal required string OnlyCulprit { get; init; }                 // {0} this figure's words, {1} the others'
    internal required string OnlyCulpritAlone { get; init; }            // {0} this figure's words
    internal required string OthersPut { get; init; }                   // {0} interval
    internal required string SeveralDisagree { get; init; }             // {0} noun phrases
    internal required string RecordBeatenHighest { get; init; }         // {0} period, {1} count, {2} noun
    internal required string RecordBeatenLowest { get; init; }
    internal required string NoCountFits { get; init; }
    internal required string NoCountFitsFor { get; init; }              // {0} noun phrase
    internal required string Unexplained { get; init; }
    internal required IReadOnlyDictionary<RoundingMode, string> RoundingModes { get; init; }

    // ---- findings ----
    internal required string CountConflict { get; init; }
    internal required string CumulativeChainBroken { get; init; }
    internal required string SharesDoNotAddUp { get; init; }            // {0} figures
    internal required string ExemptFromAddingUp { get; init; }          // {0} figures
    internal required string FiguresDisagree { get; init; }             // {0} figures
    internal required string CountsCannotAddUp { get; init; }

    // ---- the page ----
    internal required string Title { get; init; }
    internal required string AgesOn { get; init; }                      // {0} date
    internal required string AlsoKnownAs { get; init; }                 // {0} names
    internal required string FactLaunched { get; init; }
    internal required string FactAge { get; init; }
    internal required string FactChannels { get; init; }
    internal required string FactAnonymity { get; init; }
    internal required string ChannelSince { get; init; }                // {0} channel, {1} year
    internal required string NotLaunchedYet { get; init; }
    internal required string NoLaunchDate { get; init; }
    internal required string AgeWords { get; init; }                    // {0} years, {1} months, {2} days (already worded)
    internal required string[] Years { get; init; }                     // singular, plural
    internal required string[] MonthsUnit { get; init; }
    internal required string[] Days { get; init; }
    internal required string AlwaysAnonymous { get; init; }
    internal required string CallerChooses { get; init; }
    internal required string NotAnonymous { get; init; }
    internal required string AnonymityUnknown { get; init; }
    internal required string FiguresFor { get; init; }                  // {0} period phrase (without "in")
    internal required string Counts { get; init; }
    internal required string TableByChannel { get; init; }              // {0} noun phrase
    internal required string TableByCategory { get; init; }             // {0} noun phrase, {1} taxonomy label
    internal required string ColumnPart { get; init; }
    internal required string ColumnCount { get; init; }
    internal required string ColumnPercent { get; init; }
    internal required string ColumnPercentOfKnown { get; init; }
    internal required string Total { get; init; }
    internal required string AdjustedNote { get; init; }
    internal required string IncompleteNote { get; init; }
    internal required string MultiLabelNote { get; init; }
    internal required string Disagreements { get; init; }
    internal required string None { get; init; }
    internal required string SummaryFigures { get; init; }              // {0} figures, {1} confirmed, {2} contradicted, {3} consistent together, {4} not checkable
    internal required string[] FiguresNoun { get; init; }
    internal required string MissingTranslations { get; init; }         // {0} list

    // ---- uncertainty (when asked for: StatementOptions) ----
    internal required string ConfidenceShare { get; init; }             // {0} level, {1} low, {2} high
    internal required string ConfidenceChange { get; init; }
    internal required string ConfidencePoints { get; init; }
    internal required string ConfidenceMultiple { get; init; }
    internal required string WithinChance { get; init; }

    // ---- small counts (publication safety) ----
    internal required string ShownFewerThan { get; init; }              // {0} k
    internal required string ShownNotPublished { get; init; }
    internal required string ShownBetween { get; init; }                // {0} low, {1} high
    internal required string ShownAtLeast { get; init; }                // {0} low
    internal required string ShownAtMost { get; init; }                 // {1} high
    internal required string ShownExactly { get; init; }                // {0} count
    internal required string SmallCountsNote { get; init; }             // {0} k − 1, {1} k: under a table with small counts
    internal required string HiddenCountsNote { get; init; }            // under a table with counts not published
    internal required string ProtectedSummary { get; init; }            // {0} small counts, {1} k − 1, {2} k
    internal required string ProtectedHidden { get; init; }             // {0} counts hidden besides
    internal required string ProtectedRounded { get; init; }            // {0} counts, {1} base
    internal required string WithheldFigure { get; init; }              // {0} helpline, {1} figure id, {2} period, {3} counts it would give away
    internal required string DisclosedPublished { get; init; }          // {0} helpline, {1} the number of X, {2} count, {3} k
    internal required string DisclosedRecovered { get; init; }          // {0} helpline, {1} the number of X, {2} range, {3} sources
    internal required string DisclosedCombined { get; init; }           // {0} helpline, {1} the number of X, {2} range
    internal required string SplitOf { get; init; }                     // {0} noun phrase of the total
    internal required string DisclosureSafe { get; init; }              // {0} k, {1} hidden

    // ---- the page as HTML (HelplineStats.Rendering) ----
    internal required string KeyFigures { get; init; }
    internal required string Shares { get; init; }
    internal required string ByYear { get; init; }
    internal required string AtAGlance { get; init; }
    internal required string EveryFigure { get; init; }
    internal required string AboutTheHelpline { get; init; }
    internal required string PerDay { get; init; }                      // {0} printed value
    internal required string ChangeAgainst { get; init; }               // {0} printed value, {1} period name, {2} direction
    internal required string DirectionUp { get; init; }
    internal required string DirectionDown { get; init; }
    internal required string DirectionSame { get; init; }
    internal required string VerdictConfirmed { get; init; }
    internal required string VerdictContradicted { get; init; }
    internal required string VerdictTogether { get; init; }
    internal required string VerdictNotCheckable { get; init; }
    internal required string FromTheCounts { get; init; }
    internal required string SharesOfKnown { get; init; }               // {0} title
    internal required string SharesDescription { get; init; }           // {0} list of "label value"
    internal required string SeriesTitle { get; init; }                 // {0} noun (plural)
    internal required string SeriesDescription { get; init; }           // {0} noun (plural), {1} first year, {2} last year
    internal required string SeriesGaps { get; init; }
    internal required string ColumnYear { get; init; }
    internal required string ColumnCumulativeSinceLaunch { get; init; }
    internal required string ColumnCumulativeSince { get; init; }       // {0} first year
    internal required string ColumnVerdict { get; init; }
    internal required string NoData { get; init; }
    internal required string TableCaption { get; init; }                // {0} chart title
    internal required string Legend { get; init; }
    internal required string Note { get; init; }

    internal static Phrasebook Dutch { get; } = new()
    {
        And = " en ",
        Months = new[] { "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december" },
        Date = "{0} {1} {2}",
        QualifierAbout = "ongeveer ",
        QualifierAlmost = "bijna ",
        QualifierMoreThan = "meer dan ",
        QualifierLessThan = "minder dan ",
        ByChannel = "{0} via {1}",
        InCategory = "{0} in de categorie ‘{1}’",
        WhereKnown = "{0} van wie het gegeven gekend is",
        InYear = "in {0}",
        InQuarter = "in het {1}e kwartaal van {0}",
        InMonth = "in {0} {1}",
        OnDay = "op {0}",
        QuarterName = "het {1}e kwartaal van {0}",
        FromToName = "{0} tot en met {1}",
        FromTo = "van {0} tot en met {1}",
        YearsFromTo = "van {0} tot en met {1}",
        SinceLaunch = "sinds de lancering in {0} {1}",
        SinceLaunchUntil = "van de lancering in {0} {1} tot eind {2}",
        SinceLaunchUpToMonth = "sinds de lancering, tot {0} {1}",
        FromUpToMonth = "van {0} tot {1} {2}",
        FromUpToMonthName = "{0} tot {1} {2}",
        Unknown = "onbekend",
        CountOne = "Er was {0} {1}.",
        CountMany = "Er waren {0} {1}.",
        SharePredicate = "{0}% van de {1} {2}.",
        ShareAmountsTo = "De {0} zijn goed voor {1}% van de {2}.",
        OneInNPredicate = "{0}één op de {1} {2} {3}.",
        OneInNAmountsTo = "Bij de {0} gaat het om {1}één op de {2} {3}.",
        CameInBy = "kwam binnen via {0}",
        CameInByOne = "kwam binnen via {0}",
        FallsUnder = "valt in de categorie ‘{0}’",
        FallsUnderOne = "valt in de categorie ‘{0}’",
        PredicateAnd = "{0} en {1}",
        RelativeChange = "Het aantal {0} veranderde met {1}% tegenover {2}.",
        AbsoluteChange = "Het aantal {0} veranderde met {1} tegenover {2}.",
        PointsChangeOne = "Het aandeel van {0} in de {1} veranderde met {2} procentpunt tegenover {3}.",
        PointsChangeMany = "Het aandeel van {0} in de {1} veranderde met {2} procentpunt tegenover {3}.",
        Multiple = "Er waren {0} keer zoveel {1} als in {2}.",
        PerDayOne = "Gemiddeld was er {0} {1} per dag{2}.",
        PerDayMany = "Gemiddeld waren er {0} {1} per dag{2}.",
        PerWeekOne = "Gemiddeld was er {0} {1} per week{2}.",
        PerWeekMany = "Gemiddeld waren er {0} {1} per week{2}.",
        CumulativeOne = "{0} was er {1} {2}.",
        CumulativeMany = "{0} waren er {1} {2}.",
        Highest = "Het aantal {0} {1} is het hoogste sinds de start.",
        Lowest = "Het aantal {0} {1} is het laagste sinds de start.",
        AgeOne = "{0} bestaat {1} jaar in {2}.",
        AgeMany = "{0} bestaat {1} jaar in {2}.",
        Ratio = "Er waren {0} {1} per {2}.",
        Confirmed = "Dat klopt met de tellingen.",
        ConfirmedBy = "Dat klopt: {0} geeft {1}.",
        ConfirmedGives = "Dat klopt: de tellingen geven {0}.",
        Contradicted = "Dat klopt niet.",
        ContradictedBy = "Dat klopt niet: {0} geeft {1}, niet {2}.",
        ContradictedGives = "Dat klopt niet: de tellingen geven {0}, niet {1}.",
        Expected = "Juist gedrukt is het {0}.",
        ConfirmedPinned = "Dat klopt samen met de andere cijfers: die zetten {0}, wat {1} geeft.",
        ContradictedPinned = "Dat klopt niet: de andere cijfers zetten {0}, wat {1} geeft, niet {2}.",
        BasisPartOfWhole = "{0} van de {1} {2}",
        BasisPartOfKnown = "{0} van de {1} {2}, van wie {3} onbekend",
        BasisFromTo = "van {0} naar {1} {2}",
        BasisCount = "{0} {1} over {2} dagen",
        BasisCountSinceLaunch = "{0} {1} over de {2} dagen {3}",
        BasisPer = "{0} {1} op {2} {3}",
        BasisLaunch = "Dat klopt: de lijn startte op {0}.",
        BasisKnownYears = "Dat klopt voor elk jaar sinds de start.",
        NotCheckable = "Niet na te gaan.",
        NotCheckableWithout = "Niet na te gaan: er is geen telling van {0}.",
        NotCheckableNoLaunch = "Niet na te gaan: de startdatum is niet gekend.",
        NotCheckableEndDay = "Niet na te gaan: de periode eindigt op een niet vermelde dag in {0} {1}, dus het aantal dagen is niet gekend.",
        NotCheckableEndDayAge = "Niet na te gaan: de periode eindigt op een niet vermelde dag in {0} {1}, en de leeftijd hangt af van die dag.",
        ImpliedLead = "Volgens dit cijfer {0}.",
        ImpliedMany = "Dit cijfer zet {0}.",
        ConsistentTogether = "Niet apart na te gaan: er is geen telling van {0}, maar de cijfers erover passen bij elkaar.",
        TogetherPuts = "Samen zetten ze {0}.",
        NumberOfRange = "het aantal {0} {1}",
        IntervalBetween = "ligt dat aantal tussen {0} en {1}",
        IntervalAtLeast = "is dat aantal ten minste {0}",
        IntervalAtMost = "is dat aantal hoogstens {1}",
        IntervalExactly = "is dat aantal precies {0}",
        IntervalNone = "kan geen enkel aantal kloppen",
        TheNumberOf = "het aantal {0}",
        RangeBetween = "tussen {0} en {1}",
        RangeAtLeast = "op ten minste {0}",
        RangeAtMost = "op hoogstens {1}",
        RangeExactly = "op precies {0}",
        FigureNamed = "het cijfer {0}",
        OneInNValue = "één op de {0}",
        WrongBase = "Wie het verschil ({0}) deelt door het nieuwe aantal {1} in plaats van het oude {2}, komt uit op {3}.",
        WrongNumberOfDays = "Wie deelt door {0} dagen in plaats van de {1} dagen dat de lijn open was, komt uit op {2}.",
        WrongWhole = "Als aandeel van de {2} ({0} van {1}) is het {3}.",
        OtherRoundingMode = "{0} afgerond wordt het {1}.",
        CoarserStep = "Afgerond op {0} wordt het {1}.",
        NeighbouringFigure = "{0} is de waarde van een ander cijfer op de pagina ({1}).",
        DigitSlip = "Het juiste getal is {0}: één cijfer is anders of twee cijfers staan omgewisseld.",
        IntervalsDisjoint = "{0}; {1}. Die kunnen niet allemaal kloppen.",
        ThisFigurePuts = "Dit cijfer zet het aantal {0} {1}",
        OtherFigurePuts = "{0} zet het {1}",
        OtherFigurePutsOther = "{0} zet het aantal {1} {2}",
        OnlyCulprit = "{0}; {1}. Zonder dit cijfer passen alle andere.",
        OnlyCulpritAlone = "{0}, en zonder dit cijfer passen alle andere.",
        OthersPut = "de andere cijfers zetten het {0}",
        SeveralDisagree = "Meerdere cijfers over {0} spreken elkaar tegen: ze kunnen niet allemaal kloppen, en geen klein groepje cijfers verklaart waarom.",
        RecordBeatenHighest = "{0} waren er meer: {1} {2}.",
        RecordBeatenLowest = "{0} waren er minder: {1} {2}.",
        NoCountFits = "Voor deze tellingen bestaat het cijfer niet (een geheel of basis van nul).",
        NoCountFitsFor = "Geen enkel aantal {0} maakt dit cijfer waar.",
        Unexplained = "Geen gekende vergissing verklaart het gedrukte getal.",
        RoundingModes = new Dictionary<RoundingMode, string>
        {
            [RoundingMode.HalfAwayFromZero] = "Half van nul weg",
            [RoundingMode.HalfToEven] = "Half naar even",
            [RoundingMode.TowardZero] = "Naar nul toe",
            [RoundingMode.AwayFromZero] = "Van nul weg",
            [RoundingMode.TowardPositiveInfinity] = "Naar boven",
            [RoundingMode.TowardNegativeInfinity] = "Naar beneden",
        },
        CountConflict = "Twee rapporten geven een ander aantal voor dezelfde telling; de controle rekent die telling als onbekend.",
        CumulativeChainBroken = "Een totaal sinds de lancering is niet de som van zijn jaren.",
        SharesDoNotAddUp = "De gedrukte aandelen {0} van een volledige uitsplitsing tellen niet op tot 100, ook niet met afronding.",
        ExemptFromAddingUp = "De aandelen {0} hoeven niet op te tellen tot 100: de uitsplitsing is onvolledig of telt een contact in meer dan één categorie.",
        FiguresDisagree = "De cijfers {0} kunnen niet allemaal kloppen, maar elk ervan kan het juiste zijn: geen enkel wordt dus tegengesproken.",
        CountsCannotAddUp = "De gepubliceerde aantallen en grenzen tellen niet op tot hun totaal; de controle laat die som buiten beschouwing.",
        Title = "Hulplijnen in cijfers",
        AgesOn = "leeftijden op {0}",
        AlsoKnownAs = "ook: {0}",
        FactLaunched = "Gestart",
        FactAge = "Leeftijd",
        FactChannels = "Kanalen",
        FactAnonymity = "Anonimiteit",
        ChannelSince = "{0} sinds {1}",
        NotLaunchedYet = "nog niet gestart",
        NoLaunchDate = "onbekend (geen startdatum)",
        AgeWords = "{0}, {1} en {2}",
        Years = new[] { "jaar", "jaar" },
        MonthsUnit = new[] { "maand", "maanden" },
        Days = new[] { "dag", "dagen" },
        AlwaysAnonymous = "altijd anoniem",
        CallerChooses = "wie contact opneemt, kiest of die anoniem blijft",
        NotAnonymous = "niet anoniem",
        AnonymityUnknown = "onbekend",
        FiguresFor = "Cijfers over {0}",
        Counts = "Tellingen",
        TableByChannel = "{0} per kanaal",
        TableByCategory = "{0} per categorie ({1})",
        ColumnPart = "deel",
        ColumnCount = "aantal",
        ColumnPercent = "%",
        ColumnPercentOfKnown = "% van gekend",
        Total = "totaal",
        AdjustedNote = "* naar de andere kant afgerond, zodat de percentages samen 100 zijn",
        IncompleteNote = "niet alle delen staan in de tabel; de percentages zijn van het totaal en tellen niet op tot 100",
        MultiLabelNote = "één contact kan in meer dan één categorie vallen; de percentages tellen niet op tot 100",
        Disagreements = "Gepubliceerde cijfers die de tellingen niet bevestigen",
        None = "(geen)",
        SummaryFigures = "{0}: {1} bevestigd, {2} in tegenspraak met de tellingen, {3} samen consistent, {4} niet na te gaan met de gepubliceerde tellingen.",
        FiguresNoun = new[] { "cijfer", "cijfers" },
        MissingTranslations = "Zonder Nederlandse vertaling (getoond met hun code): {0}.",
        ConfidenceShare = "Met {0} betrouwbaarheid ligt het aandeel tussen {1}% en {2}%.",
        ConfidenceChange = "Met {0} betrouwbaarheid ligt de verandering tussen {1}% en {2}%.",
        ConfidencePoints = "Met {0} betrouwbaarheid ligt de verandering tussen {1} en {2} procentpunt.",
        ConfidenceMultiple = "Met {0} betrouwbaarheid ligt de verhouding tussen {1} en {2}.",
        WithinChance = "Die verandering valt binnen wat het toeval alleen kan geven.",
        ShownFewerThan = "minder dan {0}",
        ShownNotPublished = "niet gepubliceerd",
        ShownBetween = "{0} tot {1}",
        ShownAtLeast = "ten minste {0}",
        ShownAtMost = "hoogstens {1}",
        ShownExactly = "precies {0}",
        SmallCountsNote = "Een aantal van 1 tot {0} staat er als ‘minder dan {1}’, opdat niemand erin te herkennen is.",
        HiddenCountsNote = "‘Niet gepubliceerd’: dat aantal is weggelaten, omdat er anders een klein aantal uit terug te rekenen is.",
        ProtectedSummary = "Kleine aantallen, van 1 tot {1}, staan er als ‘minder dan {2}’ ({0} in totaal).",
        ProtectedHidden = "Opdat niemand ze uit de andere cijfers kan terugrekenen, zijn ook enkele andere aantallen niet gepubliceerd ({0} in totaal).",
        ProtectedRounded = "De overige aantallen ({0}) zijn afgerond op een veelvoud van {1}.",
        WithheldFigure = "{0}: het cijfer ‘{1}’ over {2} wordt niet gepubliceerd, omdat het samen met de rest {3} zou prijsgeven.",
        DisclosedPublished = "{0}: {1} wordt gepubliceerd als {2}, onder de drempel van {3}.",
        DisclosedRecovered = "{0}: {1} is terug te rekenen, {2}, uit {3}.",
        DisclosedCombined = "{0}: {1} is terug te rekenen, {2}, uit de cijfers samen.",
        SplitOf = "de onderverdeling van de {0}",
        DisclosureSafe = "Geen enkel aantal van 1 tot {0} is gepubliceerd of terug te rekenen ({1} aantallen niet of niet precies gepubliceerd).",
        KeyFigures = "Kerncijfers",
        Shares = "Zo verdelen ze zich",
        ByYear = "Jaar na jaar",
        AtAGlance = "In één oogopslag",
        EveryFigure = "Elk cijfer en wat de tellingen erover zeggen",
        AboutTheHelpline = "Over de hulplijn",
        PerDay = "{0} per dag",
        ChangeAgainst = "{0} tegenover {1}: {2}",
        DirectionUp = "meer",
        DirectionDown = "minder",
        DirectionSame = "evenveel",
        VerdictConfirmed = "bevestigd",
        VerdictContradicted = "klopt niet",
        VerdictTogether = "klopt samen met de andere cijfers",
        VerdictNotCheckable = "niet na te gaan",
        FromTheCounts = "berekend uit de tellingen",
        SharesOfKnown = "{0}, van wie het gegeven gekend is",
        SharesDescription = "Staafdiagram van de aandelen: {0}.",
        SeriesTitle = "{0} per jaar",
        SeriesDescription = "Staafdiagram van het aantal {0} per jaar, van {1} tot en met {2}, met het totaal tot dan.",
        SeriesGaps = "Een jaar zonder gegevens blijft leeg: het aantal is onbekend, niet nul.",
        ColumnYear = "jaar",
        ColumnCumulativeSinceLaunch = "samen sinds de lancering",
        ColumnCumulativeSince = "samen sinds {0}",
        ColumnVerdict = "oordeel",
        NoData = "geen gegevens",
        TableCaption = "{0}: de cijfers als tabel",
        Legend = "Wat de tekens betekenen",
        Note = "Let op",
    };

    internal static Phrasebook English { get; } = new()
    {
        And = " and ",
        Months = new[] { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" },
        Date = "{0} {1} {2}",
        QualifierAbout = "about ",
        QualifierAlmost = "almost ",
        QualifierMoreThan = "more than ",
        QualifierLessThan = "less than ",
        ByChannel = "{0} by {1}",
        InCategory = "{0} under ‘{1}’",
        WhereKnown = "{0} for whom it is known",
        InYear = "in {0}",
        InQuarter = "in quarter {1} of {0}",
        InMonth = "in {0} {1}",
        OnDay = "on {0}",
        QuarterName = "quarter {1} of {0}",
        FromToName = "{0} through {1}",
        FromTo = "from {0} through {1}",
        YearsFromTo = "from {0} through {1}",
        SinceLaunch = "since the launch in {0} {1}",
        SinceLaunchUntil = "from the launch in {0} {1} to the end of {2}",
        SinceLaunchUpToMonth = "since launch, up to {0} {1}",
        FromUpToMonth = "from {0} up to {1} {2}",
        FromUpToMonthName = "{0} up to {1} {2}",
        Unknown = "unknown",
        CountOne = "There was {0} {1}.",
        CountMany = "There were {0} {1}.",
        SharePredicate = "{0}% of the {1} {2}.",
        ShareAmountsTo = "The {0} amount to {1}% of the {2}.",
        OneInNPredicate = "{0}one in {1} {2} {3}.",
        OneInNAmountsTo = "The {0} make up {1}one in {2} {3}.",
        CameInBy = "came in by {0}",
        CameInByOne = "came in by {0}",
        FallsUnder = "fall under ‘{0}’",
        FallsUnderOne = "falls under ‘{0}’",
        PredicateAnd = "{0} and {1}",
        RelativeChange = "The number of {0} changed by {1}% compared with {2}.",
        AbsoluteChange = "The number of {0} changed by {1} compared with {2}.",
        PointsChangeOne = "The share of {0} in the {1} changed by {2} percentage point compared with {3}.",
        PointsChangeMany = "The share of {0} in the {1} changed by {2} percentage points compared with {3}.",
        Multiple = "There were {0} times as many {1} as in {2}.",
        PerDayOne = "On average there was {0} {1} a day{2}.",
        PerDayMany = "On average there were {0} {1} a day{2}.",
        PerWeekOne = "On average there was {0} {1} a week{2}.",
        PerWeekMany = "On average there were {0} {1} a week{2}.",
        CumulativeOne = "{0} there has been {1} {2}.",
        CumulativeMany = "{0} there have been {1} {2}.",
        Highest = "The number of {0} {1} is the highest since the start.",
        Lowest = "The number of {0} {1} is the lowest since the start.",
        AgeOne = "{0} is {1} year old in {2}.",
        AgeMany = "{0} is {1} years old in {2}.",
        Ratio = "There were {0} {1} per {2}.",
        Confirmed = "The counts confirm this.",
        ConfirmedBy = "Confirmed: {0} gives {1}.",
        ConfirmedGives = "Confirmed: the counts give {0}.",
        Contradicted = "This does not hold.",
        ContradictedBy = "This does not hold: {0} gives {1}, not {2}.",
        ContradictedGives = "This does not hold: the counts give {0}, not {1}.",
        Expected = "Printed correctly, it reads {0}.",
        ConfirmedPinned = "Confirmed together with the other figures: they put {0}, which gives {1}.",
        ContradictedPinned = "This does not hold: the other figures put {0}, which gives {1}, not {2}.",
        BasisPartOfWhole = "{0} of the {1} {2}",
        BasisPartOfKnown = "{0} of the {1} {2}, {3} of them unknown",
        BasisFromTo = "going from {0} to {1} {2}",
        BasisCount = "{0} {1} over {2} days",
        BasisCountSinceLaunch = "{0} {1} over the {2} days {3}",
        BasisPer = "{0} {1} to {2} {3}",
        BasisLaunch = "Confirmed: the line started on {0}.",
        BasisKnownYears = "Confirmed for every year since the start.",
        NotCheckable = "Cannot be checked.",
        NotCheckableWithout = "Cannot be checked: there is no count of {0}.",
        NotCheckableNoLaunch = "Cannot be checked: the start date is not known.",
        NotCheckableEndDay = "Cannot be checked: the period ends on a day in {0} {1} that is not given, so its number of days is not known.",
        NotCheckableEndDayAge = "Cannot be checked: the period ends on a day in {0} {1} that is not given, and the age depends on that day.",
        ImpliedLead = "According to this figure, {0}.",
        ImpliedMany = "This figure puts {0}.",
        ConsistentTogether = "Cannot be checked alone: there is no count of {0}, but the figures about it fit together.",
        TogetherPuts = "Together they put {0}.",
        NumberOfRange = "the number of {0} {1}",
        IntervalBetween = "that count lies between {0} and {1}",
        IntervalAtLeast = "that count is at least {0}",
        IntervalAtMost = "that count is at most {1}",
        IntervalExactly = "that count is exactly {0}",
        IntervalNone = "no count can fit",
        TheNumberOf = "the number of {0}",
        RangeBetween = "between {0} and {1}",
        RangeAtLeast = "at {0} or more",
        RangeAtMost = "at {1} or fewer",
        RangeExactly = "at exactly {0}",
        FigureNamed = "the figure {0}",
        OneInNValue = "one in {0}",
        WrongBase = "Dividing the difference ({0}) by the later count {1} instead of the earlier {2} gives {3}.",
        WrongNumberOfDays = "Dividing by {0} days instead of the {1} days the line was open gives {2}.",
        WrongWhole = "As a share of the {2} ({0} of {1}) it is {3}.",
        OtherRoundingMode = "Rounded {0}, it becomes {1}.",
        CoarserStep = "Rounded to a step of {0}, it becomes {1}.",
        NeighbouringFigure = "{0} is the value of another figure on the page ({1}).",
        DigitSlip = "The right number is {0}: one digit differs or two digits are swapped.",
        IntervalsDisjoint = "{0}; {1}. They cannot all be true.",
        ThisFigurePuts = "This figure puts the number of {0} {1}",
        OtherFigurePuts = "{0} puts it {1}",
        OtherFigurePutsOther = "{0} puts the number of {1} {2}",
        OnlyCulprit = "{0}; {1}. Without this figure all the others fit.",
        OnlyCulpritAlone = "{0}, and without this figure all the others fit.",
        OthersPut = "the other figures put it {0}",
        SeveralDisagree = "Several figures about {0} contradict each other: they cannot all be true, and no small set of them explains why.",
        RecordBeatenHighest = "{0} there were more: {1} {2}.",
        RecordBeatenLowest = "{0} there were fewer: {1} {2}.",
        NoCountFits = "For these counts the figure does not exist (a whole or base of zero).",
        NoCountFitsFor = "No number of {0} makes this figure true.",
        Unexplained = "No known slip explains the printed number.",
        RoundingModes = new Dictionary<RoundingMode, string>
        {
            [RoundingMode.HalfAwayFromZero] = "half away from zero",
            [RoundingMode.HalfToEven] = "half to even",
            [RoundingMode.TowardZero] = "toward zero",
            [RoundingMode.AwayFromZero] = "away from zero",
            [RoundingMode.TowardPositiveInfinity] = "upward",
            [RoundingMode.TowardNegativeInfinity] = "downward",
        },
        CountConflict = "Two reports give a different number for the same count; the check treats that count as unknown.",
        CumulativeChainBroken = "A total since the launch is not the sum of its years.",
        SharesDoNotAddUp = "The printed shares {0} of a complete breakdown do not add up to 100, not even allowing for rounding.",
        ExemptFromAddingUp = "The shares {0} need not add up to 100: the breakdown is incomplete or counts a contact under more than one category.",
        FiguresDisagree = "The figures {0} cannot all be true, but each of them could be the right one, so none is contradicted.",
        CountsCannotAddUp = "The published counts and bounds cannot add up to their total; the audit leaves that sum aside.",
        Title = "Helplines in figures",
        AgesOn = "ages on {0}",
        AlsoKnownAs = "also: {0}",
        FactLaunched = "Started",
        FactAge = "Age",
        FactChannels = "Channels",
        FactAnonymity = "Anonymity",
        ChannelSince = "{0} since {1}",
        NotLaunchedYet = "not started yet",
        NoLaunchDate = "unknown (no start date)",
        AgeWords = "{0}, {1} and {2}",
        Years = new[] { "year", "years" },
        MonthsUnit = new[] { "month", "months" },
        Days = new[] { "day", "days" },
        AlwaysAnonymous = "always anonymous",
        CallerChooses = "whoever gets in touch chooses whether to stay anonymous",
        NotAnonymous = "not anonymous",
        AnonymityUnknown = "not known",
        FiguresFor = "Figures for {0}",
        Counts = "Counts",
        TableByChannel = "{0} by channel",
        TableByCategory = "{0} by category ({1})",
        ColumnPart = "part",
        ColumnCount = "count",
        ColumnPercent = "%",
        ColumnPercentOfKnown = "% of known",
        Total = "total",
        AdjustedNote = "* rounded the other way so that the percentages add up to 100",
        IncompleteNote = "not every part is in the table; the percentages are of the total and do not add up to 100",
        MultiLabelNote = "one contact can fall under more than one category; the percentages do not add up to 100",
        Disagreements = "Published figures the counts do not confirm",
        None = "(none)",
        SummaryFigures = "{0}: {1} confirmed, {2} contradicted by the counts, {3} consistent together, {4} not checkable from the published counts.",
        FiguresNoun = new[] { "figure", "figures" },
        MissingTranslations = "Without an English translation (shown by their code): {0}.",
        ConfidenceShare = "With {0} confidence, the share lies between {1}% and {2}%.",
        ConfidenceChange = "With {0} confidence, the change lies between {1}% and {2}%.",
        ConfidencePoints = "With {0} confidence, the change lies between {1} and {2} percentage points.",
        ConfidenceMultiple = "With {0} confidence, the ratio lies between {1} and {2}.",
        WithinChance = "That change lies within what chance alone could give.",
        ShownFewerThan = "fewer than {0}",
        ShownNotPublished = "not published",
        ShownBetween = "{0} to {1}",
        ShownAtLeast = "at least {0}",
        ShownAtMost = "at most {1}",
        ShownExactly = "exactly {0}",
        SmallCountsNote = "A count from 1 to {0} is shown as ‘fewer than {1}’, so that no one can be recognised in it.",
        HiddenCountsNote = "‘Not published’: that count is left out, because a small count could otherwise be worked out from it.",
        ProtectedSummary = "Small counts, from 1 to {1}, are shown as ‘fewer than {2}’ ({0} in all).",
        ProtectedHidden = "So that nobody can work them out from the other figures, some other counts are not published either ({0} in all).",
        ProtectedRounded = "The other counts ({0}) are rounded to a multiple of {1}.",
        WithheldFigure = "{0}: the figure ‘{1}’ about {2} is withheld, because together with the rest it would give away {3}.",
        DisclosedPublished = "{0}: {1} is published as {2}, below the threshold of {3}.",
        DisclosedRecovered = "{0}: {1} can be worked out, {2}, from {3}.",
        DisclosedCombined = "{0}: {1} can be worked out, {2}, from the figures together.",
        SplitOf = "the split of the {0}",
        DisclosureSafe = "No count from 1 to {0} is published or can be worked out ({1} counts not published, or not exactly).",
        KeyFigures = "Key figures",
        Shares = "How they divide",
        ByYear = "Year by year",
        AtAGlance = "At a glance",
        EveryFigure = "Every figure and what the counts say about it",
        AboutTheHelpline = "About the helpline",
        PerDay = "{0} a day",
        ChangeAgainst = "{0} compared with {1}: {2}",
        DirectionUp = "up",
        DirectionDown = "down",
        DirectionSame = "unchanged",
        VerdictConfirmed = "confirmed",
        VerdictContradicted = "does not hold",
        VerdictTogether = "fits the other figures",
        VerdictNotCheckable = "cannot be checked",
        FromTheCounts = "worked out from the counts",
        SharesOfKnown = "{0}, where it is known",
        SharesDescription = "Bar chart of the shares: {0}.",
        SeriesTitle = "{0} by year",
        SeriesDescription = "Bar chart of the number of {0} each year, from {1} to {2}, with the total so far.",
        SeriesGaps = "A year without data is left empty: its number is unknown, not zero.",
        ColumnYear = "year",
        ColumnCumulativeSinceLaunch = "total since the launch",
        ColumnCumulativeSince = "total since {0}",
        ColumnVerdict = "verdict",
        NoData = "no data",
        TableCaption = "{0}: the numbers as a table",
        Legend = "What the marks mean",
        Note = "Note",
    };

    internal static string Format(string template, params object[] args) => string.Format(CultureInfo.InvariantCulture, template, args);
}
