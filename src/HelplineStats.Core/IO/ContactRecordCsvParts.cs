using System;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.IO;

/// <summary>
/// Reads a records CSV that can be read at any offset (a file, or bytes in memory) on several cores: cut at line ends into
/// parts, each parsed by a parser and counted by an aggregator of its own, the parts taken in file order by a few
/// workers; then the parts' counts are added up in order. Only a part's own lines are known while it is read, so an error
/// is moved down by the lines of the parts before it once those are read; and since parts are taken in order and no part
/// after a failed one is started, every part before the first bad row has been read whole when it is reported.
/// </summary>
internal sealed class ContactRecordCsvParts
{
    /// <summary>The smallest part worth a parser of its own.</summary>
    private const long MinPart = 1 << 20;

    /// <summary>The largest part: more, smaller parts keep the cores evenly busy on a shared machine.</summary>
    private const long MaxPart = 64L << 20;

    /// <summary>Parts per worker, at least, when the file is large enough.</summary>
    private const int PartsPerWorker = 8;

    private readonly Utf8Input.ReadAt _read;
    private readonly long _start;
    private readonly long _end;

    /// <summary>The bytes <paramref name="start"/> (the header's first byte) to <paramref name="end"/> of what <paramref name="read"/> reads.</summary>
    internal ContactRecordCsvParts(Utf8Input.ReadAt read, long start, long end)
    {
        _read = read;
        _start = start;
        _end = end;
    }

    /// <summary>Offsets to cut near for <paramref name="workers"/> workers: parts of 1 to 64 MiB, eight or more a worker when the file allows.</summary>
    internal IReadOnlyList<long> Cuts(int workers)
    {
        long length = _end - _start;
        long parts = Math.Max(Math.Min((long)workers * PartsPerWorker, (length + MinPart - 1) / MinPart), (length + MaxPart - 1) / MaxPart);
        var cuts = new List<long>();
        for (long p = 1; p < parts; p++)
        {
            cuts.Add(_start + (length * p / parts));
        }
        return cuts;
    }

    /// <summary>
    /// Reads every part, cut near <paramref name="cuts"/>, with <paramref name="workers"/> workers, into
    /// <paramref name="aggregator"/>; see <see cref="ContactRecordCsv.ReadInto(System.IO.FileStream, string, ContactAggregator, IEnumerable{Helpline}, int, IProgress{long})"/>.
    /// </summary>
    internal long ReadInto(IReadOnlyList<long> cuts, string source, ContactAggregator aggregator, IReadOnlySet<HelplineId>? helplines, int workers, IProgress<long>? progress)
    {
        List<long> bounds = Bounds(cuts);
        int parts = bounds.Count - 1;
        var counted = new ContactAggregator[parts];
        var fingerprints = new ContentFingerprint[parts];
        var lines = new long[parts];
        var failures = new Exception?[parts];
        int next = -1;
        int firstFailure = parts;
        long read = 0;
        var progressLock = new object();

        void Work()
        {
            var batch = new ContactRecordBatch(aggregator.Schema); // one block of rows a worker, reused part after part
            for (int part = Interlocked.Increment(ref next); part < parts && part < Volatile.Read(ref firstFailure); part = Interlocked.Increment(ref next))
            {
                var partAggregator = new ContactAggregator(aggregator.Granularity, aggregator.Schema);
                counted[part] = partAggregator;
                fingerprints[part] = new ContentFingerprint();
                var parser = new ContactRecordCsvParser(Utf8Input.Of(_read, bounds[part], bounds[part + 1]).Fingerprinted(fingerprints[part], bounds[part] - _start),
                    source, aggregator.Schema, helplines, header: part == 0);
                batch.Clear();
                try
                {
                    while (parser.Fill(batch, ContactRecordCsv.BlockSize))
                    {
                        partAggregator.Add(batch);
                        if (progress is not null)
                        {
                            lock (progressLock)
                            {
                                read += batch.Count;
                                progress.Report(read);
                            }
                        }
                        batch.Clear();
                    }
                    lines[part] = parser.Lines;
                }
                catch (Exception e) when (e is DataFormatException or System.IO.IOException or UnauthorizedAccessException)
                {
                    failures[part] = e;
                    for (int seen = Volatile.Read(ref firstFailure); part < seen; seen = Volatile.Read(ref firstFailure))
                    {
                        if (Interlocked.CompareExchange(ref firstFailure, part, seen) == seen)
                        {
                            break;
                        }
                    }
                    return;
                }
            }
        }

        int threads = Math.Min(workers, parts);
        if (threads <= 1)
        {
            Work();
        }
        else
        {
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => Work());
        }

        // Every part before the first failed one was read whole (parts are taken in order, none after a failure is
        // started); the failed part's aggregator holds its rows before the bad one.
        int last = Math.Min(firstFailure, parts - 1);
        long before = 0;
        for (int part = 0; part <= last; part++)
        {
            aggregator.Add(counted[part]);
            if (part < firstFailure)
            {
                before += lines[part];
            }
        }
        if (firstFailure < parts)
        {
            if (failures[firstFailure] is DataFormatException error)
            {
                throw ContactRecordCsvParser.Relocated(error, before);
            }
            ExceptionDispatchInfo.Capture(failures[firstFailure]!).Throw();
        }
        long records = 0;
        var whole = new ContentFingerprint();
        for (int part = 0; part < parts; part++)
        {
            records += counted[part].RecordCount;
            whole.Absorb(fingerprints[part]);
        }
        if (records > 0)
        {
            aggregator.AddSource(new RecordSource(source, whole.Bytes, records, whole.Finish()));
        }
        return records;
    }

    /// <summary>
    /// The parts' bounds: the start, each cut moved to the start of the next line (just after the first line end at or after
    /// the byte before it), and the end. A cut with no line end within the longest line a row may have is dropped: the part
    /// before it then holds the long line whole, and its parser refuses it as it would on one core.
    /// </summary>
    private List<long> Bounds(IReadOnlyList<long> cuts)
    {
        var bounds = new List<long> { _start };
        byte[] buffer = new byte[1 << 16];
        foreach (long cut in cuts)
        {
            long from = Math.Max(cut, bounds[^1]);
            if (from <= _start)
            {
                continue;
            }
            long searched = 0, found = -1;
            for (long at = from - 1; found < 0 && at < _end && searched <= ContactRecordCsv.MaxLineLength + 2; )
            {
                int got = _read(buffer.AsSpan(0, (int)Math.Min(buffer.Length, _end - at)), at);
                if (got == 0)
                {
                    break;
                }
                int lineEnd = buffer.AsSpan(0, got).IndexOf((byte)'\n');
                found = lineEnd < 0 ? -1 : at + lineEnd + 1;
                at += got;
                searched += got;
            }
            if (found >= 0)
            {
                bounds.Add(found);
            }
            else if (searched < ContactRecordCsv.MaxLineLength + 2)
            {
                bounds.Add(_end); // no line end up to the end: the last line is cut nowhere
            }
        }
        bounds.Add(_end);
        return bounds;
    }
}
