using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelplineStats.Core.Reasoning;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Disclosure;

/// <summary>
/// Protects a dataset under a <see cref="DisclosurePolicy"/> (docs/disclosure.md, "The method"):
/// <list type="number">
/// <item>Primary suppression: every count from 1 to k − 1 becomes "fewer than k"; with a rounding base, every other
/// count becomes the bounds its rounding leaves; counts already given as bounds that say more of a small count than
/// "fewer than k" are widened to say just that.</item>
/// <item>The attack: the audit's inference over the counts left and every sum and since-launch chain.</item>
/// <item>Secondary suppression, while the attack gives a count away: the sums that give it away by themselves (with
/// what the attack knows of their other counts) are opened first; otherwise, from that count, the sums it is in are searched
/// outward through the hidden counts that are bounded above; at the first distance where a sum closes (every hidden
/// count in it bounded above) and still holds a published count, one published count of each closing sum is hidden:
/// a part before a total, then one whose other sums already hold a hidden count (closing a rectangle in a two-way
/// table), then the smallest (a zero last). When no sum closes that way, the nearest hidden count with bounds is
/// widened to unknown. Then the attack runs again.</item>
/// <item>Showing again: each count hidden in step 3, totals first and then the largest, is shown again when the
/// attack still gives nothing away without hiding it (so no single one of them is hidden for nothing).</item>
/// <item>Figures one by one, in report and id order: a figure whose counts are all published stays; any other stays
/// only when the attack with it and the figures kept so far gives nothing away, and is withheld otherwise.</item>
/// <item>The protected dataset is written and checked once more from scratch; a dataset that fails is never returned.</item>
/// </list>
/// Each round hides or widens at least one count, so it ends; it is a heuristic, not the fewest cells possible.
/// </summary>
internal sealed class Suppressor
{
    private readonly DisclosurePolicy _policy;
    private readonly Dictionary<ObservationKey, long> _truth;
    private readonly Dictionary<ObservationKey, CountBounds> _hidden = new();
    private readonly HashSet<ObservationKey> _primary = new();
    private readonly HashSet<ObservationKey> _secondary = new();
    private readonly List<SumConstraint> _sums;
    private readonly Dictionary<ObservationKey, List<int>> _sumsOf = new();
    private Dictionary<ObservationKey, long> _exact = new();

    private Suppressor(DisclosurePolicy policy, Dictionary<ObservationKey, long> truth, List<SumConstraint> sums)
    {
        _policy = policy;
        _truth = truth;
        _sums = sums;
        for (int s = 0; s < sums.Count; s++)
        {
            foreach (ObservationKey key in sums[s].Keys.Distinct())
            {
                if (!_sumsOf.TryGetValue(key, out List<int>? list))
                {
                    _sumsOf[key] = list = new List<int>();
                }
                list.Add(s);
            }
        }
    }

    internal static Protection Protect(Dataset dataset, DisclosurePolicy policy)
    {
        Dictionary<ObservationKey, long> truth = dataset.KnownCounts((key, first, second) =>
            throw new DataConflictException($"the count {key}", first.ToString(CultureInfo.InvariantCulture), second.ToString(CultureInfo.InvariantCulture), nameof(dataset)));
        KnownCounts.AddEmptyUnknownBuckets(dataset, truth, new HashSet<ObservationKey>());
        Dictionary<ObservationKey, (long Low, long High)> given = dataset.KnownBounds(truth, (key, first, second) =>
            throw new DataConflictException($"the count {key}", first.ToString(), second.ToString(), nameof(dataset)));
        var figures = dataset.Reports.SelectMany(r => r.Figures.OrderBy(f => f.Id, StringComparer.Ordinal).Select(f => (Report: r, Figure: f))).ToList();
        IEnumerable<ObservationKey> keys = truth.Keys.Concat(given.Keys)
            .Concat(figures.Select(f => FigureKinds.Formula(f.Figure, f.Report.Helpline.LaunchDate)).OfType<FigureFormula>().SelectMany(f => f.Inputs));
        var sums = Structure.Sums(dataset, keys, new Dictionary<ObservationKey, long>(), new Dictionary<ObservationKey, (long Low, long High)>()).ToList();
        // The true counts must satisfy every sum (the inference checks the sums whose counts are all known too).
        Inference truthful = Inference.Run(truth, given, Array.Empty<FigureConstraint>(), sums);
        if (!truthful.Feasible)
        {
            ObservationKey? at = truthful.EmptyAt;
            throw new DataConflictException("the sums of " + string.Join(", ", sums.Where(s => at is not null && s.Keys.Contains(at)).Select(s => s.Total.ToString())
                .DefaultIfEmpty(at?.ToString() ?? "the counts")), "the counts given", "no counts that add up", nameof(dataset));
        }
        var suppressor = new Suppressor(policy, truth, sums);
        foreach ((ObservationKey key, (long low, long high)) in given)
        {
            // Bounds that would tell a reader more of a small count than "fewer than k" are widened to say just that.
            suppressor._hidden[key] = policy.Discloses(low, high) ? CountBounds.Between(Math.Min(low, 1), policy.MinimumCount - 1) : CountBounds.Between(low, high);
        }
        int rounded = 0;
        foreach ((ObservationKey key, long value) in truth)
        {
            if (policy.IsSmall(value))
            {
                suppressor._hidden[key] = policy.FewerThan;
                suppressor._primary.Add(key);
            }
            else if (value >= policy.MinimumCount && policy.Rounded(value) is { IsExact: false } bounds)
            {
                suppressor._hidden[key] = bounds;
                rounded++;
            }
        }
        int rounds = suppressor.SuppressCounts();
        suppressor.ShowAgain();
        (List<PublishedFigure> kept, List<WithheldFigure> withheld) = suppressor.SiftFigures(figures);
        Dataset protectedSet = suppressor.Write(dataset, new HashSet<PublishedFigure>(kept, ReferenceEqualityComparer.Instance));
        // The reader's check of what is published, and the protection levels the policy promises of each small count:
        // the attack leaves it anywhere from 1 to k − 1.
        (DisclosureCheck check, Inference attack) = Attacker.CheckAndAttack(protectedSet, policy);
        if (!check.IsSafe)
        {
            throw new InvalidOperationException($"Protection left a small count recoverable ({check.Findings[0]}); this is a bug in HelplineStats.Core.");
        }
        if (suppressor._primary.FirstOrDefault(key => attack.Intervals.TryGetValue(key, out (long Low, long High) i) && !policy.Keeps(i.Low, i.High)) is ObservationKey narrowed)
        {
            throw new InvalidOperationException($"Protection left the small count {narrowed} narrower than 1 to {policy.MinimumCount - 1} ({attack.Intervals[narrowed].Low} to {attack.Intervals[narrowed].High}); this is a bug in HelplineStats.Core.");
        }
        return new Protection(policy, protectedSet, suppressor._primary, suppressor._secondary, rounded, withheld, check, rounds);
    }

    /// <summary>Rounds of attack and secondary suppression until the counts give nothing away; the number of rounds.</summary>
    private int SuppressCounts()
    {
        for (int round = 1; ; round++)
        {
            (Inference inference, List<ObservationKey> exposed) = Attack(Array.Empty<FigureConstraint>(), _sums);
            if (exposed.Count == 0)
            {
                return round;
            }
            bool changed = false;
            foreach (ObservationKey key in exposed)
            {
                changed |= Fix(key, inference);
            }
            if (!changed)
            {
                throw new InvalidOperationException($"Secondary suppression found nothing left to hide around {exposed[0]}; this is a bug in HelplineStats.Core.");
            }
        }
    }

    /// <summary>
    /// Shows again every hidden count that needs no hiding: each in turn (zeros first, then totals, then the largest),
    /// kept shown when the attack on its group still gives nothing away. Afterwards no single count hidden besides the
    /// small ones can be shown again without giving one away. Zeros go first because a hidden zero is the only count
    /// besides the small ones that the attack can give away (narrowed to "0 to 8" it looks small): were it shown again
    /// after a larger count, that count would have stayed hidden to keep a zero safe that ends up shown anyway.
    /// </summary>
    private void ShowAgain()
    {
        // The groups of counts before any is shown again: showing a count only splits its group, so the group of
        // before still holds every sum the attack needs (the rest cannot change).
        var groups = new KeyUnion();
        var active = _sums.Where(s => s.Keys.Any(k => !_exact.ContainsKey(k))).ToList();
        foreach (SumConstraint sum in active)
        {
            groups.Union(sum.Keys.Where(k => !_exact.ContainsKey(k)));
        }
        ILookup<ObservationKey, SumConstraint> byGroup = active.ToLookup(s => groups.Find(s.Keys.First(k => !_exact.ContainsKey(k))));
        // Pass after pass until one shows nothing: a count kept hidden for the sake of one shown later in the pass may
        // need no hiding any more.
        for (bool shown = true; shown;)
        {
            shown = false;
            foreach (ObservationKey key in _secondary.OrderByDescending(k => _truth[k] == 0).ThenByDescending(IsTotal).ThenByDescending(k => _truth[k]).ThenBy(k => k).ToList())
            {
                IEnumerable<SumConstraint> group = byGroup[groups.Find(key)];
                _hidden.Remove(key);
                if (Attack(Array.Empty<FigureConstraint>(), group).Exposed.Count > 0)
                {
                    _hidden[key] = CountBounds.Unknown;
                    _exact.Remove(key);
                }
                else
                {
                    _secondary.Remove(key);
                    shown = true;
                }
            }
        }
        _exact = _truth.Where(pair => !_hidden.ContainsKey(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
    }

    /// <summary>The attack on the current state: the inference, and the counts it gives away, in key order.</summary>
    private (Inference Inference, List<ObservationKey> Exposed) Attack(IEnumerable<FigureConstraint> figures, IEnumerable<SumConstraint> sums)
    {
        _exact = _truth.Where(pair => !_hidden.ContainsKey(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value);
        var bounds = _hidden.ToDictionary(pair => pair.Key, pair => (pair.Value.Low, pair.Value.HighOrMax));
        Inference inference = Inference.Tightest(_exact, bounds, figures, sums.Where(s => s.Keys.Any(k => !_exact.ContainsKey(k))), _policy.MightBeSmall);
        if (!inference.Feasible)
        {
            throw new InvalidOperationException($"The true counts fail the attack's constraints at {inference.EmptyAt}; this is a bug in HelplineStats.Core.");
        }
        var exposed = inference.Intervals.Where(pair => Gives(pair.Key, pair.Value)).Select(pair => pair.Key).OrderBy(k => k).ToList();
        return (inference, exposed);
    }

    /// <summary>Whether the reader's interval gives a count away: a protected count must keep all of 1 to k − 1, any
    /// other must not be known to be small and narrower than that.</summary>
    private bool Gives(ObservationKey key, (long Low, long High) interval) =>
        _primary.Contains(key) ? !_policy.Keeps(interval.Low, interval.High) : _policy.Discloses(interval.Low, interval.High);

    private (long Low, long High) Interval(ObservationKey key, Inference inference) =>
        _exact.TryGetValue(key, out long value) ? (value, value)
        : inference.Intervals.TryGetValue(key, out (long Low, long High) interval) ? interval
        : _hidden.TryGetValue(key, out CountBounds bounds) ? (bounds.Low, bounds.HighOrMax)
        : (0, long.MaxValue);

    /// <summary>One step of secondary suppression around a count given away; whether anything changed.</summary>
    private bool Fix(ObservationKey exposed, Inference inference)
    {
        var seenKeys = new HashSet<ObservationKey> { exposed };
        var seenSums = new HashSet<int>();
        var bounded = new List<(ObservationKey Key, int Distance)>();
        List<ObservationKey> frontier = new() { exposed };
        List<ObservationKey>? totalsOnly = null;
        for (int distance = 0; frontier.Count > 0; distance++)
        {
            var next = new List<ObservationKey>();
            var toHide = new List<ObservationKey>();
            List<int> level = frontier.SelectMany(k => _sumsOf.TryGetValue(k, out List<int>? list) ? list : new List<int>()).Distinct().Order().Where(seenSums.Add).ToList();
            if (distance == 0 && level.Where(s => GivesAlone(exposed, s, inference)).ToList() is { Count: > 0 } culprits)
            {
                // The sums that give the count away by themselves are the ones to open; the others are left as they are.
                level = culprits;
            }
            foreach (int s in level)
            {
                SumConstraint sum = _sums[s];
                ObservationKey[] published = sum.Keys.Where(_exact.ContainsKey).Distinct().ToArray();
                ObservationKey[] otherHidden = sum.Keys.Where(k => !_exact.ContainsKey(k) && !seenKeys.Contains(k)).Distinct().ToArray();
                ObservationKey[] boundedAbove = otherHidden.Where(k => Interval(k, inference).High != long.MaxValue).ToArray();
                if (published.Length > 0 && boundedAbove.Length == otherHidden.Length)
                {
                    toHide.Add(published.OrderBy(k => k.Equals(sum.Total) ? 1 : 0).ThenByDescending(k => Linked(k, s))
                        .ThenBy(k => _exact[k] < _policy.MinimumCount ? 1 : 0).ThenBy(k => _exact[k]).ThenBy(k => k).First());
                }
                next.AddRange(boundedAbove);
                bounded.AddRange(boundedAbove.Select(k => (k, distance)));
            }
            // A total is hidden only when no sum further out offers a part: a hidden total opens every breakdown of it.
            if (toHide.Count > 0 && (toHide.Any(k => !IsTotal(k)) || next.Count == 0))
            {
                return Hide(toHide);
            }
            if (toHide.Count > 0)
            {
                totalsOnly ??= toHide;
            }
            frontier = next.Distinct().Where(seenKeys.Add).ToList();
        }
        if (totalsOnly is not null)
        {
            return Hide(totalsOnly);
        }
        // No sum closes on a published count: the nearest hidden count with bounds is widened to unknown (one that is
        // not small first; a small one then shows as unknown instead of "fewer than k").
        foreach (bool small in new[] { false, true })
        {
            if (bounded.Where(b => _hidden.TryGetValue(b.Key, out CountBounds c) && !c.IsUnknown && _primary.Contains(b.Key) == small)
                .OrderBy(b => b.Distance).ThenBy(b => b.Key).Select(b => b.Key).FirstOrDefault() is ObservationKey widen)
            {
                _hidden[widen] = CountBounds.Unknown;
                return true;
            }
        }
        if (_hidden.TryGetValue(exposed, out CountBounds own) && !own.IsUnknown)
        {
            _hidden[exposed] = CountBounds.Unknown;
            return true;
        }
        return false;
    }

    private bool Hide(List<ObservationKey> keys)
    {
        foreach (ObservationKey key in keys.Distinct())
        {
            _hidden[key] = CountBounds.Unknown;
            _secondary.Add(key);
            _exact.Remove(key);
        }
        return true;
    }

    /// <summary>Whether a count is the total of some sum.</summary>
    private bool IsTotal(ObservationKey key) => _sumsOf.TryGetValue(key, out List<int>? sums) && sums.Any(s => _sums[s].Total.Equals(key));

    /// <summary>Whether one sum alone, with what the attack knows of its other counts, gives <paramref name="key"/> away.</summary>
    private bool GivesAlone(ObservationKey key, int sum, Inference inference)
    {
        var bounds = new Dictionary<ObservationKey, (long Low, long High)>();
        foreach (ObservationKey other in _sums[sum].Keys.Where(k => !_exact.ContainsKey(k)).Distinct())
        {
            bounds[other] = other.Equals(key) && _hidden.TryGetValue(key, out CountBounds own) ? (own.Low, own.HighOrMax) : Interval(other, inference);
        }
        Inference alone = Inference.Run(_exact, bounds, Array.Empty<FigureConstraint>(), new[] { _sums[sum] });
        return alone.Feasible && alone.Intervals.TryGetValue(key, out (long Low, long High) interval) && Gives(key, interval);
    }

    /// <summary>How many other sums of <paramref name="key"/> already hold a count that is not shown exactly: hiding a
    /// count there closes a pattern (the corner of a rectangle in a two-way table) instead of opening a new one.</summary>
    private int Linked(ObservationKey key, int sum) =>
        _sumsOf.TryGetValue(key, out List<int>? sums) ? sums.Count(other => other != sum && _sums[other].Keys.Any(k => !k.Equals(key) && !_exact.ContainsKey(k))) : 0;

    /// <summary>The figures that may stay and those withheld, each tried with the attack on the counts it shares with others.</summary>
    private (List<PublishedFigure> Kept, List<WithheldFigure> Withheld) SiftFigures(List<(Report Report, PublishedFigure Figure)> figures)
    {
        var kept = new List<PublishedFigure>();
        var withheld = new List<WithheldFigure>();
        var keptConstraints = new List<FigureConstraint>();
        var active = _sums.Where(s => s.Keys.Any(k => !_exact.ContainsKey(k))).ToList();
        var groups = new KeyUnion();
        foreach (SumConstraint sum in active)
        {
            groups.Union(sum.Keys.Where(k => !_exact.ContainsKey(k)));
        }
        foreach ((Report report, PublishedFigure figure) in figures)
        {
            var reference = FigureReference.Of(report.Helpline.Id, report.Period, figure.Id);
            if (FigureKinds.Of(figure).Basis == CheckBasis.KnownYears && figure.Subject is ObservationKey subject)
            {
                // A claim over the known years (a record) orders them; the audit does not reason with it, but a reader could.
                var years = _hidden.Keys.Where(k => k.WithPeriod(subject.Period).Equals(subject) && k.Period.Kind == PeriodKind.Year && k.Period.End <= subject.Period.End && _primary.Contains(k) | _secondary.Contains(k)).ToList();
                if (years.Count > 0)
                {
                    withheld.Add(new WithheldFigure(reference, figure, years));
                }
                else
                {
                    kept.Add(figure);
                }
                continue;
            }
            FigureFormula? formula = FigureKinds.Formula(figure, report.Helpline.LaunchDate);
            ObservationKey[] unknown = formula?.Inputs.Where(k => !_exact.ContainsKey(k)).Distinct().ToArray() ?? Array.Empty<ObservationKey>();
            if (unknown.Length == 0)
            {
                kept.Add(figure);
                continue;
            }
            if (figure.Value is null || !formula!.CanInfer)
            {
                withheld.Add(new WithheldFigure(reference, figure, unknown));
                continue;
            }
            var constraint = new FigureConstraint(reference, formula, FigureKinds.Accepted(figure, QualifierTable.Default, ReaderKnowledge.Printing));
            var roots = new HashSet<ObservationKey>(unknown.Select(groups.Find));
            bool InGroup(IEnumerable<ObservationKey> keys) => keys.Any(k => !_exact.ContainsKey(k) && roots.Contains(groups.Find(k)));
            (_, List<ObservationKey> exposed) = Attack(keptConstraints.Where(c => InGroup(c.Formula.Inputs)).Append(constraint), active.Where(s => InGroup(s.Keys)));
            if (exposed.Count > 0)
            {
                withheld.Add(new WithheldFigure(reference, figure, exposed));
                continue;
            }
            kept.Add(figure);
            keptConstraints.Add(constraint);
            groups.Union(unknown);
        }
        return (kept, withheld);
    }

    /// <summary>The dataset as published: hidden counts as bounds (their breakdowns as bounded breakdowns), the figures kept.</summary>
    private Dataset Write(Dataset dataset, HashSet<PublishedFigure> kept)
    {
        // A count given within bounds in one report and exactly in another is shown exactly in both.
        Observation Shown(Observation o) =>
            _hidden.TryGetValue(o.Key, out CountBounds bounds) ? new Observation(o.Key, bounds)
            : o.IsExact ? o
            : _truth.TryGetValue(o.Key, out long value) ? new Observation(o.Key, value) : o;
        var reports = new List<Report>();
        foreach (Report report in dataset.Reports)
        {
            var breakdowns = report.Breakdowns.Select(b => Breakdown.Create(Shown(b.Total), b.Dimension, b.Coverage, b.Parts.Select(Shown)));
            reports.Add(Report.Create(report.Helpline, report.Period, report.Observations.Select(Shown), breakdowns, report.Figures.Where(kept.Contains)));
        }
        return Dataset.Of(reports);
    }
}
