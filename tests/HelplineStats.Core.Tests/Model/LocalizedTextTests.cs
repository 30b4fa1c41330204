using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;
using Xunit;

namespace HelplineStats.Core.Tests.Model;

public sealed class LocalizedTextTests
{
    [Fact]
    public void Of_KeepsOneTextPerLanguage_InOrdinalOrder()
    {
        LocalizedText text = LocalizedText.Of(("nl", " kindermishandeling "), ("en", "child abuse"));
        Assert.Equal(new[] { "en", "nl" }, text.Languages);
        Assert.True(text.TryGet("nl", out string? dutch));
        Assert.Equal("kindermishandeling", dutch);
        Assert.False(text.TryGet("fr", out _));
        Assert.Equal("en: child abuse; nl: kindermishandeling", text.ToString());
    }

    [Theory]
    [InlineData("NL", "x")]
    [InlineData("n", "x")]
    [InlineData("nl-BE", "x")]
    [InlineData("nl", " ")]
    [InlineData("nl", "two\nlines")]
    public void Of_RejectsBadCodesAndTexts(string language, string text) =>
        Assert.Throws<ArgumentException>(() => LocalizedText.Of((language, text)));

    [Fact]
    public void Of_RejectsALanguageTwice() =>
        Assert.Throws<ArgumentException>(() => LocalizedText.Of(("nl", "a"), ("nl", "b")));

    [Fact]
    public void Equality_IsByLanguagesAndTexts()
    {
        Assert.Equal(LocalizedText.Of(("nl", "a"), ("en", "b")), LocalizedText.Of(("en", "b"), ("nl", "a")));
        Assert.Equal(LocalizedText.Of(("nl", "a"), ("en", "b")).GetHashCode(), LocalizedText.Of(("en", "b"), ("nl", "a")).GetHashCode());
        Assert.NotEqual(LocalizedText.Of(("nl", "a")), LocalizedText.Of(("nl", "A")));
        Assert.NotEqual(LocalizedText.Of(("nl", "a")), LocalizedText.Empty);
        Assert.Same(LocalizedText.Empty, LocalizedText.Of());
    }

    [Fact]
    public void ReadyMadeCategoriesAndHelplines_HaveDutchAndEnglish()
    {
        Assert.All(Taxonomies.All.SelectMany(t => t.Categories).Where(c => !c.IsUnknown),
            c => Assert.Equal(new[] { "en", "fr", "nl" }, c.Labels.Languages));
        Assert.All(Helplines.All, h => Assert.Equal(new[] { "en", "fr", "nl" }, h.Descriptions.Languages));
    }

    /// <summary>A user's own taxonomy and helpline, with Dutch words in the data: they travel through both formats and the Dutch page uses them.</summary>
    [Fact]
    public void UsersLabels_RoundTripThroughJsonAndCsv_AndWordTheDutchPage()
    {
        Taxonomy mood = Taxonomy.Create("mood", 1, "Mood",
            new CategoryDefinition("calm", "Calm", labels: LocalizedText.Of(("nl", "rustig"), ("en", "calm"))),
            new CategoryDefinition("upset", "Upset"));
        var line = new Helpline(HelplineId.Of("my-line"), "My Line", "A made-up line.", null, new[] { new ChannelOffering(Channel.Phone) },
            AnonymityPolicy.AlwaysAnonymous, descriptions: LocalizedText.Of(("nl", "Een verzonnen lijn.")));
        ReportingPeriod y2021 = ReportingPeriod.Year(2021);
        var calls = new ObservationKey(line.Id, y2021, Metric.Calls);
        Report report = Report.Create(line, y2021, new[] { calls.Observe(10) },
            breakdowns: new[] { Breakdown.ByCategory(calls.Observe(10), mood, BreakdownCoverage.Complete, ("calm", 7), ("upset", 3)) },
            figures: new[] { ShareFigure.Of("calm", calls.WithCategory(mood.Get("calm")), calls, ShareBasis.Total, 70m) });
        Dataset dataset = Dataset.Of(report);

        Dataset fromJson = DatasetJsonReader.FromJson(DatasetJsonWriter.ToJson(dataset), "test.json");
        Dataset fromCsv = DatasetCsvReader.FromCsv(DatasetCsvWriter.ToCsv(dataset), "test.csv");
        foreach (Dataset read in new[] { fromJson, fromCsv })
        {
            Helpline readLine = read.Helplines.Single();
            Assert.Equal(line.Descriptions, readLine.Descriptions);
            Category calm = read.Reports.Single().Breakdowns.Single().Parts.Select(p => p.Key.Category!).Single(c => c.Id.Value == "calm");
            Assert.Equal(LocalizedText.Of(("nl", "rustig"), ("en", "calm")), calm.Labels);
        }

        ReportPage dutch = ReportPage.Of(fromCsv, Auditor.Default.Audit(fromCsv), TextCulture.Dutch, new NodaTime.LocalDate(2022, 1, 1));
        string text = dutch.ToText();
        Assert.Contains("  Een verzonnen lijn.\n", text, StringComparison.Ordinal);
        Assert.Contains("70% van de oproepen valt in de categorie ‘rustig’.", text, StringComparison.Ordinal);
        // "Upset" has no Dutch label and the taxonomy no Dutch name: shown by their codes and listed, never in English.
        Assert.Contains("      [mood:upset]       3   30\n", text, StringComparison.Ordinal);
        Assert.Equal(new[] { "mood", "mood:upset" }, dutch.MissingTranslations);
        Assert.DoesNotContain("Upset", text, StringComparison.Ordinal);
        ReportPage english = ReportPage.Of(fromCsv, Auditor.Default.Audit(fromCsv), TextCulture.English, new NodaTime.LocalDate(2022, 1, 1));
        Assert.Contains("  A made-up line.\n", english.ToText(), StringComparison.Ordinal);
        Assert.Contains("      Upset      3   30\n", english.ToText(), StringComparison.Ordinal);
    }
}
