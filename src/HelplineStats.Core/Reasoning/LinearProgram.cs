using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Reasoning;

/// <summary>How a row of a <see cref="LinearProgram"/> binds its left side to its right side.</summary>
internal enum Relation
{
    /// <summary>The left side is at most the right side.</summary>
    AtMost,

    /// <summary>The left side equals the right side.</summary>
    Equal,

    /// <summary>The left side is at least the right side.</summary>
    AtLeast,
}

/// <summary>
/// A linear program over non-negative variables with whole-number coefficients, solved exactly: the rows are kept as
/// vectors of <see cref="BigInteger"/> over one positive denominator each, so no step rounds. <see cref="Solve"/> runs
/// the first phase of the simplex method (is there any point that meets every row?); the <see cref="Solution"/> it
/// returns gives the smallest and the largest value of any one variable over every such point (the second phase, from
/// the feasible basis of the first). Bland's rule picks every pivot, so no run cycles.
/// </summary>
/// <remarks>This is the linear-programming attacker of τ-ARGUS and sdcTable, solved exactly instead of in floating
/// point: a bound it gives is a bound of the real solutions, never a rounding error away from one.</remarks>
internal sealed class LinearProgram
{
    private readonly int _variables;
    private readonly List<(Dictionary<int, BigInteger> Terms, Relation Relation, BigInteger Right)> _rows = new();

    /// <summary>A program over <paramref name="variables"/> variables, each at least zero.</summary>
    internal LinearProgram(int variables)
    {
        _variables = variables;
    }

    /// <summary>How many rows the program has.</summary>
    internal int Rows => _rows.Count;

    /// <summary>Adds the row Σ coefficient · x[variable] (relation) <paramref name="right"/>; terms of one variable add up.</summary>
    internal void Add(IEnumerable<(int Variable, BigInteger Coefficient)> terms, Relation relation, BigInteger right)
    {
        var row = new Dictionary<int, BigInteger>();
        foreach ((int variable, BigInteger coefficient) in terms)
        {
            if (variable < 0 || variable >= _variables)
            {
                throw new ArgumentOutOfRangeException(nameof(terms), variable, $"A variable of this program is from 0 to {_variables - 1}.");
            }
            row[variable] = row.TryGetValue(variable, out BigInteger before) ? before + coefficient : coefficient;
        }
        foreach (int zero in row.Where(t => t.Value.IsZero).Select(t => t.Key).ToList())
        {
            row.Remove(zero);
        }
        _rows.Add((row, relation, right));
    }

    /// <summary>The first phase: a solution to optimise over, or <c>null</c> when no point meets every row.</summary>
    internal Solution? Solve()
    {
        // Columns: the variables, one slack per inequality, one artificial per row that has no slack of +1 to start from.
        int slacks = _rows.Count(r => r.Relation != Relation.Equal);
        var needsArtificial = new bool[_rows.Count];
        int artificials = 0;
        for (int i = 0; i < _rows.Count; i++)
        {
            (_, Relation relation, BigInteger right) = _rows[i];
            bool flip = right.Sign < 0;
            // The slack's sign after the row is flipped to a right side of zero or more: +1 only for "at most" unflipped
            // or "at least" flipped.
            bool slackStarts = relation == Relation.AtMost ? !flip : relation == Relation.AtLeast && flip;
            needsArtificial[i] = !slackStarts;
            artificials += needsArtificial[i] ? 1 : 0;
        }
        int columns = _variables + slacks + artificials;
        var tableau = new Tableau(_rows.Count, columns, _variables + slacks);
        int slack = _variables;
        int artificial = _variables + slacks;
        for (int i = 0; i < _rows.Count; i++)
        {
            (Dictionary<int, BigInteger> terms, Relation relation, BigInteger right) = _rows[i];
            int sign = right.Sign < 0 ? -1 : 1;
            BigInteger[] row = tableau.Row(i);
            foreach ((int variable, BigInteger coefficient) in terms)
            {
                row[variable] = sign * coefficient;
            }
            row[columns] = sign * right;
            if (relation != Relation.Equal)
            {
                row[slack] = relation == Relation.AtMost ? sign : -sign;
                if (!needsArtificial[i])
                {
                    tableau.Basis[i] = slack;
                }
                slack++;
            }
            if (needsArtificial[i])
            {
                row[artificial] = BigInteger.One;
                tableau.Basis[i] = artificial++;
            }
        }
        // Phase one: minimise the sum of the artificials; reduced costs 1 on each, less every row it starts in.
        var objective = new BigInteger[columns + 1];
        for (int i = 0; i < _rows.Count; i++)
        {
            if (tableau.Basis[i] >= _variables + slacks)
            {
                BigInteger[] row = tableau.Row(i);
                for (int j = 0; j <= columns; j++)
                {
                    objective[j] -= row[j];
                }
                objective[tableau.Basis[i]] = BigInteger.Zero;
            }
        }
        tableau.SetObjective(objective, BigInteger.One);
        if (!tableau.Minimise(allowArtificials: true))
        {
            throw new InvalidOperationException("The first phase of a linear program cannot be unbounded; this is a bug in HelplineStats.Core.");
        }
        if (tableau.ObjectiveValue.Sign > 0)
        {
            return null;
        }
        tableau.DriveOutArtificials();
        return new Solution(tableau, _variables);
    }

    /// <summary>A feasible program: the range of each variable over all its solutions.</summary>
    internal sealed class Solution
    {
        private readonly Tableau _tableau;
        private readonly int _variables;

        internal Solution(Tableau tableau, int variables)
        {
            _tableau = tableau;
            _variables = variables;
        }

        /// <summary>The smallest value of x[<paramref name="variable"/>] over every solution.</summary>
        internal Rational Minimum(int variable) => Optimum(variable, 1)!.Value;

        /// <summary>The largest value of x[<paramref name="variable"/>] over every solution, or <c>null</c> when it has none.</summary>
        internal Rational? Maximum(int variable) => Optimum(variable, -1) is Rational lowest ? -lowest : null;

        /// <summary>The least of sign · x[variable]; <c>null</c> when unbounded below. Each run starts from the basis the last one ended in.</summary>
        private Rational? Optimum(int variable, int sign)
        {
            if (variable < 0 || variable >= _variables)
            {
                throw new ArgumentOutOfRangeException(nameof(variable), variable, $"A variable of this program is from 0 to {_variables - 1}.");
            }
            _tableau.SetCost(variable, sign);
            return _tableau.Minimise(allowArtificials: false) ? _tableau.ObjectiveValue : null;
        }
    }

    /// <summary>The simplex tableau: each row an integer vector over a positive denominator (row i stands for
    /// <c>row[i] / denominator[i]</c>), the right side in the last column, and the objective row alike.</summary>
    internal sealed class Tableau
    {
        private readonly List<BigInteger[]> _rows;
        private readonly List<BigInteger> _denominators;
        private readonly int _columns;
        private readonly int _firstArtificial;
        private BigInteger[] _objective;
        private BigInteger _objectiveDenominator = BigInteger.One;

        internal Tableau(int rows, int columns, int firstArtificial)
        {
            _columns = columns;
            _firstArtificial = firstArtificial;
            _rows = Enumerable.Range(0, rows).Select(_ => new BigInteger[columns + 1]).ToList();
            _denominators = Enumerable.Repeat(BigInteger.One, rows).ToList();
            Basis = new List<int>(new int[rows]);
            _objective = new BigInteger[columns + 1];
        }

        /// <summary>The basic column of each row.</summary>
        internal List<int> Basis { get; }

        /// <summary>The objective's value at the current basis.</summary>
        internal Rational ObjectiveValue => Rational.Of(-_objective[_columns], _objectiveDenominator);

        internal BigInteger[] Row(int i) => _rows[i];

        internal void SetObjective(BigInteger[] objective, BigInteger denominator)
        {
            _objective = objective;
            _objectiveDenominator = denominator;
        }

        /// <summary>The objective sign · x[column], its reduced costs written against the current basis.</summary>
        internal void SetCost(int column, int sign)
        {
            int row = Basis.IndexOf(column);
            var objective = new BigInteger[_columns + 1];
            if (row < 0)
            {
                objective[column] = sign;
                SetObjective(objective, BigInteger.One);
                return;
            }
            // c − c_B·B⁻¹A with c = sign·e[column]: −sign times the row, over the row's denominator; zero on the column itself.
            BigInteger[] basic = _rows[row];
            for (int j = 0; j <= _columns; j++)
            {
                objective[j] = -sign * basic[j];
            }
            objective[column] = BigInteger.Zero;
            SetObjective(objective, _denominators[row]);
        }

        /// <summary>Runs the simplex method on the current objective; <c>false</c> when it is unbounded below.</summary>
        internal bool Minimise(bool allowArtificials)
        {
            int limit = allowArtificials ? _columns : _firstArtificial;
            while (true)
            {
                int entering = -1;
                for (int j = 0; j < limit; j++)
                {
                    if (_objective[j].Sign < 0)
                    {
                        entering = j;
                        break;
                    }
                }
                if (entering < 0)
                {
                    return true;
                }
                int leaving = -1;
                for (int i = 0; i < _rows.Count; i++)
                {
                    BigInteger entry = _rows[i][entering];
                    if (entry.Sign <= 0)
                    {
                        continue;
                    }
                    if (leaving < 0)
                    {
                        leaving = i;
                        continue;
                    }
                    // rhs[i] / entry against rhs[leaving] / its entry: the denominators of the rows cancel.
                    int order = (_rows[i][_columns] * _rows[leaving][entering]).CompareTo(_rows[leaving][_columns] * entry);
                    if (order < 0 || (order == 0 && Basis[i] < Basis[leaving]))
                    {
                        leaving = i;
                    }
                }
                if (leaving < 0)
                {
                    return false;
                }
                Pivot(leaving, entering);
            }
        }

        /// <summary>After a first phase that reached zero: every artificial still basic (at zero) is swapped for a real
        /// column of its row, and a row with none is redundant and dropped.</summary>
        internal void DriveOutArtificials()
        {
            for (int i = _rows.Count - 1; i >= 0; i--)
            {
                if (Basis[i] < _firstArtificial)
                {
                    continue;
                }
                int column = Array.FindIndex(_rows[i], 0, _firstArtificial, value => !value.IsZero);
                if (column >= 0)
                {
                    Pivot(i, column);
                }
                else
                {
                    _rows.RemoveAt(i);
                    _denominators.RemoveAt(i);
                    Basis.RemoveAt(i);
                }
            }
        }

        private void Pivot(int r, int s)
        {
            BigInteger[] pivotRow = _rows[r];
            BigInteger pivot = pivotRow[s];
            if (pivot.Sign < 0)
            {
                for (int j = 0; j <= _columns; j++)
                {
                    pivotRow[j] = -pivotRow[j];
                }
                pivot = -pivot;
            }
            // Row r divided by its entry in s: the same integers over the denominator `pivot`.
            _denominators[r] = Reduce(pivotRow, pivot);
            pivot = pivotRow[s];
            for (int i = 0; i < _rows.Count; i++)
            {
                if (i != r && !_rows[i][s].IsZero)
                {
                    BigInteger[] row = _rows[i];
                    BigInteger factor = row[s];
                    // row/q − (factor/q)·(pivotRow/pivot) = (pivot·row − factor·pivotRow) / (q·pivot)
                    for (int j = 0; j <= _columns; j++)
                    {
                        row[j] = pivotRow[j].IsZero ? row[j] * pivot : (row[j] * pivot) - (factor * pivotRow[j]);
                    }
                    _denominators[i] = Reduce(row, _denominators[i] * pivot);
                }
            }
            if (!_objective[s].IsZero)
            {
                BigInteger factor = _objective[s];
                for (int j = 0; j <= _columns; j++)
                {
                    _objective[j] = pivotRow[j].IsZero ? _objective[j] * pivot : (_objective[j] * pivot) - (factor * pivotRow[j]);
                }
                _objectiveDenominator = Reduce(_objective, _objectiveDenominator * pivot);
            }
            Basis[r] = s;
        }

        /// <summary>Divides a row and its denominator by their greatest common divisor; the new denominator.</summary>
        private static BigInteger Reduce(BigInteger[] row, BigInteger denominator)
        {
            BigInteger divisor = denominator;
            for (int j = 0; j < row.Length && !divisor.IsOne; j++)
            {
                if (!row[j].IsZero)
                {
                    divisor = BigInteger.GreatestCommonDivisor(divisor, row[j]);
                }
            }
            if (divisor.IsOne)
            {
                return denominator;
            }
            for (int j = 0; j < row.Length; j++)
            {
                if (!row[j].IsZero)
                {
                    row[j] /= divisor;
                }
            }
            return denominator / divisor;
        }
    }
}
