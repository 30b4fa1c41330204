using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Compose;
using HelplineStats.Core.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Text;
using HelplineStats.Core.Kinds;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests;

/// <summary>
/// Every <see cref="FigureKind"/> goes through every layer that handles figures: the audit's evaluation, both file
/// formats and the statements in both languages. A new kind fails here until each layer handles it (the layers have
/// no silent fallback, and <see cref="FigureOf"/> below throws for a kind it does not know).
/// </summary>
public sealed class FigureKindCoverageTests
{
    private static readonly Helpline StopItNow = Helplines.StopItNowFlanders;
    private static readonly ReportingPeriod Y2020 = ReportingPeriod.Year(2020);
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.Year(2021);
    private static readonly ObservationKey Contacts = new(StopItNow.Id, Y2021, Metric.Contacts);

    public static TheoryData<FigureKind> Kinds()
    {
        var data = new TheoryData<FigureKind>();
        foreach (FigureKind kind in Enum.GetValues<FigureKind>())
        {
            data.Add(kind);
        }
        return data;
    }

    /// <summary>What FigureRole's and ValueReading's documentation says of each kind; a new kind needs a line here.</summary>
    [Theory]
    [InlineData(FigureKind.Count, FigureRole.Statement, "rounded")]
    [InlineData(FigureKind.Share, FigureRole.Share, "rounded")]
    [InlineData(FigureKind.RelativeChange, FigureRole.Change, "rounded")]
    [InlineData(FigureKind.AbsoluteChange, FigureRole.Difference, "rounded")]
    [InlineData(FigureKind.PercentagePointChange, FigureRole.Statement, "rounded")]
    [InlineData(FigureKind.Multiple, FigureRole.Highlight, "multiple")]
    [InlineData(FigureKind.RatePerDay, FigureRole.DailyAverage, "rounded")]
    [InlineData(FigureKind.RatePerWeek, FigureRole.Statement, "rounded")]
    [InlineData(FigureKind.OneInN, FigureRole.Highlight, "one in N")]
    [InlineData(FigureKind.CumulativeSinceLaunch, FigureRole.Statement, "rounded")]
    [InlineData(FigureKind.HighestSinceLaunch, FigureRole.Statement, "unrounded")]
    [InlineData(FigureKind.LowestSinceLaunch, FigureRole.Statement, "unrounded")]
    [InlineData(FigureKind.AgeInYears, FigureRole.Statement, "rounded")]
    [InlineData(FigureKind.Ratio, FigureRole.Statement, "rounded")]
    public void EveryKind_HasTheRoleAndTheReadingTheirDocsGiveIt(FigureKind kind, FigureRole role, string reading)
    {
        PublishedFigure figure = FigureOf(kind);
        Assert.Equal(role, FigureRoles.Of(figure));
        Assert.Equal(reading, FigureKinds.Of(figure).Reading.ToString());
    }

    [Fact]
    public void EveryKind_HasALineInTheRoleAndReadingTheory()
    {
        var lines = typeof(FigureKindCoverageTests).GetMethod(nameof(EveryKind_HasTheRoleAndTheReadingTheirDocsGiveIt))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false).Cast<InlineDataAttribute>()
            .Select(line => (FigureKind)line.GetData(null!).Single()[0]);
        Assert.Equal(Enum.GetValues<FigureKind>().Order(), lines.Order());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_IsConfirmedByTheAudit_WhenItsCountsAgree(FigureKind kind)
    {
        Dataset dataset = DatasetWith(FigureOf(kind));
        FigureVerdict verdict = Auditor.Default.Audit(dataset).Find(FigureReference.Of(StopItNow.Id, Y2021, "figure"))!;
        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_ReadsBackEqual_FromJsonAndFromCsv(FigureKind kind)
    {
        Dataset dataset = DatasetWith(FigureOf(kind));
        PublishedFigure figure = FigureOf(kind);
        Assert.Equal(figure, DatasetJsonReader.FromJson(DatasetJsonWriter.ToJson(dataset), "test.json").Find(StopItNow.Id, Y2021)!.FindFigure("figure"));
        Assert.Equal(figure, DatasetCsvReader.FromCsv(DatasetCsvWriter.ToCsv(dataset), "test.csv").Find(StopItNow.Id, Y2021)!.FindFigure("figure"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_IsWordedInBothLanguages_AndWrittenInTheAuditJson(FigureKind kind)
    {
        AuditResult audit = Auditor.Default.Audit(DatasetWith(FigureOf(kind)));
        FigureVerdict verdict = audit.Find(FigureReference.Of(StopItNow.Id, Y2021, "figure"))!;
        string dutch = Statements.Of(verdict, TextCulture.Dutch).Text;
        string english = Statements.Of(verdict, TextCulture.English).Text;
        Assert.NotEqual(dutch, english);
        Assert.Contains("Dat klopt", dutch, StringComparison.Ordinal);
        Assert.Contains("onfirm", english, StringComparison.Ordinal);
        Assert.DoesNotContain("[", dutch, StringComparison.Ordinal);
        Assert.Contains("\"verdict\": \"confirmed\"", AuditJsonWriter.ToJson(audit), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_IsComposedAsPrinted_ByThePlanOfItsPage(FigureKind kind)
    {
        Dataset dataset = DatasetWith(FigureOf(kind));
        Composition composition = Composer.Default.Compose(dataset, FigurePlan.Like(dataset));
        Assert.Empty(composition.Skipped);
        Assert.Equal(FigureOf(kind), composition.Dataset.Find(StopItNow.Id, Y2021)!.FindFigure("figure"));
    }

    /// <summary>
    /// Stop it Now!'s contacts: 390 in 2020 (150 by phone) and 410 in 2021 (162 by phone), 1,913 since the launch on
    /// 19 May 2017, and 263 referrals in 2021; 2017 to 2019 (300, 405, 408) complete the since-launch total.
    /// </summary>
    private static Dataset DatasetWith(PublishedFigure figure)
    {
        var observations = new List<Observation>
        {
            Contacts.Observe(410),
            Contacts.WithChannel(Channel.Phone).Observe(162),
            Contacts.WithPeriod(Y2020).Observe(390),
            Contacts.WithPeriod(Y2020).WithChannel(Channel.Phone).Observe(150),
            new ObservationKey(StopItNow.Id, Y2021, Metric.Referrals).Observe(263),
            Contacts.WithPeriod(StopItNow.SinceLaunch(Y2021)).Observe(1913),
        };
        long[] earlierYears = { 300, 405, 408 };
        for (int i = 0; i < earlierYears.Length; i++)
        {
            observations.Add(Contacts.WithPeriod(ReportingPeriod.Year(2017 + i)).Observe(earlierYears[i]));
        }
        return Dataset.Of(Report.Create(StopItNow, Y2021, observations.Distinct(), figures: new[] { figure }));
    }

    /// <summary>A figure of <paramref name="kind"/> printed as the counts above give it.</summary>
    private static PublishedFigure FigureOf(FigureKind kind) => kind switch
    {
        FigureKind.Count => CountFigure.Of("figure", Contacts, 410m),
        FigureKind.Share => ShareFigure.Of("figure", Contacts.WithChannel(Channel.Phone), Contacts, ShareBasis.Total, 40m),
        FigureKind.RelativeChange => RelativeChangeFigure.Of("figure", Contacts, Y2020, 5m),
        FigureKind.AbsoluteChange => AbsoluteChangeFigure.Of("figure", Contacts, Y2020, 20m),
        FigureKind.PercentagePointChange => PercentagePointChangeFigure.Of("figure", Contacts.WithChannel(Channel.Phone), Contacts, ShareBasis.Total, Y2020, 1.1m),
        FigureKind.Multiple => MultipleFigure.Of("figure", Contacts, Y2020, 1.1m, Qualifier.Almost),
        FigureKind.RatePerDay => RateFigure.PerDay("figure", Contacts, 1.1m),
        FigureKind.RatePerWeek => RateFigure.PerWeek("figure", Contacts, 7.9m),
        FigureKind.OneInN => OneInNFigure.Of("figure", Contacts.WithChannel(Channel.Phone), Contacts, ShareBasis.Total, 3m, Qualifier.MoreThan),
        FigureKind.CumulativeSinceLaunch => SinceLaunchFigure.Of("figure", Contacts.WithPeriod(StopItNow.SinceLaunch(Y2021)), 1913m),
        FigureKind.HighestSinceLaunch => RecordFigure.Highest("figure", Contacts),
        FigureKind.LowestSinceLaunch => RecordFigure.Lowest("figure", Contacts.WithPeriod(ReportingPeriod.Year(2017))),
        FigureKind.AgeInYears => AgeFigure.Of("figure", StopItNow.Id, Y2021, 4),
        FigureKind.Ratio => RatioFigure.Of("figure", new ObservationKey(StopItNow.Id, Y2021, Metric.Referrals), Contacts, 0.64m),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A new figure kind: add it here, and to every layer that handles figures."),
    };

    // ---- every kind over a period that ends on an unknown day of a month ("up to May 2021") ----

    private static readonly ReportingPeriod UpToMay = ReportingPeriod.ToSomeDayIn(new LocalDate(2021, 1, 1), new YearMonth(2021, 5));
    private static readonly ReportingPeriod SinceLaunchUpToMay = ReportingPeriod.ToSomeDayIn(StopItNow.LaunchDate!.Value, new YearMonth(2021, 5));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_OverAPeriodEndingOnAnUnknownDay_IsAuditedComposedWordedAndReadBack(FigureKind kind)
    {
        ObservationKey upToMay = Contacts.WithPeriod(UpToMay);
        PublishedFigure figure = MonthEndFigureOf(kind, upToMay);
        var observations = new List<Observation>
        {
            upToMay.Observe(170), upToMay.WithChannel(Channel.Phone).Observe(70), Contacts.WithPeriod(Y2020).Observe(390),
            Contacts.WithPeriod(Y2020).WithChannel(Channel.Phone).Observe(150), upToMay.WithMetric(Metric.Referrals).Observe(100),
            Contacts.WithPeriod(SinceLaunchUpToMay).Observe(1673),
        };
        Dataset dataset = Dataset.Of(Report.Create(StopItNow, Y2021, observations, figures: new[] { figure }));

        AuditResult audit = Auditor.Default.Audit(dataset);
        FigureVerdict verdict = audit.Find(FigureReference.Of(StopItNow.Id, Y2021, "figure"))!;
        string dutch = Statements.Of(audit, dataset, TextCulture.Dutch).Single().Text;
        string english = Statements.Of(audit, dataset, TextCulture.English).Single().Text;
        Assert.Contains(kind is FigureKind.CumulativeSinceLaunch or FigureKind.AgeInYears ? "" : "mei 2021", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("[", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("[", english, StringComparison.Ordinal);
        Assert.NotEqual(VerdictKind.Contradicted, verdict.Kind);
        // Only what needs the days says that they are not known.
        Assert.Equal(kind is FigureKind.RatePerDay or FigureKind.RatePerWeek, english.Contains("number of days is not known", StringComparison.Ordinal));
        Assert.Equal(kind is FigureKind.AgeInYears, english.Contains("the age depends on that day", StringComparison.Ordinal));
        Assert.Equal(kind is FigureKind.AgeInYears, dutch.Contains("de leeftijd hangt af van die dag", StringComparison.Ordinal));
        Assert.Equal(figure, DatasetJsonReader.FromJson(DatasetJsonWriter.ToJson(dataset), "test.json").Find(StopItNow.Id, Y2021)!.FindFigure("figure"));
        Assert.Equal(figure, DatasetCsvReader.FromCsv(DatasetCsvWriter.ToCsv(dataset), "test.csv").Find(StopItNow.Id, Y2021)!.FindFigure("figure"));
        Composition composition = Composer.Default.Compose(dataset, FigurePlan.Like(dataset));
        if (kind is FigureKind.RatePerDay or FigureKind.RatePerWeek)
        {
            Assert.Equal(SkipReason.EndDayUnknown, Assert.Single(composition.Skipped).Reason);
        }
        Assert.DoesNotContain(Auditor.Default.Audit(composition.Dataset).Verdicts, v => v.Kind == VerdictKind.Contradicted);
    }

    /// <summary>A figure of <paramref name="kind"/> about the contacts from 1 January to a day of May 2021 (170, 70 by phone, 100 referrals; 390 and 150 in 2020).</summary>
    private static PublishedFigure MonthEndFigureOf(FigureKind kind, ObservationKey upToMay) => kind switch
    {
        FigureKind.Count => CountFigure.Of("figure", upToMay, 170m),
        FigureKind.Share => ShareFigure.Of("figure", upToMay.WithChannel(Channel.Phone), upToMay, ShareBasis.Total, 41m),
        FigureKind.RelativeChange => RelativeChangeFigure.Of("figure", upToMay, Y2020, -56m),
        FigureKind.AbsoluteChange => AbsoluteChangeFigure.Of("figure", upToMay, Y2020, -220m),
        FigureKind.PercentagePointChange => PercentagePointChangeFigure.Of("figure", upToMay.WithChannel(Channel.Phone), upToMay, ShareBasis.Total, Y2020, 2.7m, precision: Precision.DecimalPlaces(1)),
        FigureKind.Multiple => MultipleFigure.Of("figure", Contacts.WithPeriod(Y2020), UpToMay, 2.3m, precision: Precision.DecimalPlaces(1)),
        FigureKind.RatePerDay => RateFigure.PerDay("figure", upToMay, 1.2m),
        FigureKind.RatePerWeek => RateFigure.PerWeek("figure", upToMay, 8m),
        FigureKind.OneInN => OneInNFigure.Of("figure", upToMay.WithChannel(Channel.Phone), upToMay, ShareBasis.Total, 3m, Qualifier.MoreThan),
        FigureKind.CumulativeSinceLaunch => SinceLaunchFigure.Of("figure", Contacts.WithPeriod(SinceLaunchUpToMay), 1673m),
        FigureKind.HighestSinceLaunch => RecordFigure.Highest("figure", upToMay),
        FigureKind.LowestSinceLaunch => RecordFigure.Lowest("figure", upToMay),
        FigureKind.AgeInYears => AgeFigure.Of("figure", StopItNow.Id, SinceLaunchUpToMay, 3),
        FigureKind.Ratio => RatioFigure.Of("figure", upToMay.WithMetric(Metric.Referrals), upToMay, 0.59m, precision: Precision.DecimalPlaces(2)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A new figure kind: add it here, and to every layer that handles figures."),
    };
}
