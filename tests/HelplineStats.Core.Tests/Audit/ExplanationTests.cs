using System;
using System.Linq;
using FsCheck;
using FsCheck.Xunit;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using Xunit;

namespace HelplineStats.Core.Tests.Audit;

/// <summary>Explanations are one record type per slip or conflict: equality by type and every property, a disagreement's figures element by element.</summary>
public sealed class ExplanationTests
{
    private static readonly FigureReference[] References =
        new[] { "tele-onthaal/2021/calls", "tele-onthaal/2021/chat-share", "1712/2020/calls-change" }.Select(FigureReference.Parse).ToArray();

    private static readonly ObservationKey Calls = new(Helplines.TeleOnthaal.Id, ReportingPeriod.Year(2021), Metric.Calls);

    /// <summary>One of a small pool of explanations, so that equal pairs made apart are frequent.</summary>
    private static Explanation Make(int pick, int variant)
    {
        int v = Math.Abs(variant % 2);
        return Math.Abs(pick % 9) switch
        {
            0 => new WrongBaseExplanation(10 + v, 110, 100, 9.1m),
            1 => new WrongNumberOfDaysExplanation(3650, 365 + v, 365, 10m),
            2 => new WrongWholeExplanation(Calls.WithMetric(v == 0 ? Metric.Contacts : Metric.Conversations), 5, 50, 10m),
            3 => new OtherRoundingModeExplanation(v == 0 ? RoundingMode.TowardZero : RoundingMode.HalfToEven, 57m),
            4 => new CoarserStepExplanation(0.5m * (1 + v), 3.5m),
            5 => new NeighbouringFigureExplanation(References[v], 12m),
            6 => new DigitSlipExplanation(17.3m + v),
            7 => new RecordBeatenExplanation(Calls, 100, v == 0 ? RecordDirection.Highest : RecordDirection.Lowest),
            _ => new DisagreementExplanation(v == 0 ? ExplanationKind.OnlyCulprit : ExplanationKind.IntervalsDisjoint,
                v == 0 ? References.Take(2) : References.Take(2).Reverse()),
        };
    }

    [Property]
    public bool Equality_AgreesWithOperatorsAndHash(int pickA, int variantA, int pickB, int variantB)
    {
        Explanation a = Make(pickA, variantA), b = Make(pickB, variantB);
        bool equal = a.Equals(b);
        bool sameMake = Math.Abs(pickA % 9) == Math.Abs(pickB % 9) && Math.Abs(variantA % 2) == Math.Abs(variantB % 2);
        return equal == sameMake && equal == b.Equals(a) && equal == (a == b) && equal != (a != b)
            && (!equal || a.GetHashCode() == b.GetHashCode()) && a.Equals(Make(pickA, variantA));
    }

    [Fact]
    public void Disagreement_ComparesItsFiguresInOrder_AndRefusesAKindThatIsNoDisagreement()
    {
        var ab = new DisagreementExplanation(ExplanationKind.SeveralDisagree, References.Take(2));
        Assert.Equal(ab, new DisagreementExplanation(ExplanationKind.SeveralDisagree, References.Take(2).ToArray()));
        Assert.NotEqual(ab, new DisagreementExplanation(ExplanationKind.SeveralDisagree, References.Take(2).Reverse()));
        Assert.NotEqual(ab, new DisagreementExplanation(ExplanationKind.OnlyCulprit, References.Take(2)));
        Assert.Equal(References.Take(2), ab.RelatedFigures);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisagreementExplanation(ExplanationKind.DigitSlip, References));
    }

    [Fact]
    public void Slip_CarriesItsValue_AndANeighbourIsItsRelatedFigure()
    {
        var neighbour = new NeighbouringFigureExplanation(References[1], 12m);
        Assert.Equal(12m, neighbour.SlipValue);
        Assert.Equal(new[] { References[1] }, neighbour.RelatedFigures);
        Assert.Null(new UnexplainedExplanation().SlipValue);
        Assert.Empty(new NoCountFitsExplanation().RelatedFigures);
        Assert.Equal("digit-slip 17.3", new DigitSlipExplanation(17.3m).ToString());
        Assert.Equal("neighbouring-figure 12 " + References[1], neighbour.ToString());
    }
}
