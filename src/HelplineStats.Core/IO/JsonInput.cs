using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace HelplineStats.Core.IO;

/// <summary>
/// What every JSON reader checks before it looks at a single field: the file is at most <see cref="MaxBytes"/> long,
/// it is valid UTF-8 throughout (a bad byte inside a string is found here, with its line and column, not when the string
/// is first read), it is valid JSON, and no object has the same key twice (the last would otherwise win silently).
/// </summary>
internal static class JsonInput
{
    /// <summary>The largest JSON file the readers take: 256 MiB.</summary>
    internal const int MaxBytes = 256 * 1024 * 1024;

    /// <summary>
    /// Reads, checks and parses a JSON document. A file that is not JSON but one of the library's CSV files (its first
    /// line a records or dataset header) is refused as that kind when <paramref name="expected"/> names what the reader
    /// reads (<see cref="FileKinds"/>).
    /// </summary>
    /// <exception cref="DataFormatException">The file is too large, not UTF-8, not JSON, or has a duplicate key.</exception>
    internal static JsonDocument Parse(Stream utf8Json, string source, FileKind expected = FileKind.Unknown)
    {
        byte[] bytes = ReadAll(utf8Json, source, out int length);
        ReadOnlyMemory<byte> json = bytes.AsMemory(0, length);
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        CheckUtf8(json.Span, source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            if (expected != FileKind.Unknown)
            {
                FileKinds.Require(FileKinds.OfFirstLine(json.Span), expected, source);
            }
            throw new DataFormatException(source, e.Path ?? "$", "the file is not valid JSON: " + FirstSentence(e.Message),
                e.LineNumber + 1, e.BytePositionInLine + 1, e);
        }
        try
        {
            CheckKeys(document.RootElement, "$", source);
        }
        catch
        {
            document.Dispose();
            throw;
        }
        return document;
    }

    private static byte[] ReadAll(Stream stream, string source, out int length)
    {
        byte[] buffer = new byte[stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position + 1, 1, MaxBytes + 1L) : 1 << 16];
        length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > MaxBytes)
                {
                    break;
                }
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, MaxBytes + 1L));
            }
            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                break;
            }
            length += read;
        }
        if (length > MaxBytes)
        {
            throw new DataFormatException(source, "$", string.Create(CultureInfo.InvariantCulture,
                $"the file is longer than {MaxBytes / (1024 * 1024)} MiB, the most a JSON file may have"));
        }
        return buffer;
    }

    /// <summary>Finds the first byte that is not part of valid UTF-8 and says where it is.</summary>
    private static void CheckUtf8(ReadOnlySpan<byte> json, string source)
    {
        char[] chars = ArrayPool<char>.Shared.Rent(1 << 14);
        try
        {
            int offset = 0;
            while (offset < json.Length)
            {
                OperationStatus status = Utf8.ToUtf16(json[offset..], chars, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
                {
                    int bad = offset + read;
                    ReadOnlySpan<byte> before = json[..bad];
                    int line = before.Count((byte)'\n') + 1;
                    int column = bad - (before.LastIndexOf((byte)'\n') + 1) + 1;
                    throw new DataFormatException(source, string.Create(CultureInfo.InvariantCulture, $"byte {bad}"),
                        string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8 (byte 0x{json[bad]:X2})"), line, column);
                }
                offset += read;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Refuses an object that has the same key twice, naming its path.</summary>
    internal static void CheckKeys(JsonElement element, string path, string source)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                HashSet<string>? seen = null;
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    seen ??= new HashSet<string>(StringComparer.Ordinal);
                    if (!seen.Add(property.Name))
                    {
                        throw new DataFormatException(source, path, $"the key {Internal.Quoted.Of(property.Name)} appears twice in one object");
                    }
                    if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        CheckKeys(property.Value, path + "." + property.Name, source);
                    }
                }
                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in element.EnumerateArray())
                {
                    CheckKeys(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"), source);
                }
                break;
        }
    }

    /// <summary>
    /// A JSON value as a message names what was found instead of what was expected: <c>false</c>, <c>null</c>, <c>the
    /// string "x"</c>, <c>the number 1.5</c>, <c>an object</c>, <c>an array</c>.
    /// </summary>
    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string {Internal.Quoted.Of(value.GetString())}",
        JsonValueKind.Number => $"the number {Internal.Quoted.Of(value.GetRawText())}",
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    /// <summary>The problem of a value of the wrong type: "expected <paramref name="what"/>, found ..." in plain words.</summary>
    internal static string Expected(string what, JsonElement found) => $"expected {what}, found {Describe(found)}";

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..(end + 1)] : message).ReplaceLineEndings(" ");
    }
}
