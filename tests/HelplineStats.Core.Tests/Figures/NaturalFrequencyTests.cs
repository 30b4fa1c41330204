using System;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Figures;

public sealed class NaturalFrequencyTests
{
    private static readonly RoundingPolicy Whole = RoundingPolicy.HalfAwayFromZero(0);

    private static Share Of(long part, long whole) => Share.Of(Count.Of(part, Metric.Conversations), Count.Of(whole, Metric.Conversations));

    [Theory]
    [InlineData(18, 100, "almost one in 5")]
    [InlineData(11, 100, "more than one in 10")]
    [InlineData(25, 100, "one in 4")]
    [InlineData(42, 100, "less than one in 2")]
    [InlineData(0, 100, "less than one in 10")]
    [InlineData(100, 100, "more than one in 2")]
    [InlineData(15, 100, "less than one in 5")]
    [InlineData(1001, 10000, "one in 10")]
    public void Of_SimpleDenominators_PicksTheClosestAndNamesTheSide(long part, long whole, string expected)
    {
        Assert.Equal(expected, NaturalFrequency.Of(Of(part, whole), Whole, QualifierTable.Default).ToString());
    }

    [Fact]
    public void Of_EighteenPercent_IsNotOneInSixUnlessWidened()
    {
        Assert.Equal(5, NaturalFrequency.Of(Of(18, 100), Whole, QualifierTable.Default).Denominator);
        Assert.Equal(6, NaturalFrequency.Of(Of(18, 100), Whole, QualifierTable.Default, NaturalFrequency.SimpleDenominators.Append(6)).Denominator);
        Assert.Throws<ArgumentException>(() => NaturalFrequency.Of(Of(1, 2), Whole, QualifierTable.Default, new[] { 1 }));
        Assert.Throws<ArgumentException>(() => NaturalFrequency.Of(Of(1, 2), Whole, QualifierTable.Default, Array.Empty<int>()));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Of_OneOverNIsTheClosest_AndTheQualifierIsOnTheRightSideAndAccepted(Share share)
    {
        NaturalFrequency frequency = NaturalFrequency.Of(share, Whole, QualifierTable.Default);
        if (share.Fraction is not Rational v)
        {
            return !frequency.IsDefined && frequency.Phrased is null;
        }
        int n = frequency.Denominator!.Value;
        Rational distance = (v - Rational.Of(1, n)).Abs();
        bool closest = NaturalFrequency.SimpleDenominators.All(m => distance <= (v - Rational.Of(1, m)).Abs());
        Rational x = Rational.Of(1, n);
        bool side = frequency.Qualifier switch
        {
            Qualifier.Almost or Qualifier.LessThan => v < x,
            Qualifier.MoreThan => v > x,
            Qualifier.None => Whole.RoundExact(v * 100) == Whole.RoundExact(x * 100),
            _ => false,
        };
        bool accepted = QualifierTable.Default.Accepts(ValueReading.OneInN, v, n, frequency.Qualifier, Whole);
        return closest && side && accepted;
    }
}
