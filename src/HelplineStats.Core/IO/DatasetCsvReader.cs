using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// Reads the tidy CSV that <see cref="DatasetCsvWriter"/> writes back into a <see cref="Dataset"/>. Helplines and
/// taxonomies are looked up by id among those given and the ready-made ones. Every fault is a
/// <see cref="DataFormatException"/> naming the source, the line and the column; nothing of a faulty file is returned.
/// </summary>
public static class DatasetCsvReader
{
    /// <summary>Reads a dataset, resolving helplines and taxonomies among the ready-made ones.</summary>
    /// <param name="input">The CSV text.</param>
    /// <param name="source">The name to report in errors, such as the file name.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The text is not a valid dataset CSV.</exception>
    public static Dataset Read(TextReader input, string source) => Read(input, source, Array.Empty<Helpline>(), Array.Empty<Taxonomy>());

    /// <summary>Reads a dataset, resolving helplines and taxonomies among those given, then the ready-made ones.</summary>
    /// <param name="input">The CSV text.</param>
    /// <param name="source">The name to report in errors.</param>
    /// <param name="helplines">Helplines the file may refer to.</param>
    /// <param name="taxonomies">Taxonomies the file may refer to.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The text is not a valid dataset CSV.</exception>
    public static Dataset Read(TextReader input, string source, IEnumerable<Helpline> helplines, IEnumerable<Taxonomy> taxonomies)
    {
        Guard.NotNull(input, nameof(input));
        Guard.NotNull(source, nameof(source));
        var reading = new Reading(source, Guard.NoNullItems(helplines, nameof(helplines)), Guard.NoNullItems(taxonomies, nameof(taxonomies)));
        return reading.Dataset(Parse(input, source));
    }

    /// <summary>Reads a dataset from a CSV string.</summary>
    /// <param name="csv">The CSV text.</param>
    /// <param name="source">The name to report in errors.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The text is not a valid dataset CSV.</exception>
    public static Dataset FromCsv(string csv, string source)
    {
        Guard.NotNull(csv, nameof(csv));
        return Read(new StringReader(csv), source);
    }

    /// <summary>
    /// The longest line a dataset CSV may have, 1,048,576 characters: a longer one, such as a file with no line ends at
    /// all, is refused with its line number instead of being held in memory.
    /// </summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes and line breaks), with the line each row starts on.</summary>
    private static List<(long Line, List<string> Fields)> Parse(TextReader input, string source)
    {
        var rows = new List<(long, List<string>)>();
        var field = new StringBuilder();
        var fields = new List<string>();
        long line = 1;
        long rowLine = 1;
        bool quoted = false;
        bool any = false;
        int lineLength = 0;
        int c;
        while ((c = input.Read()) >= 0)
        {
            char ch = (char)c;
            if (ch == '\n')
            {
                lineLength = 0;
            }
            else if (++lineLength > MaxLineLength)
            {
                throw new DataFormatException(source, $"line {line}", string.Create(CultureInfo.InvariantCulture,
                    $"the line is longer than {MaxLineLength} characters, the most a dataset CSV line may have"), line);
            }
            if (quoted)
            {
                if (ch == '"')
                {
                    if (input.Peek() == '"')
                    {
                        input.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        rows.Add((rowLine, fields));
                    }
                    fields = new List<string>();
                    field.Clear();
                    any = false;
                    line++;
                    rowLine = line;
                    break;
                default:
                    field.Append(ch);
                    any = true;
                    break;
            }
        }
        if (quoted)
        {
            throw new DataFormatException(source, "end of file", "a quoted field is not closed", rowLine);
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            rows.Add((rowLine, fields));
        }
        return rows;
    }

    /// <summary>One read of one file.</summary>
    private sealed class Reading
    {
        private readonly string _source;
        private readonly List<Helpline> _helplines = new();
        private readonly List<Taxonomy> _taxonomies = new();
        private readonly IReadOnlyList<Helpline> _givenHelplines;
        private readonly IReadOnlyList<Taxonomy> _givenTaxonomies;
        private Dictionary<string, int> _columns = new(StringComparer.Ordinal);

        internal Reading(string source, IReadOnlyList<Helpline> helplines, IReadOnlyList<Taxonomy> taxonomies)
        {
            _source = source;
            _givenHelplines = helplines;
            _givenTaxonomies = taxonomies;
        }

        /// <summary>Reads the definition rows first, so that rows anywhere in the file can refer to what they define.</summary>
        private void Definitions(IEnumerable<(long Line, List<string> Fields)> rows, int fieldCount)
        {
            foreach ((long line, List<string> fields) in rows)
            {
                if (fields.Count != fieldCount)
                {
                    continue; // the main pass says so, in file order
                }
                var row = new Row(line, fields, this);
                switch (row["record"])
                {
                    case "taxonomy":
                        Taxonomy taxonomy = row.Defined("a taxonomy definition row", (reading, element, path) => reading.TaxonomyAt(element, path));
                        row.RequireOnly(DatasetCsvWriter.Defines("taxonomy", null, "-"), "a taxonomy definition row");
                        if (_taxonomies.Any(t => t.Id.Equals(taxonomy.Id)))
                        {
                            throw row.Fault(CsvColumns.Definition, $"the taxonomy '{taxonomy.Id}' is defined twice");
                        }
                        _taxonomies.Add(taxonomy);
                        break;
                    case "helpline":
                        Helpline helpline = row.Defined("a helpline definition row", (reading, element, path) => reading.HelplineAt(element, path));
                        row.RequireOnly(DatasetCsvWriter.Defines("helpline", helpline.Id, "-"), "a helpline definition row");
                        if (row["helpline"] != helpline.Id.Value)
                        {
                            throw row.Fault("helpline", $"the row is of {Quoted.Of(row["helpline"])}, its definition of '{helpline.Id}'");
                        }
                        if (_helplines.Any(h => h.Id.Equals(helpline.Id)))
                        {
                            throw row.Fault(CsvColumns.Definition, $"the helpline '{helpline.Id}' is defined twice");
                        }
                        _helplines.Add(helpline);
                        break;
                }
            }
            _helplines.AddRange(_givenHelplines);
            _taxonomies.AddRange(_givenTaxonomies);
        }

        internal Dataset Dataset(List<(long Line, List<string> Fields)> rows)
        {
            if (rows.Count == 0)
            {
                throw new DataFormatException(_source, "line 1", "the file is empty; expected a header row");
            }
            (long headerLine, List<string> header) = rows[0];
            FileKinds.Require(FileKinds.OfCsvHeader(header), FileKind.DatasetCsv, _source);
            _columns = header.Select((name, i) => (name, i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            foreach (string column in CsvColumns.All.Except(CsvColumns.Optional).Where(column => !_columns.ContainsKey(column)))
            {
                throw new DataFormatException(_source, "header", $"the column \"{column}\" is missing", headerLine);
            }
            Definitions(rows.Skip(1), header.Count);
            var reports = new Dictionary<(HelplineId, ReportingPeriod), ReportRows>();
            foreach ((long line, List<string> fields) in rows.Skip(1))
            {
                if (fields.Count != header.Count)
                {
                    throw new DataFormatException(_source, $"line {line}", $"the row has {fields.Count} fields, the header {header.Count}", line);
                }
                var row = new Row(line, fields, this);
                if (row["record"] is "taxonomy" or "helpline")
                {
                    continue;
                }
                HelplineId helplineId = row.Build("helpline", () => HelplineId.Of(row["helpline"]));
                ReportingPeriod reportPeriod = row.Period("report");
                if (!reports.TryGetValue((helplineId, reportPeriod), out ReportRows? report))
                {
                    Helpline helpline = _helplines.FirstOrDefault(h => h.Id.Equals(helplineId)) ?? Helplines.Find(helplineId)
                        ?? throw row.Fault("helpline", $"the helpline '{helplineId}' is neither defined in the file, nor given, nor built in");
                    report = new ReportRows(helpline, reportPeriod, line);
                    reports.Add((helplineId, reportPeriod), report);
                }
                switch (row["record"])
                {
                    case "report":
                        row.RequireOnly(DatasetCsvWriter.Start("report", helplineId, reportPeriod), "a report row");
                        break;
                    case "count":
                        report.Add(row, this);
                        break;
                    case "figure":
                        PublishedFigure figure = FigureAt(row, helplineId);
                        row.RequireOnly(DatasetCsvWriter.Figure(helplineId, reportPeriod, figure), $"{Article.A(KebabCase.Of(figure.Kind))} figure row");
                        report.AddFigure(row, figure);
                        break;
                    default:
                        throw row.Fault("record", $"expected \"report\", \"count\", \"figure\", \"helpline\" or \"taxonomy\", found {Quoted.Of(row["record"])}");
                }
            }
            var built = reports.Values.Select(r => r.Build(_source)).ToList();
            try
            {
                return Model.Dataset.Of(built);
            }
            catch (ArgumentException e)
            {
                throw new DataFormatException(_source, "reports", e.Message, inner: e);
            }
        }

        internal string Source => _source;

        /// <summary>The position of a column, or -1 for an optional column the file lacks.</summary>
        internal int Column(string name) => _columns.TryGetValue(name, out int column) ? column : -1;

        internal Taxonomy Taxonomy(Row row, string column, string id)
        {
            TaxonomyId taxonomyId = row.Build(column, () => TaxonomyId.Of(id));
            return _taxonomies.FirstOrDefault(t => t.Id.Equals(taxonomyId)) ?? Taxonomies.All.FirstOrDefault(t => t.Id.Equals(taxonomyId))
                ?? throw row.Fault(column, $"the taxonomy '{id}' is neither defined in the file, nor given, nor built in");
        }

        internal ObservationKey? Key(Row row, string prefix, HelplineId helpline)
        {
            if (row[prefix + "metric"].Length == 0)
            {
                return null;
            }
            ReportingPeriod period = row.Span(prefix + "period_start", prefix + "period_end");
            Metric metric = row.Build(prefix + "metric", () => Metric.Of(row[prefix + "metric"]));
            Channel? channel = row[prefix + "channel"].Length == 0 ? null : row.Build(prefix + "channel", () => Channel.Of(row[prefix + "channel"]));
            Category? category = null;
            string text = row[prefix + "category"];
            if (text.Length > 0)
            {
                int colon = text.IndexOf(':', StringComparison.Ordinal);
                if (colon <= 0)
                {
                    throw row.Fault(prefix + "category", $"expected \"taxonomy:category\", found {Quoted.Of(text)}");
                }
                Taxonomy taxonomy = Taxonomy(row, prefix + "category", text[..colon]);
                category = row.Build(prefix + "category", () => taxonomy.Get(text[(colon + 1)..]));
            }
            return new ObservationKey(helpline, period, metric, channel, category);
        }

        private PublishedFigure FigureAt(Row row, HelplineId helpline)
        {
            FigureKind kind = row.Enum<FigureKind>("kind");
            ObservationKey? subject = Key(row, "", helpline);
            ObservationKey? whole = Key(row, "whole_", helpline);
            ReportingPeriod? period = row["period_start"].Length == 0 ? null : row.Span("period_start", "period_end");
            ReportingPeriod? comparison = row["comparison_start"].Length == 0 ? null : row.Span("comparison_start", "comparison_end");
            decimal? value = row["value"].Length == 0 ? null : row.Decimal("value");
            Precision? precision = row["precision"].Length == 0 ? null : row.Build("precision", () => Precision.OfStep(row.Decimal("precision")));
            ShareBasis basis = row["basis"].Length == 0 ? ShareBasis.Total : row.Enum<ShareBasis>("basis");
            Qualifier qualifier = row["qualifier"].Length == 0 ? Qualifier.None : row.Enum<Qualifier>("qualifier");
            bool apportioned = row["apportioned"] switch
            {
                "" or "false" => false,
                "true" => true,
                string other => throw row.Fault("apportioned", $"expected true, false or nothing, found \"{other}\""),
            };
            return row.Build("figure_id", () => FigureKinds.Read(new FigureFields(row["figure_id"], kind, helpline, period, subject, whole, basis, comparison, value, precision, qualifier, apportioned)));
        }
    }

    /// <summary>One data row: its line and fields, with located parsing helpers.</summary>
    private sealed class Row(long line, List<string> fields, Reading reading)
    {
        internal long Line { get; } = line;

        internal string this[string column] => reading.Column(column) is int position and >= 0 ? fields[position] : "";

        /// <summary>Reads the definition in this row's definition column; a fault names the line, the column and the JSON path within it.</summary>
        internal T Defined<T>(string what, Func<DatasetJsonReader.Reading, System.Text.Json.JsonElement, string, T> read)
        {
            string json = this[CsvColumns.Definition];
            if (json.Length == 0)
            {
                throw Fault(CsvColumns.Definition, $"{what} needs its definition");
            }
            try
            {
                return DatasetJsonReader.Definition(json, Source, read);
            }
            catch (DataFormatException e)
            {
                throw Fault(CsvColumns.Definition, $"{e.Location}: {e.Problem}", e);
            }
        }

        internal DataFormatException Fault(string column, string problem, Exception? inner = null) =>
            new(Source, $"line {Line}, column \"{column}\"", problem, Line, reading.Column(column) + 1, inner);

        internal string Source => reading.Source;

        internal T Build<T>(string column, Func<T> make) => ErrorMessages.Located(make, (problem, inner) => Fault(column, problem, inner));

        /// <summary>
        /// Refuses a value in a column that the writer leaves empty for what this row was read as (<paramref name="written"/>),
        /// so that nothing in the file is silently dropped, and a taxonomy version other than the one written.
        /// </summary>
        internal void RequireOnly(Dictionary<string, string> written, string what)
        {
            foreach (string column in CsvColumns.All)
            {
                string value = this[column];
                if (value.Length == 0)
                {
                    continue;
                }
                if (!written.TryGetValue(column, out string? expected) || expected.Length == 0)
                {
                    throw Fault(column, $"{Quoted.Of(value)} does not apply to {what}; leave the column empty");
                }
                if (column == "taxonomy_version" && value != expected)
                {
                    throw Fault(column, $"the taxonomy version is {expected}, not {Quoted.Of(value)}");
                }
            }
        }

        internal ReportingPeriod Period(string column) =>
            ReportingPeriod.TryParse(this[column], out ReportingPeriod? period, out string? problem) ? period : throw Fault(column, $"{Quoted.Of(this[column])} is not a period: {problem}");

        /// <summary>The days from a start date to an end date, or to an unknown day of an end month written YYYY-MM.</summary>
        internal ReportingPeriod Span(string startColumn, string endColumn)
        {
            LocalDate start = Date(startColumn);
            if (this[endColumn].Length == 7 && YearMonthPattern.Iso.Parse(this[endColumn]) is { Success: true } month)
            {
                return Build(endColumn, () => ReportingPeriod.ToSomeDayIn(start, month.Value));
            }
            ParseResult<LocalDate> end = LocalDatePattern.Iso.Parse(this[endColumn]);
            return end.Success
                ? Build(endColumn, () => ReportingPeriod.Between(start, end.Value))
                : throw Fault(endColumn, $"{Quoted.Of(this[endColumn])} is neither a date (YYYY-MM-DD) nor a month whose day is not known (YYYY-MM)");
        }

        internal LocalDate Date(string column)
        {
            ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(this[column]);
            return result.Success ? result.Value : throw Fault(column, $"{Quoted.Of(this[column])} is not a date (YYYY-MM-DD)");
        }

        internal decimal Decimal(string column) =>
            decimal.TryParse(this[column], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
                ? value
                : throw Fault(column, $"{Quoted.Of(this[column])} is not a number");

        internal long Long(string column) =>
            long.TryParse(this[column], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
                ? value
                : throw Fault(column, $"{Quoted.Of(this[column])} is not a whole number");

        internal TEnum Enum<TEnum>(string column) where TEnum : struct, System.Enum =>
            KebabCase.TryParse(this[column], out TEnum value)
                ? value
                : throw Fault(column, $"{Quoted.Of(this[column])} is not one of {string.Join(", ", KebabCase.All<TEnum>())}");
    }

    /// <summary>The rows of one report, gathered before the report is made.</summary>
    private sealed class ReportRows(Helpline helpline, ReportingPeriod period, long firstLine)
    {
        private readonly Dictionary<string, (Row Row, PublishedFigure Figure)> _figures = new(StringComparer.Ordinal);
        private readonly Dictionary<ObservationKey, (Row Row, Observation Count)> _counts = new();
        private readonly List<Observation> _observations = new();
        private readonly Dictionary<(ObservationKey, string), (Row Row, Observation Total, BreakdownDimension Dimension, BreakdownCoverage Coverage, List<Observation> Parts)> _breakdowns = new();
        private readonly List<(Row Row, Observation Part, string Dimension, BreakdownCoverage Coverage)> _parts = new();

        internal List<PublishedFigure> Figures { get; } = new();

        /// <summary>Keeps a figure, refusing at its row one whose id was given before as another figure.</summary>
        internal void AddFigure(Row row, PublishedFigure figure)
        {
            if (_figures.TryGetValue(figure.Id, out var first))
            {
                if (!first.Figure.Equals(figure))
                {
                    throw row.Fault("figure_id", $"the figure '{figure.Id}' is given differently on line {first.Row.Line}");
                }
                return;
            }
            _figures.Add(figure.Id, (row, figure));
            Figures.Add(figure);
        }

        internal void Add(Row row, Reading reading)
        {
            ObservationKey key = reading.Key(row, "", helpline.Id) ?? throw row.Fault("metric", "a count needs a metric");
            Observation observation = CountAt(row, key);
            string dimension = row["breakdown"];
            if (dimension.Length == 0)
            {
                row.RequireOnly(DatasetCsvWriter.Count(helpline.Id, period, observation, null, default, null), "a count outside a breakdown");
                if (_counts.TryGetValue(key, out var first))
                {
                    if (first.Count.Bounds != observation.Bounds)
                    {
                        throw row.Fault(observation.IsExact ? "value" : "min", $"{key} is counted as {Describe(first.Count)} on line {first.Row.Line}");
                    }
                    return;
                }
                _counts.Add(key, (row, observation));
                _observations.Add(observation);
                return;
            }
            string role = row["role"];
            if (role is not ("total" or "part"))
            {
                throw row.Fault("role", $"expected \"total\" or \"part\", found {Quoted.Of(role)}");
            }
            BreakdownDimension dim = dimension == "channel" ? BreakdownDimension.Channel : BreakdownDimension.Of(reading.Taxonomy(row, "breakdown", dimension));
            BreakdownCoverage coverage = row.Enum<BreakdownCoverage>("coverage");
            row.RequireOnly(DatasetCsvWriter.Count(helpline.Id, period, observation, dim, coverage, role), $"the {role} of a breakdown");
            if (role == "part")
            {
                _parts.Add((row, observation, dimension, coverage));
            }
            else if (!_breakdowns.TryAdd((key, dimension), (row, observation, dim, coverage, new List<Observation>())))
            {
                throw row.Fault("role", $"a second total for the breakdown of {key} by {dimension}");
            }
        }

        /// <summary>A count row's count: its <c>value</c>, or (with <c>value</c> empty) its bounds <c>min</c> and <c>max</c>.</summary>
        private static Observation CountAt(Row row, ObservationKey key)
        {
            if (row["value"].Length > 0 || row["min"].Length == 0)
            {
                long value = row.Long("value");
                return row.Build("value", () => key.Observe(value));
            }
            long low = row.Long("min");
            CountBounds bounds = row["max"].Length == 0
                ? row.Build("min", () => CountBounds.AtLeast(low))
                : row.Build("max", () => CountBounds.Between(low, row.Long("max")));
            return new Observation(key, bounds);
        }

        private static string Describe(Observation count) => count.IsExact ? count.Bounds.Low.ToString(CultureInfo.InvariantCulture) : count.Bounds.ToString();

        internal Report Build(string source)
        {
            foreach ((Row row, Observation part, string dimension, BreakdownCoverage coverage) in _parts)
            {
                ObservationKey totalKey = dimension == "channel" ? part.Key.WithChannel(null) : part.Key.WithCategory(null);
                if (!_breakdowns.TryGetValue((totalKey, dimension), out var breakdown))
                {
                    throw row.Fault("breakdown", $"no total row for the breakdown of {totalKey} by {dimension}");
                }
                if (coverage != breakdown.Coverage)
                {
                    throw row.Fault("coverage", $"the part says {KebabCase.Of(coverage)}, its total on line {breakdown.Row.Line} says {KebabCase.Of(breakdown.Coverage)}");
                }
                breakdown.Parts.Add(part);
            }
            var breakdowns = _breakdowns.Values.Select(b => b.Row.Build("breakdown", () => Breakdown.Create(b.Total, b.Dimension, b.Coverage, b.Parts))).ToList();
            try
            {
                return Report.Create(helpline, period, _observations, breakdowns, Figures);
            }
            catch (ArgumentException e)
            {
                throw new DataFormatException(source, $"report {helpline.Id} {period} (first row on line {firstLine})", ErrorMessages.OneLine(e), firstLine, inner: e);
            }
        }
    }
}
