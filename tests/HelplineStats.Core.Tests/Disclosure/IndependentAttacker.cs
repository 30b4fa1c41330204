using System;
using System.Collections.Generic;
using System.Linq;
using Google.OrTools.LinearSolver;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Core.Tests.Disclosure;

/// <summary>
/// The attacker of τ-ARGUS and sdcTable, written apart from the library: Google's linear-programming solver GLOP over
/// the cells of a <see cref="DisclosureWorld.World"/> (each year's calls by channel and gender, every other count a sum
/// of them), constrained by every count a dataset shows (exactly or within bounds), every share and change it prints
/// (the closed range of values that round, half away from zero, to the printed value) and nonnegativity. For a count, the
/// least and the largest value of its sum of cells over that polytope. Nothing here uses the library's reasoning: the
/// sums come from the world's shape, the figures from their printed values.
/// </summary>
internal sealed class IndependentAttacker : IDisposable
{
    /// <summary>How far GLOP's floating-point optimum may lie from the exact one: far below the gap between whole numbers.</summary>
    internal const double Tolerance = 1e-6;

    private readonly Solver _solver;
    private readonly Dictionary<ObservationKey, int[]> _cellsOf = new();
    private readonly Variable[] _cells;

    internal IndependentAttacker(DisclosureWorld.World world, Dataset shown)
    {
        _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver here.");
        int years = world.Cells.Length;
        int channels = DisclosureWorld.ChannelsUsed.Length;
        int genders = DisclosureWorld.Genders.Length;
        _cells = _solver.MakeNumVarArray(years * channels * genders, 0.0, double.PositiveInfinity);
        int Cell(int y, int c, int g) => (((y * channels) + c) * genders) + g;
        for (int y = 0; y < years; y++)
        {
            int year = y;
            ObservationKey total = world.Calls(world.FirstYear + y);
            var all = new List<int>();
            for (int c = 0; c < channels; c++)
            {
                for (int g = 0; g < genders; g++)
                {
                    ObservationKey cell = total.WithChannel(DisclosureWorld.ChannelsUsed[c]).WithCategory(Taxonomies.Gender.Get(DisclosureWorld.Genders[g]));
                    _cellsOf[cell] = new[] { Cell(y, c, g) };
                    all.Add(Cell(y, c, g));
                }
                int row = c;
                _cellsOf[total.WithChannel(DisclosureWorld.ChannelsUsed[c])] = Enumerable.Range(0, genders).Select(g => Cell(year, row, g)).ToArray();
            }
            for (int g = 0; g < genders; g++)
            {
                int column = g;
                _cellsOf[total.WithCategory(Taxonomies.Gender.Get(DisclosureWorld.Genders[g]))] = Enumerable.Range(0, channels).Select(c => Cell(year, c, column)).ToArray();
            }
            _cellsOf[total] = all.ToArray();
            _cellsOf[total.WithPeriod(DisclosureWorld.Line.SinceLaunch(ReportingPeriod.Year(world.FirstYear + y)))] =
                Enumerable.Range(0, (y + 1) * channels * genders).ToArray();
        }
        foreach (Report report in shown.Reports)
        {
            foreach (Observation observation in report.Observations)
            {
                Bound(observation.Key, observation.Bounds.Low, observation.Bounds.High is long high ? high : double.PositiveInfinity);
            }
            foreach (PublishedFigure figure in report.Figures)
            {
                Printed(figure);
            }
        }
    }

    /// <summary>The least and the largest value of <paramref name="key"/>'s cells over every point the dataset allows
    /// (the largest <c>null</c> when unbounded); <c>null</c> when no point is allowed.</summary>
    internal (double Least, double? Most)? Range(ObservationKey key)
    {
        int[] cells = _cellsOf[key];
        double? least = Optimum(cells, maximise: false);
        if (least is null && _lastStatus == Solver.ResultStatus.INFEASIBLE)
        {
            return null;
        }
        double? most = Optimum(cells, maximise: true);
        return (least ?? throw new InvalidOperationException($"GLOP could not minimise {key}: {_lastStatus}."), most);
    }

    private Solver.ResultStatus _lastStatus;

    private double? Optimum(int[] cells, bool maximise)
    {
        Objective objective = _solver.Objective();
        objective.Clear();
        foreach (int cell in cells)
        {
            objective.SetCoefficient(_cells[cell], 1);
        }
        if (maximise)
        {
            objective.SetMaximization();
        }
        else
        {
            objective.SetMinimization();
        }
        _lastStatus = _solver.Solve();
        if (_lastStatus is Solver.ResultStatus.ABNORMAL or Solver.ResultStatus.NOT_SOLVED)
        {
            // GLOP solves each objective from the basis of the last one; from that start it can stall in floating
            // point (seen once in thousands of worlds). From scratch it does not.
            _solver.Reset();
            _lastStatus = _solver.Solve();
        }
        return _lastStatus switch
        {
            Solver.ResultStatus.OPTIMAL => objective.Value(),
            Solver.ResultStatus.UNBOUNDED or Solver.ResultStatus.INFEASIBLE => null,
            _ => throw new InvalidOperationException($"GLOP ended with {_lastStatus}."),
        };
    }

    /// <summary>low ≤ the count's cells ≤ high; a count outside the world (an empty unknown bucket) must be zero.</summary>
    private void Bound(ObservationKey key, double low, double high)
    {
        if (!_cellsOf.TryGetValue(key, out int[]? cells))
        {
            if (low == 0 && high == 0 && key.Category is { IsUnknown: true })
            {
                return;
            }
            throw new InvalidOperationException($"The world has no cells for {key}.");
        }
        Constraint constraint = _solver.MakeConstraint(low, high);
        foreach (int cell in cells)
        {
            constraint.SetCoefficient(_cells[cell], 1);
        }
    }

    /// <summary>A printed share or change: its exact value within half a step of the printed one, both ends included,
    /// as linear rows over its denominator (which the figure's being printed shows is positive).</summary>
    private void Printed(PublishedFigure figure)
    {
        double value = (double)figure.Value!.Value;
        double half = (double)figure.Precision.Step / 2;
        (double low, double high) = (value - half, value + half);
        ObservationKey subject = figure.Subject!;
        switch (figure.Kind)
        {
            case FigureKind.Share:
            {
                // 100·part − low·whole ≥ 0 and high·whole − 100·part ≥ 0, whole ≥ 1.
                int[] part = _cellsOf[subject];
                int[] whole = _cellsOf[((ShareFigure)figure).Whole];
                Row(part, 100, whole, -low, 0, double.PositiveInfinity);
                Row(part, -100, whole, high, 0, double.PositiveInfinity);
                Row(Array.Empty<int>(), 0, whole, 1, 1, double.PositiveInfinity);
                break;
            }
            case FigureKind.RelativeChange:
            {
                // 100·(later − earlier) within [low·earlier, high·earlier], earlier ≥ 1: (100 − ...) terms per side.
                int[] later = _cellsOf[subject];
                int[] earlier = _cellsOf[subject.WithPeriod(((ComparedFigure)figure).ComparisonPeriod)];
                Row(later, 100, earlier, -100 - low, 0, double.PositiveInfinity);
                Row(later, -100, earlier, 100 + high, 0, double.PositiveInfinity);
                Row(Array.Empty<int>(), 0, earlier, 1, 1, double.PositiveInfinity);
                break;
            }
            default:
                throw new NotSupportedException($"The independent attacker reads shares and changes only, not {figure.Kind}.");
        }
    }

    /// <summary>from ≤ a·Σ first + b·Σ second ≤ to.</summary>
    private void Row(int[] first, double a, int[] second, double b, double from, double to)
    {
        Constraint constraint = _solver.MakeConstraint(from, to);
        var coefficients = new Dictionary<int, double>();
        foreach (int cell in first)
        {
            coefficients[cell] = coefficients.GetValueOrDefault(cell) + a;
        }
        foreach (int cell in second)
        {
            coefficients[cell] = coefficients.GetValueOrDefault(cell) + b;
        }
        foreach ((int cell, double coefficient) in coefficients)
        {
            constraint.SetCoefficient(_cells[cell], coefficient);
        }
    }

    public void Dispose() => _solver.Dispose();
}
