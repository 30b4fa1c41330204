using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests.IO;

/// <summary>
/// Issue 14's corruption properties, one per reader: a valid generated file, corrupted (truncated, a bit flipped, a line
/// deleted, duplicated or swapped, a control or invalid byte inserted), either reads to something that writes back to a
/// file the reader accepts, or fails with the library's own located <see cref="DataFormatException"/>; never another
/// exception type.
/// </summary>
public sealed class CorruptionPropertyTests
{
    private const int Tests = 300;

    /// <summary>One corruption of <paramref name="valid"/>, chosen by kind, position and a byte.</summary>
    internal static Gen<(byte[] Bytes, string How)> Corrupted(byte[] valid) =>
        Gen.Choose(0, 5).Zip(Gen.Choose(0, Math.Max(0, valid.Length - 1))).Zip(Gen.Choose(0, 255))
            .Select(t => Corrupt(valid, t.Item1.Item1, t.Item1.Item2, (byte)t.Item2));

    private static (byte[], string) Corrupt(byte[] valid, int kind, int at, byte value)
    {
        List<byte[]> lines = Split(valid);
        int line = lines.Count == 0 ? 0 : at % lines.Count;
        int other = lines.Count == 0 ? 0 : value % lines.Count;
        switch (kind)
        {
            case 0:
                return (valid[..at], $"truncated at {at}");
            case 1:
                byte[] flipped = (byte[])valid.Clone();
                if (flipped.Length > 0)
                {
                    flipped[at] ^= (byte)(1 << (value % 8));
                }
                return (flipped, $"bit {value % 8} of byte {at} flipped");
            case 2 when lines.Count > 0:
                lines.RemoveAt(line);
                return (Join(lines), $"line {line + 1} deleted");
            case 3 when lines.Count > 0:
                lines.Insert(line, lines[line]);
                return (Join(lines), $"line {line + 1} duplicated");
            case 4 when lines.Count > 0:
                (lines[line], lines[other]) = (lines[other], lines[line]);
                return (Join(lines), $"lines {line + 1} and {other + 1} swapped");
            default:
                byte inserted = value < 0x80 ? (byte)(value % 0x20) : (byte)(0x80 | value);
                return (valid[..at].Append(inserted).Concat(valid[at..]).ToArray(), $"byte 0x{inserted:X2} inserted at {at}");
        }
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }
        return lines;
    }

    private static byte[] Join(List<byte[]> lines) =>
        lines.SelectMany((line, i) => i == 0 ? line : new[] { (byte)'\n' }.Concat(line)).ToArray();

    /// <summary>Runs one read and write-back; true when it succeeded or failed with a located DataFormatException.</summary>
    private static Property Holds((byte[] Bytes, string How) input, Action<byte[]> readAndWriteBack)
    {
        try
        {
            readAndWriteBack(input.Bytes);
            return true.Label("read and wrote back: " + input.How);
        }
        catch (DataFormatException e)
        {
            // Located at a place in the file, or (a corruption that makes it look like another kind) refused as a whole as that kind.
            bool placed = e.Location.Length > 0 || e.Problem.StartsWith("this is ", StringComparison.Ordinal);
            bool located = e.Message.StartsWith("corrupt.", StringComparison.Ordinal) && placed && !e.Message.Contains('\n', StringComparison.Ordinal);
            return located.Label($"{input.How}: located one-line DataFormatException expected, got: {e.Message}");
        }
        catch (Exception e)
        {
            return false.Label($"{input.How}: {e.GetType().Name}: {e.Message}");
        }
    }

    private static TextReader Text(byte[] bytes) => new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Property(MaxTest = Tests)]
    public Property DatasetJson_Corrupted_ReadsToADatasetThatWritesBackOrFailsLocated() =>
        Prop.ForAll(Generators.Datasets.SelectMany(d => Corrupted(Utf8(DatasetJsonWriter.ToJson(d)))).ToArbitrary(), input =>
            Holds(input, bytes =>
            {
                Dataset read = DatasetJsonReader.Read(new MemoryStream(bytes), "corrupt.json");
                DatasetJsonReader.FromJson(DatasetJsonWriter.ToJson(read), "written-back.json");
            }));

    [Property(MaxTest = Tests)]
    public Property DatasetCsv_Corrupted_ReadsToADatasetThatWritesBackOrFailsLocated() =>
        Prop.ForAll(Generators.Datasets.SelectMany(d => Corrupted(Utf8(DatasetCsvWriter.ToCsv(d)))).ToArbitrary(), input =>
            Holds(input, bytes =>
            {
                Dataset read = DatasetCsvReader.Read(Text(bytes), "corrupt.csv");
                DatasetCsvReader.FromCsv(DatasetCsvWriter.ToCsv(read), "written-back.csv");
            }));

    private static Gen<ContactRecord[]> Records =>
        Gen.Choose(0, 200).Zip(Gen.Choose(0, 10_000)).Zip(Gen.Elements(Helplines.All.ToArray()))
            .Select(t => SyntheticRecords.Generate(t.Item2, 2021, t.Item1.Item1, t.Item1.Item2).ToArray());

    private static string RecordsCsv(IEnumerable<ContactRecord> records)
    {
        var writer = new StringWriter();
        ContactRecordCsv.Write(records, writer);
        return writer.ToString();
    }

    [Property(MaxTest = Tests)]
    public Property RecordsCsv_Corrupted_ReadsToRecordsThatWriteBackOrFailsLocated() =>
        Prop.ForAll(Records.SelectMany(r => Corrupted(Utf8(RecordsCsv(r)))).ToArbitrary(), input =>
            Holds(input, bytes =>
            {
                ContactRecord[] read = ContactRecordCsv.Read(Text(bytes), "corrupt.csv", AggregationSchema.Default).ToArray();
                var again = ContactRecordCsv.Read(new StringReader(RecordsCsv(read)), "written-back.csv", AggregationSchema.Default).ToArray();
                var aggregator = new ContactAggregator(PeriodGranularity.Month, AggregationSchema.Default);
                ContactRecordCsv.ReadInto(Text(bytes), "corrupt.csv", aggregator, Helplines.All, null);
                if (!again.SequenceEqual(read))
                {
                    throw new InvalidOperationException("the records written back read differently");
                }
            }));

    [Property(MaxTest = Tests)]
    public Property AggregateJson_Corrupted_ReadsToAnAggregateThatWritesBackOrFailsLocated() =>
        Prop.ForAll(Records.Zip(Gen.Elements(Enum.GetValues<PeriodGranularity>())).SelectMany(t =>
        {
            var aggregator = new ContactAggregator(t.Item2, AggregationSchema.Default);
            aggregator.AddRange(t.Item1);
            return Corrupted(Utf8(ContactAggregateJson.ToJson(aggregator.ToAggregate())));
        }).ToArbitrary(), input =>
            Holds(input, bytes =>
            {
                ContactAggregate read = ContactAggregateJson.Read(new MemoryStream(bytes), "corrupt.json", AggregationSchema.Default, Helplines.All);
                ContactAggregate again = ContactAggregateJson.FromJson(ContactAggregateJson.ToJson(read), "written-back.json", AggregationSchema.Default);
                if (again != read)
                {
                    throw new InvalidOperationException("the aggregate written back reads differently");
                }
                read.ToDataset(Array.Empty<Helpline>(), AggregationSchema.Default);
            }));
}
