using System;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Tests.Model;

public sealed class DatasetTests
{
    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Merge_IsAssociative(Dataset a, Dataset b, Dataset c) => a.Merge(b).Merge(c) == a.Merge(b.Merge(c));

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Merge_IsCommutativeAndIdempotentWithEmptyAsIdentity(Dataset a, Dataset b) =>
        a.Merge(b) == b.Merge(a) && a.Merge(a) == a && a.Merge(Dataset.Empty) == a && Dataset.Empty.Merge(a) == a
        && a.Merge(b).GetHashCode() == b.Merge(a).GetHashCode();

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Of_KeepsOneReportPerHelplineAndPeriod_InOrder(Dataset dataset) =>
        dataset.Reports.Zip(dataset.Reports.Skip(1)).All(pair =>
        {
            int byHelpline = pair.First.Helpline.Id.CompareTo(pair.Second.Helpline.Id);
            return byHelpline < 0 || (byHelpline == 0 && pair.First.Period < pair.Second.Period);
        });

    [Fact]
    public void Merge_ConflictingCounts_Throws()
    {
        var key = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Dataset a = Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), new[] { key.Observe(8515) }));
        Dataset b = Dataset.Of(Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021), new[] { key.Observe(8516) }));
        Assert.Throws<DataConflictException>(() => a.Merge(b));
        Assert.Throws<DataConflictException>(() => b.Merge(a));
    }

    [Fact]
    public void Of_OneHelplineIdWithTwoDescriptions_IsAConflict()
    {
        var other1712 = new Helpline(Helplines.Line1712.Id, "1712", "Another description.", new LocalDate(2012, 3, 12),
            Helplines.Line1712.Channels, AnonymityPolicy.CallerChooses);
        Report a = Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021));
        Report b = Report.Create(other1712, ReportingPeriod.Year(2020));
        var e = Assert.Throws<DataConflictException>(() => Dataset.Of(a, b));
        Assert.Contains("Another description.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_AndForHelpline_LocateReports()
    {
        Dataset dataset = Dataset.Of(
            Report.Create(Helplines.TeleOnthaal, ReportingPeriod.Year(2021)),
            Report.Create(Helplines.TeleOnthaal, ReportingPeriod.Year(2020)),
            Report.Create(Helplines.Line1712, ReportingPeriod.Year(2021)));
        Assert.NotNull(dataset.Find(Helplines.TeleOnthaal.Id, ReportingPeriod.Year(2020)));
        Assert.Null(dataset.Find(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021)));
        Assert.Equal(new[] { 2020, 2021 }, dataset.ForHelpline(Helplines.TeleOnthaal.Id).Select(r => r.Period.Start.Year));
        Assert.Equal(new[] { "1712", "tele-onthaal" }, dataset.Helplines.Select(h => h.Id.Value));
    }
}
