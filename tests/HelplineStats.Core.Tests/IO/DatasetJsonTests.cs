using System;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Core.Tests.IO;

public sealed class DatasetJsonTests
{
    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool WriteThenRead_GivesBackTheSameDataset(Dataset dataset) =>
        DatasetJsonReader.FromJson(DatasetJsonWriter.ToJson(dataset), "generated.json") == dataset;

    [Fact]
    public void WriteThenRead_EveryKindOfFigureBreakdownAndOwnTaxonomy_RoundTrips()
    {
        Dataset dataset = RichDataset();
        string json = DatasetJsonWriter.ToJson(dataset);
        Dataset read = DatasetJsonReader.FromJson(json, "rich.json");
        Assert.Equal(dataset, read);
        Assert.Equal(json, DatasetJsonWriter.ToJson(read));
        Assert.Contains("\"format\": \"helplinestats/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"relative-change\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 13.9", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidJson_NamesTheLineAndColumn()
    {
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson("{\n  \"format\": \"helplinestats/1\",\n  \"reports\": [ }\n", "broken.json"));
        Assert.Equal("broken.json", e.Source);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("broken.json(3,", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"value\": 8515", "\"value\": -5", "$.reports[0].observations[0].value", "must not be negative")]
    [InlineData("\"metric\": \"calls\"", "\"metric\": \"Calls\"", "$.reports[0].observations[0].metric", "not a valid id")]
    [InlineData("\"period\": \"2021\"", "\"period\": \"21\"", "$.reports[0].period", "is not a period")]
    [InlineData("\"kind\": \"relative-change\"", "\"kind\": \"relative\"", "$.reports[0].figures[0].kind", "is not one of")]
    [InlineData("\"helpline\": \"1712\"", "\"helpline\": \"awel\"", "$.reports[0].helpline", "neither defined in the file nor built in")]
    [InlineData("\"format\": \"helplinestats/1\"", "\"format\": \"other/2\"", "$.format", "expected")]
    public void Read_BadField_NamesThePathAndTheProblem(string from, string to, string path, string problem)
    {
        string json = DatasetJsonWriter.ToJson(SmallDataset());
        Assert.Contains(from, json, StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(ReplaceFirst(json, from, to), "bad.json"));
        Assert.Equal(path, e.Location);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.StartsWith("bad.json: " + path + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ConflictingCounts_IsAFormatErrorAndReturnsNothing()
    {
        string json = DatasetJsonWriter.ToJson(SmallDataset());
        string doubled = ReplaceFirst(json, "\"observations\": [", "\"observations\": [ { \"period\": \"2021\", \"metric\": \"calls\", \"value\": 1 },");
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(doubled, "conflict.json"));
        Assert.Equal("$.reports[0]", e.Location);
        Assert.Contains("Conflicting data", e.Problem, StringComparison.Ordinal);
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        int at = text.IndexOf(from, StringComparison.Ordinal);
        return text[..at] + to + text[(at + from.Length)..];
    }

    private static Dataset SmallDataset()
    {
        var calls = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        return Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), new[] { calls.Observe(8515) },
            figures: new[] { RelativeChangeFigure.Of("vs-2020", calls, ReportingPeriod.Year(2020), 6m) }));
    }

    internal static Dataset RichDataset()
    {
        Taxonomy reasons = Taxonomy.Create("reason", 2, "Reason", new CategoryDefinition("family", "Family"), new CategoryDefinition("divorce", "Divorce", "family"));
        var line = new Helpline(HelplineId.Of("example-line"), "Example Line", "A made-up line.", new LocalDate(2020, 2, 29),
            new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Of("sms"), 2021) }, AnonymityPolicy.CallerChooses, new[] { "EL" });
        var y2021 = ReportingPeriod.Year(2021);
        var calls = new ObservationKey(line.Id, y2021, Metric.Calls);
        var victims = calls.WithMetric(Metric.PossibleVictims);
        ReportingPeriod since = line.SinceLaunch(y2021);
        Report report = Report.Create(line, y2021,
            new[] { calls.WithPeriod(ReportingPeriod.Year(2020)).Observe(90), calls.WithPeriod(since).Observe(190), victims.Observe(130) },
            new[]
            {
                Breakdown.ByChannel(calls.Observe(100), BreakdownCoverage.Complete, (Channel.Phone, 80), (Channel.Of("sms"), 20)),
                Breakdown.ByCategory(victims.Observe(130), reasons, BreakdownCoverage.Complete, ("family", 70), ("unknown", 60)),
                Breakdown.ByCategory(calls.Observe(100), Taxonomies.KindOfViolence, BreakdownCoverage.MultiLabel, ("child-abuse", 70), ("partner-violence", 40)),
            },
            new PublishedFigure[]
            {
                CountFigure.Of("calls", calls, 100m),
                ShareFigure.Of("phone", calls.WithChannel(Channel.Phone), calls, ShareBasis.Total, 80m),
                ShareFigure.Of("family-known", victims.WithCategory(reasons.Get("family")), victims, ShareBasis.Known, 100m, Qualifier.About),
                ShareFigure.OfSubset("victims-of-calls", calls.WithMetric(Metric.Referrals), calls, ShareBasis.Total, 5m),
                RelativeChangeFigure.Of("change", calls, ReportingPeriod.Year(2020), 11.1m),
                RelativeChangeFigure.Of("change-precise", calls, ReportingPeriod.Year(2020), 13.9m, Qualifier.LessThan),
                AbsoluteChangeFigure.Of("difference", calls, ReportingPeriod.Year(2020), 10m),
                PercentagePointChangeFigure.Of("points", calls.WithChannel(Channel.Phone), calls, ShareBasis.Total, ReportingPeriod.Year(2020), -2.5m),
                MultipleFigure.Of("times", calls, ReportingPeriod.Year(2020), 1.1m, Qualifier.MoreThan, Precision.OfStep(0.5m)),
                RateFigure.PerDay("per-day", calls, 0.27m),
                RateFigure.PerWeek("per-week", calls, 2m, Qualifier.Almost),
                OneInNFigure.Of("one-in-five", calls.WithChannel(Channel.Of("sms")), calls, ShareBasis.Total, 5m),
                SinceLaunchFigure.Of("since-launch", calls.WithPeriod(since), 190m),
                RecordFigure.Highest("record", calls),
                RecordFigure.Lowest("low", victims),
                AgeFigure.Of("age", line.Id, y2021, 1),
                RatioFigure.Of("victims-per-call", victims, calls, 1.3m),
            });
        return Dataset.Of(report, Report.Create(Helplines.TeleOnthaal, ReportingPeriod.Year(2020)));
    }
}

public sealed class DatasetJsonBoundsTests
{
    private const string Version2 = """
        { "format": "helplinestats/2", "reports": [ { "helpline": "1712", "period": "2021",
          "observations": [ { "period": "2021", "metric": "calls", "channel": "email", "min": 1, "max": 4 } ],
          "breakdowns": [ { "total": { "period": "2021", "metric": "contacts" }, "dimension": "channel", "coverage": "complete",
            "parts": [ { "period": "2021", "metric": "contacts", "channel": "phone", "value": 7000 },
                       { "period": "2021", "metric": "contacts", "channel": "chat", "min": 900 } ] } ] } ] }
        """;

    [Fact]
    public void Read_Version2_CountsWithoutValueOrWithBounds()
    {
        Report report = DatasetJsonReader.FromJson(Version2, "v2.json").Reports.Single();
        var contacts = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Contacts);
        Assert.Equal(CountBounds.Unknown, report.FindBounds(contacts));
        Assert.Equal(CountBounds.AtLeast(900), report.FindBounds(contacts.WithChannel(Channel.Chat)));
        Assert.Equal(CountBounds.Between(1, 4), report.FindBounds(contacts.WithMetric(Metric.Calls).WithChannel(Channel.Email)));
        Assert.Equal(7000, report.Find(contacts.WithChannel(Channel.Phone))!.Value);
        Assert.False(Assert.Single(report.Breakdowns).IsExact);
    }

    [Fact]
    public void Write_OnlyExactCounts_StaysVersion1_AndBoundsMakeVersion2()
    {
        Dataset bounded = DatasetJsonReader.FromJson(Version2, "v2.json");
        string json = DatasetJsonWriter.ToJson(bounded);
        Assert.Contains("\"format\": \"helplinestats/2\"", json, StringComparison.Ordinal);
        Assert.Equal(bounded, DatasetJsonReader.FromJson(json, "again.json"));
        Assert.Equal(bounded, DatasetCsvReader.FromCsv(DatasetCsvWriter.ToCsv(bounded), "again.csv"));
        Assert.Contains("\"format\": \"helplinestats/1\"", DatasetJsonWriter.ToJson(HelplineStats.Core.Data.EmbeddedData.FlemishHelplines2021), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"min\": 1, \"max\": 4", "helplinestats/1", "$.reports[0].observations[0].min", "need the format \"helplinestats/2\"")]
    [InlineData("\"value\": 3, \"max\": 4", "helplinestats/2", "$.reports[0].observations[0].max", "either a \"value\" or bounds")]
    [InlineData("\"min\": 5, \"max\": 4", "helplinestats/2", "$.reports[0].observations[0].min", "must not be less than the lower bound 5")]
    [InlineData("\"min\": -1", "helplinestats/2", "$.reports[0].observations[0].min", "negative")]
    [InlineData("\"max\": 2.5", "helplinestats/2", "$.reports[0].observations[0].max", "expected a whole number")]
    [InlineData("", "helplinestats/1", "$.reports[0].observations[0]", "the field \"value\" is missing")]
    public void Read_BadBounds_NameThePathAndTheProblem(string fields, string format, string path, string problem)
    {
        string json = $$"""{ "format": "{{format}}", "reports": [ { "helpline": "1712", "period": "2021", "observations": [ { "period": "2021", "metric": "calls"{{(fields.Length == 0 ? "" : ", " + fields)}} } ] } ] }""";
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(json, "bad.json"));
        Assert.Equal(path, e.Location);
        Assert.Contains(problem, e.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReadCsv_ACountRowWithNeitherValueNorMin_IsRefused()
    {
        string csv = DatasetCsvWriter.ToCsv(DatasetJsonReader.FromJson(Version2, "v2.json"));
        string broken = csv.Replace(",900,", ",,", StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => DatasetCsvReader.FromCsv(broken, "broken.csv"));
        Assert.Contains("\"value\"", e.Message, StringComparison.Ordinal);
    }

    // ---- periods whose end is known only to the month (version 2) ----

    private const string UpToMay2013 = """
        { "format": "helplinestats/2", "reports": [ { "helpline": "1712", "period": "2013",
          "observations": [ { "period": "2012-03-12/2013-05", "metric": "calls", "value": 9000 } ],
          "figures": [ { "id": "since-launch", "kind": "cumulative-since-launch", "subject": { "period": "2012-03-12/2013-05", "metric": "calls" },
                         "value": 9000, "precision": 1, "qualifier": "none" } ] } ] }
        """;

    [Fact]
    public void Read_Version2_APeriodEndingInAMonth()
    {
        Report report = DatasetJsonReader.FromJson(UpToMay2013, "v2.json").Reports.Single();
        ReportingPeriod upToMay = ReportingPeriod.ToSomeDayIn(new LocalDate(2012, 3, 12), new YearMonth(2013, 5));
        Assert.Equal(9000, report.Find(new ObservationKey(Helplines.Line1712.Id, upToMay, Metric.Calls))!.Value);
        Assert.Equal(upToMay, report.Figures.Single().Subject!.Period);
    }

    [Fact]
    public void Write_APeriodEndingInAMonth_MakesVersion2AndRoundTrips()
    {
        Dataset dataset = DatasetJsonReader.FromJson(UpToMay2013, "v2.json");
        string json = DatasetJsonWriter.ToJson(dataset);
        Assert.Contains("\"format\": \"helplinestats/2\"", json, StringComparison.Ordinal);
        Assert.Contains("\"period\": \"2012-03-12/2013-05\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"min\"", json, StringComparison.Ordinal);
        Assert.Equal(dataset, DatasetJsonReader.FromJson(json, "again.json"));
    }

    [Theory]
    [InlineData("helplinestats/1", "2012-03-12/2013-05", "$.reports[0].observations[0].period", "needs the format \"helplinestats/2\"")]
    [InlineData("helplinestats/2", "2012-03-12/2013-13", "$.reports[0].observations[0].period", "is not a period: expected")]
    [InlineData("helplinestats/2", "2013-05-12/2013-05", "$.reports[0].observations[0].period", "must start before that month; it starts on 2013-05-12")]
    [InlineData("helplinestats/2", "2012-03-12/2013-5", "$.reports[0].observations[0].period", "is not a period")]
    public void Read_BadMonthEnd_NamesThePathAndTheProblem(string format, string period, string path, string problem)
    {
        string json = $$"""{ "format": "{{format}}", "reports": [ { "helpline": "1712", "period": "2013", "observations": [ { "period": "{{period}}", "metric": "calls", "value": 5 } ] } ] }""";
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(json, "bad.json"));
        Assert.Equal(path, e.Location);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Version1_AMonthEndInAFigureOrReportPeriod_IsRefusedAtItsPath()
    {
        string figure = UpToMay2013.Replace("helplinestats/2", "helplinestats/1", StringComparison.Ordinal)
            .Replace("\"period\": \"2012-03-12/2013-05\", \"metric\": \"calls\", \"value\": 9000", "\"period\": \"2013\", \"metric\": \"calls\", \"value\": 9000", StringComparison.Ordinal);
        var e = Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(figure, "v1.json"));
        Assert.Equal("$.reports[0].figures[0].subject.period", e.Location);
        string report = """{ "format": "helplinestats/1", "reports": [ { "helpline": "1712", "period": "2012-03-12/2013-05" } ] }""";
        Assert.Equal("$.reports[0].period", Assert.Throws<DataFormatException>(() => DatasetJsonReader.FromJson(report, "v1.json")).Location);
    }
}
