using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Tests.Model;

public sealed class ReportingPeriodTests
{
    [Theory]
    [InlineData(2016, 366)]
    [InlineData(2020, 366)]
    [InlineData(2021, 365)]
    [InlineData(1900, 365)]
    [InlineData(2000, 366)]
    public void Days_OfAYear_ComesFromTheRealCalendar(int year, int days)
    {
        Assert.Equal(days, ReportingPeriod.Year(year).Days);
    }

    [Fact]
    public void Days_OfFebruary2020AndQ12020_CountTheLeapDay()
    {
        Assert.Equal(29, ReportingPeriod.Month(2020, 2).Days);
        Assert.Equal(91, ReportingPeriod.Quarter(2020, 1).Days);
        Assert.Equal(90, ReportingPeriod.Quarter(2021, 1).Days);
    }

    [Fact]
    public void Day_OneDayPeriod_HasOneDayAndIsDayKind()
    {
        DatedPeriod day = ReportingPeriod.Day(new LocalDate(2020, 2, 29));
        Assert.Equal(1, day.Days);
        Assert.Equal(PeriodKind.Day, day.Kind);
        Assert.Equal("2020-02-29", day.ToString());
    }

    [Fact]
    public void Between_WholeYearDates_IsTheYear()
    {
        ReportingPeriod period = ReportingPeriod.Between(new LocalDate(2021, 1, 1), new LocalDate(2021, 12, 31));
        Assert.Equal(ReportingPeriod.Year(2021), period);
        Assert.Equal(PeriodKind.Year, period.Kind);
        Assert.Equal(PeriodKind.Quarter, ReportingPeriod.Between(new LocalDate(2021, 4, 1), new LocalDate(2021, 6, 30)).Kind);
        Assert.Equal(PeriodKind.Custom, ReportingPeriod.Between(new LocalDate(2021, 2, 1), new LocalDate(2021, 4, 30)).Kind);
    }

    [Fact]
    public void Between_EndBeforeStart_NamesBothDates()
    {
        var e = Assert.Throws<ArgumentException>(() => ReportingPeriod.Between(new LocalDate(2021, 5, 2), new LocalDate(2021, 5, 1)));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("2021-05-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("2021-05-02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_OutOfRange_AreRejectedWithTheParameterName()
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(0)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(10000)).ParamName);
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2021, 5)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2021, 13)).ParamName);
        Assert.Throws<ArgumentException>(() => ReportingPeriod.Day(new LocalDate(2021, 1, 1, CalendarSystem.Julian)));
    }

    [Fact]
    public void SinceLaunch_StopItNow_RunsFromTheLaunchDayToTheEndOf2021()
    {
        DatedPeriod since = ReportingPeriod.SinceLaunch(new LocalDate(2017, 5, 19), ReportingPeriod.Year(2021));
        Assert.Equal(new LocalDate(2017, 5, 19), since.Start);
        Assert.Equal(new LocalDate(2021, 12, 31), since.End);
        Assert.Equal(1688, since.Days);
        Assert.Equal("2017-05-19/2021-12-31", since.ToString());
    }

    [Fact]
    public void SinceLaunch_OnTheLaunchDay_IsOneDay()
    {
        var launch = new LocalDate(2012, 3, 12);
        Assert.Equal(1, ReportingPeriod.SinceLaunch(launch, ReportingPeriod.Day(launch)).Days);
        Assert.Throws<ArgumentException>(() => ReportingPeriod.SinceLaunch(launch, ReportingPeriod.Year(2011)));
    }

    [Fact]
    public void YearsEarlier_LeapDay_FallsBackTo28February()
    {
        DatedPeriod day = ReportingPeriod.Day(new LocalDate(2020, 2, 29));
        Assert.Equal(ReportingPeriod.Day(new LocalDate(2019, 2, 28)), day.YearsEarlier(1));
        Assert.Equal(ReportingPeriod.Day(new LocalDate(2016, 2, 29)), day.YearsEarlier(4));
        Assert.Equal(ReportingPeriod.Month(2019, 2), ReportingPeriod.Month(2020, 2).YearsEarlier(1));
    }

    [Fact]
    public void PreviousAndNext_AtTheEdgesOfTheCalendar_Throw()
    {
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Year(ReportingPeriod.MinYear).Previous());
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Year(ReportingPeriod.MaxYear).Next());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(2021).YearsEarlier(2021));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Year(2021).YearsEarlier(int.MinValue));
    }

    [Fact]
    public void Factories_LastPeriodsOfTheCalendar_EndOn31December9999()
    {
        var last = new LocalDate(ReportingPeriod.MaxYear, 12, 31);
        Assert.Equal(last, ReportingPeriod.Year(ReportingPeriod.MaxYear).End);
        Assert.Equal(last, ReportingPeriod.Quarter(ReportingPeriod.MaxYear, 4).End);
        Assert.Equal(last, ReportingPeriod.Month(ReportingPeriod.MaxYear, 12).End);
        Assert.Equal(PeriodKind.Day, ReportingPeriod.Day(last).Kind);
        Assert.Equal(ReportingPeriod.Quarter(ReportingPeriod.MaxYear, 4), ReportingPeriod.Quarter(ReportingPeriod.MaxYear, 3).Next());
        Assert.Equal(ReportingPeriod.Year(ReportingPeriod.MinYear), ReportingPeriod.Year(2).Previous());
    }

    [Fact]
    public void Previous_CustomPeriod_IsTheSameNumberOfDaysJustBefore()
    {
        DatedPeriod period = ReportingPeriod.Between(new LocalDate(2021, 3, 10), new LocalDate(2021, 3, 19));
        Assert.Equal(ReportingPeriod.Between(new LocalDate(2021, 2, 28), new LocalDate(2021, 3, 9)), period.Previous());
    }

    [Theory]
    [InlineData("2021")]
    [InlineData("2021-Q2")]
    [InlineData("2021-03")]
    [InlineData("2021-03-12")]
    [InlineData("2017-05-19/2021-12-31")]
    public void Parse_WhatToStringWrites_ReadsItBack(string text)
    {
        Assert.Equal(text, ReportingPeriod.Parse(text).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("2021-Q5")]
    [InlineData("2021-13")]
    [InlineData("2021-02-30")]
    [InlineData("2021-05-02/2021-05-01")]
    [InlineData("yesterday")]
    public void Parse_NotAPeriod_ThrowsFormatExceptionQuotingTheText(string text)
    {
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains($"\"{text}\"", e.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Parse_ToString_RoundTrips(ReportingPeriod period) =>
        ReportingPeriod.Parse(period.ToString()) is var read && read == period && read.GetType() == period.GetType();

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property Days_SplitAndJoined_AddUp(DatedPeriod period, int seed)
    {
        return (period.Days > 1).When(() =>
        {
            int offset = 1 + (int)(unchecked((uint)seed) % (uint)(period.Days - 1));
            LocalDate split = period.Start.PlusDays(offset);
            DatedPeriod left = ReportingPeriod.Between(period.Start, split.PlusDays(-1));
            DatedPeriod right = ReportingPeriod.Between(split, period.End);
            return left.Days + right.Days == period.Days && left.End.PlusDays(1) == right.Start;
        });
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property PreviousThenNext_GivesBackThePeriod(DatedPeriod period)
    {
        return (period.Start.Year > ReportingPeriod.MinYear + 11 && period.End.Year < ReportingPeriod.MaxYear - 11).When(() =>
            period.Previous().Next() == period && period.Next().Previous() == period
            && period.Previous().Kind == period.Kind && period.Previous().End.PlusDays(1) == period.Start);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool YearsEarlierThenLater_OnYearsQuartersAndMonths_GivesBackThePeriod(ReportingPeriod seed, byte kindSeed, ushort yearsSeed)
    {
        LocalDate start = seed.Start;
        ReportingPeriod period = (kindSeed % 3) switch
        {
            0 => ReportingPeriod.Year(start.Year),
            1 => ReportingPeriod.Quarter(start.Year, ((start.Month - 1) / 3) + 1),
            _ => ReportingPeriod.Month(start.Year, start.Month),
        };
        int years = yearsSeed % start.Year;
        ReportingPeriod earlier = period.YearsEarlier(years);
        return earlier.YearsLater(years) == period && earlier.Kind == period.Kind
            && earlier.Start.Year == start.Year - years && period.YearsLater(0) == period;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool YearsEarlier_MovesByTheDocumentedRule(ReportingPeriod period, ushort yearsSeed)
    {
        int years = yearsSeed % period.Start.Year;
        ReportingPeriod moved = period.YearsEarlier(years);
        if (period.Kind is PeriodKind.Year or PeriodKind.Quarter or PeriodKind.Month)
        {
            // The same calendar year, quarter or month: it starts on day 1 and ends on that month's last day.
            LocalDate end = period.End.PlusYears(-years);
            return moved.Kind == period.Kind && moved.Start == period.Start.PlusYears(-years)
                && moved.End.Month == end.Month && moved.End.Day == CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month);
        }
        if (period is MonthEndPeriod)
        {
            // The start moves date by date; the end stays "some day of" the same month, that many years earlier.
            LocalDate monthEnd = period.End.PlusYears(-years).With(DateAdjusters.EndOfMonth);
            return moved is MonthEndPeriod && moved.Start == period.Start.PlusYears(-years) && moved.End == monthEnd
                && moved.YearsLater(years).End == period.End;
        }
        // Days and other intervals move date by date, 29 February falling back to 28 February.
        return moved.Start == period.Start.PlusYears(-years) && moved.End == period.End.PlusYears(-years);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Equals_EqualPeriods_HaveEqualHashes(ReportingPeriod a, ReportingPeriod b)
    {
        ReportingPeriod copy = a is DatedPeriod
            ? ReportingPeriod.Between(a.Start, a.End)
            : ReportingPeriod.ToSomeDayIn(a.Start, new YearMonth(a.End.Year, a.End.Month));
        return a.Equals(copy) && a == copy && a.GetHashCode() == copy.GetHashCode() && (!a.Equals(b) || a.GetHashCode() == b.GetHashCode());
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool CompareTo_IsAntisymmetricAndTransitive(ReportingPeriod a, ReportingPeriod b, ReportingPeriod c)
    {
        bool antisymmetric = Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a.CompareTo(b) == 0) == a.Equals(b);
        bool transitive = !(a <= b && b <= c) || a <= c;
        return antisymmetric && transitive;
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Between_AnyTwoDates_RejectsExactlyTheReversedOnes(LocalDate start, LocalDate end)
    {
        try
        {
            ReportingPeriod period = ReportingPeriod.Between(start, end);
            return start <= end && period.Start == start && period.End == end && period.Contains(start) && period.Contains(end);
        }
        catch (ArgumentException)
        {
            return end < start;
        }
    }

    // ---- an end known only to the month: "since launch, up to May 2013" ----

    private static readonly ReportingPeriod UpToMay2013 = ReportingPeriod.ToSomeDayIn(new LocalDate(2012, 3, 12), new YearMonth(2013, 5));

    [Fact]
    public void ToSomeDayIn_May2013_EndsBetweenTheFirstAndTheLastOfMay()
    {
        Assert.Equal(new LocalDate(2012, 3, 12), UpToMay2013.Start);
        Assert.IsType<MonthEndPeriod>(UpToMay2013);
        Assert.Equal(new LocalDate(2013, 5, 1), UpToMay2013.EarliestEnd);
        Assert.Equal(new LocalDate(2013, 5, 31), UpToMay2013.LatestEnd);
        Assert.Equal(new LocalDate(2013, 5, 31), UpToMay2013.End);
        Assert.Equal(PeriodKind.Custom, UpToMay2013.Kind);
        Assert.Equal("2012-03-12/2013-05", UpToMay2013.ToString());
    }

    [Fact]
    public void EarliestEndAndLatestEnd_OfAPeriodKnownToTheDay_AreItsEnd()
    {
        ReportingPeriod period = ReportingPeriod.Between(new LocalDate(2012, 3, 12), new LocalDate(2013, 5, 14));
        Assert.IsType<DatedPeriod>(period);
        Assert.Equal(period.End, period.EarliestEnd);
        Assert.Equal(period.End, period.LatestEnd);
    }

    [Theory]
    [InlineData(2020, 29)]
    [InlineData(2021, 28)]
    [InlineData(2000, 29)]
    [InlineData(1900, 28)]
    public void ToSomeDayIn_February_EndsAtTheLatestOnItsRealLastDay(int year, int lastDay)
    {
        ReportingPeriod period = ReportingPeriod.ToSomeDayIn(new LocalDate(year - 1, 12, 31), new YearMonth(year, 2));
        Assert.Equal(new LocalDate(year, 2, 1), period.EarliestEnd);
        Assert.Equal(new LocalDate(year, 2, lastDay), period.LatestEnd);
    }

    [Fact]
    public void ToSomeDayIn_DecemberFromTheFirstOfJanuary_IsNotTheYear()
    {
        ReportingPeriod period = ReportingPeriod.ToSomeDayIn(new LocalDate(2013, 1, 1), new YearMonth(2013, 12));
        Assert.Equal(PeriodKind.Custom, period.Kind);
        Assert.NotEqual(ReportingPeriod.Year(2013), period);
        Assert.Equal(new LocalDate(2013, 12, 31), period.End);
        Assert.Equal("2013-01-01/2013-12", period.ToString());
    }

    [Fact]
    public void ToSomeDayIn_JanuaryAfterTheLastDayOfDecember_Works()
    {
        ReportingPeriod period = ReportingPeriod.ToSomeDayIn(new LocalDate(2012, 12, 31), new YearMonth(2013, 1));
        Assert.Equal(new LocalDate(2013, 1, 1), period.EarliestEnd);
        Assert.Equal(ReportingPeriod.Parse("2012-12-31/2013-01"), period);
    }

    [Theory]
    [InlineData(2013, 5, 1)]
    [InlineData(2013, 5, 20)]
    [InlineData(2013, 6, 1)]
    public void ToSomeDayIn_StartNotBeforeTheMonth_Throws(int year, int month, int day)
    {
        var e = Assert.Throws<ArgumentException>(() => ReportingPeriod.ToSomeDayIn(new LocalDate(year, month, day), new YearMonth(2013, 5)));
        Assert.Contains("must start before that month", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSomeDayIn_StartOnTheLastDayBeforeTheMonth_Works()
    {
        ReportingPeriod period = ReportingPeriod.ToSomeDayIn(new LocalDate(2013, 4, 30), new YearMonth(2013, 5));
        Assert.Equal(new LocalDate(2013, 5, 1), period.EarliestEnd);
    }

    [Fact]
    public void Parse_MonthEnd_ReadsWhatToStringWrites()
    {
        Assert.Equal(UpToMay2013, ReportingPeriod.Parse("2012-03-12/2013-05"));
        Assert.True(ReportingPeriod.TryParse("2012-03-12/2013-05", out ReportingPeriod? read));
        Assert.Equal(new YearMonth(2013, 5), Assert.IsType<MonthEndPeriod>(read).EndMonth);
    }

    [Theory]
    [InlineData("2012-03-12/2013-13", "expected")]
    [InlineData("2012-03-12/2013-5", "expected")]
    [InlineData("2012-03-12/13-05", "expected")]
    [InlineData("2012-03/2013-05", "expected")]
    [InlineData("2013-05-12/2013-05", "must start before that month")]
    [InlineData("2013-07-01/2013-05", "must start before that month")]
    public void Parse_BadMonthEnd_SaysWhy(string text, string why)
    {
        var e = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains($"\"{text}\"", e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_MonthEnd_DiffersFromTheSameDatesKnownToTheDay()
    {
        ReportingPeriod toTheLastDay = ReportingPeriod.Between(new LocalDate(2012, 3, 12), new LocalDate(2013, 5, 31));
        Assert.NotEqual(toTheLastDay, UpToMay2013);
        Assert.True(toTheLastDay < UpToMay2013);
        Assert.True(ReportingPeriod.Between(new LocalDate(2012, 3, 12), new LocalDate(2013, 5, 2)) < UpToMay2013);
        Assert.True(UpToMay2013 < ReportingPeriod.Between(new LocalDate(2012, 3, 12), new LocalDate(2013, 6, 1)));
        Assert.Equal(UpToMay2013, ReportingPeriod.ToSomeDayIn(new LocalDate(2012, 3, 12), new YearMonth(2013, 5)));
        Assert.Equal(UpToMay2013.GetHashCode(), ReportingPeriod.Parse("2012-03-12/2013-05").GetHashCode());
    }

    [Fact]
    public void DaysIntervalPreviousNext_MonthEnd_AreNotThereToCall()
    {
        // The last day is not known, so what needs it belongs to DatedPeriod only: asking is a compile error, not a throw.
        foreach (string member in new[] { nameof(DatedPeriod.Days), nameof(DatedPeriod.Interval), nameof(DatedPeriod.Previous), nameof(DatedPeriod.Next) })
        {
            Assert.NotEmpty(typeof(DatedPeriod).GetMember(member));
            Assert.Empty(typeof(MonthEndPeriod).GetMember(member));
            Assert.Empty(typeof(ReportingPeriod).GetMember(member));
        }
        Assert.True(typeof(DatedPeriod).IsSealed && typeof(MonthEndPeriod).IsSealed && typeof(ReportingPeriod).IsAbstract);
    }

    [Fact]
    public void ContainsAndOverlaps_MonthEnd_AnswerForWhateverDayItEndsOn()
    {
        Assert.True(UpToMay2013.Contains(new LocalDate(2013, 5, 1)));
        Assert.False(UpToMay2013.Contains(new LocalDate(2013, 5, 2)));
        Assert.False(UpToMay2013.Contains(new LocalDate(2012, 3, 11)));
        Assert.True(UpToMay2013.Contains(UpToMay2013));
        Assert.True(UpToMay2013.Contains(ReportingPeriod.Month(2013, 4)));
        Assert.False(UpToMay2013.Contains(ReportingPeriod.Month(2013, 5)));
        Assert.True(UpToMay2013.Overlaps(ReportingPeriod.Day(new LocalDate(2013, 5, 1))));
        Assert.False(UpToMay2013.Overlaps(ReportingPeriod.Day(new LocalDate(2013, 5, 2))));
        Assert.False(ReportingPeriod.Month(2013, 6).Overlaps(UpToMay2013));
    }

    [Fact]
    public void YearsEarlier_MonthEnd_MovesTheStartAndTheMonth()
    {
        Assert.Equal(ReportingPeriod.Parse("2011-03-12/2012-05"), UpToMay2013.YearsEarlier(1));
        Assert.Equal(UpToMay2013, UpToMay2013.YearsEarlier(1).YearsLater(1));
        ReportingPeriod toFebruary = ReportingPeriod.Parse("2019-12-31/2020-02");
        Assert.Equal(new LocalDate(2021, 2, 28), toFebruary.YearsLater(1).LatestEnd);
        Assert.Equal(new LocalDate(2024, 2, 29), toFebruary.YearsLater(4).LatestEnd);
    }

    [Fact]
    public void SinceLaunch_UpToAMonthEnd_KeepsTheMonthPrecision()
    {
        Assert.Equal(UpToMay2013, ReportingPeriod.SinceLaunch(new LocalDate(2012, 3, 12), UpToMay2013));
        Assert.Equal(ReportingPeriod.Parse("2013-04-30/2013-05"), ReportingPeriod.SinceLaunch(new LocalDate(2013, 4, 30), UpToMay2013));
        Assert.Throws<ArgumentException>(() => ReportingPeriod.SinceLaunch(new LocalDate(2013, 5, 1), UpToMay2013));
    }
}
