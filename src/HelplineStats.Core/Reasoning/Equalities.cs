using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Reasoning;

/// <summary>
/// The exact equations among unknown counts, solved at once: complete breakdowns and since-launch chains
/// (total = parts), and figures whose printing allows one whole number of a linear formula (a count, a since-launch
/// total, an absolute change printed to the unit). Gauss–Jordan elimination over the integers (fraction-free, in
/// <see cref="BigInteger"/>) finds an impossible cycle, such as three absolute changes that cannot add up around a
/// breakdown, without the propagation narrowing it one unit a round, and pins every count the equations fix.
/// </summary>
/// <remarks>
/// The cost is that of elimination: at most (equations × unknowns) row operations per equation, each over the row's
/// terms. Inequalities (incomplete breakdowns, bounds, non-linear figures) are left to the propagation in
/// <see cref="Inference"/>.
/// </remarks>
internal static class Equalities
{
    /// <summary>One equation Σ coefficient·count = constant, with the counts it was built from (to name one when it fails).</summary>
    private sealed class Row(Dictionary<ObservationKey, BigInteger> terms, BigInteger constant, ObservationKey origin)
    {
        internal Dictionary<ObservationKey, BigInteger> Terms { get; } = terms;

        internal BigInteger Constant { get; set; } = constant;

        internal ObservationKey Origin { get; } = origin;
    }

    /// <summary>The counts the equations pin, or the count of an equation that cannot hold (null when all can).</summary>
    internal static (ObservationKey? Impossible, Dictionary<ObservationKey, long> Pinned) Solve(
        IReadOnlyDictionary<ObservationKey, long> known, IEnumerable<FigureConstraint> figures, IEnumerable<SumConstraint> sums)
    {
        var rows = new List<Row>();
        foreach (SumConstraint sum in sums.Where(s => s.Kind == SumKind.Equal))
        {
            var terms = new Dictionary<ObservationKey, BigInteger>();
            Add(terms, sum.Total, 1);
            foreach (ObservationKey part in sum.Parts)
            {
                Add(terms, part, -1);
            }
            rows.Add(Reduce(terms, 0, known, sum.Total));
        }
        foreach (FigureConstraint figure in figures)
        {
            if (figure.Formula.Linear is int[] coefficients && OnlyWholeNumber(figure.Accepted) is BigInteger value)
            {
                var terms = new Dictionary<ObservationKey, BigInteger>();
                for (int i = 0; i < coefficients.Length; i++)
                {
                    Add(terms, figure.Formula.Inputs[i], coefficients[i]);
                }
                rows.Add(Reduce(terms, value, known, figure.Formula.Inputs[0]));
            }
        }
        var pivots = new List<(ObservationKey Pivot, Row Row)>();
        foreach (Row row in rows)
        {
            foreach ((ObservationKey pivot, Row other) in pivots)
            {
                Eliminate(row, other, pivot);
            }
            if (row.Terms.Count == 0)
            {
                if (!row.Constant.IsZero)
                {
                    return (row.Origin, new Dictionary<ObservationKey, long>());
                }
                continue;
            }
            ObservationKey newPivot = row.Terms.Keys.Min()!;
            foreach ((_, Row other) in pivots)
            {
                Eliminate(other, row, newPivot);
            }
            pivots.Add((newPivot, row));
        }
        var pinned = new Dictionary<ObservationKey, long>();
        foreach ((ObservationKey pivot, Row row) in pivots.Where(p => p.Row.Terms.Count == 1))
        {
            BigInteger coefficient = row.Terms[pivot];
            if (!BigInteger.Remainder(row.Constant, coefficient).IsZero)
            {
                return (pivot, new Dictionary<ObservationKey, long>());
            }
            BigInteger value = row.Constant / coefficient;
            if (value.Sign < 0 || value > long.MaxValue)
            {
                return (pivot, new Dictionary<ObservationKey, long>());
            }
            pinned[pivot] = (long)value;
        }
        return (null, pinned);
    }

    /// <summary>The one whole number an accepted interval holds, or null when it holds none or several.</summary>
    private static BigInteger? OnlyWholeNumber(ValueInterval accepted)
    {
        if (accepted.IsEmpty || accepted.Low is not Rational low || accepted.High is not Rational high)
        {
            return null;
        }
        BigInteger first = Rational.Ceiling(low);
        if (!accepted.LowInclusive && low.IsInteger)
        {
            first += 1;
        }
        BigInteger last = Rational.Floor(high);
        if (!accepted.HighInclusive && high.IsInteger)
        {
            last -= 1;
        }
        return first == last ? first : null;
    }

    private static void Add(Dictionary<ObservationKey, BigInteger> terms, ObservationKey key, BigInteger coefficient)
    {
        BigInteger sum = terms.GetValueOrDefault(key) + coefficient;
        if (sum.IsZero)
        {
            terms.Remove(key);
        }
        else
        {
            terms[key] = sum;
        }
    }

    /// <summary>The equation with the known counts moved to the constant.</summary>
    private static Row Reduce(Dictionary<ObservationKey, BigInteger> terms, BigInteger constant, IReadOnlyDictionary<ObservationKey, long> known, ObservationKey origin)
    {
        foreach (ObservationKey key in terms.Keys.Where(known.ContainsKey).ToList())
        {
            constant -= terms[key] * known[key];
            terms.Remove(key);
        }
        return new Row(terms, constant, origin);
    }

    /// <summary>Removes <paramref name="pivot"/> from <paramref name="row"/> with a multiple of <paramref name="by"/>, fraction-free, then divides out the common factor.</summary>
    private static void Eliminate(Row row, Row by, ObservationKey pivot)
    {
        if (!row.Terms.TryGetValue(pivot, out BigInteger a))
        {
            return;
        }
        BigInteger b = by.Terms[pivot];
        foreach (ObservationKey key in row.Terms.Keys.ToList())
        {
            row.Terms[key] *= b;
        }
        row.Constant *= b;
        foreach ((ObservationKey key, BigInteger coefficient) in by.Terms)
        {
            Add(row.Terms, key, -a * coefficient);
        }
        row.Constant -= a * by.Constant;
        BigInteger gcd = row.Terms.Values.Aggregate(BigInteger.Abs(row.Constant), (g, c) => BigInteger.GreatestCommonDivisor(g, c));
        if (gcd > 1)
        {
            foreach (ObservationKey key in row.Terms.Keys.ToList())
            {
                row.Terms[key] /= gcd;
            }
            row.Constant /= gcd;
        }
    }
}
