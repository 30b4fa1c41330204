using System;
using FsCheck.Xunit;
using HelplineStats.Core.Model;
using NodaTime;
using Xunit;

namespace HelplineStats.Core.Tests.Model;

public sealed class FigureReferenceTests
{
    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Parse_OfToString_GivesTheSameReference(HelplineId helpline, ReportingPeriod period, bool otherId)
    {
        FigureReference reference = FigureReference.Of(helpline, period, otherId ? "calls-vs-2020" : "a");
        return FigureReference.Parse(reference.ToString()) == reference;
    }

    [Fact]
    public void ToString_IsHelplinePeriodAndId_EvenWithACustomPeriod()
    {
        var sinceLaunch = ReportingPeriod.Between(new LocalDate(2017, 5, 19), new LocalDate(2021, 12, 31));
        FigureReference reference = FigureReference.Of(Helplines.StopItNowFlanders.Id, sinceLaunch, "contacts-since-launch");
        Assert.Equal("stop-it-now-flanders/2017-05-19/2021-12-31/contacts-since-launch", reference.ToString());
        Assert.Equal(reference, FigureReference.Parse(reference.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1712")]
    [InlineData("1712/2021")]
    [InlineData("1712//calls")]
    [InlineData("1712/20x1/calls")]
    [InlineData("1712/2021/Calls Now")]
    public void Parse_NotAReference_SaysHowToWriteOne(string text)
    {
        Assert.Throws<FormatException>(() => FigureReference.Parse(text));
    }

    [Fact]
    public void Parse_APeriodEndingOnAnUnknownDayOfAMonth_RoundTrips()
    {
        var upToMay = ReportingPeriod.ToSomeDayIn(new LocalDate(2013, 1, 1), new YearMonth(2013, 5));
        FigureReference reference = FigureReference.Of(Helplines.Line1712.Id, upToMay, "calls");
        Assert.Equal("1712/2013-01-01/2013-05/calls", reference.ToString());
        Assert.Equal(reference, FigureReference.Parse("1712/2013-01-01/2013-05/calls"));
        Assert.Equal(upToMay, FigureReference.Parse(reference.ToString()).Report);
    }

    [Fact]
    public void CompareTo_OrdersByHelplineThenPeriodThenId()
    {
        FigureReference a = FigureReference.Parse("1712/2020/z");
        FigureReference b = FigureReference.Parse("1712/2021/a");
        FigureReference c = FigureReference.Parse("tele-onthaal/2019/a");
        Assert.True(a < b && b < c && a.CompareTo(null) > 0);
    }

    [Theory]
    [InlineData("1712/2021/calls", true)]
    [InlineData("stop-it-now-flanders/2017-05-19/2021-12-31/referrals-share", true)]
    [InlineData("1712/2021/", false)]
    [InlineData("/2021/calls", false)]
    [InlineData("1712/20x1/calls", false)]
    [InlineData("1712/2021/Calls", false)]
    [InlineData("Line/2021/calls", false)]
    [InlineData("1712", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParse_AgreesWithParse_WithoutThrowing(string? text, bool valid)
    {
        Assert.Equal(valid, FigureReference.TryParse(text, out FigureReference? reference));
        if (valid)
        {
            Assert.Equal(FigureReference.Parse(text!), reference);
            Assert.Equal(text, reference!.ToString());
        }
        else
        {
            Assert.Null(reference);
            if (text is not null)
            {
                Assert.Throws<FormatException>(() => FigureReference.Parse(text));
            }
        }
    }
}
