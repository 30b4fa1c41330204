using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using HelplineStats.Core.Uncertainty;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// What one kind of figure means, in one place: its formula over counts, the figures a plan rule asks of a report, how
/// its value is composed from counts, what it checks on its own when it has no formula, and its fields in files. The
/// audit, the composer and the readers ask the kind through <see cref="FigureKinds"/>; none of them branches on it.
/// </summary>
internal abstract class FigureKindDefinition
{
    /// <summary>Whether a plan rule of this kind compares with earlier years (and so needs the years back).</summary>
    internal virtual bool ComparesWithEarlierYears => false;

    /// <summary>Whether a plan rule of this kind may apportion its figures so that they add up to 100.</summary>
    internal virtual bool CanApportion => false;

    /// <summary>Whether the composer may print the value rounded toward a qualifier the plan prefers ("more than 58%").</summary>
    internal virtual bool TakesPreferredQualifier => true;

    /// <summary>Whether a wrong value has an expected printing of the same kind (not so for one-in-N, whose N is chosen, not rounded).</summary>
    internal virtual bool HasExpectedPrinting => true;

    /// <summary>How the kind's value is written.</summary>
    internal virtual PrintedUnit Unit => PrintedUnit.Number;

    /// <summary>Whether what the counts give is shown as a whole number (a count, a difference, an age) rather than one decimal finer than printed.</summary>
    internal virtual bool ShownWhole => false;

    /// <summary>What the kind's figures are checked against.</summary>
    internal virtual CheckBasis Basis => CheckBasis.Counts;

    /// <summary>How the kind's printed value is read against its exact value and printed from it (the qualifier table's rows).</summary>
    internal virtual ValueReading Reading => ValueReading.Rounded;

    /// <summary>The figures of this kind in <paramref name="report"/> that are printed for every part of one of its exact
    /// breakdowns and must together make up its whole (the shares of a complete breakdown: 100%); none by default.</summary>
    internal virtual IEnumerable<PrintedParts> PartsOfBreakdowns(Report report) => System.Array.Empty<PrintedParts>();

    /// <summary>What the kind's figures are to a reader of a page.</summary>
    internal virtual FigureRole Role => FigureRole.Statement;

    /// <summary>How the counts behind a value are said beside it.</summary>
    internal virtual CountsInWords CountsInWords => CountsInWords.None;

    /// <summary>Whether the value needs the exact number of days of its period (an average per day, an age at its end),
    /// so that a period ending on an unknown day of its last month leaves it unchecked.</summary>
    internal virtual bool NeedsExactDays => false;

    /// <summary>Hands <paramref name="figure"/>, as its own type, to <paramref name="visitor"/>'s method for it.</summary>
    internal abstract T Accept<T>(PublishedFigure figure, IFigureVisitor<T> visitor);

    /// <summary>The slips only this kind can make, from the figure's input counts (in its formula's order); none by default.</summary>
    internal virtual IEnumerable<KindSlip> Slips(PublishedFigure figure, long[] counts, LocalDate? launch) => System.Array.Empty<KindSlip>();

    /// <summary>The part, the whole and the scale of a figure that is a part of a whole (a share in percent, a one-in-N as a fraction); <c>null</c> for any other.</summary>
    internal virtual PartOfWhole? PartOfWhole(PublishedFigure figure) => null;

    /// <summary>
    /// The exact values the printing of <paramref name="figure"/> allows, its rounding assumed to be
    /// <paramref name="assumed"/>: what <see cref="QualifierTable.AcceptedRange"/> says (an apportioned share: within one step).
    /// </summary>
    /// <exception cref="System.ArgumentException">The figure prints no value (a record claim).</exception>
    internal virtual ValueInterval Accepted(PublishedFigure figure, QualifierTable table, RoundingMode assumed) =>
        figure.Value is decimal printed
            ? table.AcceptedRange(Reading, printed, figure.Qualifier, RoundingPolicy.Of(assumed, figure.Precision))
            : throw new System.ArgumentException($"The figure '{figure.Id}' prints no value to accept.", nameof(figure));

    /// <summary>
    /// The confidence interval behind the figure, in its unit, from the counts of its inputs (docs/uncertainty.md), and
    /// whether it is the interval of a change; <c>null</c> for a kind that has none or counts that leave it undefined.
    /// </summary>
    internal virtual (ConfidenceInterval Interval, bool IsChange)? Uncertainty(PublishedFigure figure, long[] counts, double level) => null;

    /// <summary>The value that means "no change" for a change's interval: 0 in points or percent, 1 as a multiple.</summary>
    internal virtual double NoChange => 0;

    /// <summary>The figures <paramref name="rule"/> asks of its report, with their values still to be composed.</summary>
    internal abstract IEnumerable<PublishedFigure> Expand(RuleScope rule);

    /// <summary>The formula of <paramref name="figure"/>, or <c>null</c> for a kind that is not a function of counts (records, ages).</summary>
    internal abstract FigureFormula? Formula(PublishedFigure figure, LocalDate? launch);

    /// <summary>The value of <paramref name="template"/> composed from the counts, or why there is none.</summary>
    internal abstract Composed Compose(PublishedFigure template, Composing context);

    /// <summary>The verdict the kind reaches on its own, before (or instead of) its formula; <c>null</c> to judge by the formula.</summary>
    internal virtual T? Check<T>(PublishedFigure figure, Checking context, IVerdicts<T> verdicts) where T : class => null;

    /// <summary>The verdict on an exact value the kind judges otherwise than by the qualifier table (an apportioned share); <c>null</c> for the table's.</summary>
    internal virtual T? JudgeExact<T>(PublishedFigure figure, Rational exact, Report report, IVerdicts<T> verdicts) where T : class => null;

    /// <summary>A figure of this kind from the fields of a file.</summary>
    internal abstract PublishedFigure Read(FigureFields fields);

    /// <summary>The fields of <paramref name="figure"/> as files write them.</summary>
    internal abstract FigureFields Fields(PublishedFigure figure);
}

/// <summary>A kind whose figures are of type <typeparamref name="TFigure"/>: each step gets the figure as its own type, cast once here.</summary>
/// <typeparam name="TFigure">The figure type of the kind.</typeparam>
internal abstract class FigureKindDefinition<TFigure> : FigureKindDefinition
    where TFigure : PublishedFigure
{
    internal sealed override FigureFormula? Formula(PublishedFigure figure, LocalDate? launch) => Formula((TFigure)figure, launch);

    internal sealed override Composed Compose(PublishedFigure template, Composing context) => Compose((TFigure)template, context);

    internal sealed override T? Check<T>(PublishedFigure figure, Checking context, IVerdicts<T> verdicts) where T : class =>
        Check((TFigure)figure, context, verdicts);

    internal sealed override T? JudgeExact<T>(PublishedFigure figure, Rational exact, Report report, IVerdicts<T> verdicts) where T : class =>
        JudgeExact((TFigure)figure, exact, report, verdicts);

    internal sealed override FigureFields Fields(PublishedFigure figure) => Fields((TFigure)figure);

    internal sealed override T Accept<T>(PublishedFigure figure, IFigureVisitor<T> visitor) => Accept((TFigure)figure, visitor);

    internal sealed override IEnumerable<KindSlip> Slips(PublishedFigure figure, long[] counts, LocalDate? launch) => Slips((TFigure)figure, counts, launch);

    /// <inheritdoc cref="FigureKindDefinition.Slips(PublishedFigure, long[], LocalDate?)"/>
    private protected virtual IEnumerable<KindSlip> Slips(TFigure figure, long[] counts, LocalDate? launch) => System.Array.Empty<KindSlip>();

    /// <summary>Calls the visitor's method for <typeparamref name="TFigure"/>: one line in each kind, <c>visitor.Visit(figure)</c>.</summary>
    private protected abstract T Accept<T>(TFigure figure, IFigureVisitor<T> visitor);

    internal sealed override PartOfWhole? PartOfWhole(PublishedFigure figure) => PartOfWhole((TFigure)figure);

    internal sealed override ValueInterval Accepted(PublishedFigure figure, QualifierTable table, RoundingMode assumed) => Accepted((TFigure)figure, table, assumed);

    internal sealed override (ConfidenceInterval Interval, bool IsChange)? Uncertainty(PublishedFigure figure, long[] counts, double level) =>
        Uncertainty((TFigure)figure, counts, level);

    /// <summary>An interval of a fraction as one in percent.</summary>
    private protected static ConfidenceInterval Percent(ConfidenceInterval fraction) => new(fraction.Low * 100, fraction.High * 100, fraction.Level);

    /// <inheritdoc cref="FigureKindDefinition.Uncertainty(PublishedFigure, long[], double)"/>
    private protected virtual (ConfidenceInterval Interval, bool IsChange)? Uncertainty(TFigure figure, long[] counts, double level) => null;

    /// <inheritdoc cref="FigureKindDefinition.PartOfWhole(PublishedFigure)"/>
    private protected virtual PartOfWhole? PartOfWhole(TFigure figure) => null;

    /// <inheritdoc cref="FigureKindDefinition.Accepted(PublishedFigure, QualifierTable, RoundingMode)"/>
    private protected virtual ValueInterval Accepted(TFigure figure, QualifierTable table, RoundingMode assumed) => base.Accepted(figure, table, assumed);

    /// <inheritdoc cref="FigureKindDefinition.Formula(PublishedFigure, LocalDate?)"/>
    private protected abstract FigureFormula? Formula(TFigure figure, LocalDate? launch);

    /// <summary>
    /// The value composed by the formula: every count known, the value defined, then printed by <see cref="Phrase"/>.
    /// Kinds without a formula, or with counts of their own to find, override it.
    /// </summary>
    private protected virtual Composed Compose(TFigure template, Composing context) =>
        context.ByFormula(template, Formula(template, context.Launch), exact => Phrase(template, exact, context));

    /// <summary>The printed value and qualifier of an exact value: the qualifier table's, or toward the word the plan prefers.</summary>
    private protected virtual Composed Phrase(TFigure template, Rational exact, Composing context) =>
        context.Phrase(template, exact, Reading, TakesPreferredQualifier);

    /// <inheritdoc cref="FigureKindDefinition.Check{T}(PublishedFigure, Checking, IVerdicts{T})"/>
    private protected virtual T? Check<T>(TFigure figure, Checking context, IVerdicts<T> verdicts) where T : class => null;

    /// <inheritdoc cref="FigureKindDefinition.JudgeExact{T}(PublishedFigure, Rational, Report, IVerdicts{T})"/>
    private protected virtual T? JudgeExact<T>(TFigure figure, Rational exact, Report report, IVerdicts<T> verdicts) where T : class => null;

    /// <inheritdoc cref="FigureKindDefinition.Fields(PublishedFigure)"/>
    private protected abstract FigureFields Fields(TFigure figure);
}
