using System;
using System.Collections.Generic;
using System.Globalization;
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
    public void LargestRemainder_CountsPastLongWhenScaled_AreExactToo()
    {
        // 10^17 and 2·10^17 to two decimals: 10^4 units times 2·10^17 leaves a long, the total does not. 1/3 is 3333
        // units with 1/3 left over, 2/3 is 6666 with 2/3 left over; the one unit left goes to the larger remainder.
        ApportionedPercentages result = Apportionment.LargestRemainder(new[] { ("a", 100_000_000_000_000_000L), ("b", 200_000_000_000_000_000L) }, 2, 100);
        Assert.Equal(new decimal?[] { 33.33m, 66.67m }, result.Select(item => item.Value));
        Assert.Equal(new decimal?[] { 33.33m, 66.67m }, result.Select(item => item.PlainValue));
        Assert.Equal(Rational.Of(100, 3), result["a"].Exact);
    }

    [Fact]
    public void Percentages_ListsAndDictionaries_AreKeyedByPositionOrKey()
    {
        // Eleven counts are keyed "00" to "10", so that keys sort as positions do; 1 of 11 is 9.09%, 10 of them 90.9%.
        ApportionedPercentages eleven = Apportionment.Percentages(Enumerable.Repeat(1L, 11).ToArray());
        Assert.Equal(Enumerable.Range(0, 11).Select(i => i.ToString("00", CultureInfo.InvariantCulture)), eleven.Select(item => item.Key));
        // 100 / 11 = 9.09: each floor is 9 with 1/11 left over, so the first (by key) one unit each: 1 unit left over.
        Assert.Equal(100m, eleven.Sum);
        Assert.Equal(10m, eleven["00"].Value);
        Assert.Equal(9m, eleven["10"].Value);
        Assert.Equal(new[] { "0", "1" }, Apportionment.Percentages(new[] { 1L, 3L }).Select(item => item.Key));
        Assert.Equal(new decimal?[] { 25.0m, 75.0m }, Apportionment.Percentages(new[] { 1L, 3L }, 1).Select(item => item.Value));
        var byChannel = new Dictionary<string, long> { ["phone"] = 1, ["chat"] = 2 };
        ApportionedPercentages thirds = Apportionment.Percentages(byChannel);
        Assert.Equal(33m, thirds["phone"].Value);
        Assert.Equal(67m, thirds["chat"].Value);
        Assert.Equal(66.67m, Apportionment.Percentages(byChannel, 2)["chat"].Value);
        Assert.Equal(2, thirds.Count);
        Assert.Equal("phone", thirds[0].Key);
        Assert.Throws<KeyNotFoundException>(() => thirds["email"]);
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => Apportionment.Percentages((IReadOnlyList<long>)null!, 0)).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentNullException>(() => Apportionment.Percentages((IReadOnlyDictionary<string, long>)null!, 0)).ParamName);
    }

    [Fact]
    public void ToString_ListsEachValueMarksTheAdjustedAndGivesTheSum()
    {
        Assert.Equal("b 33, a 34*, c 33 = 100", Apportionment.LargestRemainder(new[] { ("b", 1L), ("a", 1L), ("c", 1L) }, 0, 100).ToString());
        Assert.Equal("a undefined, b undefined = undefined", Apportionment.LargestRemainder(new[] { ("a", 0L), ("b", 0L) }, 0, 100).ToString());
        Assert.Equal("a 33, b 33, c 33 = 99", Apportionment.RoundIndependently(new[] { ("a", 1L), ("b", 1L), ("c", 1L) }, RoundingPolicy.Whole, 100).ToString());
    }

    [Fact]
    public void RoundIndependently_OfTheKnown_LeavesTheUnknownOutOfTheWhole()
    {
        var persons = new ObservationKey(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021), Metric.ContactPersons);
        Breakdown gender = Breakdown.ByCategory(persons.Observe(1000), Taxonomies.Gender, BreakdownCoverage.Complete, ("woman", 584), ("man", 216), ("unknown", 200));
        // Of the 800 known: 73% and 27%; of all 1000: 58.4, 21.6 and 20, rounded on their own to 58, 22 and 20.
        ApportionedPercentages known = Apportionment.RoundIndependently(gender, ShareBasis.Known, RoundingPolicy.Whole, 100);
        Assert.Equal(new[] { ("woman", (decimal?)73m), ("man", 27m) }, known.Select(item => (item.Key, item.Value)));
        ApportionedPercentages total = Apportionment.RoundIndependently(gender, ShareBasis.Total, RoundingPolicy.Whole, 100);
        Assert.Equal(new decimal?[] { 58m, 22m, 20m }, total.Select(item => item.Value));
        // Largest remainder of the known: the same 73 and 27.
        Assert.Equal(new decimal?[] { 73m, 27m }, Apportionment.LargestRemainder(gender, ShareBasis.Known, 0, 100).Select(item => item.Value));
        Breakdown nobody = Breakdown.ByCategory(persons.Observe(0), Taxonomies.Gender, BreakdownCoverage.Complete, ("woman", 0), ("unknown", 0));
        Assert.False(Apportionment.RoundIndependently(nobody, ShareBasis.Known, RoundingPolicy.Whole, 100).IsDefined);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.RoundIndependently(gender, (ShareBasis)7, RoundingPolicy.Whole, 100)).ParamName);
        Assert.Equal("breakdown", Assert.Throws<ArgumentNullException>(() => Apportionment.LargestRemainder(null!, ShareBasis.Total, 0, 100)).ParamName);
    }

    [Fact]
    public void Validate_NullItemsKeysAndNegativeTargets_AreRefused()
    {
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => Apportionment.LargestRemainder((IEnumerable<(string, long)>)null!, 0, 100)).ParamName);
        Assert.Contains("items[1] has no key", Assert.Throws<ArgumentNullException>(() => Apportionment.LargestRemainder(new[] { ("a", 1L), (null!, 1L) }, 0, 100)).Message, StringComparison.Ordinal);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.RoundIndependently(new[] { ("a", 1L) }, RoundingPolicy.Whole, -1)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Apportionment.LargestRemainder(new[] { ("a", 1L) }, -1, 100)).ParamName);
        // A target of 1 apportions fractions of one: 1 and 3 are 0.25 and 0.75 at two decimals.
        Assert.Equal(new decimal?[] { 0.25m, 0.75m }, Apportionment.LargestRemainder(new[] { ("a", 1L), ("b", 3L) }, 2, 1).Select(item => item.Value));
        Assert.False(Apportionment.RoundIndependently(new[] { ("a", 0L) }, RoundingPolicy.Whole, 100).IsDefined);
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

    [Fact]
    public void LargestRemainder_ChannelsOfTheKnown_KeepEveryChannel()
    {
        // No unknown bucket among channels: of the known is of the total, 42, 40 and 18 (as above).
        Breakdown byChannel = Breakdown.ByChannel(Contacts.Observe(410), BreakdownCoverage.Complete,
            (Channel.Email, 173), (Channel.Phone, 162), (Channel.Chat, 75));
        Assert.Equal(new decimal?[] { 42m, 40m, 18m }, Apportionment.LargestRemainder(byChannel, ShareBasis.Known, 0, 100).Select(item => item.Value));
    }

    [Fact]
    public void Items_KnowTheirExactShareAndPolicy_UndefinedOverNothing()
    {
        ApportionedPercentages thirds = Apportionment.LargestRemainder(new[] { ("a", 1L), ("b", 2L) }, 1, 100);
        Assert.Equal(RoundingPolicy.HalfAwayFromZero(1), thirds.Policy);
        Assert.Equal(Rational.Of(100, 3), thirds["a"].Exact);
        Assert.Equal(Rational.Of(200, 3), thirds["b"].Exact);
        ApportionedPercentages nothing = Apportionment.RoundIndependently(new[] { ("a", 0L) }, RoundingPolicy.Whole, 100);
        Assert.Null(nothing["a"].Exact);
        Assert.Equal(RoundingPolicy.Whole, nothing.Policy);
        // Through the non-generic enumerator too.
        Assert.Equal(2, ((System.Collections.IEnumerable)thirds).Cast<ApportionedItem>().Count());
    }

    [Fact]
    public void LargestRemainder_EqualRemainders_TheLargerCountWinsEvenWithTheLaterKey()
    {
        // 1/8, 3/8 and 4/8 of 100 are 12.5, 37.5 and 50: one unit left over, and 12.5 and 37.5 tie on the remainder.
        // The larger count takes it though its key sorts after the smaller's: 12, 38, 50 (by key alone: 13, 37, 50).
        Assert.Equal(new decimal?[] { 12m, 38m, 50m },
            Apportionment.LargestRemainder(new[] { ("a", 1L), ("b", 3L), ("c", 4L) }, 0, 100).Select(item => item.Value));
    }

    [Fact]
    public void LargestRemainder_MoreThanTwoToThe32Units_KeepsTheHighWord()
    {
        // Halves of 100 at 8 decimals are 5,000,000,000 units of 10^-8 each, past 2^32 (4,294,967,296): 50.00000000.
        ApportionedPercentages halves = Apportionment.LargestRemainder(new[] { ("a", 1L), ("b", 1L) }, 8, 100);
        Assert.Equal(new decimal?[] { 50m, 50m }, halves.Select(item => item.Value));
        Assert.Equal("50.00000000", halves["a"].Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
