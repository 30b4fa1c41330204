using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Reasoning;

/// <summary>
/// Narrows the counts nobody published to the whole numbers that every figure and every sum allows together, by
/// propagation to a fixed point: each figure narrows each of its unknown counts given the intervals of the others (the
/// figure's value is monotone in each count, so the extreme corners bound it), and each sum narrows its total from its
/// parts and each part from the total and the others, in exact integer arithmetic. Every step only removes values that
/// no solution can take, so an empty interval proves that the figures cannot all be true.
/// </summary>
/// <remarks>
/// Open upper ends are <see cref="long.MaxValue"/>. The propagation stops at a fixed point or after
/// <see cref="MaxRounds"/> rounds over the constraints, whichever comes first; the intervals are then still sound, only
/// perhaps wider than the tightest.
/// </remarks>
internal sealed class Inference
{
    /// <summary>The most rounds over all constraints before the propagation stops (a stated bound: cycles of sums that
    /// narrow by one unit a round would otherwise run for a very long time).</summary>
    internal const int MaxRounds = 64;

    private readonly Dictionary<ObservationKey, (long Low, long High)> _intervals = new();
    private readonly List<ObservationKey> _changed = new();

    private Inference()
    {
    }

    /// <summary>Whether every interval is still non-empty.</summary>
    internal bool Feasible { get; private set; } = true;

    /// <summary>The count whose interval became empty first, when not feasible.</summary>
    internal ObservationKey? EmptyAt { get; private set; }

    /// <summary>The interval of every unknown count some constraint touches.</summary>
    internal IReadOnlyDictionary<ObservationKey, (long Low, long High)> Intervals => _intervals;

    /// <summary>Runs the propagation over <paramref name="figures"/> and <paramref name="sums"/>, the known counts fixed
    /// and the counts published only within bounds (<paramref name="bounds"/>) starting from those bounds.</summary>
    internal static Inference Run(IReadOnlyDictionary<ObservationKey, long> known, IReadOnlyDictionary<ObservationKey, (long Low, long High)> bounds,
        IEnumerable<FigureConstraint> figures, IEnumerable<SumConstraint> sums)
    {
        var inference = new Inference();
        FigureConstraint[] figureList = figures.ToArray();
        SumConstraint[] sumList = sums.ToArray();
        foreach (ObservationKey key in figureList.SelectMany(f => f.Formula.Inputs).Concat(sumList.SelectMany(s => s.Keys)).Where(k => !known.ContainsKey(k)))
        {
            inference._intervals.TryAdd(key, bounds.TryGetValue(key, out (long Low, long High) given) ? given : (0, long.MaxValue));
        }
        // The exact equations first, solved at once: an impossible cycle is found here, not after rounds of narrowing.
        (ObservationKey? impossible, Dictionary<ObservationKey, long> pinned) = Equalities.Solve(known, figureList, sumList);
        if (impossible is not null)
        {
            inference.Feasible = false;
            inference.EmptyAt = impossible;
            return inference;
        }
        foreach ((ObservationKey key, long value) in pinned)
        {
            inference.Set(key, value, value, known);
        }
        if (!inference.Feasible)
        {
            return inference;
        }
        (long, long) Get(ObservationKey key) => known.TryGetValue(key, out long value) ? (value, value) : inference._intervals[key];
        // A worklist: every constraint once, then again whenever one of its counts narrows; at most MaxRounds passes'
        // worth of steps in all.
        // Sums first: they are cheap and often pin a count, after which a figure needs one evaluation, not a search.
        var constraints = sumList.Select(s => (Figure: (FigureConstraint?)null, Sum: (SumConstraint?)s))
            .Concat(figureList.Select(f => (Figure: (FigureConstraint?)f, Sum: (SumConstraint?)null))).ToArray();
        var touching = new Dictionary<ObservationKey, List<int>>();
        for (int c = 0; c < constraints.Length; c++)
        {
            IEnumerable<ObservationKey> keys = constraints[c].Figure?.Formula.Inputs ?? constraints[c].Sum!.Keys;
            foreach (ObservationKey key in keys.Where(k => !known.ContainsKey(k)).Distinct())
            {
                if (!touching.TryGetValue(key, out List<int>? list))
                {
                    touching[key] = list = new List<int>();
                }
                list.Add(c);
            }
        }
        var queue = new Queue<int>(Enumerable.Range(0, constraints.Length));
        var queued = new HashSet<int>(queue);
        long budget = (long)MaxRounds * Math.Max(1, constraints.Length);
        while (queue.Count > 0 && inference.Feasible && budget-- > 0)
        {
            int c = queue.Dequeue();
            queued.Remove(c);
            inference._changed.Clear();
            if (constraints[c].Figure is FigureConstraint figure)
            {
                inference.Narrow(figure, Get, known);
            }
            else
            {
                inference.Narrow(constraints[c].Sum!, Get, known);
            }
            foreach (ObservationKey key in inference._changed)
            {
                // The constraint itself too: one pass of a figure or a sum is not always its own fixed point (a change
                // narrows the later count from the earlier, and then the earlier again from the narrowed later).
                foreach (int other in touching[key].Where(queued.Add))
                {
                    queue.Enqueue(other);
                }
            }
        }
        return inference;
    }

    /// <summary>
    /// The propagation of <see cref="Run"/>, and then, for the counts <paramref name="tighten"/> picks by their bounds as
    /// given (<paramref name="bounds"/>, or 0 to unbounded), the bounds of
    /// every constraint taken together as one linear program (<see cref="LinearBounds"/>), in turn until neither narrows
    /// any further (at most <see cref="MaxLinearRounds"/> times). Both steps only remove values no solution takes, so
    /// the result is sound, and it is at least as tight as the linear program's bounds of each count picked. Its
    /// fixed point does not depend on the order of the constraints; only a stop at the propagation's budget or at
    /// <see cref="MaxLinearRounds"/> (a cycle narrowing by one unit a round) could leave it short of that point.
    /// </summary>
    internal static Inference Tightest(IReadOnlyDictionary<ObservationKey, long> known, IReadOnlyDictionary<ObservationKey, (long Low, long High)> bounds,
        IEnumerable<FigureConstraint> figures, IEnumerable<SumConstraint> sums, Func<ObservationKey, (long Low, long High), bool> tighten)
    {
        FigureConstraint[] figureList = figures.ToArray();
        SumConstraint[] sumList = sums.ToArray();
        IReadOnlyDictionary<ObservationKey, (long Low, long High)> start = bounds;
        for (int round = 0; ; round++)
        {
            Inference inference = Run(known, start, figureList, sumList);
            if (!inference.Feasible || round == MaxLinearRounds)
            {
                return inference;
            }
            // Which counts are picked depends on their bounds as given, not as narrowed, so that more constraints never
            // pick fewer counts: the result only narrows as constraints are added.
            var targets = inference._intervals.Keys.Where(key => tighten(key, bounds.TryGetValue(key, out (long Low, long High) given) ? given : (0, long.MaxValue)))
                .OrderBy(k => k).ToList();
            if (targets.Count == 0)
            {
                return inference;
            }
            Dictionary<ObservationKey, (long Low, long High)>? narrowed = LinearBounds.Narrow(known, inference._intervals, figureList, sumList, targets);
            if (narrowed is null)
            {
                inference.Feasible = false;
                inference.EmptyAt = targets[0];
                return inference;
            }
            var changed = narrowed.Where(pair => pair.Value != inference._intervals[pair.Key]).ToList();
            if (changed.Count == 0)
            {
                return inference;
            }
            var next = new Dictionary<ObservationKey, (long Low, long High)>(bounds);
            foreach ((ObservationKey key, (long Low, long High) interval) in inference._intervals.Concat(changed))
            {
                next[key] = interval;
            }
            start = next;
        }
    }

    /// <summary>The most rounds of propagation and linear program in <see cref="Tightest"/> (each narrows some count, so
    /// a stated bound only against creeping by one unit a round).</summary>
    internal const int MaxLinearRounds = 16;

    /// <summary>Narrows a count to [low, high], noting it in the changed list (and the group as infeasible when nothing is left).</summary>
    private void Set(ObservationKey key, long low, long high, IReadOnlyDictionary<ObservationKey, long> known)
    {
        if (known.TryGetValue(key, out long value))
        {
            if (value < low || value > high)
            {
                Feasible = false;
                EmptyAt ??= key;
            }
            return;
        }
        (long oldLow, long oldHigh) = _intervals[key];
        long newLow = Math.Max(oldLow, low);
        long newHigh = Math.Min(oldHigh, high);
        if (newLow > newHigh)
        {
            Feasible = false;
            EmptyAt ??= key;
            _intervals[key] = (newLow, newHigh);
            return;
        }
        if (newLow == oldLow && newHigh == oldHigh)
        {
            return;
        }
        _intervals[key] = (newLow, newHigh);
        _changed.Add(key);
    }

    /// <summary>Narrows each unknown input of a figure: x stays only where some corner of the others' intervals lets the figure hold.</summary>
    private void Narrow(FigureConstraint figure, Func<ObservationKey, (long Low, long High)> get, IReadOnlyDictionary<ObservationKey, long> known)
    {
        FigureFormula formula = figure.Formula;
        ObservationKey[] inputs = formula.Inputs;
        for (int i = 0; i < inputs.Length; i++)
        {
            if (known.ContainsKey(inputs[i]))
            {
                continue;
            }
            // The corner where the value is largest (every other count on its growing side) and smallest.
            long[] highCorner = new long[inputs.Length];
            long[] lowCorner = new long[inputs.Length];
            for (int j = 0; j < inputs.Length; j++)
            {
                (long low, long high) = get(inputs[j]);
                bool grows = formula.Directions[j] > 0;
                highCorner[j] = grows ? high : low;
                lowCorner[j] = grows ? low : high;
            }
            bool increasing = formula.Directions[i] > 0;
            ValueInterval accepted = figure.Accepted;
            // x is too small when even the largest value is below the accepted range, too large when even the smallest is above.
            bool TooLow(long x, long[] corner)
            {
                corner[i] = x;
                return formula.Evaluate(corner) is Rational v && accepted.IsAbove(v);
            }
            bool TooHigh(long x, long[] corner)
            {
                corner[i] = x;
                return formula.Evaluate(corner) is not Rational v || accepted.IsBelow(v) || accepted.IsEmpty;
            }
            (long from, long to) = get(inputs[i]);
            if (from == to && Enumerable.Range(0, inputs.Length).All(j => j == i || lowCorner[j] == highCorner[j]))
            {
                // Everything is fixed: one evaluation decides.
                if (TooLow(from, highCorner) || TooHigh(from, lowCorner))
                {
                    Set(inputs[i], from, from - 1, known);
                    return;
                }
                continue;
            }
            long lowEnd = increasing ? FirstFalse(x => TooLow(x, highCorner), from, to) : FirstFalse(x => TooHigh(x, lowCorner), from, to);
            long highEnd = increasing ? LastFalse(x => TooHigh(x, lowCorner), from, to) : LastFalse(x => TooLow(x, highCorner), from, to);
            // An upper end found against another count's open end is itself open: a share of 75% of "51 or more" says
            // "38 or more", not "38 to 0.75 × long.MaxValue" (widening is always sound).
            long[] upperCorner = increasing ? lowCorner : highCorner;
            if (highEnd >= 0 && Enumerable.Range(0, inputs.Length).Any(j => j != i && upperCorner[j] == long.MaxValue))
            {
                highEnd = long.MaxValue;
            }
            Set(inputs[i], lowEnd, highEnd, known);
            if (!Feasible)
            {
                return;
            }
        }
    }

    /// <summary>Narrows a sum: the total from its parts, and each part from the total and the other parts.</summary>
    private void Narrow(SumConstraint sum, Func<ObservationKey, (long Low, long High)> get, IReadOnlyDictionary<ObservationKey, long> known)
    {
        (long totalLow, long totalHigh) = get(sum.Total);
        var parts = sum.Parts.Select(get).ToArray();
        BigInteger lowSum = parts.Aggregate(BigInteger.Zero, (s, p) => s + p.Low);
        BigInteger highSum = parts.Aggregate(BigInteger.Zero, (s, p) => s + p.High);
        switch (sum.Kind)
        {
            case SumKind.Equal:
                Set(sum.Total, Clamp(lowSum), Clamp(highSum), known);
                for (int i = 0; i < parts.Length && Feasible; i++)
                {
                    BigInteger othersLow = lowSum - parts[i].Low;
                    BigInteger othersHigh = highSum - parts[i].High;
                    bool othersOpen = parts.Where((_, j) => j != i).Any(p => p.High == long.MaxValue);
                    Set(sum.Parts[i], othersOpen ? 0 : Clamp(totalLow - othersHigh), totalHigh == long.MaxValue ? long.MaxValue : Clamp(totalHigh - othersLow), known);
                }
                break;
            case SumKind.AtLeastTheParts:
                Set(sum.Total, Clamp(lowSum), long.MaxValue, known);
                for (int i = 0; i < parts.Length && Feasible; i++)
                {
                    Set(sum.Parts[i], 0, totalHigh == long.MaxValue ? long.MaxValue : Clamp(totalHigh - (lowSum - parts[i].Low)), known);
                }
                break;
            case SumKind.EachPartAtMost:
                Set(sum.Total, parts.Length == 0 ? 0 : parts.Max(p => p.Low), long.MaxValue, known);
                for (int i = 0; i < parts.Length && Feasible; i++)
                {
                    Set(sum.Parts[i], 0, totalHigh, known);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(sum), sum.Kind, "Not a defined kind of sum.");
        }
    }

    private static long Clamp(BigInteger value) => value < 0 ? 0 : value > long.MaxValue ? long.MaxValue : (long)value;

    /// <summary>The first x in [from, to] where a predicate that is true up to some point becomes false (past <paramref name="to"/> when it never does).</summary>
    internal static long FirstFalse(Func<long, bool> trueThenFalse, long from, long to)
    {
        long lo = from;
        long hi = to;
        if (!trueThenFalse(lo))
        {
            return lo;
        }
        if (trueThenFalse(hi))
        {
            return hi == long.MaxValue ? hi : hi + 1;
        }
        while (hi - lo > 1)
        {
            long mid = lo + ((hi - lo) / 2);
            if (trueThenFalse(mid))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return hi;
    }

    /// <summary>The last x in [from, to] where a predicate that is false up to some point is still false (before <paramref name="from"/> when it never is).</summary>
    internal static long LastFalse(Func<long, bool> falseThenTrue, long from, long to)
    {
        long lo = from;
        long hi = to;
        if (falseThenTrue(lo))
        {
            return lo - 1;
        }
        if (!falseThenTrue(hi))
        {
            return hi;
        }
        while (hi - lo > 1)
        {
            long mid = lo + ((hi - lo) / 2);
            if (falseThenTrue(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid;
            }
        }
        return lo;
    }
}

/// <summary>A published figure as a constraint on its counts: its formula must land in the values its printing accepts.</summary>
internal sealed record FigureConstraint(FigureReference Figure, FigureFormula Formula, ValueInterval Accepted);

/// <summary>How a sum binds its total to its parts.</summary>
internal enum SumKind
{
    /// <summary>The total is the sum of the parts (a complete single-label breakdown, a since-launch chain).</summary>
    Equal,

    /// <summary>The total is at least the sum of the parts (an incomplete breakdown).</summary>
    AtLeastTheParts,

    /// <summary>Each part is at most the total (a multi-label breakdown).</summary>
    EachPartAtMost,
}

/// <summary>A structural constraint between counts: a breakdown's total and parts, or a since-launch total and its years.</summary>
internal sealed record SumConstraint(ObservationKey Total, ObservationKey[] Parts, SumKind Kind)
{
    internal IEnumerable<ObservationKey> Keys => Parts.Prepend(Total);
}
