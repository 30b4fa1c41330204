using System;
using FsCheck.Xunit;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class PrecisionTests
{
    [Fact]
    public void Default_IsWholeUnits()
    {
        Assert.Equal(1m, default(Precision).Step);
        Assert.Equal(0, default(Precision).Decimals);
        Assert.Equal(Precision.DecimalPlaces(0), default(Precision));
    }

    [Fact]
    public void DecimalPlacesAndSteps_ReportTheirDecimals()
    {
        Assert.Equal(0.1m, Precision.DecimalPlaces(1).Step);
        Assert.Equal(1, Precision.OfStep(0.5m).Decimals);
        Assert.False(Precision.OfStep(0.5m).IsDecimalPlaces);
        Assert.True(Precision.OfStep(0.10m).IsDecimalPlaces);
        Assert.Equal(Precision.DecimalPlaces(1), Precision.OfStep(0.10m));
        Assert.Equal("0.1", Precision.OfStep(0.100m).ToString());
        Assert.Equal(2, Precision.OfPrinted(84.20m).Decimals);
    }

    [Fact]
    public void Factories_OutOfRange_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Precision.DecimalPlaces(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Precision.DecimalPlaces(29));
        Assert.Throws<ArgumentOutOfRangeException>(() => Precision.OfStep(0m));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Equals_EqualPrecisions_HaveEqualHashes(Precision a) =>
        Precision.OfStep(a.Step) == a && Precision.OfStep(a.Step).GetHashCode() == a.GetHashCode();
}
