using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using HelplineStats.Core.Reasoning;

namespace HelplineStats.Core.Audit;

/// <summary>
/// The verdicts on the figures that need counts nobody published, reasoned over all of them at once: the figures and
/// sums that share unknown counts form a group; <see cref="Inference"/> narrows the group's unknowns; a figure whose
/// unknowns end up pinned to one value is judged against them; a group that fits is "consistent together"; a group that
/// cannot all be true is searched for the smallest sets of figures whose removal makes the rest fit (sets of at most
/// <see cref="MaxCulprits"/> figures, in groups of at most <see cref="MaxGroupForSearch"/> figures), and the culprit is
/// named only when one set is the only explanation.
/// </summary>
internal sealed class GroupReasoning
{
    /// <summary>The largest set of figures the conflict search removes at once.</summary>
    internal const int MaxCulprits = 3;

    /// <summary>The most figures a group may hold for the conflict search to try sets of two and three.</summary>
    internal const int MaxGroupForSearch = 40;

    /// <summary>The slip explanations that may name a culprit when several sets of figures could be the wrong ones:
    /// only those that reproduce the printed value from a specific mistake, not the looser rounding ones.</summary>
    private static readonly ExplanationKind[] TellingSlips =
    {
        ExplanationKind.DigitSlip, ExplanationKind.WrongBase, ExplanationKind.WrongNumberOfDays, ExplanationKind.WrongWhole, ExplanationKind.NeighbouringFigure,
    };

    private readonly Auditor _auditor;
    private readonly IReadOnlyDictionary<ObservationKey, long> _known;
    private readonly IReadOnlyDictionary<ObservationKey, (long Low, long High)> _bounds;
    private readonly IReadOnlyList<SumConstraint> _sums;
    private readonly Func<Auditor.Draft, IEnumerable<Explanation>> _explain;
    private readonly List<StructuralFinding> _findings;

    internal GroupReasoning(Auditor auditor, IReadOnlyDictionary<ObservationKey, long> known, IReadOnlyDictionary<ObservationKey, (long Low, long High)> bounds,
        IReadOnlyList<SumConstraint> sums, Func<Auditor.Draft, IEnumerable<Explanation>> explain, List<StructuralFinding> findings)
    {
        _auditor = auditor;
        _known = known;
        _bounds = bounds;
        _sums = sums;
        _explain = explain;
        _findings = findings;
    }

    /// <summary>Decides the verdicts of the open drafts and returns the intervals inferred for the unknown counts.</summary>
    internal List<CountInterval> Run(List<Auditor.Draft> open)
    {
        var inferred = new List<CountInterval>();
        foreach ((List<Auditor.Draft> figures, List<SumConstraint> sums) in Groups(open))
        {
            var constraints = figures.ToDictionary(d => d, d => new FigureConstraint(d.Reference, d.Formula!, _auditor.Accepted(d.Figure)));
            Inference all = Inference.Run(_known, _bounds, constraints.Values, sums);
            if (all.Feasible)
            {
                Decide(figures, all, inferred, constraints, sums);
                continue;
            }
            List<Auditor.Draft[]> culprits = Culprits(figures, constraints, sums);
            if (culprits.Count > 1 && culprits.Where(set => Explained(set, figures, constraints, sums)).ToList() is { Count: 1 } explained)
            {
                culprits = explained;
            }
            var blamed = new HashSet<Auditor.Draft>(culprits.SelectMany(set => set));
            if (culprits.Count == 0)
            {
                Disagree(figures, VerdictReason.SeveralDisagree, ExplanationKind.SeveralDisagree);
                continue;
            }
            foreach (Auditor.Draft draft in blamed)
            {
                // What the figure alone says of its counts, for the reader to set beside what the others say.
                draft.Implied.AddRange(Implied(draft, Inference.Run(_known, _bounds, new[] { constraints[draft] }, Array.Empty<SumConstraint>())));
            }
            if (figures.Count == 1)
            {
                Auditor.Draft only = figures[0];
                if (!Inference.Run(_known, _bounds, new[] { constraints[only] }, Array.Empty<SumConstraint>()).Feasible)
                {
                    only.Contradicted(null, VerdictReason.NoValueFits, new NoCountFitsExplanation());
                }
                else
                {
                    // Possible alone, but not with the sums and since-launch totals its counts are part of.
                    only.Contradicted(null, VerdictReason.SumsLeaveNoValue, new NoCountFitsExplanation());
                    Rejudge(only, Array.Empty<FigureConstraint>(), sums);
                }
                continue;
            }
            if (culprits.Count > 1)
            {
                // Several sets could be the wrong ones: none of their figures is blamed (each could be right), and the
                // disagreement is a finding of its own.
                Disagree(blamed, VerdictReason.EachCouldBeRight, ExplanationKind.IntervalsDisjoint);
            }
            else
            {
                foreach (Auditor.Draft draft in culprits[0])
                {
                    Blame(draft, culprits[0]);
                    Rejudge(draft, figures.Where(d => !blamed.Contains(d)).Select(d => constraints[d]), sums);
                }
            }
            // The figures that fit however the conflict is resolved keep the verdict the others give them.
            List<Auditor.Draft> rest = figures.Where(d => !blamed.Contains(d)).ToList();
            if (rest.Count > 0)
            {
                Inference without = Inference.Run(_known, _bounds, rest.Select(d => constraints[d]), sums);
                if (without.Feasible)
                {
                    Decide(rest, without, inferred, constraints, sums);
                }
            }
            inferred.AddRange(figures.SelectMany(d => d.Formula!.Inputs).Where(k => !_known.ContainsKey(k)).Distinct()
                .Where(k => all.Intervals.TryGetValue(k, out var interval) && interval.Low > interval.High)
                .Select(k => new CountInterval(k, all.Intervals[k].Low, all.Intervals[k].High, figures.Where(d => d.Missing.Contains(k)).Select(d => d.Reference))));
        }
        return inferred.GroupBy(i => i.Key).Select(g => g.First()).OrderBy(i => i.Key).ToList();
    }

    /// <summary>The verdicts of a group that fits: pinned figures judged, the others consistent together or not checkable.</summary>
    private void Decide(List<Auditor.Draft> figures, Inference inference, List<CountInterval> inferred, Dictionary<Auditor.Draft, FigureConstraint> constraints, List<SumConstraint> sums)
    {
        // "Together" takes two figures at least; one figure with a sum or chain is still a figure alone.
        bool group = figures.Count > 1;
        foreach (Auditor.Draft draft in figures)
        {
            draft.Implied.AddRange(Implied(draft, inference));
            // A figure is judged against counts the *other* figures and the sums pin; a count it pins itself proves
            // nothing about it.
            Inference others = Inference.Run(_known, _bounds, figures.Where(d => d != draft).Select(d => constraints[d]), sums);
            if (others.Feasible && draft.Missing.All(k => others.Intervals.TryGetValue(k, out var i) && i.Low == i.High))
            {
                _auditor.Judge(draft, Values(draft, others));
                continue;
            }
            if (group)
            {
                draft.Kind = VerdictKind.ConsistentTogether;
                draft.Reason = VerdictReason.FitsTogether;
            }
            else
            {
                draft.Reason = VerdictReason.FigureAlonePuts;
            }
        }
        foreach (ObservationKey key in figures.SelectMany(d => d.Missing).Distinct())
        {
            (long low, long high) = inference.Intervals[key];
            inferred.Add(new CountInterval(key, low, high, figures.Where(d => d.Missing.Contains(key)).Select(d => d.Reference)));
        }
    }

    /// <summary>Figures that cannot all be true with no one set to blame: each keeps "not checkable" with the conflict explained, and a finding names them.</summary>
    private void Disagree(IEnumerable<Auditor.Draft> involved, VerdictReason reason, ExplanationKind kind)
    {
        Auditor.Draft[] all = involved.ToArray();
        foreach (Auditor.Draft draft in all)
        {
            draft.Kind = VerdictKind.NotCheckable;
            draft.Reason = reason;
            draft.Explanations.Add(new DisagreementExplanation(kind, all.Where(d => d != draft).Select(d => d.Reference).Distinct().Order()));
            if (draft.Implied.Count == 0)
            {
                draft.Implied.AddRange(Implied(draft, Inference.Run(_known, _bounds, new[] { new FigureConstraint(draft.Reference, draft.Formula!, _auditor.Accepted(draft.Figure)) }, Array.Empty<SumConstraint>())));
            }
        }
        _findings.Add(new StructuralFinding(FindingKind.FiguresDisagree, all.SelectMany(d => d.Missing).Distinct().Order(), null, all.Select(d => d.Reference).Distinct().Order()));
    }

    /// <summary>
    /// Whether every figure of <paramref name="set"/>, judged against the counts the rest of the group pins, is
    /// contradicted with a telling slip (a digit, a base, a number of days, a whole, a neighbour's value).
    /// </summary>
    private bool Explained(Auditor.Draft[] set, List<Auditor.Draft> figures, Dictionary<Auditor.Draft, FigureConstraint> constraints, List<SumConstraint> sums)
    {
        Inference rest = Inference.Run(_known, _bounds, figures.Except(set).Select(d => constraints[d]), sums);
        if (!rest.Feasible)
        {
            return false;
        }
        foreach (Auditor.Draft draft in set)
        {
            if (!draft.Missing.All(k => rest.Intervals.TryGetValue(k, out var i) && i.Low == i.High))
            {
                return false;
            }
            var trial = new Auditor.Draft(draft.Report, draft.Figure) { Formula = draft.Formula };
            _auditor.Judge(trial, Values(draft, rest));
            if (trial.Kind != VerdictKind.Contradicted || trial.Exact is null || !_explain(trial).Any(Tells))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a slip is evidence enough to name its figure among several that could be wrong: a specific mistake, and
    /// for a digit slip a value of two significant digits or more. In a one-digit value every other digit "differs in
    /// one digit", so "0 printed for 3" says nothing about which figure slipped (a total since the launch 3 off made a
    /// correct difference of 0 the only "explained" culprit: the Replay property in ReasoningPropertyTests).
    /// </summary>
    private static bool Tells(Explanation explanation) => explanation is DigitSlipExplanation digit
        ? SignificantDigits(digit.Value) >= 2
        : TellingSlips.Contains(explanation.Kind);

    /// <summary>The digits of <paramref name="value"/> from its first non-zero one: 17.3 has 3, 0.05 has 1, 0 has 0.</summary>
    private static int SignificantDigits(decimal value) =>
        Math.Abs(value).ToString(CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length;

    /// <summary>A blamed figure judged against the counts the others pin, so its slip is explained with numbers.</summary>
    private void Rejudge(Auditor.Draft draft, IEnumerable<FigureConstraint> others, List<SumConstraint> sums)
    {
        Inference rest = Inference.Run(_known, _bounds, others, sums);
        if (!rest.Feasible || !draft.Missing.All(k => rest.Intervals.TryGetValue(k, out var i) && i.Low == i.High))
        {
            return;
        }
        _auditor.Judge(draft, Values(draft, rest));
    }

    private long[] Values(Auditor.Draft draft, Inference inference) =>
        draft.Formula!.Inputs.Select(k => _known.TryGetValue(k, out long v) ? v : inference.Intervals[k].Low).ToArray();

    private IEnumerable<CountInterval> Implied(Auditor.Draft draft, Inference inference) =>
        draft.Missing.Where(k => inference.Intervals.ContainsKey(k))
            .Select(k => new CountInterval(k, inference.Intervals[k].Low, inference.Intervals[k].High, new[] { draft.Reference }));

    private static void Blame(Auditor.Draft draft, IEnumerable<Auditor.Draft> others)
    {
        draft.Contradicted(null, VerdictReason.OnlyCulprit);
        draft.Explanations.Add(new DisagreementExplanation(ExplanationKind.OnlyCulprit, others.Where(d => d != draft).Select(d => d.Reference).Distinct().Order()));
    }

    /// <summary>
    /// The smallest sets of figures (at most <see cref="MaxCulprits"/>) whose removal makes the rest of the group fit;
    /// empty when none within the bound does.
    /// </summary>
    private List<Auditor.Draft[]> Culprits(List<Auditor.Draft> figures, Dictionary<Auditor.Draft, FigureConstraint> constraints, List<SumConstraint> sums)
    {
        int n = figures.Count;
        for (int size = 1; size <= Math.Min(MaxCulprits, n); size++)
        {
            if (size > 1 && n > MaxGroupForSearch)
            {
                break;
            }
            var found = new List<Auditor.Draft[]>();
            foreach (int[] set in Subsets(n, size))
            {
                var removed = new HashSet<int>(set);
                if (Inference.Run(_known, _bounds, figures.Where((_, i) => !removed.Contains(i)).Select(d => constraints[d]), sums).Feasible)
                {
                    found.Add(set.Select(i => figures[i]).ToArray());
                }
            }
            if (found.Count > 0)
            {
                return found;
            }
        }
        return new List<Auditor.Draft[]>();
    }

    private static IEnumerable<int[]> Subsets(int n, int size)
    {
        int[] indices = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return (int[])indices.Clone();
            int i = size - 1;
            while (i >= 0 && indices[i] == n - size + i)
            {
                i--;
            }
            if (i < 0)
            {
                yield break;
            }
            indices[i]++;
            for (int j = i + 1; j < size; j++)
            {
                indices[j] = indices[j - 1] + 1;
            }
        }
    }

    /// <summary>The groups of open figures and sums that share unknown counts (directly or through other sums).</summary>
    private IEnumerable<(List<Auditor.Draft> Figures, List<SumConstraint> Sums)> Groups(List<Auditor.Draft> open)
    {
        var groups = new KeyUnion();
        ObservationKey Find(ObservationKey key) => groups.Find(key);
        void Union(IEnumerable<ObservationKey> keys) => groups.Union(keys.Where(k => !_known.ContainsKey(k)));
        foreach (Auditor.Draft draft in open)
        {
            Union(draft.Formula!.Inputs);
        }
        foreach (SumConstraint sum in _sums)
        {
            Union(sum.Keys);
        }
        ILookup<ObservationKey, SumConstraint> sumsByGroup = _sums
            .Select(sum => (Sum: sum, Unknown: sum.Keys.FirstOrDefault(k => !_known.ContainsKey(k))))
            .Where(x => x.Unknown is not null)
            .ToLookup(x => Find(x.Unknown!), x => x.Sum);
        return open
            .GroupBy(d => Find(d.Missing[0]))
            .OrderBy(g => g.Key)
            .Select(g => (g.OrderBy(d => d.Reference).ToList(), sumsByGroup[g.Key].ToList()));
    }
}
