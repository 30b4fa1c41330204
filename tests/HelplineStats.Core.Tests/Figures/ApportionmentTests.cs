using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Figures;

public sealed class ApportionmentTests
{
    private static readonly ObservationKey Contacts = new(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021), Metric.Contacts);

    [Fact]
    public void LargestRemainder_StopItNowChannels_Give42And40And18()
    {
        Breakdown byChannel = Breakdown.ByChannel(Contacts.Observe(410), BreakdownCoverage.Complete,
            (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75));
        ApportionedPercentages percentages = Apportionment.LargestRemainder(byChannel, ShareBasis.Total, 0, 100);
        Assert.Equal(new decimal?[] { 42m, 40m, 18m }, percentages.Select(item => item.Value));
        Assert.True(percentages.ReachesTarget);
        // 162/410 is 39.51...%, which rounds to 40 on its own too: nothing was pushed.
        Assert.DoesNotContain(percentages, item => item.IsAdjusted);
    }

    [Fact]
    public void LargestRemainder_ThreeEqualThirds_GivesTheExtraUnitByKeyAndFlagsIt()
    {
        ApportionedPercentages result = Apportionment.LargestRemainder(new[] { ("b", 1L), ("a", 1L), ("c", 1L) }, 0, 100);
        Assert.Equal(new decimal?[] { 33m, 34m, 33m }, result.Select(item => item.Value));
        Assert.True(result["a"].IsAdjusted);
        Assert.Equal(33m, result["a"].PlainValue);
        Assert.Equal(100m, result.Sum);
    }

    [Fact]
    public void LargestRemainder_EqualRemainders_PreferTheLargerCount()
    {
        // 1/8 and 3/8 of 100 have the same remainder (.5); the larger count gets the unit.
        ApportionedPercentages result = Apportionment.LargestRemainder(new[] { ("small", 1L), ("big", 3L), ("rest", 4L) }, 0, 100);
        Assert.Equal(new decimal?[] { 12m, 38m, 50m }, result.Select(item => item.Value));
        Assert.True(result["small"].IsAdjusted);
        Assert.False(result["big"].IsAdjusted);
    }

    [Fact]
    public void RoundIndependently_ThreeThirds_Reaches99AndSaysSo()
    {
        ApportionedPercentages result = Apportionment.RoundIndependently(new[] { ("a", 1L), ("b", 1L), ("c", 1L) }, RoundingPolicy.HalfAwayFromZero(0), 100);
        Assert.Equal(99m, result.Sum);
        Assert.False(result.ReachesTarget);
        Assert.Equal(ApportionmentMethod.Independent, result.Method);
    }

    [Fact]
    public void LargestRemainder_MultiLabelOrIncompleteBreakdown_IsRefusedWithAReason()
    {
        var victims = new ObservationKey(Helplines.Line1712.Id, ReportingPeriod.Year(2021), Metric.PossibleVictims);
        Breakdown multi = Breakdown.ByCategory(victims.Observe(100), Taxonomies.KindOfViolence, BreakdownCoverage.MultiLabel, ("child-abuse", 70), ("partner-violence", 40));
        Breakdown partial = Breakdown.ByCategory(victims.Observe(100), Taxonomies.KindOfViolence, BreakdownCoverage.Incomplete, ("child-abuse", 54), ("partner-violence", 19));
        Assert.Contains("multi-label", Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(multi, ShareBasis.Total, 0, 100)).Message, StringComparison.Ordinal);
        Assert.Contains("incomplete", Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(partial, ShareBasis.Total, 0, 100)).Message, StringComparison.Ordinal);
        Assert.Equal(110m, Apportionment.RoundIndependently(multi, ShareBasis.Total, RoundingPolicy.HalfAwayFromZero(0), 100).Sum);
    }

    [Fact]
    public void LargestRemainder_BadInput_NamesWhatIsWrong()
    {
        ApportionedPercentages ofNothing = Apportionment.LargestRemainder(new[] { ("a", 0L), ("b", 0L) }, 0, 100);
        Assert.False(ofNothing.IsDefined);
        Assert.Null(ofNothing.Sum);
        Assert.All(ofNothing, item => Assert.Null(item.Value));
        Assert.False(Apportionment.LargestRemainder(Array.Empty<(string, long)>(), 0, 100).IsDefined);
        Assert.Contains("'a' is repeated", Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(new[] { ("a", 1L), ("a", 2L) }, 0, 100)).Message, StringComparison.Ordinal);
        Assert.Contains("negative count", Assert.Throws<ArgumentException>(() => Apportionment.LargestRemainder(new[] { ("a", -1L) }, 0, 100)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.LargestRemainder(new[] { ("a", 1L) }, 29, 100));
    }

    [Fact]
    public void LargestRemainder_CountsNearLongMaxValue_StayExact()
    {
        ApportionedPercentages result = Apportionment.LargestRemainder(new[] { ("a", long.MaxValue), ("b", long.MaxValue), ("c", 1L) }, 20, 100);
        Assert.Equal(100m, result.Sum);
        Assert.All(result, item => Assert.True((Rational.FromDecimal(item.Value!.Value) - item.Exact!.Value).Abs() < Rational.Of(1, BigInteger.Pow(10, 20))));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool LargestRemainder_AddsUpToTheTargetWithEachWithinOneUnit((string Key, long Count)[] items, byte decimalsSeed, bool percent)
    {
        int decimals = decimalsSeed % 5;
        long target = percent ? 100 : 1000;
        ApportionedPercentages result = Apportionment.LargestRemainder(items, decimals, target);
        Rational unit = Rational.Of(1, BigInteger.Pow(10, decimals));
        if (items.All(item => item.Count == 0))
        {
            return !result.IsDefined && result.All(item => item.Value is null);
        }
        return result.Sum == target
            && result.All(item => item.Value >= 0m && (Rational.FromDecimal(item.Value!.Value) - item.Exact!.Value).Abs() < unit)
            && result.Select(item => item.Key).SequenceEqual(items.Select(item => item.Key));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property LargestRemainder_DoesNotDependOnInputOrder((string Key, long Count)[] items, byte decimalsSeed)
    {
        return Prop.ForAll(Gen.Shuffle(items).ToArbitrary(), shuffled =>
        {
            int decimals = decimalsSeed % 4;
            ApportionedPercentages original = Apportionment.LargestRemainder(items, decimals, 100);
            ApportionedPercentages permuted = Apportionment.LargestRemainder(shuffled, decimals, 100);
            return items.All(item => original[item.Key] == permuted[item.Key]);
        });
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool LargestRemainder_FlagsExactlyTheItemsOffTheirPlainRounding((string Key, long Count)[] items)
    {
        ApportionedPercentages result = Apportionment.LargestRemainder(items, 1, 100);
        RoundingPolicy plain = RoundingPolicy.HalfAwayFromZero(1);
        return result.All(item => item.Exact is not Rational exact ? item.Value is null : item.IsAdjusted == (item.Value != plain.Round(exact)));
    }
}
