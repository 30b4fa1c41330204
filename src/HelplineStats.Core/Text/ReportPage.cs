using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using HelplineStats.Core.Audit;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Text;

/// <summary>
/// A dataset and its audit worded as a figures page in one language: each helpline's facts, its counts, a table per
/// breakdown, a statement per published figure with what the counts say, the figures the counts do not confirm, and a
/// summary. The command line prints it; it holds every word of the report, the command line none.
/// </summary>
/// <remarks>Immutable and thread-safe. Ages are measured on a day given by the caller: nothing here reads the clock.</remarks>
public sealed class ReportPage
{
    private readonly string _text;
    private readonly string _markdown;

    private ReportPage(TextCulture culture, LocalDate asOf, IReadOnlyList<Statement> statements, IReadOnlyList<BreakdownTable> tables,
        IReadOnlyList<string> findings, string summary, IReadOnlyList<string> missing, string text, string markdown)
    {
        Culture = culture;
        AsOf = asOf;
        Statements = statements;
        Tables = tables;
        Findings = findings;
        Summary = summary;
        MissingTranslations = missing;
        _text = text;
        _markdown = markdown;
    }

    /// <summary>The language.</summary>
    public TextCulture Culture { get; }

    /// <summary>The day ages are measured on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One statement per published figure, in the audit's order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>One table per breakdown published exactly, report by report.</summary>
    public IReadOnlyList<BreakdownTable> Tables { get; }

    /// <summary>The audit's structural problems, worded.</summary>
    public IReadOnlyList<string> Findings { get; }

    /// <summary>The closing line: how many figures were checked, contradicted and not checkable.</summary>
    public string Summary { get; }

    /// <summary>
    /// The codes of metrics, channels, categories, taxonomies and descriptions that have no words in this language; the
    /// page shows them by their code in brackets and lists them at the end, rather than slipping in another language.
    /// </summary>
    public IReadOnlyList<string> MissingTranslations { get; }

    /// <summary>The page of <paramref name="dataset"/> and its audit.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="audit">The audit of <paramref name="dataset"/>.</param>
    /// <param name="culture">The language.</param>
    /// <param name="asOf">The day the helplines' ages are measured on.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportPage Of(Dataset dataset, AuditResult audit, TextCulture culture, LocalDate asOf) => Of(dataset, audit, culture, asOf, StatementOptions.None);

    /// <summary>The page of <paramref name="dataset"/> and its audit, its statements saying what <paramref name="options"/>
    /// asks for beyond the figures (confidence intervals, changes within chance).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="audit">The audit of <paramref name="dataset"/>.</param>
    /// <param name="culture">The language.</param>
    /// <param name="asOf">The day the helplines' ages are measured on.</param>
    /// <param name="options">What the statements say beyond the figures.</param>
    /// <returns>The page.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReportPage Of(Dataset dataset, AuditResult audit, TextCulture culture, LocalDate asOf, StatementOptions options)
    {
        Guard.NotNull(dataset, nameof(dataset));
        Guard.NotNull(audit, nameof(audit));
        Guard.NotNull(culture, nameof(culture));
        Guard.NotNull(options, nameof(options));
        var w = new Wording(culture, dataset.Helplines, audit) { Options = options };
        Phrasebook p = w.Phrases;
        IReadOnlyList<Statement> statements = audit.Verdicts.Select(v => Text.Statements.Of(v, w)).ToList().AsReadOnly();
        Dictionary<FigureReference, Statement> byFigure = statements.ToDictionary(s => s.Verdict.Reference);
        var tables = new List<BreakdownTable>();
        var text = new StringBuilder();
        var markdown = new StringBuilder();
        text.Append(p.Title).Append(" (").Append(w.F(p.AgesOn, w.Date(asOf))).Append(")\n");
        markdown.Append("# ").Append(p.Title).Append("\n\n").Append(Wording.Capitalise(w.F(p.AgesOn, w.Date(asOf)))).Append(".\n");
        foreach (Helpline helpline in dataset.Helplines)
        {
            string otherNames = helpline.OtherNames.Count == 0 ? "" : " (" + w.F(p.AlsoKnownAs, string.Join(", ", helpline.OtherNames)) + ")";
            text.Append('\n').Append(helpline.Name).Append(otherNames).Append("  [id: ").Append(helpline.Id.Value).Append("]\n");
            text.Append("  ").Append(w.Description(helpline)).Append('\n');
            IReadOnlyList<KeyValuePair<string, string>> pairs = Facts(helpline, asOf, w);
            string[] labels = pairs.Select(f => f.Key).ToArray();
            // "Gelanceerd:" padded to the longest label with its colon, which the culture writes ("Lancement :" in French).
            string[] leads = labels.Select(l => w.F(p.LabelValue, l, "").TrimEnd()).ToArray();
            int width = leads.Max(l => l.Length);
            string[] facts = pairs.Select(f => f.Value).ToArray();
            markdown.Append("\n## ").Append(helpline.Name).Append(otherNames).Append("\n\n").Append(w.Description(helpline)).Append("\n\n");
            for (int i = 0; i < labels.Length; i++)
            {
                text.Append("  ").Append(leads[i].PadRight(width + 1)).Append(facts[i]).Append('\n');
                markdown.Append("- ").Append(w.F(p.LabelValue, labels[i], facts[i])).Append('\n');
            }
            foreach (Report report in dataset.ForHelpline(helpline.Id))
            {
                string heading = w.F(p.FiguresFor, w.PeriodName(report.Period));
                text.Append("\n  ").Append(heading).Append('\n');
                markdown.Append("\n### ").Append(heading).Append('\n');
                Observation[] totals = report.Observations.Where(o => o.Key.Channel is null && o.Key.Category is null).ToArray();
                if (totals.Length > 0)
                {
                    // The exact counts first, then those shown within bounds.
                    string line = w.F(p.LabelValue, p.Counts, string.Join(p.ItemSeparator, totals.Select(o => o.Value is long value ? w.Number(value) + " " + w.Key(o.Key, report.Period, w.IsPlural(value)) : null).OfType<string>()
                        .Concat(totals.Where(o => !o.IsExact).Select(o => w.F(p.LabelValue, w.Key(o.Key, report.Period), DisclosureStatements.Shown(o.Bounds, culture))))));
                    text.Append("    ").Append(line).Append('\n');
                    markdown.Append('\n').Append(line).Append('\n');
                }
                // The tables whose counts are exact first, then those shown within bounds.
                foreach (Breakdown breakdown in report.Breakdowns.OrderBy(b => !b.IsExact))
                {
                    BreakdownTable table = BreakdownTable.Of(report, breakdown, w);
                    tables.Add(table);
                    text.Append('\n').Append(table.ToText(4));
                    markdown.Append('\n').Append(table.ToMarkdown());
                }
                List<FigureVerdict> verdicts = audit.For(helpline.Id, report.Period).ToList();
                if (verdicts.Count > 0)
                {
                    text.Append('\n');
                    markdown.Append('\n');
                }
                foreach (FigureVerdict verdict in verdicts)
                {
                    string sentence = byFigure[verdict.Reference].Text;
                    text.Append("    - ").Append(sentence).Append('\n');
                    markdown.Append("- ").Append(verdict.Kind == VerdictKind.Contradicted ? "**" + sentence + "**" : sentence).Append('\n');
                }
            }
        }
        List<FigureVerdict> contradicted = audit.Contradicted.ToList();
        List<string> findings = audit.Findings.Where(f => f.IsProblem).Select(f => Text.Statements.Finding(f, w)).ToList();
        text.Append('\n').Append(p.Disagreements).Append('\n');
        markdown.Append("\n## ").Append(p.Disagreements).Append("\n\n");
        if (contradicted.Count == 0 && findings.Count == 0)
        {
            text.Append("  ").Append(p.None).Append('\n');
            markdown.Append(p.None).Append('\n');
        }
        foreach (FigureVerdict verdict in contradicted)
        {
            string sentence = byFigure[verdict.Reference].Text;
            text.Append("  - [").Append(verdict.Reference.ToString()).Append("] ").Append(sentence).Append('\n');
            markdown.Append("- `").Append(verdict.Reference.ToString()).Append("`: ").Append(sentence).Append('\n');
        }
        foreach (string finding in findings)
        {
            text.Append("  - ").Append(finding).Append('\n');
            markdown.Append("- ").Append(finding).Append('\n');
        }
        string summary = Text.Statements.Summary(audit, w);
        text.Append('\n').Append(summary).Append('\n');
        markdown.Append('\n').Append(summary).Append('\n');
        IReadOnlyList<string> missing = w.Missing.ToList().AsReadOnly();
        if (missing.Count > 0)
        {
            string line = w.F(p.MissingTranslations, string.Join(", ", missing));
            text.Append(line).Append('\n');
            markdown.Append('\n').Append(line).Append('\n');
        }
        return new ReportPage(culture, asOf, statements, tables.AsReadOnly(), findings.AsReadOnly(), summary, missing, text.ToString(), markdown.ToString());
    }

    /// <summary>The page as plain text with aligned tables, lines ending in <c>\n</c>.</summary>
    /// <returns>The text.</returns>
    public string ToText() => _text;

    /// <summary>The page as markdown, lines ending in <c>\n</c>.</summary>
    /// <returns>The markdown.</returns>
    public string ToMarkdown() => _markdown;

    /// <summary>The page as plain text (<see cref="ToText"/>).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _text;

    /// <summary>A helpline's facts, label and value: launch date, age, channels, anonymity.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> Facts(Helpline helpline, LocalDate asOf, Wording w)
    {
        Phrasebook p = w.Phrases;
        return new KeyValuePair<string, string>[]
        {
            new(p.FactLaunched, helpline.LaunchDate is LocalDate launch ? w.Date(launch) : p.Unknown),
            new(p.FactAge, Age(helpline, asOf, w)),
            new(p.FactChannels, w.List(helpline.Channels.Select(c => c.SinceYear is int year ? w.F(p.ChannelSince, w.Channel(c.Channel), year) : w.Channel(c.Channel)).ToList())),
            new(p.FactAnonymity, Anonymity(helpline.Anonymity, p)),
        };
    }

    private static string Age(Helpline helpline, LocalDate asOf, Wording w)
    {
        Phrasebook p = w.Phrases;
        if (helpline.LaunchDate is not LocalDate launch)
        {
            return p.NoLaunchDate;
        }
        if (asOf < launch)
        {
            return p.NotLaunchedYet;
        }
        Period age = helpline.AgeOn(asOf)!;
        string Unit(int n, Plural unit) => w.Number(n) + " " + unit.For(n);
        return w.F(p.AgeWords, Unit(age.Years, p.Years), Unit(age.Months, p.MonthsUnit), Unit(age.Days, p.Days));
    }

    private static string Anonymity(AnonymityPolicy policy, Phrasebook p) => policy switch
    {
        AnonymityPolicy.AlwaysAnonymous => p.AlwaysAnonymous,
        AnonymityPolicy.CallerChooses => p.CallerChooses,
        AnonymityPolicy.NotAnonymous => p.NotAnonymous,
        AnonymityPolicy.Unknown => p.AnonymityUnknown,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "The anonymity policy has no words yet."),
    };
}
