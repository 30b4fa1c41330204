using System;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Model;

public sealed class PublishedFigureTests
{
    private static readonly ObservationKey Calls = new(Helplines.TeleOnthaal.Id, ReportingPeriod.Year(2021), Metric.Calls);

    [Fact]
    public void Precision_NotGiven_IsReadFromThePrintedDecimals()
    {
        Assert.Equal(Precision.DecimalPlaces(1), RelativeChangeFigure.Of("c", Calls, ReportingPeriod.Year(2019), 13.9m).Precision);
        Assert.Equal(Precision.Whole, RelativeChangeFigure.Of("c", Calls, ReportingPeriod.Year(2020), -1m).Precision);
        Assert.Equal(Precision.OfStep(0.5m), MultipleFigure.Of("m", Calls, ReportingPeriod.Year(2012), 2.5m, precision: Precision.OfStep(0.5m)).Precision);
    }

    [Fact]
    public void Share_OfAnotherMetric_IsAMetricMismatch()
    {
        ObservationKey conversations = Calls.WithMetric(Metric.Conversations);
        Assert.Throws<MetricMismatchException>(() => ShareFigure.Of("s", Calls.WithChannel(Channel.Phone), conversations, ShareBasis.Total, 86m));
        PublishedFigure ratio = RatioFigure.Of("r", conversations, Calls, 0.76m);
        Assert.Equal(FigureKind.Ratio, ratio.Kind);
        Assert.Throws<ArgumentException>(() => RatioFigure.Of("r", Calls, Calls, 1m));
    }

    [Fact]
    public void ShareOfSubset_ReferralsOfAllContacts_NeedsTwoMetrics()
    {
        ReportingPeriod since = Helplines.StopItNowFlanders.SinceLaunch(ReportingPeriod.Year(2021));
        var contacts = new ObservationKey(Helplines.StopItNowFlanders.Id, since, Metric.Contacts);
        ShareFigure referred = ShareFigure.OfSubset("referred", contacts.WithMetric(Metric.Referrals), contacts, ShareBasis.Total, 14m);
        Assert.Equal(FigureKind.Share, referred.Kind);
        Assert.Equal(contacts, referred.Whole);
        Assert.Throws<ArgumentException>(() => ShareFigure.OfSubset("same", contacts.WithChannel(Channel.Chat), contacts, ShareBasis.Total, 18m));
    }

    [Fact]
    public void Factories_OutOfRangeValues_NameTheParameter()
    {
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => ShareFigure.Of("s", Calls.WithChannel(Channel.Chat), Calls, ShareBasis.Total, 101m)).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => RelativeChangeFigure.Of("c", Calls, ReportingPeriod.Year(2020), -100.1m)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => OneInNFigure.Of("o", Calls.WithChannel(Channel.Chat), Calls, ShareBasis.Total, 0.5m)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => CountFigure.Of("n", Calls, -1m)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => CountFigure.Of("Not An Id", Calls, 1m)).ParamName);
    }

    [Fact]
    public void Change_AgainstItsOwnPeriod_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => RelativeChangeFigure.Of("c", Calls, ReportingPeriod.Year(2021), 1m));
        Assert.Equal("comparisonPeriod", e.ParamName);
    }

    [Fact]
    public void Record_HasNoPrintedValue_AndAgeHasNoSubject()
    {
        PublishedFigure record = RecordFigure.Highest("record", Calls);
        Assert.Null(record.Value);
        PublishedFigure age = AgeFigure.Of("age", Helplines.Line1712.Id, ReportingPeriod.Year(2022), 10);
        Assert.Null(age.Subject);
        Assert.Equal(10m, age.Value);
    }

    [Fact]
    public void Equals_SameFigure_IsEqual_AnotherQualifier_IsNot()
    {
        ObservationKey chat = Calls.WithChannel(Channel.Chat);
        PublishedFigure a = OneInNFigure.Of("one-in-five", chat, Calls, ShareBasis.Total, 5m, Qualifier.Almost);
        PublishedFigure b = OneInNFigure.Of("one-in-five", chat, Calls, ShareBasis.Total, 5m, Qualifier.Almost);
        PublishedFigure c = OneInNFigure.Of("one-in-five", chat, Calls, ShareBasis.Total, 5m, Qualifier.MoreThan);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
    }
}
