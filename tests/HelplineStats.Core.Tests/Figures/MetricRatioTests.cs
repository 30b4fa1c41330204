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
        Assert.Equal(Metric.PossibleVictims, ratio.Numerator.Metric);
        Assert.Equal(Metric.Calls, ratio.Denominator.Metric);
        Assert.Equal("1.33 possible victims per call (11312 possible victims, 8515 calls)", ratio.ToString());
    }

    [Fact]
    public void Of_SameMetricIsRejected_AndAZeroDenominatorIsUndefined()
    {
        Assert.Throws<ArgumentException>(() => MetricRatio.Of(Count.Of(1, Metric.Calls), Count.Of(2, Metric.Calls)));
        MetricRatio none = MetricRatio.Of(Count.Of(1, Metric.PossibleVictims), Count.Of(0, Metric.Calls));
        Assert.False(none.IsDefined);
        Assert.Null(none.Value);
        Assert.StartsWith("undefined: no calls", none.ToString(), StringComparison.Ordinal);
    }
}
