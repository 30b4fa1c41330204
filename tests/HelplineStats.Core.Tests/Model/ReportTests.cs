using System;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;
using NodaTime;

namespace HelplineStats.Core.Tests.Model;

public sealed class ReportTests
{
    private static readonly Helpline StopItNow = Helplines.StopItNowFlanders;
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.Year(2021);
    private static readonly ObservationKey Contacts = new(StopItNow.Id, Year2021, Metric.Contacts);

    [Fact]
    public void Create_BreakdownParts_BecomeObservations()
    {
        Report report = Report.Create(StopItNow, Year2021, breakdowns: new[]
        {
            Breakdown.ByChannel(Contacts.Observe(410), BreakdownCoverage.Complete, (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75)),
        });
        Assert.Equal(4, report.Observations.Count);
        Assert.Equal(162, report.Find(Contacts.WithChannel(Channel.Phone))!.Value);
        Assert.Null(report.Find(Contacts.WithChannel(Channel.Sms)));
    }

    [Fact]
    public void Create_OneKeyWithTwoCounts_IsAConflictNamingTheKey()
    {
        var e = Assert.Throws<DataConflictException>(() => Report.Create(StopItNow, Year2021, new[] { Contacts.Observe(410), Contacts.Observe(411) }));
        Assert.Equal("stop-it-now-flanders/2021/contacts", e.Subject);
        Assert.Contains("410 contacts", e.Message, StringComparison.Ordinal);
        Assert.Contains("411 contacts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SameObservationTwice_IsHarmless()
    {
        Report report = Report.Create(StopItNow, Year2021, new[] { Contacts.Observe(410), Contacts.Observe(410) });
        Assert.Single(report.Observations);
    }

    [Fact]
    public void Create_ObservationAfterThePeriodOrBeforeLaunch_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => Report.Create(StopItNow, Year2021, new[] { Contacts.WithPeriod(ReportingPeriod.Year(2022)).Observe(1) }));
        Assert.Throws<ArgumentException>(() => Report.Create(StopItNow, Year2021, new[] { Contacts.WithPeriod(ReportingPeriod.Year(2016)).Observe(1) }));
        // The launch year itself is allowed: 2017 is partial but not before the launch.
        Assert.Single(Report.Create(StopItNow, Year2021, new[] { Contacts.WithPeriod(ReportingPeriod.Year(2017)).Observe(1) }).Observations);
    }

    [Fact]
    public void Create_ObservationOfAnotherHelpline_NamesBoth()
    {
        var e = Assert.Throws<ArgumentException>(() => Report.Create(Helplines.Line1712, Year2021, new[] { Contacts.Observe(410) }));
        Assert.Contains("'stop-it-now-flanders'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'1712'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SinceLaunchFigureNotFromLaunch_IsRejected()
    {
        var wrongStart = new ObservationKey(StopItNow.Id, ReportingPeriod.Between(new LocalDate(2017, 1, 1), new LocalDate(2021, 12, 31)), Metric.Contacts);
        var e = Assert.Throws<ArgumentException>(() => Report.Create(StopItNow, Year2021, figures: new[] { SinceLaunchFigure.Of("total", wrongStart, 1913m) }));
        Assert.Contains("2017-05-19", e.Message, StringComparison.Ordinal);
        var rightStart = new ObservationKey(StopItNow.Id, StopItNow.SinceLaunch(Year2021), Metric.Contacts);
        Assert.Single(Report.Create(StopItNow, Year2021, figures: new[] { SinceLaunchFigure.Of("total", rightStart, 1913m) }).Figures);
    }

    [Fact]
    public void Create_OneFigureIdTwice_IsAConflict()
    {
        Assert.Throws<DataConflictException>(() => Report.Create(StopItNow, Year2021, figures: new[]
        {
            RelativeChangeFigure.Of("change", Contacts, ReportingPeriod.Year(2020), -11m),
            RelativeChangeFigure.Of("change", Contacts, ReportingPeriod.Year(2019), 46m),
        }));
    }

    [Fact]
    public void Merge_ReportsOfDifferentPeriods_IsRejected()
    {
        Report a = Report.Create(StopItNow, Year2021);
        Report b = Report.Create(StopItNow, ReportingPeriod.Year(2020));
        Assert.Throws<ArgumentException>(() => a.Merge(b));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Merge_IsCommutativeAndIdempotent(Report a, Report b)
    {
        if (!a.Helpline.Equals(b.Helpline) || !a.Period.Equals(b.Period))
        {
            return true;
        }
        Report ab = a.Merge(b);
        return ab == b.Merge(a) && ab.Merge(ab) == ab && a.Merge(a) == a && ab.GetHashCode() == b.Merge(a).GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Observations_AreInKeyOrderAndUnique(Report report) =>
        report.Observations.Zip(report.Observations.Skip(1)).All(pair => pair.First.Key.CompareTo(pair.Second.Key) < 0);
}
