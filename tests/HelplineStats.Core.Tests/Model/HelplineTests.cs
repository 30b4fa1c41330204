using System;
using FsCheck.Xunit;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Tests.Model;

public sealed class HelplineTests
{
    [Fact]
    public void ReadyMade_Helplines_CarryTheirPublishedFacts()
    {
        Assert.Equal(new LocalDate(2012, 3, 12), Helplines.Line1712.LaunchDate);
        Assert.Null(Helplines.TeleOnthaal.LaunchDate);
        Assert.Equal(new LocalDate(2017, 5, 19), Helplines.StopItNowFlanders.LaunchDate);
        Assert.Equal(2002, Assert.Single(Helplines.TeleOnthaal.Channels, c => c.Channel == Channel.Chat).SinceYear);
        Assert.True(Helplines.Line1712.Offers(Channel.Email));
        Assert.False(Helplines.TeleOnthaal.Offers(Channel.Email));
        Assert.Same(Helplines.TeleOnthaal, Helplines.Find(HelplineId.Of("tele-onthaal")));
        Assert.Null(Helplines.Find(HelplineId.Of("awel")));
    }

    [Fact]
    public void AgeOn_TenthAnniversary_IsTenYears()
    {
        Assert.Equal(Period.FromYears(10), Helplines.Line1712.AgeOn(new LocalDate(2022, 3, 12))!.Normalize());
        Assert.Equal(9, Helplines.Line1712.AgeOn(new LocalDate(2022, 3, 11))!.Years);
    }

    [Fact]
    public void AgeOn_LaunchDay_IsZero()
    {
        Assert.Equal(Period.Zero, Helplines.StopItNowFlanders.AgeOn(new LocalDate(2017, 5, 19))!.Normalize());
    }

    [Fact]
    public void AgeOn_BeforeLaunch_ThrowsNamingTheDates()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Helplines.Line1712.AgeOn(new LocalDate(2012, 3, 11)));
        Assert.Equal("date", e.ParamName);
        Assert.Contains("2012-03-12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AgeOn_UnknownLaunch_IsNullNotInvented()
    {
        Assert.Null(Helplines.TeleOnthaal.AgeOn(new LocalDate(2021, 12, 31)));
        var e = Assert.Throws<InvalidOperationException>(() => Helplines.TeleOnthaal.SinceLaunch(ReportingPeriod.Year(2021)));
        Assert.Contains("tele-onthaal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RepeatedChannel_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Helpline(HelplineId.Of("x"), "X", "A line.", null,
            new[] { new ChannelOffering(Channel.Chat), new ChannelOffering(Channel.Chat, 2002) }, AnonymityPolicy.Unknown));
        Assert.Equal("channels", e.ParamName);
        Assert.Contains("'chat'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MultiLineDescriptionOrBlankName_IsRejected()
    {
        Assert.Equal("description", Assert.Throws<ArgumentException>(() =>
            new Helpline(HelplineId.Of("x"), "X", "line one\nline two", null, Array.Empty<ChannelOffering>(), AnonymityPolicy.Unknown)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() =>
            new Helpline(HelplineId.Of("x"), "  ", "A line.", null, Array.Empty<ChannelOffering>(), AnonymityPolicy.Unknown)).ParamName);
        Assert.Equal("anonymity", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new Helpline(HelplineId.Of("x"), "X", "A line.", null, Array.Empty<ChannelOffering>(), (AnonymityPolicy)42)).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Equals_ACopy_IsEqualWithEqualHash(Helpline helpline)
    {
        var copy = new Helpline(helpline.Id, helpline.Name, helpline.Description, helpline.LaunchDate, helpline.Channels, helpline.Anonymity, helpline.OtherNames, helpline.Descriptions);
        return copy == helpline && copy.GetHashCode() == helpline.GetHashCode();
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool SinceLaunch_KnownLaunch_StartsOnTheLaunchDay(Helpline helpline, ReportingPeriod period)
    {
        if (helpline.LaunchDate is not LocalDate launch)
        {
            return helpline.AgeOn(period.End) is null;
        }
        if (period.End < launch)
        {
            return true;
        }
        if (period is MonthEndPeriod && launch >= period.EarliestEnd)
        {
            // Launched in the month of an end whose day is not known (or after it began): no such period since launch.
            return Record.Exception(() => helpline.SinceLaunch(period)) is ArgumentException;
        }
        ReportingPeriod since = helpline.SinceLaunch(period);
        return since.Start == launch && since.End == period.End && since.GetType() == period.GetType()
            && launch.Plus(helpline.AgeOn(period.End)!) == period.End;
    }
}
