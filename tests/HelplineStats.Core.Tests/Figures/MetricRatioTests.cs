using System;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Figures;

public sealed class MetricRatioTests
{
    [Fact]
    public void Of_VictimsPerCall_IsExactAndNamesBothMetrics()
    {
        MetricRatio ratio = MetricRatio.Of(Count.Of(11_312, Metric.PossibleVictims), Count.Of(8_515, Metric.Calls));
        Assert.Equal(Rational.Of(11_312, 8_515), ratio.Value);
        Assert.Equal(Metric.PossibleVictims, ratio.Numerator);
        Assert.Equal(Metric.Calls, ratio.Denominator);
        Assert.Equal("11312/8515 possible-victims per calls", ratio.ToString());
    }

    [Fact]
    public void Of_SameMetricOrZeroDenominator_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => MetricRatio.Of(Count.Of(1, Metric.Calls), Count.Of(2, Metric.Calls)));
        var e = Assert.Throws<ArgumentException>(() => MetricRatio.Of(Count.Of(1, Metric.PossibleVictims), Count.Of(0, Metric.Calls)));
        Assert.Contains("undefined", e.Message, StringComparison.Ordinal);
    }
}
