using System;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Figures;

/// <summary>
/// What the refusals of the typed figures say: the operation and the values they name, so a reader of the message knows
/// what was asked and why it is refused (the mutants that lived in docs/mutation/figures-weakest-survivors.md changed
/// only these words, or removed a null check whose absence another check would have hidden).
/// </summary>
public sealed class FigureMessageTests
{
    private static Count Calls(long value) => Count.Of(value, Metric.Calls);

    private static Count Contacts(long value) => Count.Of(value, Metric.Contacts);

    [Fact]
    public void MetricMismatch_NamesTheOperationAsked()
    {
        Assert.Contains("compare", Assert.Throws<MetricMismatchException>(() => Change.Between(Calls(1), Contacts(1))).Message, StringComparison.Ordinal);
        Assert.Contains("compare", Assert.Throws<MetricMismatchException>(() => Multiple.Between(Calls(1), Contacts(1))).Message, StringComparison.Ordinal);
        var span = ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2020, 12, 31));
        var later = CumulativeTotal.Of(Contacts(1913), ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2021, 12, 31)));
        Assert.Contains("subtract", Assert.Throws<MetricMismatchException>(() => later.Since(CumulativeTotal.Of(Calls(1503), span))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CumulativeTotal_Since_TheSameEndIsRefusedForItsSpanNotLater()
    {
        var total = CumulativeTotal.Of(Contacts(1913), ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2021, 12, 31)));
        var e = Assert.Throws<ArgumentException>(() => total.Since(total));
        Assert.Equal("earlier", e.ParamName);
        Assert.Contains("must start with and end before the one over 2017-05-19/2021-12-31", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_Between_NamesTheHelplineAndTheNullArgument()
    {
        Helpline stopItNow = Helplines.StopItNowFlanders;
        Observation mine = new ObservationKey(stopItNow.Id, ReportingPeriod.Year(2021), Metric.Contacts).Observe(410);
        Observation other = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2020), Metric.Contacts).Observe(5);
        Assert.Contains("is not about helpline 'stop-it-now-flanders'", Assert.Throws<ArgumentException>(() => Multiple.Between(other, mine, stopItNow)).Message, StringComparison.Ordinal);
        Assert.Equal("earlier", Assert.Throws<ArgumentNullException>(() => Multiple.Between(null!, mine, stopItNow)).ParamName);
        Assert.Equal("later", Assert.Throws<ArgumentNullException>(() => Multiple.Between(mine, null!, stopItNow)).ParamName);
        Assert.Equal("helpline", Assert.Throws<ArgumentNullException>(() => Multiple.Between(mine, mine, null!)).ParamName);
    }

    [Fact]
    public void PercentagePointChange_Between_NamesBothShares()
    {
        Share calls = Share.Of(Calls(1), Calls(4));
        Share contacts = Share.Of(Contacts(1), Contacts(4), ShareBasis.Known);
        var e = Assert.Throws<ArgumentException>(() => PercentagePointChange.Between(calls, contacts));
        Assert.Equal("later", e.ParamName);
        Assert.Contains("Cannot compare a share of calls in calls (Total) with a share of contacts in contacts (Known)", e.Message, StringComparison.Ordinal);
    }
}
