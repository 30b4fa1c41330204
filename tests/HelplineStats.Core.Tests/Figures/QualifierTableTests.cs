using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Figures;

public sealed class QualifierTableTests
{
    private static readonly QualifierTable Table = QualifierTable.Default;
    private static readonly RoundingPolicy Whole = RoundingPolicy.HalfAwayFromZero(0);

    private static Rational Percent(long numerator, long denominator) => Rational.Of(numerator * 100, denominator);

    [Fact]
    public void Accepts_MoreThan58Percent_OnlyAbove58()
    {
        Assert.True(Table.Accepts(ValueReading.Rounded, Rational.Of(5801, 100), 58m, Qualifier.MoreThan, Whole));
        Assert.False(Table.Accepts(ValueReading.Rounded, Rational.Of(58), 58m, Qualifier.MoreThan, Whole));
        Assert.False(Table.Accepts(ValueReading.Rounded, Rational.Of(5799, 100), 58m, Qualifier.MoreThan, Whole));
    }

    [Fact]
    public void Accepts_NoQualifierOnAPercentage_MeansItRoundsToThePrintedValue()
    {
        Assert.True(Table.Accepts(ValueReading.Rounded, Rational.Of(125, 10), 13m, Qualifier.None, Whole));
        Assert.False(Table.Accepts(ValueReading.Rounded, Rational.Of(125, 10), 12m, Qualifier.None, Whole));
        Assert.True(Table.Accepts(ValueReading.Rounded, Rational.Of(125, 10), 12m, Qualifier.None, RoundingPolicy.Of(RoundingMode.HalfToEven, Precision.Whole)));
    }

    [Fact]
    public void Accepts_AlmostThree_ForTwoPointNineTwoButNotWellOver()
    {
        Assert.True(Table.Accepts(ValueReading.Multiple, Rational.Of(292, 100), 3m, Qualifier.Almost, Whole));
        Assert.False(Table.Accepts(ValueReading.Multiple, Rational.Of(292, 100), 3m, Qualifier.MoreThan, Whole));
        Assert.False(Table.Accepts(ValueReading.Multiple, Rational.Of(3), 3m, Qualifier.Almost, Whole));
        Assert.True(Table.Accepts(ValueReading.Multiple, Rational.Of(3), 3m, Qualifier.None, Whole));
        Assert.True(Table.Accepts(ValueReading.Multiple, Rational.Of(345, 100), 3m, Qualifier.None, Whole));
        Assert.False(Table.Accepts(ValueReading.Multiple, Rational.Of(346, 100), 3m, Qualifier.About, Whole));
    }

    [Fact]
    public void Accepts_OneInN_ComparesTheShareWithOneOverN()
    {
        Assert.True(Table.Accepts(ValueReading.OneInN, Rational.Of(18, 100), 5m, Qualifier.Almost, Whole));
        Assert.False(Table.Accepts(ValueReading.OneInN, Rational.Of(18, 100), 5m, Qualifier.MoreThan, Whole));
        Assert.True(Table.Accepts(ValueReading.OneInN, Rational.Of(11, 100), 10m, Qualifier.MoreThan, Whole));
        Assert.Throws<ArgumentOutOfRangeException>(() => Table.Accepts(ValueReading.OneInN, Rational.Of(1, 2), 0m, Qualifier.None, Whole));
    }

    [Fact]
    public void Constructor_ToleranceOutsideZeroToOne_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new QualifierTable(Rational.One));
        Assert.Throws<ArgumentOutOfRangeException>(() => new QualifierTable(Rational.Of(-1, 10)));
        Assert.False(new QualifierTable(Rational.Zero).Accepts(ValueReading.Multiple, Rational.Of(299, 100), 3m, Qualifier.Almost, Whole));
    }

    [Fact]
    public void Phrase_Percentages_AreRoundedWithoutAQualifier()
    {
        Assert.Equal(new QualifiedValue(86m, Qualifier.None, Precision.Whole), Table.Phrase(ValueReading.Rounded, Percent(118_408, 137_669), Whole));
        Assert.Throws<ArgumentException>(() => Table.Phrase(ValueReading.OneInN, Rational.Of(1, 5), Whole));
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Phrase_AnyPhrasedReadingAndValue_IsAcceptedByTheTable(Rational exact, RoundingPolicy policy, bool multiple)
    {
        ValueReading kind = multiple ? ValueReading.Multiple : ValueReading.Rounded;
        if (exact.Abs() > Rational.Of(1_000_000_000))
        {
            return true;
        }
        QualifiedValue phrased = Table.Phrase(kind, exact, policy);
        return Table.Accepts(kind, exact, phrased.Value, phrased.Qualifier, policy);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public Property Phrase_MultipleAtAnyStep_NamesTheSideAndIsAccepted(RoundingPolicy policy)
    {
        // Multiples of two counts, at every step the generators give (0.05, 0.25, 0.5, 2, 5 and 0 to 4 decimals) and every mode.
        return Prop.ForAll(Gen.Choose(0, 5000).ToArbitrary(), Gen.Choose(1, 500).ToArbitrary(), (later, earlier) =>
        {
            Rational exact = Rational.Of(later, earlier);
            QualifiedValue phrased = Table.Phrase(ValueReading.Multiple, exact, policy);
            Rational printed = Rational.FromDecimal(phrased.Value);
            bool side = phrased.Qualifier switch
            {
                Qualifier.None => exact == printed,
                Qualifier.MoreThan => exact > printed,
                Qualifier.Almost or Qualifier.LessThan => exact < printed,
                _ => false,
            };
            bool onGrid = (printed / Rational.FromDecimal(policy.Precision.Step)).IsInteger;
            return side && onGrid && Table.Accepts(ValueReading.Multiple, exact, phrased.Value, phrased.Qualifier, policy);
        });
    }

    [Theory]
    [InlineData(1703, 500, "0.5", "almost 3.5")]   // 3.406: not 3.5, so a bare "3.5" would claim too much
    [InlineData(1750, 500, "0.5", "3.5")]
    [InlineData(1703, 500, "0.1", "more than 3.4")]
    [InlineData(292, 100, "1", "almost 3")]
    [InlineData(60, 100, "1", "more than 0")]
    public void Phrase_Multiple_AtDecimalSteps_NamesTheSide(long later, long earlier, string step, string expected)
    {
        var policy = RoundingPolicy.Of(RoundingMode.HalfAwayFromZero, Precision.OfStep(decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, Table.Phrase(ValueReading.Multiple, Rational.Of(later, earlier), policy).ToString());
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool AcceptedRange_WithoutQualifier_IsExactlyTheRoundingPreimage(Rational exact, RoundingPolicy policy, sbyte offsetSteps)
    {
        if (exact.Abs() > Rational.Of(1_000_000_000))
        {
            return true;
        }
        decimal rounded = policy.Round(exact);
        decimal other = rounded + (offsetSteps % 3 * policy.Precision.Step);
        ValueInterval range = Table.AcceptedRange(ValueReading.Rounded, other, Qualifier.None, policy);
        return range.Contains(exact) == (other == rounded);
    }

    [Theory]
    [InlineData(RoundingMode.HalfAwayFromZero, "2", "[3/2, 5/2)")]
    [InlineData(RoundingMode.HalfAwayFromZero, "-2", "(-5/2, -3/2]")]
    [InlineData(RoundingMode.HalfAwayFromZero, "0", "(-1/2, 1/2)")]
    [InlineData(RoundingMode.HalfToEven, "2", "[3/2, 5/2]")]     // both halves go to the even 2
    [InlineData(RoundingMode.HalfToEven, "3", "(5/2, 7/2)")]     // and neither to the odd 3
    [InlineData(RoundingMode.HalfToEven, "-3", "(-7/2, -5/2)")]
    [InlineData(RoundingMode.TowardZero, "2", "[2, 3)")]
    [InlineData(RoundingMode.TowardZero, "-2", "(-3, -2]")]
    [InlineData(RoundingMode.TowardZero, "0", "(-1, 1)")]
    [InlineData(RoundingMode.AwayFromZero, "2", "(1, 2]")]
    [InlineData(RoundingMode.AwayFromZero, "-2", "[-2, -1)")]
    [InlineData(RoundingMode.AwayFromZero, "0", "[0, 0]")]       // only zero itself stays 0
    [InlineData(RoundingMode.TowardPositiveInfinity, "-2", "(-3, -2]")]
    [InlineData(RoundingMode.TowardPositiveInfinity, "0", "(-1, 0]")]
    [InlineData(RoundingMode.TowardNegativeInfinity, "-2", "[-2, -1)")]
    [InlineData(RoundingMode.TowardNegativeInfinity, "0", "[0, 1)")]
    public void AcceptedRange_WithoutQualifier_EachModeGivesItsEnds(RoundingMode mode, string printed, string expected)
    {
        var policy = RoundingPolicy.Of(mode, Precision.Whole);
        decimal value = decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, Table.AcceptedRange(ValueReading.Rounded, value, Qualifier.None, policy).ToString());
    }

    [Fact]
    public void AcceptedRange_WithoutQualifier_HoldsExactlyWhatRoundsToIt_AtEveryEndAndQuarterStep()
    {
        // Random exact values almost never fall on an end; here every printed value from -3 to 3 steps, in every mode and
        // at three steps, meets the candidates a quarter step apart around it, its ends among them.
        foreach (RoundingMode mode in Enum.GetValues<RoundingMode>())
        {
            foreach (decimal step in new[] { 1m, 0.5m, 10m })
            {
                var policy = RoundingPolicy.Of(mode, Precision.OfStep(step));
                Rational quarter = Rational.FromDecimal(step) / 4;
                for (int units = -3; units <= 3; units++)
                {
                    decimal printed = units * step;
                    ValueInterval range = Table.AcceptedRange(ValueReading.Rounded, printed, Qualifier.None, policy);
                    for (int k = -6; k <= 6; k++)
                    {
                        Rational candidate = Rational.FromDecimal(printed) + (quarter * Rational.Of(k));
                        Assert.True(range.Contains(candidate) == (policy.Round(candidate) == printed),
                            $"{mode} at {step}: {candidate} in {range} for {printed}, but rounds to {policy.Round(candidate)}");
                    }
                }
            }
        }
    }

    [Fact]
    public void AcceptedRange_ShowsItsEnds()
    {
        Assert.Equal("[25/2, 27/2)", Table.AcceptedRange(ValueReading.Rounded, 13m, Qualifier.None, Whole).ToString());
        Assert.Equal("(-27/2, -25/2]", Table.AcceptedRange(ValueReading.Rounded, -13m, Qualifier.None, Whole).ToString());
        Assert.Equal("[51/20, 3)", Table.AcceptedRange(ValueReading.Multiple, 3m, Qualifier.Almost, Whole).ToString());
        Assert.True(Table.AcceptedRange(ValueReading.Rounded, 13.9m, Qualifier.None, Whole).IsEmpty);
    }

    [Fact]
    public void ApportionedRange_IsOneStepEitherSideOpen_OrEmptyOffTheGrid()
    {
        // A largest-remainder percentage is the exact share rounded down or up: 33 is anything strictly between 32 and 34.
        Assert.Equal("(32, 34)", QualifierTable.ApportionedRange(33m, Precision.Whole).ToString());
        Assert.Equal("(61/5, 62/5)", QualifierTable.ApportionedRange(12.3m, Precision.DecimalPlaces(1)).ToString());
        Assert.Equal("(20, 40)", QualifierTable.ApportionedRange(30m, Precision.OfStep(10m)).ToString());
        Assert.True(QualifierTable.ApportionedRange(33.5m, Precision.Whole).IsEmpty);
        Assert.True(QualifierTable.ApportionedRange(35m, Precision.OfStep(10m)).IsEmpty);
    }

    [Fact]
    public void AcceptedRange_UndefinedQualifier_IsRefused() =>
        Assert.Equal("qualifier", Assert.Throws<ArgumentOutOfRangeException>(() => Table.AcceptedRange(ValueReading.Rounded, 13m, (Qualifier)42, Whole)).ParamName);

    [Fact]
    public void Phrase_OneInNAndRecords_AreRefusedNamingTheReading()
    {
        ArgumentException oneInN = Assert.Throws<ArgumentException>(() => Table.Phrase(ValueReading.OneInN, Rational.Of(1, 5), Whole));
        Assert.Equal("reading", oneInN.ParamName);
        Assert.StartsWith("A value read as one in N is not phrased from a rounded value; use NaturalFrequency.", oneInN.Message, StringComparison.Ordinal);
        ArgumentException record = Assert.Throws<ArgumentException>(() => Table.Phrase(ValueReading.Unrounded, Rational.One, Whole));
        Assert.StartsWith("A value read as unrounded is not phrased from a rounded value.", record.Message, StringComparison.Ordinal);
        Assert.Equal("reading", Assert.Throws<ArgumentNullException>(() => Table.Phrase(null!, Rational.One, Whole)).ParamName);
    }

    [Fact]
    public void ToString_NamesTheTolerance()
    {
        // 15/100 in lowest terms.
        Assert.Equal("qualifier table, tolerance 3/20", Table.ToString());
        Assert.Equal("qualifier table, tolerance 0", new QualifierTable(Rational.Zero).ToString());
    }

    [Fact]
    public void AcceptedRange_QualifiersGiveTheirEnds()
    {
        // 15% of 20 is 3: "about 20" is 17 to 23 with both ends; "more than 20" and "less than 20" leave 20 out.
        Assert.Equal("[17, 23]", Table.AcceptedRange(ValueReading.Rounded, 20m, Qualifier.About, Whole).ToString());
        Assert.Equal("(20, ∞)", Table.AcceptedRange(ValueReading.Rounded, 20m, Qualifier.MoreThan, Whole).ToString());
        Assert.Equal("(-∞, 20)", Table.AcceptedRange(ValueReading.Rounded, 20m, Qualifier.LessThan, Whole).ToString());
    }
}
