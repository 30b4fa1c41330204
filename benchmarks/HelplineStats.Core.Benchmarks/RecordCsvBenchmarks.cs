using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using nietras.SeparatedValues;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Reading contact records from CSV: Sep's raw parse of the same text (touching every field, the floor and the
/// baseline) against <see cref="ContactRecordCsv"/> reading and <see cref="ContactAggregator"/> counting.
/// </summary>
[MemoryDiagnoser]
public class RecordCsvBenchmarks
{
    private string _csv = "";

    [Params(100_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var writer = new StringWriter();
        ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, 2021, Records, seed: 2021), writer);
        _csv = writer.ToString();
    }

    [Benchmark(Baseline = true)]
    public long SepRawParseFloor()
    {
        using SepReader reader = Sep.Reader(options => options with { Sep = new Sep(',') }).FromText(_csv);
        long length = 0;
        foreach (SepReader.Row row in reader)
        {
            for (int i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }
        }
        return length;
    }

    [Benchmark]
    public long ReadAndAggregate()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        aggregator.AddRange(ContactRecordCsv.Read(new StringReader(_csv), "records.csv", AggregationSchema.Default));
        return aggregator.RecordCount;
    }
}
