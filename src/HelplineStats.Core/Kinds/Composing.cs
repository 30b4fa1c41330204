using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// What composing the figures of one report may use: the counts of the whole dataset, the report, the composer's
/// qualifier table and rounding, and where counts derived along the way (a since-launch total added up from its years)
/// are kept so that the audit can check them.
/// </summary>
internal sealed class Composing
{
    internal Composing(CountsForComposing counts, Report report, QualifierTable table, RoundingMode rounding, bool fromRule, List<Observation> derived)
    {
        Counts = counts;
        Report = report;
        Table = table;
        Rounding = rounding;
        FromRule = fromRule;
        Derived = derived;
    }

    /// <summary>The counts of the whole dataset, with the series they make.</summary>
    internal CountsForComposing Counts { get; }

    /// <summary>The report the figure goes in.</summary>
    internal Report Report { get; }

    /// <summary>The helpline of the report.</summary>
    internal Helpline Helpline => Report.Helpline;

    /// <summary>The helpline's launch date, when known.</summary>
    internal LocalDate? Launch => Report.Helpline.LaunchDate;

    /// <summary>The qualifier table that picks the words.</summary>
    internal QualifierTable Table { get; }

    /// <summary>How values are rounded.</summary>
    internal RoundingMode Rounding { get; }

    /// <summary>Whether the figure comes from a plan rule (rather than named in the plan): a claim a rule finds false is then dropped, not skipped.</summary>
    internal bool FromRule { get; }

    /// <summary>Counts derived while composing, added to the report.</summary>
    internal List<Observation> Derived { get; }

    /// <summary>The figure's value from its formula: every count known and the value defined, or the reason it is not.</summary>
    internal Composed ByFormula(PublishedFigure template, FigureFormula? formula, Func<Rational, Composed> phrase)
    {
        if (formula is null)
        {
            throw new InvalidOperationException($"The figure kind {template.Kind} has neither a formula nor a composition of its own.");
        }
        (long[] values, List<ObservationKey> missing) = formula.Gather(Counts.Known);
        if (missing.Count > 0)
        {
            return new Composed.Skipped(SkipReason.CountMissing, missing);
        }
        if (formula.Evaluate(values) is not Rational exact)
        {
            return new Composed.Skipped(SkipReason.Undefined, formula.Inputs.ToArray());
        }
        return phrase(exact);
    }

    /// <summary>The rounding of <paramref name="template"/>'s precision.</summary>
    internal RoundingPolicy Policy(PublishedFigure template) => RoundingPolicy.Of(Rounding, template.Precision);

    /// <summary>
    /// The printed value and word: the table's phrasing, or, when the plan prefers a word ("more than 58%") and the value
    /// is not exact at the precision, the value rounded toward that word's side with it, as long as the table accepts it.
    /// </summary>
    internal Composed Phrase(PublishedFigure template, Rational exact, ValueReading reading, bool takesPreferred)
    {
        RoundingPolicy policy = Policy(template);
        QualifiedValue standard = Table.Phrase(reading, exact, policy);
        Qualifier preferred = template.Qualifier;
        if (preferred == Qualifier.None || !takesPreferred)
        {
            return Printed(template, standard.Value, standard.Qualifier);
        }
        RoundingMode toward = preferred switch
        {
            Qualifier.MoreThan => RoundingMode.TowardNegativeInfinity,
            Qualifier.LessThan or Qualifier.Almost => RoundingMode.TowardPositiveInfinity,
            Qualifier.About => policy.Mode,
            _ => throw new ArgumentOutOfRangeException(nameof(template), preferred, "Not a defined qualifier."),
        };
        decimal printed = RoundingPolicy.Of(toward, policy.Precision).Round(exact);
        return Rational.FromDecimal(printed) != exact && Table.Accepts(reading, exact, printed, preferred, policy)
            ? Printed(template, printed, preferred)
            : Printed(template, standard.Value, standard.Qualifier);
    }

    /// <summary>The template printed with <paramref name="value"/> and <paramref name="qualifier"/>.</summary>
    internal static Composed Printed(PublishedFigure template, decimal value, Qualifier qualifier) =>
        new Composed.Figure(template.WithValue(value, qualifier));
}
