using System;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Internal;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.IO;

/// <summary>Issue 25: a message that puts a kind's name after an article says "an absolute-change", never "a absolute-change".</summary>
public sealed class MessageArticleTests
{
    [Theory]
    [InlineData("absolute-change", "an absolute-change")]
    [InlineData("age-in-years", "an age-in-years")]
    [InlineData("one-in-n", "a one-in-n")]
    [InlineData("share", "a share")]
    [InlineData("Int32", "an Int32")]
    [InlineData("AuditResult", "an AuditResult")]
    [InlineData("year", "a year")]
    public void A_AName_TakesTheArticleItsSoundNeeds(string word, string expected)
    {
        Assert.Equal(expected, Article.A(word));
        Assert.Equal(char.ToUpperInvariant(expected[0]) + expected[1..], Article.Capital(word));
    }

    [Fact]
    public void DatasetReader_AnAbsoluteChangeWithoutAComparison_SaysAnAbsoluteChange()
    {
        const string json = """
            { "format": "helplinestats/1", "reports": [ { "helpline": "1712", "period": "2021", "figures": [
              { "id": "x", "kind": "absolute-change", "subject": { "period": "2021", "metric": "calls" }, "value": 5, "precision": 1 } ] } ] }
            """;
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(json, "d.json"));
        Assert.Equal("d.json: $.reports[0].figures[0]: an absolute-change figure needs a comparison period", e.Message);
    }

    [Fact]
    public void DatasetReader_AnApportionedAgeInYears_SaysAnAgeInYears()
    {
        const string json = """
            { "format": "helplinestats/1", "reports": [ { "helpline": "1712", "period": "2021", "figures": [
              { "id": "x", "kind": "age-in-years", "period": "2021", "value": 9, "apportioned": true } ] } ] }
            """;
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(json, "d.json"));
        Assert.Contains("not an age-in-years figure", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanRule_AnAbsoluteChangeWithoutYearsBack_SaysAnAbsoluteChangeRule()
    {
        var e = Assert.Throws<ArgumentException>(() => PlanRule.Of(FigureKind.AbsoluteChange, Precision.Whole));
        Assert.StartsWith("An absolute-change rule needs the years back", e.Message, StringComparison.Ordinal);
    }
}
