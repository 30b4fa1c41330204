using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Data;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Text;

/// <summary>
/// Laws of the wording over made-up pages of Stop it Now!'s contacts (every figure kind, printed right, nearly right or
/// wrong, with counts sometimes missing): the text never says a number the figures and the audit do not hold, and
/// neither language borrows a phrase of the other.
/// </summary>
public sealed class TextPropertyTests
{
    private static readonly Helpline StopItNow = Helplines.StopItNowFlanders;
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.Year(2020);
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.Year(2021);
    private static readonly ObservationKey Contacts = new(StopItNow.Id, Y2021, Metric.Contacts);
    private static readonly ObservationKey Phone = Contacts.WithChannel(Channel.Phone);
    private static readonly ObservationKey Referrals = Contacts.WithMetric(Metric.Referrals);

    /// <summary>Counts for 2020 and 2021 (phone part of each), each known or not, and printed values near or far from the truth.</summary>
    private static Gen<Dataset> Pages =>
        from later in Gen.Choose(1, 200000)
        from earlier in Gen.Choose(1, 200000)
        from phoneShare in Gen.Choose(0, 100)
        from earlierPhoneShare in Gen.Choose(0, 100)
        from known in Gen.Choose(0, 63)
        from printed in Gen.Choose(0, 2000).ArrayOf(14)
        from qualifier in Gen.Elements(Enum.GetValues<Qualifier>()).ArrayOf(14)
        select Page(later, earlier, later * (long)phoneShare / 100, earlier * (long)earlierPhoneShare / 100, known, printed, qualifier);

    private static Dataset Page(long later, long earlier, long phone, long earlierPhone, int known, int[] printed, Qualifier[] q)
    {
        var counts = new List<Observation>();
        void Add(int bit, Observation observation)
        {
            if ((known & (1 << bit)) != 0)
            {
                counts.Add(observation);
            }
        }
        Add(0, Contacts.Observe(later));
        Add(1, Phone.Observe(phone));
        Add(2, Contacts.WithPeriod(Y2020).Observe(earlier));
        Add(3, Phone.WithPeriod(Y2020).Observe(earlierPhone));
        decimal P(int i, int scale) => decimal.Divide(printed[i], scale);
        decimal S(int i) => decimal.Divide(printed[i] - 1000, 10);
        PublishedFigure[] figures =
        {
            CountFigure.Of("count", Contacts, printed[0] * 50, q[0]),
            ShareFigure.Of("share", Phone, Contacts, ShareBasis.Total, P(1, 20), q[1]),
            RelativeChangeFigure.Of("change", Contacts, Y2020, S(2), q[2]),
            AbsoluteChangeFigure.Of("difference", Contacts, Y2020, (printed[3] - 1000) * 100, q[3]),
            PercentagePointChangeFigure.Of("points", Phone, Contacts, ShareBasis.Total, Y2020, S(4), q[4]),
            MultipleFigure.Of("multiple", Contacts, Y2020, P(5, 100), q[5]),
            RateFigure.PerDay("per-day", Contacts, P(6, 2), q[6]),
            RateFigure.PerWeek("per-week", Contacts, P(7, 1), q[7]),
            OneInNFigure.Of("one-in-n", Phone, Contacts, ShareBasis.Total, Math.Max(2, printed[8] % 11), q[8]),
            SinceLaunchFigure.Of("since-launch", Contacts.WithPeriod(StopItNow.SinceLaunch(Y2021)), printed[9] * 100, q[9]),
            RecordFigure.Highest("highest", Contacts),
            RecordFigure.Lowest("lowest", Contacts.WithPeriod(Y2020)),
            AgeFigure.Of("age", StopItNow.Id, Y2021, printed[12] % 8, q[12]),
            RatioFigure.Of("ratio", Referrals, Contacts, P(13, 2000), q[13]),
        };
        Add(5, Referrals.Observe(phone / 2));
        if ((known & 16) != 0)
        {
            counts.Add(Contacts.WithPeriod(StopItNow.SinceLaunch(Y2021)).Observe(earlier + later));
        }
        return Dataset.Of(Report.Create(StopItNow, Y2021, counts, figures: figures));
    }

    /// <summary>The dataset that once made the audit explain a figure with no value (a conflict whose alternative left it undefined).</summary>
    [Property(Replay = "15689583349309608390,14574626183521028563,8", MaxTest = 1)]
    public Property EveryNumberInAStatement_Replay_AConflictWhoseAlternativeLeavesAFigureUndefined() =>
        EveryNumberInAStatement_ParsesBackToANumberTheVerdictHolds();

    [Property(MaxTest = 120)]
    public Property EveryNumberInAStatement_ParsesBackToANumberTheVerdictHolds() =>
        Prop.ForAll(Pages.ToArbitrary(), dataset =>
        {
            AuditResult audit = Auditor.Default.Audit(dataset);
            foreach (TextCulture culture in TextCulture.All)
            {
                foreach (Statement statement in Statements.Of(audit, dataset, culture))
                {
                    HashSet<decimal> allowed = Allowed(statement.Verdict, audit, dataset, culture);
                    foreach (decimal number in NumbersIn(statement.Text, culture))
                    {
                        Assert.True(allowed.Contains(number) || allowed.Contains(-number),
                            $"{number} in \"{statement.Text}\" is none of {string.Join(", ", allowed.Order())}");
                    }
                    if (statement.Verdict.Figure.Value is decimal printed)
                    {
                        Assert.Contains(Math.Abs(printed), NumbersIn(statement.Text, culture).Select(Math.Abs));
                    }
                }
            }
        });

    [Property(MaxTest = 60)]
    public Property NoStatement_BorrowsAPhraseOfTheOtherLanguage() =>
        Prop.ForAll(Pages.ToArbitrary(), dataset =>
        {
            AuditResult audit = Auditor.Default.Audit(dataset);
            foreach (TextCulture culture in TextCulture.All)
            {
                AssertNoBorrowing(Statements.Of(audit, dataset, culture).Select(s => s.Text), culture);
                AssertNoBorrowing(new[] { WithoutIds(AuditText.Of(audit, dataset, culture)) }, culture);
            }
        });

    [Property(MaxTest = 80, Arbitrary = new[] { typeof(Generators) })]
    public void AnyDataset_IsWordedInBothLanguages_WithCompleteTablesAddingUpTo100(Dataset dataset)
    {
        AuditResult audit = Auditor.Default.Audit(dataset);
        foreach (TextCulture culture in TextCulture.All)
        {
            ReportPage page = ReportPage.Of(dataset, audit, culture, new LocalDate(2030, 1, 1));
            Assert.Equal(audit.Verdicts.Count, page.Statements.Count);
            Assert.Equal(dataset.Reports.Sum(r => r.Breakdowns.Count), page.Tables.Count);
            foreach (BreakdownTable table in page.Tables.Where(t => t.IsApportioned && t.Total.Count > 0))
            {
                Assert.Equal(100m, table.Rows.Sum(r => r.Percent!.Value));
            }
            Assert.All(page.MissingTranslations, code => Assert.Contains("[" + code + "]", page.ToText(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheEmbeddedPage_BorrowsNoPhraseOfTheOtherLanguage()
    {
        Dataset dataset = EmbeddedData.FlemishHelplines2021;
        AuditResult audit = Auditor.Default.Audit(dataset);
        foreach (TextCulture culture in TextCulture.All)
        {
            ReportPage page = ReportPage.Of(dataset, audit, culture, new LocalDate(2022, 1, 1));
            AssertNoBorrowing(new[] { page.ToText(), page.ToMarkdown(), WithoutIds(AuditText.Of(audit, dataset, culture)) }, culture);
        }
    }

    [Fact]
    public void Fragments_OfEachLanguage_AreFound()
    {
        // The borrowing check can fail: an English sentence pasted into Dutch is caught.
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertNoBorrowing(new[] { "Er waren 5 oproepen. The counts confirm this." }, TextCulture.Dutch));
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertNoBorrowing(new[] { "There were 5 calls. Dat klopt met de tellingen." }, TextCulture.English));
        Assert.Equal(new[] { 8515m, -1.1m, 6m, 2021m }, NumbersIn("8.515 oproepen, -1,1% en +6 in 2021 (‘18 jaar’).", TextCulture.Dutch));
        Assert.Equal(new[] { 8515m, -1.1m }, NumbersIn("8,515 calls and -1.1%.", TextCulture.English));
        Assert.Throws<Xunit.Sdk.TrueException>(() => AssertNoBorrowing(new[] { "Il y a eu 5 appels. Dat klopt met de tellingen." }, TextCulture.French));
        Assert.Equal(new[] { 8515m, -1.1m, 2021m }, NumbersIn("8\u202F515 appels et -1,1\u202F% en 2021.", TextCulture.French));
    }

    /// <summary>The audit's text without its figure ids ("worried-about-self"), which are data, not words of a language.</summary>
    private static string WithoutIds(string auditText) => Regex.Replace(auditText, @"(?m)^  \S (\S+)", "  ");

    private static void AssertNoBorrowing(IEnumerable<string> texts, TextCulture culture)
    {
        Phrasebook own = culture.Phrases;
        HashSet<string> ownFragments = Fragments(own).ToHashSet(StringComparer.Ordinal);
        // A fragment of another language that the own language also writes as words ("part" in French "la part de") is
        // no evidence of borrowing.
        string ownWords = string.Join("\n", ownFragments);
        string[] foreign = TextCulture.All.Where(other => !ReferenceEquals(other, culture))
            .SelectMany(other => Fragments(other.Phrases)).Where(f => !ownFragments.Contains(f)).Distinct()
            .Where(f => !Regex.IsMatch(ownWords, @"(?<!\p{L})" + Regex.Escape(f) + @"(?!\p{L})")).ToArray();
        Assert.NotEmpty(foreign);
        foreach (string text in texts)
        {
            string? borrowed = foreign.FirstOrDefault(f => Regex.IsMatch(text, @"(?<!\p{L})" + Regex.Escape(f) + @"(?!\p{L})"));
            Assert.True(borrowed is null, $"\"{borrowed}\" of the other language in: {text}");
        }
    }

    /// <summary>The fixed words of every template: the pieces between the holes, trimmed, of four characters or more with a letter.</summary>
    private static IEnumerable<string> Fragments(Phrasebook book)
    {
        IEnumerable<object?> entries = typeof(Phrasebook).GetProperties(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(property => property.PropertyType != typeof(PhraseFile)).Select(property => property.GetValue(book))
            .Concat(Enum.GetValues<RoundingMode>().Select(mode => (object?)book.RoundingModes(mode)));
        foreach (object? entry in entries)
        {
            IEnumerable<string> texts = entry switch
            {
                string text => new[] { text },
                IReadOnlyList<string> many => many,
                Plural plural => new[] { plural.One, plural.Other },
                _ => throw new InvalidOperationException($"A phrasebook entry is not text: {entry}."),
            };
            foreach (string text in texts)
            {
                foreach (string piece in Regex.Split(text, @"\{\d+\}"))
                {
                    string fragment = piece.Trim(' ', '.', ',', ';', ':', '(', ')', '‘', '’', '*');
                    if (fragment.Length >= 4 && fragment.Any(char.IsLetter))
                    {
                        yield return fragment;
                    }
                }
            }
        }
    }

    /// <summary>The numbers of a sentence read with the culture's rules; quoted labels ‘…’ and codes […] are not numbers the figures say.</summary>
    private static List<decimal> NumbersIn(string text, TextCulture culture)
    {
        string plain = Regex.Replace(text, @"‘[^’]*’|«[^»]*»|\[[^\]]*\]", " ");
        string group = Regex.Escape(culture.GroupSeparator.ToString()), point = Regex.Escape(culture.DecimalSeparator.ToString());
        string pattern = $@"(?<![\w.,])[+-]?\d+(?:{group}\d{{3}})*(?:{point}\d+)?";
        return Regex.Matches(plain, pattern)
            .Select(m => m.Value.Replace(culture.GroupSeparator.ToString(), "", StringComparison.Ordinal).Replace(culture.DecimalSeparator, '.'))
            .Select(v => decimal.Parse(v, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture))
            .ToList();
    }

    /// <summary>Every number the verdict, its figure, its counts and its explanations hold, as the text may show them.</summary>
    private static HashSet<decimal> Allowed(FigureVerdict verdict, AuditResult audit, Dataset dataset, TextCulture culture)
    {
        PublishedFigure figure = verdict.Figure;
        var allowed = new HashSet<decimal>();
        void Add(decimal? value)
        {
            if (value is decimal v)
            {
                allowed.Add(v);
            }
        }
        Add(figure.Value);
        Add(verdict.Expected?.Value);
        if (figure.Kind == FigureKind.OneInN && (culture.Phrases.OneInNPredicate + culture.Phrases.OneInNAmountsTo).Contains('1', StringComparison.Ordinal))
        {
            Add(1m); // the "1" of "1 in N", in a language whose phrases write it as a digit (French: "près de 1 sur 4")
        }
        if (verdict.Exact is Rational exact)
        {
            Add(figure.Kind == FigureKind.OneInN ? RoundingPolicy.OneDecimal.Round(exact * 100) : Wording.ShownPolicy(figure).Round(exact));
        }
        foreach (Observation input in verdict.Inputs)
        {
            Add(input.Value);
        }
        IEnumerable<CountInterval> theirs = verdict.Explanations.SelectMany(e => e.RelatedFigures).Select(audit.Find).OfType<FigureVerdict>().SelectMany(v => v.Implied);
        IEnumerable<CountInterval> inferred = audit.InferredCounts.Where(i => verdict.Missing.Contains(i.Key));
        foreach (CountInterval interval in verdict.Implied.Concat(theirs).Concat(inferred).Where(i => !i.IsEmpty))
        {
            Add(interval.Key.Period.Start.Year);
            Add(interval.Key.Period.End.Year);
            Add(interval.Low);
            Add(interval.High);
        }
        foreach (Explanation e in verdict.Explanations)
        {
            Add(e.SlipValue);
            foreach (FigureReference related in e.RelatedFigures)
            {
                Add(audit.Find(related)?.Figure.Value);
            }
            switch (e)
            {
                case WrongBaseExplanation b:
                    Add(b.Change);
                    Add(b.DividedBy);
                    Add(b.EarlierCount);
                    break;
                case WrongNumberOfDaysExplanation d:
                    Add(d.Count);
                    Add(d.DaysDividedBy);
                    Add(d.DaysOpen);
                    break;
                case WrongWholeExplanation w:
                    Add(w.PartCount);
                    Add(w.WholeCount);
                    Add(w.Part.Period.Start.Year);
                    break;
                case CoarserStepExplanation c:
                    Add(c.Step);
                    break;
                case RecordBeatenExplanation r:
                    Add(r.Count);
                    Add(r.Beaten.Period.Start.Year);
                    break;
            }
        }
        Helpline helpline = dataset.Helplines.Single(h => h.Id.Equals(verdict.Helpline));
        foreach (ReportingPeriod period in new[] { verdict.ReportPeriod, figure.Period, figure.Subject?.Period, (figure as ComparedFigure)?.ComparisonPeriod }.OfType<ReportingPeriod>()
            .Concat(verdict.Missing.Select(k => k.Period)))
        {
            Add(period.Start.Year);
            Add(period.End.Year);
        }
        if (helpline.LaunchDate is LocalDate launch)
        {
            Add(launch.Day);
            Add(launch.Year);
        }
        if (figure.Subject is ObservationKey { Period: DatedPeriod dated })
        {
            Add(FigureMath.ActiveDays(dated, helpline.LaunchDate));
        }
        return allowed;
    }
}
