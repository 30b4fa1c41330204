using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using DuckDB.NET.Data;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// The end-to-end comparison with DuckDB, timed as whole processes with <c>/usr/bin/time -v</c> (BenchmarkDotNet does
/// not see DuckDB's native memory): <c>csv-aggregate FILE THREADS</c> reads a records CSV into a DuckDB table in memory
/// with THREADS threads and computes the same monthly counts as <c>helpline-stats aggregate --granularity month</c>
/// (contacts by channel, relation, gender and anonymity, conversations and referrals; conversations by topic; victims by
/// age, gender and context, and by kind), reading every result row. <c>csv-aggregate FILE THREADS --check</c> also counts
/// the file with the library and says whether the totals agree. How to run it: docs/performance.md.
/// </summary>
public static class CsvAggregation
{
    private const string Load = """
        CREATE TABLE contacts AS SELECT helpline, date_trunc('month', date) AS month, channel, outcome = 'conversation' AS conversation,
               caller_relation, caller_gender, anonymous, topics, victims, referred = 'true' AS referred
        FROM read_csv('FILE', header = true, delim = ',', quote = '', escape = '',
             columns = {'helpline': 'VARCHAR', 'date': 'DATE', 'channel': 'VARCHAR', 'outcome': 'VARCHAR', 'caller_relation': 'VARCHAR',
                        'caller_gender': 'VARCHAR', 'anonymous': 'VARCHAR', 'topics': 'VARCHAR', 'victims': 'VARCHAR', 'referred': 'VARCHAR'});
        """;

    private static readonly (string Name, string Sql)[] Queries =
    {
        ("contacts", """
            SELECT grouping(channel, caller_relation, caller_gender, anonymous) = 15 AS grand, helpline, month, channel, caller_relation, caller_gender, anonymous,
                   sum(conversation::INTEGER)::BIGINT AS conversations, sum(referred::INTEGER)::BIGINT AS referrals, count(*) AS calls
            FROM contacts
            GROUP BY GROUPING SETS ((helpline, month, channel), (helpline, month, caller_relation), (helpline, month, caller_gender),
                                    (helpline, month, anonymous), (helpline, month));
            """),
        ("topics", """
            SELECT helpline, month, topic, count(*) FROM
              (SELECT helpline, month, unnest(string_split(topics, ';')) AS topic FROM contacts WHERE conversation AND topics IS NOT NULL)
            GROUP BY ALL;
            """),
        ("victims", """
            WITH v AS (SELECT helpline, month, string_split(unnest(string_split(victims, '|')), '/') AS parts FROM contacts WHERE victims IS NOT NULL)
            SELECT grouping(age, gender, context) = 7 AS grand, helpline, month, parts[2] AS age, parts[3] AS gender, parts[4] AS context, count(*) AS victims
            FROM v GROUP BY GROUPING SETS ((helpline, month, age), (helpline, month, gender), (helpline, month, context), (helpline, month));
            """),
        ("kinds", """
            WITH v AS (SELECT helpline, month, string_split(unnest(string_split(victims, '|')), '/')[1] AS kinds FROM contacts WHERE victims IS NOT NULL)
            SELECT helpline, month, kind, count(*) FROM (SELECT helpline, month, unnest(string_split(kinds, '+')) AS kind FROM v WHERE kinds <> '')
            GROUP BY ALL;
            """),
    };

    public static int Run(string file, int threads, bool check)
    {
        var clock = Stopwatch.StartNew();
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        Execute(duck, $"SET threads = {threads.ToString(CultureInfo.InvariantCulture)};");
        Execute(duck, Load.Replace("FILE", file.Replace("'", "''", StringComparison.Ordinal), StringComparison.Ordinal));
        TimeSpan loaded = clock.Elapsed;
        var totals = new Dictionary<string, long>();
        long rows = 0;
        foreach ((string name, string sql) in Queries)
        {
            using DbCommand command = duck.CreateCommand();
            command.CommandText = sql;
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows++;
                // The rows grouped by helpline and month alone hold the totals to check.
                bool grand = name is "contacts" or "victims" && reader.GetBoolean(0);
                if (name == "contacts" && grand)
                {
                    Add(totals, "calls", reader.GetInt64(reader.FieldCount - 1));
                    Add(totals, "conversations", reader.GetInt64(reader.FieldCount - 3));
                    Add(totals, "referrals", reader.GetInt64(reader.FieldCount - 2));
                }
                else if (name == "victims" && grand)
                {
                    Add(totals, "victims", reader.GetInt64(reader.FieldCount - 1));
                }
                else if (name is "topics" or "kinds")
                {
                    Add(totals, name, reader.GetInt64(reader.FieldCount - 1));
                }
            }
        }
        Console.WriteLine($"DuckDB, {threads} threads: loaded in {loaded.TotalSeconds:F2} s, counted in {(clock.Elapsed - loaded).TotalSeconds:F2} s; {rows} result rows; "
            + string.Join(", ", totals.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value}")));
        if (!check)
        {
            return 0;
        }
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        using (FileStream stream = File.OpenRead(file))
        {
            ContactRecordCsv.ReadInto(stream, file, aggregator, null, threads, null);
        }
        ContactAggregate aggregate = aggregator.ToAggregate();
        long Sum(Metric metric, Func<ObservationKey, bool> which) =>
            aggregate.Counts.Where(pair => pair.Key.Metric.Equals(metric) && which(pair.Key)).Sum(pair => pair.Value);
        var ours = new Dictionary<string, long>
        {
            ["calls"] = Sum(Metric.Calls, k => k.Channel is null && k.Category is null),
            ["conversations"] = Sum(Metric.Conversations, k => k.Channel is null && k.Category is null),
            ["referrals"] = Sum(Metric.Referrals, k => true),
            ["victims"] = Sum(Metric.PossibleVictims, k => k.Category is null),
            ["topics"] = Sum(Metric.Conversations, k => k.Category is Category c && AggregationSchema.Default.Topic.Contains(c)),
            ["kinds"] = Sum(Metric.PossibleVictims, k => k.Category is Category c && AggregationSchema.Default.KindOfViolence.Contains(c)),
        };
        bool same = ours.All(pair => totals.GetValueOrDefault(pair.Key) == pair.Value);
        Console.WriteLine($"HelplineStats: " + string.Join(", ", ours.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value}")) + $"; the same totals: {same}");
        return same ? 0 : 1;
    }

    private static void Add(Dictionary<string, long> totals, string key, long value) => totals[key] = totals.GetValueOrDefault(key) + value;

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using DbCommand command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>The DuckDB benchmark project's entry: <c>csv-aggregate</c> (see <see cref="CsvAggregation"/>), else BenchmarkDotNet.</summary>
public static class DuckDbProgram
{
    public static int Main(string[] args) =>
        args is ["csv-aggregate", string file, string threads, ..]
            ? CsvAggregation.Run(file, int.Parse(threads, CultureInfo.InvariantCulture), args.Contains("--check"))
            : Program.Main(args);
}
