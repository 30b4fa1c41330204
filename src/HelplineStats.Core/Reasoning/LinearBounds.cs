using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Reasoning;

/// <summary>
/// The tightest bounds of a count that every sum, every figure and every count's bounds allow together, taken as one
/// linear program (docs/disclosure.md, "The attacker"): for each count asked about, its least and its largest value
/// over the real solutions, rounded inward to whole numbers. Where <see cref="Inference"/> narrows one constraint at a
/// time, this sees what only several together imply (the margins of a two-way table against its inner sums, a printed
/// share against a printed change).
/// </summary>
/// <remarks>
/// Rows: a complete sum is an equation, an incomplete one "at least its parts", a multi-label one "each part at most the
/// total"; a figure printed within [L, U] over a denominator D is L·D ≤ Scale·N ≤ U·D, with D ≥ 1 where the value needs
/// it and, for a share, its part at most its whole. An open end of the accepted range is strict, which between whole
/// numbers is the closed row moved by one (except over a denominator that may be zero, where it is taken as closed).
/// Counts in different groups (no constraint joins them) are solved apart.
/// </remarks>
internal static class LinearBounds
{
    /// <summary>
    /// The bounds of each of <paramref name="targets"/> under every constraint together, each within its interval of
    /// <paramref name="intervals"/>; <c>null</c> when no counts meet every constraint.
    /// </summary>
    /// <param name="known">The counts known exactly.</param>
    /// <param name="intervals">The interval of every other count the constraints hold (open upper ends are <see cref="long.MaxValue"/>).</param>
    /// <param name="figures">The figures.</param>
    /// <param name="sums">The sums.</param>
    /// <param name="targets">The counts to bound.</param>
    internal static Dictionary<ObservationKey, (long Low, long High)>? Narrow(IReadOnlyDictionary<ObservationKey, long> known,
        IReadOnlyDictionary<ObservationKey, (long Low, long High)> intervals, IReadOnlyCollection<FigureConstraint> figures,
        IReadOnlyCollection<SumConstraint> sums, IEnumerable<ObservationKey> targets)
    {
        bool IsFree(ObservationKey key) => !known.ContainsKey(key) && intervals.TryGetValue(key, out (long Low, long High) i) && i.Low < i.High;
        var rows = new List<Row>();
        foreach (SumConstraint sum in sums)
        {
            rows.AddRange(Rows(sum));
        }
        foreach (FigureConstraint figure in figures)
        {
            if (figure.Formula.Fraction is LinearFraction fraction)
            {
                rows.AddRange(Rows(figure.Formula.Inputs, fraction, figure.Accepted));
            }
        }
        var groups = new KeyUnion();
        var wanted = targets.Where(IsFree).Distinct().ToList();
        foreach (ObservationKey key in wanted)
        {
            groups.Find(key);
        }
        foreach (Row row in rows)
        {
            groups.Union(row.Terms.Select(t => t.Key).Where(IsFree));
        }
        // Each row in the group of its free counts (a row with none binds nothing the program could change).
        ILookup<ObservationKey, Row> rowsOf = rows.Where(r => r.Terms.Any(t => IsFree(t.Key)))
            .ToLookup(r => groups.Find(r.Terms.First(t => IsFree(t.Key)).Key));
        var result = new Dictionary<ObservationKey, (long Low, long High)>();
        foreach (IGrouping<ObservationKey, ObservationKey> group in wanted.GroupBy(groups.Find))
        {
            ObservationKey root = group.Key;
            var inGroup = rowsOf[root].ToList();
            var variables = inGroup.SelectMany(r => r.Terms.Select(t => t.Key)).Where(IsFree).Append(root).Distinct().ToList();
            var index = variables.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i);
            var program = new LinearProgram(variables.Count);
            // Each free count as its lower end plus a variable from zero up to the width of its interval.
            for (int v = 0; v < variables.Count; v++)
            {
                (long low, long high) = intervals[variables[v]];
                if (high != long.MaxValue)
                {
                    program.Add(new[] { (v, BigInteger.One) }, Relation.AtMost, (BigInteger)high - low);
                }
            }
            foreach (Row row in inGroup)
            {
                BigInteger right = row.Right;
                var terms = new List<(int, BigInteger)>();
                foreach ((ObservationKey key, BigInteger coefficient) in row.Terms)
                {
                    if (index.TryGetValue(key, out int v))
                    {
                        terms.Add((v, coefficient));
                        right -= coefficient * intervals[key].Low;
                    }
                    else
                    {
                        right -= coefficient * (known.TryGetValue(key, out long value) ? value : intervals[key].Low);
                    }
                }
                program.Add(terms, row.Relation, right);
            }
            if (program.Solve() is not LinearProgram.Solution solution)
            {
                return null;
            }
            foreach (ObservationKey key in group)
            {
                (long low, long high) = intervals[key];
                Rational least = solution.Minimum(index[key]);
                Rational? most = solution.Maximum(index[key]);
                BigInteger lowest = low + Rational.Ceiling(least);
                long newLow = lowest >= long.MaxValue ? long.MaxValue : (long)lowest;
                BigInteger largest = most is Rational m ? low + Rational.Floor(m) : long.MaxValue;
                long newHigh = largest >= long.MaxValue ? long.MaxValue : (long)largest;
                result[key] = (Math.Max(low, newLow), Math.Min(high, newHigh));
            }
        }
        return result;
    }


    /// <summary>A row over counts: Σ coefficient · count (relation) right.</summary>
    private sealed record Row(List<(ObservationKey Key, BigInteger Coefficient)> Terms, Relation Relation, BigInteger Right);

    private static IEnumerable<Row> Rows(SumConstraint sum)
    {
        List<(ObservationKey, BigInteger)> TotalLess(IEnumerable<ObservationKey> parts) =>
            parts.Select(p => (p, BigInteger.MinusOne)).Prepend((sum.Total, BigInteger.One)).ToList();
        switch (sum.Kind)
        {
            case SumKind.Equal:
                yield return new Row(TotalLess(sum.Parts), Relation.Equal, BigInteger.Zero);
                break;
            case SumKind.AtLeastTheParts:
                yield return new Row(TotalLess(sum.Parts), Relation.AtLeast, BigInteger.Zero);
                break;
            case SumKind.EachPartAtMost:
                foreach (ObservationKey part in sum.Parts)
                {
                    yield return new Row(TotalLess(new[] { part }), Relation.AtLeast, BigInteger.Zero);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(sum), sum.Kind, "Not a defined kind of sum.");
        }
    }

    /// <summary>
    /// The rows of a figure: L·D ≤ Scale·N ≤ U·D (strict where the accepted range is open at that end), D ≥ 1 where the
    /// value needs it, N ≤ D for a share. (An empty accepted range needs no row: the propagation that runs first finds
    /// it.)
    /// </summary>
    private static IEnumerable<Row> Rows(ObservationKey[] inputs, LinearFraction fraction, ValueInterval accepted)
    {
        bool variableDenominator = fraction.Denominator.Any(d => d != 0);
        bool zeroAllowed = variableDenominator && fraction.Domain == LinearFraction.Defined.AlsoZeroOverZero && accepted.Contains(Rational.Zero);
        // Over a positive denominator an open end is a strict inequality between whole numbers (every row is scaled to
        // whole coefficients, and counts are whole), so it is the closed one moved by one: exact, not a relaxation.
        // Where the denominator may be zero (a change from zero to zero, when zero is accepted), 0 < 0 would wrongly
        // rule that point out, so the end is taken as closed there (a relaxation: still true).
        if (accepted.Low is Rational low)
        {
            yield return Scaled(inputs, i => (fraction.Scale * fraction.Numerator[i]) - (low * fraction.Denominator[i]), low * fraction.DenominatorConstant,
                strict: !accepted.LowInclusive && !zeroAllowed);
        }
        if (accepted.High is Rational high)
        {
            yield return Scaled(inputs, i => (high * fraction.Denominator[i]) - (fraction.Scale * fraction.Numerator[i]), -(high * fraction.DenominatorConstant),
                strict: !accepted.HighInclusive && !zeroAllowed);
        }
        if (variableDenominator && !zeroAllowed)
        {
            yield return Scaled(inputs, i => fraction.Denominator[i], 1 - fraction.DenominatorConstant, strict: false);
        }
        if (fraction.Domain == LinearFraction.Defined.WhenPartOfPositiveWhole)
        {
            yield return Scaled(inputs, i => fraction.Denominator[i] - fraction.Numerator[i], -fraction.DenominatorConstant, strict: false);
        }
    }

    /// <summary>Σ coefficient(i) · input[i] ≥ right (&gt; right when <paramref name="strict"/>), multiplied through to whole numbers.</summary>
    private static Row Scaled(ObservationKey[] inputs, Func<int, Rational> coefficient, Rational right, bool strict)
    {
        Rational[] coefficients = Enumerable.Range(0, inputs.Length).Select(coefficient).ToArray();
        BigInteger lcm = coefficients.Append(right).Aggregate(BigInteger.One, (l, c) => l / BigInteger.GreatestCommonDivisor(l, c.Denominator) * c.Denominator);
        var terms = inputs.Select((key, i) => (key, coefficients[i].Numerator * (lcm / coefficients[i].Denominator))).Where(t => !t.Item2.IsZero).ToList();
        return new Row(terms, Relation.AtLeast, (right.Numerator * (lcm / right.Denominator)) + (strict ? BigInteger.One : BigInteger.Zero));
    }
}
