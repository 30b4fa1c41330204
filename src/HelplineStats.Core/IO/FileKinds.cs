using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace HelplineStats.Core.IO;

/// <summary>The kinds of file the library reads or writes, as <see cref="FileKinds"/> tells them apart.</summary>
internal enum FileKind
{
    /// <summary>None the library knows: the reader's own checks say what is wrong.</summary>
    Unknown,

    /// <summary>Contact records, one row per record (<see cref="ContactRecordCsv"/>).</summary>
    Records,

    /// <summary>A dataset as tidy CSV (<see cref="DatasetCsvReader"/>).</summary>
    DatasetCsv,

    /// <summary>A dataset as JSON, <c>helplinestats/1</c> or <c>/2</c> (<see cref="DatasetJsonReader"/>).</summary>
    DatasetJson,

    /// <summary>A partial aggregate of contact records, <c>helplinestats-aggregate/1</c> or <c>/2</c> (<see cref="ContactAggregateJson"/>).</summary>
    PartialAggregate,

    /// <summary>A figure plan, <c>helplinestats-plan/1</c> (<see cref="FigurePlanJson"/>).</summary>
    Plan,

    /// <summary>What the audit concluded, <c>helplinestats-audit/2</c> (or /1 of earlier versions): written, never read back.</summary>
    AuditOutput,

    /// <summary>The report page as JSON, <c>helplinestats-report/3</c>: written, never read back.</summary>
    ReportJson,

    /// <summary>The report page as tidy CSV (<see cref="ReportCsvWriter"/>): written, never read back.</summary>
    ReportCsv,

    /// <summary>JSON given to a CSV reader, whatever JSON it is.</summary>
    Json,
}

/// <summary>
/// The one place that recognises which of the library's kinds of file a file is, from its CSV header or its JSON
/// <c>format</c> (or, without one, its shape), so that every reader given a file of another kind says so in one line
/// naming what the file is and what reads it, instead of failing on the first field it misses. Every reader calls
/// <c>Require</c> with what it found before it reads a field.
/// </summary>
internal static class FileKinds
{
    /// <summary>The kind of a parsed JSON document: by its <c>format</c>, or by its keys when it names none.</summary>
    internal static (FileKind Kind, string? Format) OfJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (FileKind.Unknown, null);
        }
        if (root.TryGetProperty("format", out JsonElement format))
        {
            if (format.ValueKind != JsonValueKind.String)
            {
                return (FileKind.Unknown, null);
            }
            string name = format.GetString()!;
            FileKind kind = name.StartsWith("helplinestats/", StringComparison.Ordinal) ? FileKind.DatasetJson
                : name.StartsWith("helplinestats-aggregate/", StringComparison.Ordinal) ? FileKind.PartialAggregate
                : name.StartsWith("helplinestats-plan/", StringComparison.Ordinal) ? FileKind.Plan
                : name.StartsWith("helplinestats-audit/", StringComparison.Ordinal) ? FileKind.AuditOutput
                : name.StartsWith("helplinestats-report/", StringComparison.Ordinal) ? FileKind.ReportJson
                : FileKind.Unknown;
            return (kind, kind == FileKind.Unknown ? null : name);
        }
        bool Has(string key) => root.TryGetProperty(key, out JsonElement value) && value.ValueKind == JsonValueKind.Array;
        FileKind shaped = Has("reports") ? FileKind.DatasetJson
            : Has("counts") && root.TryGetProperty("granularity", out _) ? FileKind.PartialAggregate
            : Has("rules") ? FileKind.Plan
            : Has("verdicts") ? FileKind.AuditOutput
            : Has("statements") ? FileKind.ReportJson
            : FileKind.Unknown;
        return (shaped, null);
    }

    /// <summary>The kind of a CSV file from the fields of its header row.</summary>
    internal static FileKind OfCsvHeader(IReadOnlyList<string> header)
    {
        if (header.Count > 0 && header[0].TrimStart('\uFEFF', ' ', '\t') is [ '{' or '[', ..])
        {
            return FileKind.Json;
        }
        bool Has(params string[] columns) => columns.All(column => header.Contains(column, StringComparer.Ordinal));
        return Has("helpline", "date", "channel", "outcome") ? FileKind.Records
            : Has("record", "helpline", "report", "period_start") ? FileKind.DatasetCsv
            : Has("record", "helpline", "report", "verdict", "table") ? FileKind.ReportCsv
            : FileKind.Unknown;
    }

    /// <summary>The kind of a CSV file from its header line as UTF-8 bytes (without its line end).</summary>
    internal static FileKind OfCsvHeader(ReadOnlySpan<byte> header) =>
        OfCsvHeader(Encoding.UTF8.GetString(header).TrimEnd('\r').Split(','));

    /// <summary>The kind of a file that is not JSON, from its first line: a JSON reader given a CSV file names it.</summary>
    internal static FileKind OfFirstLine(ReadOnlySpan<byte> text)
    {
        int end = text.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line = end < 0 ? text : text[..end];
        // A JSON file that does not parse is broken JSON, not another kind: only a CSV header names a kind here.
        FileKind kind = line.Length > 4096 ? FileKind.Unknown : OfCsvHeader(line);
        return kind == FileKind.Json ? FileKind.Unknown : kind;
    }

    /// <summary>Refuses a file of another of the library's kinds than <paramref name="expected"/>, naming what it is and what reads it.</summary>
    /// <exception cref="DataFormatException">The file is of another kind; the message is one line, naming the file.</exception>
    internal static void Require((FileKind Kind, string? Format) found, FileKind expected, string source)
    {
        if (found.Kind == FileKind.Unknown || found.Kind == expected)
        {
            return;
        }
        string problem = (found.Kind, expected) switch
        {
            // The same data in the other form: only its name is wrong.
            (FileKind.DatasetCsv, FileKind.DatasetJson) => $"this is {Describe(found.Kind, null)}, not JSON; name it .csv to read it as CSV (DatasetCsvReader)",
            (FileKind.Json, _) => $"this is JSON, not {Expected(expected)}; name it .json to read it as JSON",
            _ => $"this is {Describe(found.Kind, found.Format)}, not {Expected(expected)}; {Remedy(found.Kind)}",
        };
        throw new DataFormatException(source, "", problem);
    }

    /// <summary>Refuses a file of another of the library's kinds than <paramref name="expected"/> (a kind told by its CSV header).</summary>
    /// <exception cref="DataFormatException">The file is of another kind.</exception>
    internal static void Require(FileKind found, FileKind expected, string source) => Require((found, null), expected, source);

    /// <summary>What a file of the kind is, in the words of the docs.</summary>
    internal static string Describe(FileKind kind, string? format)
    {
        string Named(string what) => format is null ? what + ", by its keys (it names no format)" : $"{what} ({format})";
        return kind switch
        {
            FileKind.Records => "a records file (contact records)",
            FileKind.DatasetCsv => "a dataset as CSV (helpline-stats export --format csv)",
            FileKind.DatasetJson => Named("a dataset"),
            FileKind.PartialAggregate => Named("a partial aggregate"),
            FileKind.Plan => Named("a figure plan"),
            FileKind.AuditOutput => Named("the audit's output"),
            FileKind.ReportJson => Named("a report page"),
            FileKind.ReportCsv => "a report page as CSV (helpline-stats report --format csv)",
            FileKind.Json => "JSON",
            _ => "a file of no kind the library knows",
        };
    }

    private static string Expected(FileKind kind) => kind switch
    {
        FileKind.Records => "a records file (contact records, CSV)",
        FileKind.DatasetCsv or FileKind.DatasetJson => "a dataset",
        FileKind.PartialAggregate => "a partial aggregate",
        FileKind.Plan => "a figure plan",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No reader reads this kind."),
    };

    private static string Remedy(FileKind kind) => kind switch
    {
        FileKind.Records => "count it into a dataset first with 'helpline-stats aggregate' (ContactRecordCsv)",
        FileKind.DatasetCsv => "give it to report, audit, export or compose (DatasetCsvReader)",
        FileKind.DatasetJson => "give it to report, audit, export or compose (DatasetJsonReader)",
        FileKind.PartialAggregate => "merge it into a dataset first with 'helpline-stats aggregate' (ContactAggregateJson)",
        FileKind.Plan => "give it to 'helpline-stats compose --plan' (FigurePlanJson)",
        _ => "it is written for people and other tools, never read back: give the dataset it was made from",
    };
}
