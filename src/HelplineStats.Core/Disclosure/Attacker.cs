using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Reasoning;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Disclosure;

/// <summary>
/// The reader who tries to work out small counts: the audit's inference (<see cref="Inference"/>) over everything a
/// dataset publishes. A count is given away when it is published from 1 to k − 1, or when the inference narrows it to
/// something known to be small and narrower than "fewer than k".
/// </summary>
internal static class Attacker
{
    /// <summary>Every small count <paramref name="dataset"/> publishes or lets the reader recover.</summary>
    internal static DisclosureCheck Check(Dataset dataset, DisclosurePolicy policy) => CheckAndAttack(dataset, policy).Check;

    /// <summary>The check of <paramref name="dataset"/>, and the attack it rests on (<see cref="Attack"/>).</summary>
    internal static (DisclosureCheck Check, Inference Attack) CheckAndAttack(Dataset dataset, DisclosurePolicy policy)
    {
        ReaderKnowledge reader = ReaderKnowledge.Of(dataset);
        var findings = new List<DisclosureFinding>();
        foreach ((ObservationKey key, long value) in reader.Exact.Where(pair => policy.IsSmall(pair.Value)))
        {
            findings.Add(new DisclosureFinding(key, DisclosureFindingKind.Published, CountBounds.Exactly(value), Enumerable.Empty<ObservationKey>(), Enumerable.Empty<FigureReference>()));
        }
        (Inference inference, List<FigureConstraint> figures) = Attack(reader, policy);
        if (inference.Feasible)
        {
            foreach ((ObservationKey key, (long low, long high)) in inference.Intervals.Where(pair => policy.Discloses(pair.Value.Low, pair.Value.High)))
            {
                (List<ObservationKey> sums, List<FigureReference> byFigures) = Recovering(key, inference, reader, figures, policy);
                findings.Add(new DisclosureFinding(key, DisclosureFindingKind.Recovered, CountBounds.Between(low, high), sums, byFigures));
            }
        }
        return (new DisclosureCheck(policy, findings, reader.Bounds.Count), inference);
    }

    /// <summary>
    /// What the reader works out of every count: the inference over the counts, sums and figures, with the bounds of the
    /// linear program over all of them for each count that might be small (<see cref="Inference.Tightest"/>); and the
    /// figures it used. When the figures contradict the counts (the audit says which), the reader still has the counts
    /// and the sums.
    /// </summary>
    internal static (Inference Inference, List<FigureConstraint> Figures) Attack(ReaderKnowledge reader, DisclosurePolicy policy)
    {
        Inference inference = Inference.Tightest(reader.Exact, reader.Bounds, reader.Figures, reader.Sums, policy.MightBeSmall);
        if (inference.Feasible)
        {
            return (inference, reader.Figures);
        }
        var none = new List<FigureConstraint>();
        return (Inference.Tightest(reader.Exact, reader.Bounds, none, reader.Sums, policy.MightBeSmall), none);
    }

    /// <summary>
    /// The sums and figures that narrow <paramref name="key"/> by themselves, the reader knowing what the whole
    /// inference says of their other counts: those that give it away alone, or, when none does, every one that narrows it.
    /// </summary>
    internal static (List<ObservationKey> SumTotals, List<FigureReference> Figures) Recovering(ObservationKey key, Inference inference, ReaderKnowledge reader,
        IEnumerable<FigureConstraint> figures, DisclosurePolicy policy)
    {
        (long Low, long High) start = reader.Bounds.TryGetValue(key, out (long Low, long High) given) ? given : (0, long.MaxValue);
        var others = new Dictionary<ObservationKey, (long Low, long High)>(inference.Intervals);
        others[key] = start;
        var narrowing = new List<(SumConstraint? Sum, FigureConstraint? Figure, bool Alone)>();
        foreach (SumConstraint sum in reader.Sums.Where(s => s.Keys.Contains(key)))
        {
            Note(Inference.Run(reader.Exact, others, System.Array.Empty<FigureConstraint>(), new[] { sum }), sum, null);
        }
        foreach (FigureConstraint figure in figures.Where(f => f.Formula.Inputs.Contains(key)))
        {
            Note(Inference.Run(reader.Exact, others, new[] { figure }, System.Array.Empty<SumConstraint>()), null, figure);
        }
        void Note(Inference alone, SumConstraint? sum, FigureConstraint? figure)
        {
            (long low, long high) = alone.Intervals.TryGetValue(key, out (long Low, long High) narrowed) ? narrowed : start;
            if (low != start.Low || high != start.High)
            {
                narrowing.Add((sum, figure, policy.Discloses(low, high)));
            }
        }
        var chosen = narrowing.Any(n => n.Alone) ? narrowing.Where(n => n.Alone).ToList() : narrowing;
        return (chosen.Select(n => n.Sum).OfType<SumConstraint>().Select(sum => sum.Total).Distinct().ToList(),
            chosen.Select(n => n.Figure).OfType<FigureConstraint>().Select(figure => figure.Figure).ToList());
    }
}
