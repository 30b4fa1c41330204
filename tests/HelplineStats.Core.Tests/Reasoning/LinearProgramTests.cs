using System;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.OrTools.LinearSolver;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Reasoning;

namespace HelplineStats.Core.Tests.Reasoning;

/// <summary>The exact simplex: programs worked by hand, and random small programs against Google's GLOP.</summary>
public sealed class LinearProgramTests
{
    private static (int, BigInteger)[] Terms(params long[] coefficients) =>
        coefficients.Select((c, i) => (i, (BigInteger)c)).Where(t => !t.Item2.IsZero).ToArray();

    [Fact]
    public void Solve_ATriangle_GivesEachVariablesExactRange()
    {
        // x + y ≤ 4, y ≤ x + 1, 2x + 3y ≥ 3 and x, y ≥ 0: the corners (0, 1), (3/2, 5/2), (4, 0) and (3/2, 0), so x
        // ranges over [0, 4] and y over [0, 5/2].
        var program = new LinearProgram(2);
        program.Add(Terms(1, 1), Relation.AtMost, 4);
        program.Add(Terms(1, -1), Relation.AtLeast, -1);
        program.Add(Terms(2, 3), Relation.AtLeast, 3);

        LinearProgram.Solution solution = program.Solve()!;

        Assert.Equal(Rational.Zero, solution.Minimum(0));
        Assert.Equal(Rational.Of(4), solution.Maximum(0));
        Assert.Equal(Rational.Zero, solution.Minimum(1));
        Assert.Equal(Rational.Of(5, 2), solution.Maximum(1));
    }

    [Fact]
    public void Solve_AnEquationAndAnUnboundedDirection_GivesNoMaximum()
    {
        // x − y = 2: x at least 2, unbounded above; y at least 0.
        var program = new LinearProgram(2);
        program.Add(Terms(1, -1), Relation.Equal, 2);

        LinearProgram.Solution solution = program.Solve()!;

        Assert.Equal(Rational.Of(2), solution.Minimum(0));
        Assert.Null(solution.Maximum(0));
        Assert.Null(solution.Maximum(1));
    }

    [Fact]
    public void Solve_RowsThatCannotAllHold_IsInfeasible()
    {
        // x + y ≥ 5 with x ≤ 2 and y ≤ 2.
        var program = new LinearProgram(2);
        program.Add(Terms(1, 1), Relation.AtLeast, 5);
        program.Add(Terms(1, 0), Relation.AtMost, 2);
        program.Add(Terms(0, 1), Relation.AtMost, 2);

        Assert.Null(program.Solve());
    }

    [Fact]
    public void Solve_ARepeatedEquation_IsDroppedAsRedundant()
    {
        // x + y = 3 twice (the second an artificial that cannot leave the basis), 2x + 2y = 6, y ≤ 1: x from 2 to 3.
        var program = new LinearProgram(2);
        program.Add(Terms(1, 1), Relation.Equal, 3);
        program.Add(Terms(1, 1), Relation.Equal, 3);
        program.Add(Terms(2, 2), Relation.Equal, 6);
        program.Add(Terms(0, 1), Relation.AtMost, 1);

        LinearProgram.Solution solution = program.Solve()!;

        Assert.Equal(Rational.Of(2), solution.Minimum(0));
        Assert.Equal(Rational.Of(3), solution.Maximum(0));
    }

    [Fact]
    public void Solve_ADegenerateCorner_EndsWithBlandsRule()
    {
        // Beale's cycling example as a feasibility region (it cycles under the largest-coefficient rule).
        var program = new LinearProgram(4);
        program.Add(new (int, BigInteger)[] { (0, 1), (1, -32), (2, -4), (3, 36) }, Relation.AtMost, 0);
        program.Add(new (int, BigInteger)[] { (0, 1), (1, -24), (2, -1), (3, 6) }, Relation.AtMost, 0);
        program.Add(new (int, BigInteger)[] { (2, 1) }, Relation.AtMost, 1);

        LinearProgram.Solution solution = program.Solve()!;

        Assert.Equal(Rational.One, solution.Maximum(2));
        Assert.Equal(Rational.Zero, solution.Minimum(3));
    }

    [Fact]
    public void Solve_CoefficientsPastLong_StayExact()
    {
        // x = 2^70 + 1 and y = x / 3 + 1/3 exactly: 3y − x = 1.
        BigInteger big = BigInteger.Pow(2, 70) + 1;
        var program = new LinearProgram(2);
        program.Add(Terms(1, 0), Relation.Equal, big);
        program.Add(new (int, BigInteger)[] { (0, -1), (1, 3) }, Relation.Equal, 1);

        LinearProgram.Solution solution = program.Solve()!;

        Assert.Equal(Rational.Of(big + 1, 3), solution.Maximum(1));
        Assert.Equal(Rational.Of(big + 1, 3), solution.Minimum(1));
    }

    private sealed record Program(int Variables, (long[] Coefficients, Relation Relation, long Right)[] Rows);

    private static readonly Gen<Program> Programs =
        from variables in Gen.Choose(1, 4)
        from rows in (from coefficients in Gen.Choose(-3, 3).Select(c => (long)c).ArrayOf(variables)
                      from relation in Gen.Elements(Relation.AtMost, Relation.Equal, Relation.AtLeast)
                      from right in Gen.Choose(-6, 12).Select(r => (long)r)
                      select (coefficients, relation, right)).ArrayOf().Where(r => r.Length <= 5)
        select new Program(variables, rows);

    /// <summary>Feasibility, and each variable's least and largest value, as GLOP finds them (within its floating-point
    /// tolerance, far below the 1/10⁴ that separates distinct values of programs this small). Every variable is at least
    /// zero, so its least value exists whenever the program is feasible; the first solve decides feasibility.</summary>
    [Property(MaxTest = 300)]
    public Property Solve_AgreesWithGlop() =>
        Prop.ForAll(Programs.ToArbitrary(), p =>
        {
            var program = new LinearProgram(p.Variables);
            using Solver glop = Solver.CreateSolver("GLOP");
            Variable[] x = glop.MakeNumVarArray(p.Variables, 0.0, double.PositiveInfinity);
            foreach ((long[] coefficients, Relation relation, long right) in p.Rows)
            {
                program.Add(Terms(coefficients), relation, right);
                Constraint row = relation switch
                {
                    Relation.AtMost => glop.MakeConstraint(double.NegativeInfinity, right),
                    Relation.Equal => glop.MakeConstraint(right, right),
                    _ => glop.MakeConstraint(right, double.PositiveInfinity),
                };
                for (int v = 0; v < p.Variables; v++)
                {
                    row.SetCoefficient(x[v], coefficients[v]);
                }
            }
            LinearProgram.Solution? solution = program.Solve();
            Objective objective = glop.Objective();
            bool agree = true;
            var seen = new System.Collections.Generic.List<string>();
            for (int v = 0; v < p.Variables && agree; v++)
            {
                foreach (bool maximise in new[] { false, true })
                {
                    objective.Clear();
                    objective.SetCoefficient(x[v], 1);
                    objective.SetOptimizationDirection(maximise);
                    Solver.ResultStatus status = glop.Solve();
                    if (status is Solver.ResultStatus.ABNORMAL or Solver.ResultStatus.NOT_SOLVED)
                    {
                        glop.Reset(); // GLOP can stall from the last objective's basis; from scratch it does not
                        status = glop.Solve();
                    }
                    seen.Add($"{status} {(status == Solver.ResultStatus.OPTIMAL ? objective.Value() : double.NaN)}");
                    if (solution is null)
                    {
                        agree &= status == Solver.ResultStatus.INFEASIBLE;
                        break;
                    }
                    Rational? exact = maximise ? solution.Maximum(v) : solution.Minimum(v);
                    agree &= exact is Rational value
                        ? status == Solver.ResultStatus.OPTIMAL && Math.Abs(objective.Value() - value.ToDouble()) < 1e-6
                        : status is Solver.ResultStatus.UNBOUNDED or Solver.ResultStatus.INFEASIBLE; // GLOP reports some unbounded programs as infeasible: the least value showed this one feasible
                }
            }
            return agree.Label($"glop: {string.Join(", ", seen)}; rows: {string.Join("; ", p.Rows.Select(r => $"{string.Join(" ", r.Coefficients)} {r.Relation} {r.Right}"))}; exact: {(solution is null ? "infeasible" : string.Join(", ", Enumerable.Range(0, p.Variables).Select(v => $"{solution.Minimum(v)}..{solution.Maximum(v)}")))}");
        });
}
