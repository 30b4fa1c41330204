using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Uncertainty;

namespace HelplineStats.Core.Tests.Uncertainty;

/// <summary>
/// The intervals against values published with their methods (printed to four decimals, so held to half a unit of the
/// fourth decimal), against closed forms at the edges, and by their laws.
/// </summary>
public sealed class IntervalsTests
{
    private const double FourDecimals = 0.00005 + 1e-9;

    private static void Near(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected}, got {actual}");

    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in Medicine 17, table I, method 3.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void Wilson_MatchesNewcombesTable(long part, long whole, double low, double high)
    {
        ConfidenceInterval interval = Intervals.Wilson(part, whole);
        Near(low, interval.Low, FourDecimals);
        Near(high, interval.High, FourDecimals);
        Assert.Equal(0.95, interval.Level);
    }

    // Newcombe (1998), "Interval estimation for the difference between independent proportions", Statistics in
    // Medicine 17, table II, method 10 (the earlier share is the second of each pair printed there).
    [Theory]
    [InlineData(48, 80, 56, 70, 0.0524, 0.3339)]
    [InlineData(3, 10, 9, 10, 0.1705, 0.8090)]
    [InlineData(0, 29, 5, 56, -0.0381, 0.1926)]
    [InlineData(0, 20, 0, 10, -0.1611, 0.2775)]
    [InlineData(0, 20, 10, 10, 0.6791, 1.0000)]
    public void Newcombe_MatchesNewcombesTable(long earlierPart, long earlierWhole, long laterPart, long laterWhole, double low, double high)
    {
        ConfidenceInterval interval = Intervals.Newcombe(earlierPart, earlierWhole, laterPart, laterWhole);
        Near(low, interval.Low, FourDecimals);
        Near(high, interval.High, FourDecimals);
    }

    // The exact Poisson limits as tabulated (Garwood 1936; e.g. Ulm 1990), 95%.
    [Theory]
    [InlineData(0, 0.0, 3.689)]
    [InlineData(1, 0.0253, 5.572)]
    [InlineData(2, 0.2422, 7.225)]
    [InlineData(5, 1.6235, 11.6683)]
    [InlineData(10, 4.7954, 18.3904)]
    public void PoissonCount_MatchesTheTabulatedExactLimits(long count, double low, double high)
    {
        ConfidenceInterval interval = Intervals.PoissonCount(count);
        Near(low, interval.Low, 0.00005 + 1e-9);
        Near(high, interval.High, 0.0005 + 1e-9);
    }

    [Fact]
    public void PoissonCount_Zero_HasTheClosedFormUpperEnd()
    {
        // For k = 0 the upper limit solves e^(−μ) = α/2: μ = −ln 0.025 at 95%, −ln 0.005 at 99%.
        Near(-Math.Log(0.025), Intervals.PoissonCount(0).High, 1e-9);
        Near(-Math.Log(0.005), Intervals.PoissonCount(0, 0.99).High, 1e-9);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    [InlineData(400)]
    public void PoissonRatio_AtTheEdges_HasTheClosedForms(long n)
    {
        // None later of n earlier: the share p of the later count has the Clopper-Pearson upper end 1 − 0.025^(1/n).
        double pHigh = 1 - Math.Pow(0.025, 1.0 / n);
        ConfidenceInterval none = Intervals.PoissonRatio(n, 0);
        Assert.Equal(0, none.Low);
        Near(pHigh / (1 - pHigh), none.High, 1e-9);
        // One later of n + 1 in all: the lower end of p is 1 − 0.975^(1/(n + 1)).
        double pLow = 1 - Math.Pow(0.975, 1.0 / (n + 1));
        Near(pLow / (1 - pLow), Intervals.PoissonRatio(n, 1).Low, 1e-9);
        // Nothing earlier: no upper end.
        Assert.Equal(double.PositiveInfinity, Intervals.PoissonRatio(0, n).High);
    }

    [Property]
    public bool Wilson_HoldsTheObservedShare_AndWidensWithTheLevel(PositiveInt whole, NonNegativeInt part)
    {
        long n = whole.Get, x = part.Get % (n + 1);
        ConfidenceInterval at90 = Intervals.Wilson(x, n, 0.90), at99 = Intervals.Wilson(x, n, 0.99);
        double p = (double)x / n;
        return at90.Contains(p) && at99.Low <= at90.Low && at90.High <= at99.High && at99.Low >= 0 && at99.High <= 1;
    }

    [Property]
    public bool PoissonRatio_TurnedAround_IsTheReciprocal(PositiveInt a, PositiveInt b)
    {
        long earlier = a.Get % 5000 + 1, later = b.Get % 5000 + 1;
        ConfidenceInterval forward = Intervals.PoissonRatio(earlier, later), backward = Intervals.PoissonRatio(later, earlier);
        double ratio = (double)later / earlier;
        return forward.Contains(ratio) && Math.Abs(forward.Low * backward.High - 1) < 1e-8 && Math.Abs(forward.High * backward.Low - 1) < 1e-8;
    }

    [Property]
    public bool PoissonCount_HoldsTheCount(NonNegativeInt count) =>
        Intervals.PoissonCount(count.Get % 100_000).Contains(count.Get % 100_000);

    [Fact]
    public void Methods_RefuseWhatHasNoInterval()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.Wilson(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.Wilson(5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.Wilson(-1, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.Wilson(1, 4, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.Wilson(1, 4, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.PoissonRatio(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Intervals.PoissonCount(-1));
    }

    [Fact]
    public void ToString_ShowsTheLevelAndTheEnds()
    {
        Assert.Equal("95%: [0, 0.1611]", Intervals.Wilson(0, 20).ToString());
    }
}
