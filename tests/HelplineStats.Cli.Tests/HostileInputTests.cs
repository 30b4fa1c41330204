using System;
using System.IO;
using System.Linq;
using System.Text;
using HelplineStats.Cli;

namespace HelplineStats.Cli.Tests;

/// <summary>
/// Issue 14: every reproducer gives one located line on standard error and exit 2 (or works); a bug gives exit 3; no
/// command changes a file it reads; a failed write leaves the previous file as it was.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-hostile").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string PathOf(string name) => Path.Combine(_folder, name);

    private string Write(string name, string text)
    {
        string path = PathOf(name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        string path = PathOf(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Runs the command and checks the shape every refusal has: exit 2, nothing on standard output, one line on standard error.</summary>
    private static string Refused(params string[] args)
    {
        (int code, string output, string error) = CliRunner.Run(args);
        Assert.True(code == CliApp.ExitBadInput, $"exit {code}: {error}");
        Assert.Equal("", output);
        Assert.StartsWith("helpline-stats: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", error, StringComparison.Ordinal);
        return error;
    }

    private const string Aggregate2021 = "{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"year\",\"counts\":[{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"value\":VALUE}]}";

    [Theory]
    [InlineData("report")]
    [InlineData("audit")]
    [InlineData("export --input")]
    public void AnyReader_InvalidUtf8InAJsonString_NamesTheFileLineAndColumn(string command)
    {
        byte[] json = Encoding.ASCII.GetBytes("{\"format\": \"helplinestats/1?\", \"reports\": []}");
        json[Array.IndexOf(json, (byte)'?')] = 0xFF;
        string file = WriteBytes("u.json", json);
        string error = Refused(command.Split(' ').Append(file).ToArray());
        // The 0xFF is the 28th byte of the first line.
        Assert.Contains($"{file}(1,28)", error, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8 (byte 0xFF)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_DuplicateJsonKey_IsRefusedWithThePath()
    {
        string file = Write("dup.json", "{\"format\": \"helplinestats/1\", \"reports\": [], \"reports\": []}");
        string error = Refused("report", file);
        Assert.Contains("$: the key \"reports\" appears twice", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_PartialsWhoseSumOverflows_NamesTheFileAndTheKey()
    {
        // Calls and calls by phone, both at the largest count: each file alone hangs together, their sum overflows.
        string file = Write("x.json", "{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"year\",\"counts\":["
            + "{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"value\":9223372036854775807},"
            + "{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"channel\":\"phone\",\"value\":9223372036854775807}]}");
        string again = Write("y.json", File.ReadAllText(file)); // format version 1 states no sources, so only the sum stops it
        string error = Refused("aggregate", file, again, "--partial");
        Assert.Contains($"{again}: The count at 1712/2021/calls would exceed 9223372036854775807", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_PartialWhosePeriodsAreNotItsGranularity_IsRefused()
    {
        string file = Write("g.json", Aggregate2021.Replace("\"2021\"", "\"2021-03\"", StringComparison.Ordinal).Replace("VALUE", "5", StringComparison.Ordinal));
        string error = Refused("aggregate", file);
        Assert.Contains($"{file}: $.counts[0].period: the period 2021-03 is not a year", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--partial")]
    public void Aggregate_UnknownHelplineInRecords_IsRefusedAtItsRow(string mode)
    {
        string records = PathOf("r.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--count", "3", "--output", records).Code);
        File.AppendAllText(records, "no-such-line,2021-01-01,phone,conversation,,,,,,false\n");
        string error = Refused(new[] { "aggregate", records, mode }.Where(a => a.Length > 0).ToArray());
        Assert.Contains($"{records}(5,1): line 5, column \"helpline\": the helpline 'no-such-line' is not one of", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_UnknownHelplineInAPartial_IsRefusedAtItsPath()
    {
        string file = Write("h.json", Aggregate2021.Replace("\"1712\"", "\"no-such-line\"", StringComparison.Ordinal).Replace("VALUE", "5", StringComparison.Ordinal));
        string error = Refused("aggregate", file, "--partial");
        Assert.Contains($"{file}: $.counts[0].helpline: the helpline 'no-such-line'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_PartialWithAPartAboveItsTotal_IsRefusedWhenRead()
    {
        string file = Write("p.json", "{\"format\":\"helplinestats-aggregate/1\",\"granularity\":\"year\",\"counts\":["
            + "{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"value\":10},"
            + "{\"helpline\":\"1712\",\"period\":\"2021\",\"metric\":\"calls\",\"channel\":\"phone\",\"value\":11}]}");
        string error = Refused("aggregate", file, "--partial");
        Assert.Contains($"{file}: $.counts: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_ALineThatNeverEnds_IsRefusedWithItsLineNumber()
    {
        string file = PathOf("zero.csv");
        using (var stream = File.Create(file))
        {
            stream.Write(Encoding.ASCII.GetBytes("helpline,date,channel,outcome,caller_relation,caller_gender,anonymous,topics,victims,referred\n"));
            stream.Write(new byte[(1 << 20) + 10]);
        }
        string error = Refused("aggregate", file);
        Assert.Contains($"{file}(2): line 2: the line is longer than 1048576 bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_ObservationsInATaxonomyDefinedInTheFile_WritesItAndReadsBack()
    {
        string file = Write("own.json", """
            {"format": "helplinestats/1",
             "taxonomies": [{"id": "caller-age", "version": 1, "name": "Caller age", "categories": [{"id": "young", "label": "Young"}]}],
             "reports": [{"helpline": "1712", "period": "2021", "observations": [
               {"period": "2021", "metric": "calls", "value": 10},
               {"period": "2021", "metric": "calls", "category": "caller-age:young", "value": 4}]}]}
            """);
        string exported = PathOf("exported.json");
        (int code, _, string error) = CliRunner.Run("export", "--input", file, "--output", exported);
        Assert.True(code == 0, error);
        Assert.Contains("\"caller-age\"", File.ReadAllText(exported), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("report", exported).Code);
    }

    [Fact]
    public void ExportCsv_ADatasetWithItsOwnHelplineAndTaxonomy_ReadsBackToTheSameDataset()
    {
        string file = Write("own.json", """
            {"format": "helplinestats/1",
             "taxonomies": [{"id": "caller-age", "version": 1, "name": "Caller age", "categories": [{"id": "young", "label": "Young"}]}],
             "helplines": [{"id": "own-line", "name": "Own line", "description": "Made up.", "launchDate": "2019-01-01",
                            "anonymity": "always-anonymous", "channels": [{"channel": "phone"}]}],
             "reports": [{"helpline": "own-line", "period": "2021", "observations": [
               {"period": "2021", "metric": "calls", "value": 10},
               {"period": "2021", "metric": "calls", "category": "caller-age:young", "value": 4}]}]}
            """);
        string csv = PathOf("own.csv");
        Assert.Equal(0, CliRunner.Run("export", "--input", file, "--format", "csv", "--output", csv).Code);
        (int code, string fromCsv, string error) = CliRunner.Run("export", "--input", csv);
        Assert.True(code == 0, error);
        Assert.Equal(CliRunner.Run("export", "--input", file).Output, fromCsv);
    }

    [Theory]
    [InlineData("taxonomy_version", "1", "does not apply to a highest-since-launch figure row")]
    [InlineData("value", "8515", "does not apply to a highest-since-launch figure row")]
    [InlineData("breakdown", "channel", "does not apply to a highest-since-launch figure row")]
    public void Report_TidyCsvValueInAColumnThatDoesNotApply_IsRefusedAtItsLineAndColumn(string column, string value, string problem)
    {
        string[] columns = "record,helpline,report,period_start,period_end,metric,channel,category,taxonomy_version,breakdown,coverage,role,figure_id,kind,value,precision,qualifier,whole_period_start,whole_period_end,whole_metric,whole_channel,whole_category,basis,comparison_start,comparison_end".Split(',');
        string[] row = new string[columns.Length];
        Array.Fill(row, "");
        void Set(string name, string text) => row[Array.IndexOf(columns, name)] = text;
        Set("record", "figure");
        Set("helpline", "1712");
        Set("report", "2021");
        Set("period_start", "2012-03-12");
        Set("period_end", "2021-12-31");
        Set("metric", "calls");
        Set("figure_id", "record-year");
        Set("kind", "highest-since-launch");
        Set("qualifier", "none");
        Set(column, value);
        string file = Write("tidy.csv", string.Join(",", columns) + "\n" + string.Join(",", row) + "\n");
        string error = Refused("report", file);
        Assert.Contains($"{file}(2,{Array.IndexOf(columns, column) + 1}): line 2, column \"{column}\": \"{value}\" {problem}", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_OutputInAMissingDirectory_SaysSo()
    {
        string error = Refused("generate", "--count", "1", "--output", Path.Combine(_folder, "missing", "r.csv"));
        Assert.Contains("--output: the directory", error, StringComparison.Ordinal);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_OutputOntoADirectory_SaysSo()
    {
        string error = Refused("generate", "--count", "1", "--output", _folder);
        Assert.Contains($"--output: {_folder} is a directory", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_OutputIsTheInput_IsRefusedAndTheInputIsUnchanged()
    {
        string records = PathOf("r.csv");
        Assert.Equal(0, CliRunner.Run("generate", "--count", "5", "--output", records).Code);
        byte[] before = File.ReadAllBytes(records);
        string error = Refused("aggregate", records, "--output", records);
        Assert.Contains("is also an input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(records));
    }

    [Fact]
    public void Export_OutputIsALinkToTheInput_IsRefusedAndTheInputIsUnchanged()
    {
        string data = PathOf("d.json");
        Assert.Equal(0, CliRunner.Run("export", "--output", data).Code);
        byte[] before = File.ReadAllBytes(data);
        string link = PathOf("link.json");
        File.CreateSymbolicLink(link, data);
        string error = Refused("export", "--input", data, "--format", "csv", "--output", link);
        Assert.Contains("is also an input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Theory]
    [InlineData("aggregate")]
    [InlineData("export")]
    public void Output_AHardLinkToTheInput_IsRefusedAndTheInputIsUnchanged(string command)
    {
        // Two names of one file: the paths differ after resolving every symbolic link; the device and inode do not.
        string input = PathOf(command == "aggregate" ? "r.csv" : "d.json");
        string[] make = command == "aggregate" ? ["generate", "--count", "5", "--output", input] : ["export", "--output", input];
        Assert.Equal(0, CliRunner.Run(make).Code);
        byte[] before = File.ReadAllBytes(input);
        string link = PathOf("other-name.csv");
        HardLink(input, link);
        string error = command == "aggregate"
            ? Refused("aggregate", input, "--output", link)
            : Refused("export", "--input", input, "--format", "csv", "--output", link);
        Assert.Contains($"{link} is also an input ({input})", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Equal(before, File.ReadAllBytes(link));
    }

    [Fact]
    public void Aggregate_OutputInALinkedDirectoryIsTheInput_IsRefused()
    {
        string records = GeneratedRecords("r.csv");
        byte[] before = File.ReadAllBytes(records);
        string linkedFolder = PathOf("same-folder");
        Directory.CreateSymbolicLink(linkedFolder, _folder);
        string error = Refused("aggregate", records, "--output", Path.Combine(linkedFolder, "r.csv"));
        Assert.Contains("is also an input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(records));
    }

    [Fact]
    public void Aggregate_OutputIsACopyOfTheInput_IsWrittenAndTheInputIsUnchanged()
    {
        string records = GeneratedRecords("r.csv");
        byte[] before = File.ReadAllBytes(records);
        string copy = PathOf("copy.csv");
        File.Copy(records, copy);
        (int code, _, string error) = CliRunner.Run("aggregate", records, "--output", copy);
        Assert.True(code == 0, error);
        Assert.Equal(before, File.ReadAllBytes(records));
        Assert.NotEqual(before, File.ReadAllBytes(copy));
    }

    [Fact]
    public void FileIdentity_HardLinksSymbolicLinksAndCopies_AreOneFileExactlyWhenTheyShareAnInode()
    {
        string file = Write("a.txt", "text\n");
        string hard = PathOf("hard.txt");
        HardLink(file, hard);
        string symbolic = PathOf("symbolic.txt");
        File.CreateSymbolicLink(symbolic, file);
        string copy = PathOf("copy.txt");
        File.Copy(file, copy);
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(FileIdentity.Of(file));
            return;
        }
        Assert.NotNull(FileIdentity.Of(file));
        Assert.True(FileIdentity.Same(file, hard));
        Assert.True(FileIdentity.Same(symbolic, file));
        Assert.False(FileIdentity.Same(file, copy));
        Assert.False(FileIdentity.Same(file, PathOf("missing.txt")));
        Assert.Null(FileIdentity.Of(PathOf("missing.txt")));
    }

    /// <summary>Five generated records in a new file.</summary>
    private string GeneratedRecords(string name)
    {
        string path = PathOf(name);
        Assert.Equal(0, CliRunner.Run("generate", "--count", "5", "--output", path).Code);
        return path;
    }

    /// <summary>A second name for <paramref name="file"/>, made by ln (the CLI tells hard links apart on Linux).</summary>
    private static void HardLink(string file, string link)
    {
        var start = new System.Diagnostics.ProcessStartInfo("ln", [file, link]);
        start.RedirectStandardOutput = true;
        using var process = System.Diagnostics.Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && File.Exists(link), $"could not make the hard link {link}");
    }

    [Fact]
    public void Output_AWriteThatFailsPartWay_LeavesThePreviousFileAndNoTemporaryFile()
    {
        string target = Write("out.csv", "the previous content\n");
        var e = Assert.Throws<CliInputException>(() => CliOutput.WriteFile(target, Array.Empty<string>(),
            writer => writer.Write(new string('x', 100_000)), path => new FailingStream(File.Create(path), failAfter: 1000)));
        Assert.StartsWith($"--output: cannot write {target}: No space left on device", e.Message, StringComparison.Ordinal);
        Assert.Equal("the previous content\n", File.ReadAllText(target));
        Assert.Equal(new[] { "out.csv" }, Directory.GetFiles(_folder).Select(Path.GetFileName).ToArray());
    }

    [Fact]
    public void Output_AWriteThatSucceeds_ReplacesTheFileWhole()
    {
        string target = Write("out.csv", "the previous content, longer than what replaces it\n");
        CliOutput.WriteFile(target, Array.Empty<string>(), writer => writer.Write("new\n"), path => File.Create(path));
        Assert.Equal("new\n", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void AnyCommand_StandardOutputFails_SaysSoInOneLineAndExitsTwo()
    {
        var output = new StreamWriter(new FailingStream(new MemoryStream(), failAfter: 10)) { AutoFlush = true };
        var error = new StringWriter();
        int code = CliApp.Run(new[] { "export" }, output, error, CliRunner.NewYearsEve);
        Assert.Equal(CliApp.ExitBadInput, code);
        Assert.Equal("helpline-stats: cannot write to standard output: No space left on device\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("aggregate x.csv --granularity week", "helpline-stats: --granularity: ", "'day', 'month', 'quarter', 'year'")]
    [InlineData("export --format yaml", "helpline-stats: --format: ", "'json', 'csv'")]
    [InlineData("generate --count", "helpline-stats: --count: ", "missing")]
    [InlineData("generate --count abc", "helpline-stats: --count: ", "'abc'")]
    [InlineData("generate --year 99999", "helpline-stats: --year: must lie between 1 and 9999; it was 99999.", "")]
    [InlineData("report --bogus", "helpline-stats: '--bogus' is not an option of report; its options are --input,", "")]
    [InlineData("compsoe --help", "helpline-stats: 'compsoe' is not a command; the commands are report, audit, export, generate, aggregate, compose.", "")]
    [InlineData("", "helpline-stats: no command given; the commands are report, audit, export, generate, aggregate, compose", "")]
    public void CommandLine_BadOptionOrCommand_IsOneLineWithWhatIsValid(string args, string start, string contains)
    {
        string error = Refused(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(start, error, StringComparison.Ordinal);
        Assert.Contains(contains, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ADirectoryGivenAsAFile_SaysItIsADirectory()
    {
        string error = Refused("report", _folder);
        Assert.Equal($"helpline-stats: {_folder}: is a directory; give a file.\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Report_AHugeBadValue_IsQuotedEscapedAndCut()
    {
        string value = "2021\r\n" + new string('9', 1_000_000);
        string file = Write("big.json", "{\"format\": \"helplinestats/1\", \"reports\": [{\"helpline\": \"1712\", \"period\": \""
            + value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"}]}");
        string error = Refused("report", file);
        Assert.Contains("\"2021\\r\\n999", error, StringComparison.Ordinal);
        Assert.Contains("(1000006 characters)", error, StringComparison.Ordinal);
        Assert.True(error.Length < 400, error);
    }

    [Fact]
    public void Run_ABugInACommand_ExitsThreeAndSaysItIsABug()
    {
        // No option value reaches this path: a null argument array is a programming error, as a bug in a command would be.
        var error = new StringWriter();
        int code = CliApp.Run(null!, new StringWriter(), error, CliRunner.NewYearsEve);
        Assert.Equal(CliApp.ExitInternalError, code);
        Assert.StartsWith("helpline-stats: internal error (a bug in helpline-stats, not a problem with the input): ", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("HELPLINESTATS_DEBUG=1", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ABugWithDebugOn_AddsTheStackTrace()
    {
        var error = new StringWriter();
        int code = CliApp.Run(null!, new StringWriter(), error, CliRunner.NewYearsEve, debug: true);
        Assert.Equal(CliApp.ExitInternalError, code);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>A stream that accepts <c>failAfter</c> bytes and then fails as a full disk does.</summary>
internal sealed class FailingStream(Stream inner, long failAfter) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _written; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (_written + count > failAfter)
        {
            throw new IOException("No space left on device");
        }
        inner.Write(buffer, offset, count);
        _written += count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
