using System;
using System.Collections.Generic;
using System.Linq;
using Google.OrTools.LinearSolver;
using HelplineStats.Core.Model;
using HelplineStats.Core.Kinds;

namespace HelplineStats.Cli.Tests;

/// <summary>
/// A reader of a published dataset who attacks its hidden counts with a linear program, written apart from the
/// library's reasoning: one variable per count (zero or more), each count shown exactly or within bounds as a bound,
/// each breakdown as its sum (a complete one an equation, an incomplete one "at least its parts", a multi-label one "each
/// part at most the total"), and each printed share, change, multiple, count or since-launch total without a qualifier as
/// the closed range of values that round to it, half away from zero (an apportioned share: down or up). Google's GLOP solves it; for a count, its least and
/// largest value. (It leaves out what it would need the library to read: qualifiers, averages per day, changes in
/// points, since-launch chains; so it is weaker than the library's own attacker, never stronger.)
/// </summary>
internal sealed class IndependentLinearAttack : IDisposable
{
    internal const double Tolerance = 1e-6;
    private readonly Solver _solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("OR-Tools has no GLOP solver here.");
    private readonly Dictionary<ObservationKey, Variable> _counts = new();

    internal IndependentLinearAttack(Dataset published)
    {
        foreach (Report report in published.Reports)
        {
            foreach (Observation observation in report.Observations)
            {
                Bound(observation.Key, observation.Bounds.Low, observation.Bounds.High is long high ? high : double.PositiveInfinity);
            }
            foreach ((ObservationKey total, IEnumerable<ObservationKey> parts, BreakdownCoverage coverage) in report.Breakdowns.Select(b => (b.Total.Key, b.Parts.Select(p => p.Key), b.Coverage)))
            {
                Sum(total, parts.ToList(), coverage);
            }
            foreach (PublishedFigure figure in report.Figures.Where(f => f.Qualifier == Qualifier.None && f.Value is not null))
            {
                Printed(figure);
            }
        }
    }

    /// <summary>The least and largest value of a count (the largest <c>null</c> when unbounded), or <c>null</c> when the
    /// dataset allows no counts at all.</summary>
    internal (double Least, double? Most)? Range(ObservationKey key)
    {
        Objective objective = _solver.Objective();
        objective.Clear();
        objective.SetCoefficient(Count(key), 1);
        objective.SetMinimization();
        Solver.ResultStatus status = Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            return status == Solver.ResultStatus.INFEASIBLE ? null : throw new InvalidOperationException($"GLOP ended with {status}.");
        }
        double least = objective.Value();
        objective.SetMaximization();
        // GLOP reports some unbounded programs as infeasible; this one is feasible (the least value exists).
        return (least, Solve() == Solver.ResultStatus.OPTIMAL ? objective.Value() : null);
    }

    /// <summary>Solves, from scratch again when GLOP stalls from the basis of the last objective (it can, in floating point).</summary>
    private Solver.ResultStatus Solve()
    {
        Solver.ResultStatus status = _solver.Solve();
        if (status is Solver.ResultStatus.ABNORMAL or Solver.ResultStatus.NOT_SOLVED)
        {
            _solver.Reset();
            status = _solver.Solve();
        }
        return status;
    }

    private Variable Count(ObservationKey key)
    {
        if (!_counts.TryGetValue(key, out Variable? variable))
        {
            _counts[key] = variable = _solver.MakeNumVar(0, double.PositiveInfinity, key.ToString());
        }
        return variable;
    }

    private void Bound(ObservationKey key, double low, double high)
    {
        Constraint row = _solver.MakeConstraint(low, high);
        row.SetCoefficient(Count(key), 1);
    }

    private void Sum(ObservationKey total, List<ObservationKey> parts, BreakdownCoverage coverage)
    {
        if (coverage == BreakdownCoverage.MultiLabel)
        {
            foreach (ObservationKey part in parts)
            {
                Row(new[] { (total, 1.0), (part, -1.0) }, 0, double.PositiveInfinity);
            }
            return;
        }
        Row(parts.Select(p => (p, -1.0)).Prepend((total, 1.0)), 0, coverage == BreakdownCoverage.Complete ? 0 : double.PositiveInfinity);
    }

    private void Printed(PublishedFigure figure)
    {
        // An apportioned share (one of a breakdown's percentages made to add up to 100) is its exact value rounded down
        // or up: within a whole step.
        double value = (double)figure.Value!.Value, half = (double)figure.Precision.Step / (figure is ShareFigure { IsApportioned: true } ? 1 : 2);
        (double low, double high) = (value - half, value + half);
        ObservationKey subject = figure.Subject!;
        switch (figure.Kind)
        {
            case FigureKind.Count:
            case FigureKind.CumulativeSinceLaunch:
                Row(new[] { (subject, 1.0) }, low, high);
                break;
            case FigureKind.AbsoluteChange:
                Row(new[] { (subject, 1.0), (subject.WithPeriod(((ComparedFigure)figure).ComparisonPeriod), -1.0) }, low, high);
                break;
            case FigureKind.Share when figure is ShareFigure { Basis: ShareBasis.Total }:
            case FigureKind.Multiple:
            case FigureKind.RelativeChange:
            {
                // value = scale · (numerator) / whole, whole ≥ 1: scale·numerator − low·whole ≥ 0 ≥ scale·numerator − high·whole.
                (ObservationKey whole, double scale, double offset) = figure.Kind switch
                {
                    FigureKind.Share => (((ShareFigure)figure).Whole, 100.0, 0.0),
                    FigureKind.Multiple => (subject.WithPeriod(((ComparedFigure)figure).ComparisonPeriod), 1.0, 0.0),
                    _ => (subject.WithPeriod(((ComparedFigure)figure).ComparisonPeriod), 100.0, -100.0), // 100·(later − earlier) / earlier
                };
                Row(new[] { (subject, scale), (whole, offset - low) }, 0, double.PositiveInfinity);
                Row(new[] { (subject, scale), (whole, offset - high) }, double.NegativeInfinity, 0);
                Row(new[] { (whole, 1.0) }, 1, double.PositiveInfinity);
                break;
            }
            default:
                // Not read (see the summary): a weaker attacker, never a wrong one.
                break;
        }
    }

    private void Row(IEnumerable<(ObservationKey Key, double Coefficient)> terms, double from, double to)
    {
        Constraint row = _solver.MakeConstraint(from, to);
        foreach (IGrouping<ObservationKey, (ObservationKey Key, double Coefficient)> term in terms.GroupBy(t => t.Key))
        {
            row.SetCoefficient(Count(term.Key), term.Sum(t => t.Coefficient));
        }
    }

    public void Dispose() => _solver.Dispose();
}
