using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Uncertainty;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>A share: part over whole (or over the known part), in percent; a plan asks one of every part of the report's breakdowns.</summary>
internal sealed class ShareKind : FigureKindDefinition<ShareFigure>
{
    private ShareKind()
    {
    }

    internal static ShareKind Instance { get; } = new();

    internal override bool CanApportion => true;

    internal override FigureRole Role => FigureRole.Share;

    internal override PrintedUnit Unit => PrintedUnit.Percent;

    internal override IEnumerable<PublishedFigure> Expand(RuleScope rule) =>
        rule.Breakdowns.SelectMany(b => RuleScope.Parts(b).Select(part => rule.Apportion && b.IsComplete
            ? ShareFigure.Apportioned(RuleScope.Id(part, "share"), part, b.Total.Key, RuleScope.Basis(b), 0m, rule.Precision)
            : ShareFigure.Of(RuleScope.Id(part, "share"), part, b.Total.Key, RuleScope.Basis(b), 0m, Qualifier.None, rule.Precision)));

    private protected override FigureFormula Formula(ShareFigure figure, LocalDate? launch) => PartOfWhole(figure.Subject, figure.Whole, figure.Basis, Rational.Of(100));

    /// <summary>
    /// The formula of a part over its whole, or over the known part of it (the whole less its unknown bucket), times
    /// <paramref name="scale"/>: 100 for a share in percent, 1 for a one-in-N.
    /// </summary>
    internal static FigureFormula PartOfWhole(ObservationKey subject, ObservationKey whole, ShareBasis basis, Rational scale)
    {
        if (basis == ShareBasis.Known && FigureFormula.UnknownBucket(subject, whole) is ObservationKey unknown)
        {
            return new FigureFormula(new[] { subject, whole, unknown }, new[] { 1, -1, 1 }, c => FigureMath.ShareOfKnown(c[0], c[1], c[2]) * scale, true)
            {
                Fraction = new LinearFraction(new[] { 1, 0, 0 }, new[] { 0, 1, -1 }, 0, scale, LinearFraction.Defined.WhenPartOfPositiveWhole),
            };
        }
        return new FigureFormula(new[] { subject, whole }, new[] { 1, -1 }, c => FigureMath.Share(c[0], c[1]) * scale, true)
        {
            Fraction = new LinearFraction(new[] { 1, 0 }, new[] { 0, 1 }, 0, scale, LinearFraction.Defined.WhenPartOfPositiveWhole),
        };
    }

    private protected override PartOfWhole PartOfWhole(ShareFigure figure) => new(figure.Subject, figure.Whole, Rational.Of(100));

    /// <summary>An apportioned share allows the exact share within one step; any other what the table says.</summary>
    private protected override ValueInterval Accepted(ShareFigure figure, QualifierTable table, RoundingMode assumed) =>
        figure.IsApportioned ? QualifierTable.ApportionedRange(figure.Percent, figure.Precision) : base.Accepted(figure, table, assumed);

    private protected override Composed Phrase(ShareFigure template, Rational exact, Composing context)
    {
        if (!template.IsApportioned)
        {
            return base.Phrase(template, exact, context);
        }
        return ApportionedShares.Value(context.Report, template) is decimal apportioned
            ? Composing.Printed(template, apportioned, Qualifier.None)
            : new Composed.Skipped(SkipReason.BreakdownMissing, new[] { template.Whole });
    }

    /// <summary>
    /// An apportioned share: when the report holds its whole breakdown, the printed value must be the breakdown's
    /// largest-remainder percentage at the figure's precision (34/33/33 for thirds, not 33/33/33); otherwise it must be
    /// the exact share rounded down or up.
    /// </summary>
    private protected override T? JudgeExact<T>(ShareFigure figure, Rational exact, Report report, IVerdicts<T> verdicts) where T : class
    {
        if (!figure.IsApportioned)
        {
            return null;
        }
        decimal printed = figure.Percent;
        if (ApportionedShares.Value(report, figure) is decimal value)
        {
            return value == printed
                ? verdicts.Confirmed(exact)
                : verdicts.Contradicted(exact, new QualifiedValue(value, Qualifier.None, figure.Precision), VerdictReason.CountsDoNotAllow);
        }
        return QualifierTable.ApportionedRange(printed, figure.Precision).Contains(exact)
            ? verdicts.Confirmed(exact)
            : verdicts.Contradicted(exact, null, VerdictReason.NotRoundedEitherWay);
    }

    /// <summary>The Wilson interval of the share, in percent.</summary>
    private protected override (ConfidenceInterval Interval, bool IsChange)? Uncertainty(ShareFigure figure, long[] c, double level)
    {
        bool known = figure.Basis == ShareBasis.Known;
        if (c.Length != (known ? 3 : 2))
        {
            return null;
        }
        long whole = known ? c[1] - c[2] : c[1];
        return whole > 0 && c[0] <= whole ? (Percent(Intervals.Wilson(c[0], whole, level)), false) : null;
    }

    /// <summary>The unqualified shares of the total printed for every part of an exact breakdown: they add up to 100 when it is complete.</summary>
    internal override IEnumerable<PrintedParts> PartsOfBreakdowns(Report report)
    {
        foreach (Breakdown breakdown in report.Breakdowns.Where(b => b.IsExact))
        {
            IReadOnlyList<ShareFigure> shares = OfTotal(report, breakdown.Total.Key);
            if (shares.Count > 0 && shares.Count == breakdown.Parts.Count && breakdown.Parts.All(p => shares.Any(f => f.Subject.Equals(p.Key))))
            {
                yield return new PrintedParts(breakdown, shares, shares.Sum(f => f.Percent), shares.Sum(f => f.Precision.Step) / 2m, 100m);
            }
        }
    }

    /// <summary>The shares of the total (unqualified) printed in <paramref name="report"/> of the parts of <paramref name="whole"/>: the ones held to add up to 100.</summary>
    private static IReadOnlyList<ShareFigure> OfTotal(Report report, ObservationKey whole) =>
        report.Figures.OfType<ShareFigure>().Where(f => f.Basis == ShareBasis.Total && f.Qualifier == Qualifier.None && f.Whole.Equals(whole)).ToList();

    internal override PublishedFigure Read(FigureFields fields)
    {
        if (fields.Apportioned && fields.Qualifier != Qualifier.None)
        {
            fields.RefuseApportioned();
        }
        ObservationKey subject = fields.RequiredSubject();
        ObservationKey whole = fields.RequiredWhole();
        if (fields.Apportioned)
        {
            return ShareFigure.Apportioned(fields.Id, subject, whole, fields.Basis, fields.RequiredValue(), fields.Precision);
        }
        return subject.Metric.Equals(whole.Metric)
            ? ShareFigure.Of(fields.Id, subject, whole, fields.Basis, fields.RequiredValue(), fields.Qualifier, fields.Precision)
            : ShareFigure.OfSubset(fields.Id, subject, whole, fields.Basis, fields.RequiredValue(), fields.Qualifier, fields.Precision);
    }

    private protected override FigureFields Fields(ShareFigure figure) =>
        FigureFields.Of(figure) with { Whole = figure.Whole, Basis = figure.Basis, Apportioned = figure.IsApportioned };

    internal override CountsInWords CountsInWords => CountsInWords.PartOfWhole;

    private protected override T Accept<T>(ShareFigure figure, IFigureVisitor<T> visitor) => visitor.Visit(figure);
}
