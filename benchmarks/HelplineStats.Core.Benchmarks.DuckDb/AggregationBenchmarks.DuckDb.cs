using System;
using System.Data.Common;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DuckDB.NET.Data;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// The same counts by DuckDB, single thread, in memory, query time only: the batch's columns are loaded once into tables
/// with the same columns (categories as their positions, like the batch), and each benchmark call runs the queries and
/// reads every result row. To spare DuckDB the joins the aggregator does not need either, the victim, kind and topic
/// tables carry their contact's helpline and day.
/// </summary>
[Config(typeof(LongInProcessConfig))]
public partial class AggregationBenchmarks
{
    /// <summary>
    /// Short runs in process (DuckDB's natives are not copied into BenchmarkDotNet's generated project), with room for
    /// LINQ at 10 million records, which takes longer than the in-process toolchain's default five minutes per benchmark.
    /// </summary>
    private sealed class LongInProcessConfig : ManualConfig
    {
        public LongInProcessConfig() =>
            AddJob(Job.ShortRun.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(60), logOutput: true)));
    }

    private const string Queries = """
        SELECT helpline, date_trunc('month', day) AS month, channel, relation, caller_gender, anonymity,
               sum(conversation::INTEGER)::BIGINT AS conversations, sum(referred::INTEGER)::BIGINT AS referrals, count(*) AS calls
        FROM contacts
        GROUP BY GROUPING SETS ((helpline, month, channel), (helpline, month, relation), (helpline, month, caller_gender),
                                (helpline, month, anonymity), (helpline, month));
        """;

    private const string VictimQuery = """
        SELECT helpline, date_trunc('month', day) AS month, age, gender, context, count(*) AS victims
        FROM victims
        GROUP BY GROUPING SETS ((helpline, month, age), (helpline, month, gender), (helpline, month, context), (helpline, month));
        """;

    private const string KindQuery = "SELECT helpline, date_trunc('month', day) AS month, kind, count(*) FROM kinds GROUP BY ALL;";

    private const string TopicQuery = "SELECT helpline, date_trunc('month', day) AS month, topic, count(*) FROM topics WHERE conversation GROUP BY ALL;";

    private DuckDBConnection? _duck;

    [Benchmark]
    public long DuckDbSingleThread()
    {
        long rows = 0;
        foreach (string query in new[] { Queries, VictimQuery, KindQuery, TopicQuery })
        {
            using DbCommand command = _duck!.CreateCommand();
            command.CommandText = query;
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows += reader.GetInt64(reader.FieldCount - 1);
            }
        }
        return rows;
    }

    /// <summary>The records, then the DuckDB tables (only for the DuckDB benchmark: loading them takes a while).</summary>
    [GlobalSetup(Target = nameof(DuckDbSingleThread))]
    public void SetupWithDuckDb()
    {
        Setup();
        _duck = new DuckDBConnection("DataSource=:memory:");
        _duck.Open();
        Execute("SET threads = 1;");
        Execute("""
            CREATE TABLE contacts (helpline INTEGER, day DATE, channel INTEGER, conversation BOOLEAN, relation USMALLINT,
                                   caller_gender USMALLINT, anonymity UTINYINT, referred BOOLEAN);
            CREATE TABLE victims (helpline INTEGER, day DATE, age USMALLINT, gender USMALLINT, context USMALLINT);
            CREATE TABLE kinds (helpline INTEGER, day DATE, kind USMALLINT);
            CREATE TABLE topics (helpline INTEGER, day DATE, conversation BOOLEAN, topic USMALLINT);
            """);
        ContactRecordBatch batch = _batch;
        using (DuckDBAppender contacts = _duck.CreateAppender("contacts"))
        using (DuckDBAppender victims = _duck.CreateAppender("victims"))
        using (DuckDBAppender kinds = _duck.CreateAppender("kinds"))
        using (DuckDBAppender topics = _duck.CreateAppender("topics"))
        {
            for (int i = 0; i < batch.Count; i++)
            {
                int helpline = batch.HelplineColumn[i];
                (int year, int month, int dayOfMonth) = IsoDays.ToCivil(batch.DayColumn[i]);
                var day = new DateOnly(year, month, dayOfMonth);
                int flags = batch.FlagColumn[i];
                bool conversation = (flags & ContactRecordBatch.ConversationFlag) != 0;
                contacts.CreateRow()
                    .AppendValue(helpline).AppendValue(day).AppendValue(batch.ChannelColumn[i]).AppendValue(conversation)
                    .AppendValue(batch.RelationColumn[i]).AppendValue(batch.CallerGenderColumn[i])
                    .AppendValue((byte)((flags >> ContactRecordBatch.AnonymityShift) & 3)).AppendValue((flags & ContactRecordBatch.ReferredFlag) != 0)
                    .EndRow();
                for (int t = batch.TopicStart[i]; t < batch.TopicStart[i + 1]; t++)
                {
                    topics.CreateRow().AppendValue(helpline).AppendValue(day).AppendValue(conversation).AppendValue(batch.TopicColumn[t]).EndRow();
                }
                for (int v = batch.VictimStart[i]; v < batch.VictimStart[i + 1]; v++)
                {
                    victims.CreateRow().AppendValue(helpline).AppendValue(day)
                        .AppendValue(batch.AgeColumn[v]).AppendValue(batch.VictimGenderColumn[v]).AppendValue(batch.ContextColumn[v]).EndRow();
                    for (int k = batch.KindStart[v]; k < batch.KindStart[v + 1]; k++)
                    {
                        kinds.CreateRow().AppendValue(helpline).AppendValue(day).AppendValue(batch.KindColumn[k]).EndRow();
                    }
                }
            }
        }
    }

    [GlobalCleanup(Target = nameof(DuckDbSingleThread))]
    public void CleanupDuckDb() => _duck?.Dispose();

    private void Execute(string sql)
    {
        using DbCommand command = _duck!.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
