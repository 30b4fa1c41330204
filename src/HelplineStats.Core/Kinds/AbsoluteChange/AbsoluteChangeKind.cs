using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>An absolute change: later − earlier; a plan asks one of every total against each year back.</summary>
internal sealed class AbsoluteChangeKind : ComparedKind<AbsoluteChangeFigure>
{
    private AbsoluteChangeKind()
    {
    }

    internal static AbsoluteChangeKind Instance { get; } = new();

    internal override bool ComparesWithEarlierYears => true;

    internal override PrintedUnit Unit => PrintedUnit.Signed;

    internal override bool ShownWhole => true;

    internal override FigureRole Role => FigureRole.Difference;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        AgainstEveryYearBack(rule, (k, c) => AbsoluteChangeFigure.Of(RuleScope.Id(k, "diff-" + RuleScope.Name(c)), k, c, 0m, Qualifier.None, rule.Precision));

    private protected override FigureFormula Formula(AbsoluteChangeFigure figure, LocalDate? launch) =>
        new(Inputs(figure), new[] { 1, -1 }, c => FigureMath.AbsoluteChange(c[1], c[0]), true)
        {
            Linear = new[] { 1, -1 },
            Fraction = LinearFraction.Whole(new[] { 1, -1 }),
        };

    private protected override AbsoluteChangeFigure Make(string id, ObservationKey subject, ReportingPeriod comparison, decimal value, Qualifier qualifier, Precision? precision) =>
        AbsoluteChangeFigure.Of(id, subject, comparison, value, qualifier, precision);

    internal override CountsInWords CountsInWords => CountsInWords.FromTo;

    private protected override T Accept<T>(AbsoluteChangeFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
