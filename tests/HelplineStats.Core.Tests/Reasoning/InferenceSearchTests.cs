using System;
using FsCheck.Xunit;
using HelplineStats.Core.Reasoning;

namespace HelplineStats.Core.Tests.Reasoning;

/// <summary>
/// The two searches the inference narrows a count with: the first x where a predicate true up to a point turns false,
/// and the last x where one false up to a point is still false, against the threshold written out (x &lt; t, x &gt; t).
/// </summary>
public sealed class InferenceSearchTests
{
    private static (long From, long To) Range(long a, long b) => a <= b ? (a, b) : (b, a);

    [Property(MaxTest = 300)]
    public bool FirstFalse_IsTheThreshold_ClampedToTheRange(long a, long b, long t)
    {
        (long from, long to) = Range(a, b);
        long expected = t <= from ? from : t > to ? (to == long.MaxValue ? to : to + 1) : t;
        return Inference.FirstFalse(x => x < t, from, to) == expected;
    }

    [Property(MaxTest = 300)]
    public bool LastFalse_IsTheThreshold_ClampedToTheRange(long a, long b, long t)
    {
        (long from, long to) = Range(a, b);
        long expected = t < from ? from - 1 : t >= to ? to : t;
        return Inference.LastFalse(x => x > t, from, to) == expected;
    }

    [Property(MaxTest = 200)]
    public bool BothSearches_FindAThresholdInsideASmallRange(byte width, byte offset)
    {
        // Thresholds strictly inside [10, 10 + width], where the binary search, not the ends, finds them.
        long from = 10;
        long to = 10 + width;
        long t = from + (offset % (width + 1));
        return Inference.FirstFalse(x => x < t, from, to) == t && Inference.LastFalse(x => x > t, from, to) == t;
    }

    [Theory]
    [InlineData(0L, 100L, 37L, 37L, 37L)]
    [InlineData(0L, 100L, 0L, 0L, 0L)]       // true nowhere: the first x is false; false only at 0
    [InlineData(0L, 100L, 100L, 100L, 100L)]
    [InlineData(5L, 5L, 5L, 5L, 5L)]
    [InlineData(0L, 100L, 200L, 101L, 100L)]  // never false (past the end) / never true (the end)
    [InlineData(10L, 100L, -5L, 10L, 9L)]     // false from the start / true from the start (before the start)
    public void Searches_AtTheEnds(long from, long to, long t, long first, long last)
    {
        Assert.Equal(first, Inference.FirstFalse(x => x < t, from, to));
        Assert.Equal(last, Inference.LastFalse(x => x > t, from, to));
    }

    [Fact]
    public void FirstFalse_NeverFalseUpToLongMaxValue_StaysAtTheEnd()
    {
        // No x past long.MaxValue: an open upper end stays open rather than wrapping around.
        Assert.Equal(long.MaxValue, Inference.FirstFalse(_ => true, 0, long.MaxValue));
        Assert.Equal(long.MaxValue - 1, Inference.FirstFalse(x => x < long.MaxValue - 1, 0, long.MaxValue));
        Assert.Equal(long.MaxValue, Inference.LastFalse(_ => false, 0, long.MaxValue));
    }
}
