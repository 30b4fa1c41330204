using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;
using nietras.SeparatedValues;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Reading contact records from the same UTF-8 CSV file in memory: Sep's raw parse (every field of every row touched;
/// the floor and the baseline) against <see cref="ContactRecordCsv.ReadInto(Stream, string, ContactAggregator)"/>
/// (parse the bytes and count, no record objects) on one core and on two, against the same from text already decoded
/// (the <see cref="TextReader"/> entry), and against reading <see cref="ContactRecord"/> objects and counting them one by one.
/// </summary>
[MemoryDiagnoser]
public class RecordCsvBenchmarks
{
    private byte[] _file = Array.Empty<byte>();

    /// <summary>1 million records (about 96 MB); see <see cref="BenchmarkSizes"/>.</summary>
    public static IEnumerable<int> Sizes => BenchmarkSizes.Or(1_000_000);

    [ParamsSource(nameof(Sizes))]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var writer = new StringWriter();
        ContactRecordCsv.Write(SyntheticRecords.Generate(Helplines.Line1712, 2021, Records, seed: 2021), writer);
        _file = Encoding.UTF8.GetBytes(writer.ToString());
    }

    [Benchmark(Baseline = true)]
    public long SepRawParseFloor()
    {
        using SepReader reader = Sep.Reader(options => options with { Sep = new Sep(',') }).From(new MemoryStream(_file));
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

    /// <summary>The bytes parsed as they are, on one core: what <c>helpline-stats aggregate --cores 1</c> does.</summary>
    [Benchmark]
    public long ReadIntoAggregator()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        return ContactRecordCsv.ReadInto(new MemoryStream(_file), "records.csv", aggregator) + aggregator.ToAggregate().Counts.Count;
    }

    /// <summary>The fingerprint of the file alone (<see cref="ContentFingerprint"/>), which <see cref="ReadIntoAggregator"/>
    /// takes in its parse pass: its share of that benchmark is what the fingerprint costs (issue 25: at most 3%).</summary>
    [Benchmark]
    public long FingerprintOnly()
    {
        var fingerprint = new ContentFingerprint();
        for (int at = 0; at < _file.Length; at += 1 << 16)
        {
            fingerprint.Add(_file.AsSpan(at, Math.Min(1 << 16, _file.Length - at)), at);
        }
        return fingerprint.Finish().Length + fingerprint.Bytes;
    }

    /// <summary>The same file cut into parts and read on two cores, as a file is (<see cref="ContactRecordCsvParts"/>).</summary>
    [Benchmark]
    public long ReadIntoAggregatorOnTwoCores()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        IReadOnlyList<long> cuts = new ContactRecordCsvParts((into, offset) => 0, 0, _file.Length).Cuts(2);
        return ContactRecordCsv.ReadInto(_file, cuts, "records.csv", aggregator, null, 2) + aggregator.ToAggregate().Counts.Count;
    }

    /// <summary>The same from text already decoded (the <see cref="TextReader"/> entry, which encodes it back to UTF-8).</summary>
    [Benchmark]
    public long ReadIntoAggregatorFromText()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        using var reader = new StreamReader(new MemoryStream(_file), Encoding.UTF8);
        return ContactRecordCsv.ReadInto(reader, "records.csv", aggregator) + aggregator.ToAggregate().Counts.Count;
    }

    [Benchmark]
    public long ReadRecordObjectsAndAggregate()
    {
        var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
        using var reader = new StreamReader(new MemoryStream(_file), Encoding.UTF8);
        aggregator.AddRange(ContactRecordCsv.Read(reader, "records.csv", AggregationSchema.Default));
        return aggregator.RecordCount + aggregator.ToAggregate().Counts.Count;
    }
}
