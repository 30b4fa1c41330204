using System;
using System.Collections.Generic;
using HelplineStats.Core.Reasoning;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Reasoning;

/// <summary>
/// The inference's narrowing over one sum of each kind, on counts worked by hand: a complete breakdown (the total is the
/// sum of the parts), an incomplete one (at least the parts) and a multi-label one (each part at most the total).
/// </summary>
public sealed class InferenceSumTests
{
    private static readonly ObservationKey Total = new(Helplines.Line1712.Id, ReportingPeriod.Year(2022), Metric.Calls);
    private static readonly ObservationKey A = Total.WithChannel(Channel.Phone);
    private static readonly ObservationKey B = Total.WithChannel(Channel.Chat);
    private static readonly ObservationKey C = Total.WithChannel(Channel.Email);

    private static Inference Run(SumKind kind, Dictionary<ObservationKey, long> known, Dictionary<ObservationKey, (long Low, long High)>? bounds = null) =>
        Inference.Run(known, bounds ?? new Dictionary<ObservationKey, (long Low, long High)>(), Array.Empty<FigureConstraint>(),
            new[] { new SumConstraint(Total, new[] { A, B, C }, kind) });

    [Fact]
    public void Equal_APartLiesBetweenTheTotalLessTheOthersMostAndLeast()
    {
        // 100 = a + b + 50 with b from 10 to 20: a is 30 to 40, b stays 10 to 20.
        Inference inference = Run(SumKind.Equal, new() { [Total] = 100, [C] = 50 }, new() { [B] = (10, 20) });
        Assert.True(inference.Feasible);
        Assert.Equal((30L, 40L), inference.Intervals[A]);
        Assert.Equal((10L, 20L), inference.Intervals[B]);
    }

    [Fact]
    public void Equal_AnUnknownTotal_IsAtLeastTheParts_AndAPartBesideAnOpenOneStaysOpen()
    {
        // a = 30 and b of at least 5, c unknown: the total is at least 35 and open; c is open too (its upper end would
        // be found against the total's open end).
        Inference inference = Run(SumKind.Equal, new() { [A] = 30 }, new() { [B] = (5, long.MaxValue) });
        Assert.Equal((35L, long.MaxValue), inference.Intervals[Total]);
        Assert.Equal((0L, long.MaxValue), inference.Intervals[C]);
        Assert.Equal((5L, long.MaxValue), inference.Intervals[B]);
    }

    [Fact]
    public void AtLeastTheParts_EachPartIsAtMostTheTotalLessTheOthersLeast()
    {
        // An incomplete breakdown of 100: c = 30 and b at least 10 leave a at most 60, b at most 70; nothing from below.
        Inference inference = Run(SumKind.AtLeastTheParts, new() { [Total] = 100, [C] = 30 }, new() { [B] = (10, long.MaxValue) });
        Assert.Equal((0L, 60L), inference.Intervals[A]);
        Assert.Equal((10L, 70L), inference.Intervals[B]);
    }

    [Fact]
    public void AtLeastTheParts_AnUnknownTotal_IsAtLeastTheirSum_AndOpen()
    {
        Inference inference = Run(SumKind.AtLeastTheParts, new() { [A] = 30, [B] = 40 }, new() { [C] = (2, 9) });
        Assert.Equal((72L, long.MaxValue), inference.Intervals[Total]);
        Assert.Equal((2L, 9L), inference.Intervals[C]);
    }

    [Fact]
    public void EachPartAtMost_TheTotalIsAtLeastTheLargestPart_AndEachPartAtMostTheTotal()
    {
        // Multi-label: 30 and 40 to 50 say the total is at least 40 (not 70, not 30); a total of 100 caps every part.
        Inference open = Run(SumKind.EachPartAtMost, new() { [A] = 30 }, new() { [B] = (40, 50) });
        Assert.Equal((40L, long.MaxValue), open.Intervals[Total]);
        Inference capped = Run(SumKind.EachPartAtMost, new() { [Total] = 100, [A] = 30 });
        Assert.Equal((0L, 100L), capped.Intervals[B]);
        Assert.Equal((0L, 100L), capped.Intervals[C]);
    }

    [Fact]
    public void AKnownTotalBelowAKnownPart_IsInfeasible_AtTheTotal()
    {
        // An incomplete breakdown of 100 with a part of 200: the total, narrowed first, cannot be at least 200.
        Inference inference = Run(SumKind.AtLeastTheParts, new() { [Total] = 100, [A] = 200 });
        Assert.False(inference.Feasible);
        Assert.Equal(Total, inference.EmptyAt);
    }

    [Fact]
    public void EachPartAtMost_NoPartsAtAll_LeavesTheTotalAtLeastZero()
    {
        Inference inference = Inference.Run(new Dictionary<ObservationKey, long>(), new Dictionary<ObservationKey, (long Low, long High)>(),
            Array.Empty<FigureConstraint>(), new[] { new SumConstraint(Total, Array.Empty<ObservationKey>(), SumKind.EachPartAtMost) });
        Assert.Equal((0L, long.MaxValue), inference.Intervals[Total]);
    }
}
