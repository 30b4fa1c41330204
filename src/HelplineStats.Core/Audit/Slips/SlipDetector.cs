using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Audit.Slips;

/// <summary>
/// One kind of slip that reproduces a printed value from the right counts by a specific mistake: a wrong base, a wrong
/// number of days, a neighbour's value, a digit, a wrong whole, another rounding mode, a coarser step. Each detector
/// says when its slip applies and explains it with its numbers; <see cref="All"/> holds them in the order the
/// explanations are listed (the domain slips first, the generic rounding ones last).
/// </summary>
internal abstract class SlipDetector
{
    /// <summary>Every detector, in the order their explanations are listed.</summary>
    internal static IReadOnlyList<SlipDetector> All { get; } = new SlipDetector[]
    {
        new KindSlips(), new NeighbouringFigureSlip(), new DigitSlip(), new WrongWholeSlip(),
        new OtherRoundingModeSlip(), new CoarserStepSlip(),
    };

    /// <summary>The explanations this slip gives for a contradicted figure (none when it does not reproduce the printed value).</summary>
    internal abstract IEnumerable<Explanation> Explain(SlipContext context);

    /// <summary>All explanations of every detector, in order.</summary>
    internal static IEnumerable<Explanation> ExplainAll(SlipContext context) => All.SelectMany(detector => detector.Explain(context));
}

/// <summary>What a slip detector needs to know about a contradicted figure: the figure, its exact value from the
/// counts (<paramref name="Exact"/>), its printed value, its input counts in its formula's order
/// (<paramref name="Values"/>), its report's other figures, the counts of the dataset and the auditor's rules.</summary>
internal sealed record SlipContext(
    Auditor Auditor,
    Auditor.Draft Draft,
    Rational Exact,
    decimal Printed,
    long[] Values,
    IEnumerable<Auditor.Draft> SameReport,
    IReadOnlyDictionary<ObservationKey, long> Counts,
    IEnumerable<Metric> MetricsOfWholePeriod)
{
    internal PublishedFigure Figure => Draft.Figure;

    internal RoundingPolicy Policy => RoundingPolicy.Of(Auditor.AssumedRounding, Figure.Precision);

    /// <summary>How the figure's kind reads its printed value.</summary>
    internal ValueReading Reading => FigureKinds.Of(Figure).Reading;

    /// <summary>Whether the figure's printing allows <paramref name="value"/> under the auditor's table and rounding.</summary>
    internal bool Allows(Rational value) => Auditor.Table.Accepts(Reading, value, Printed, Figure.Qualifier, Policy);
}
