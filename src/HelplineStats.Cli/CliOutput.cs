using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;

namespace HelplineStats.Cli;

/// <summary>
/// Where a command's result goes: the <c>--output</c> file when given, standard output otherwise. A file is never
/// written in place: the result goes to a temporary file beside it, which replaces the file only once it is complete,
/// so a full disk or any other failure leaves the previous file as it was. An output that is one of the command's inputs
/// (after resolving symbolic links, or a hard link to it: the same device and inode) is refused before anything is read or
/// written.
/// </summary>
internal static class CliOutput
{
    /// <summary>Writes <paramref name="text"/> and a line end to the output.</summary>
    /// <exception cref="CliInputException">The file cannot be written, or it is one of the inputs.</exception>
    internal static void Write(ParseResult parsed, string? path, IEnumerable<string> inputs, string text) =>
        Write(parsed, path, inputs, writer =>
        {
            writer.Write(text);
            writer.Write('\n');
        });

    /// <summary>Runs <paramref name="write"/> on the output.</summary>
    /// <exception cref="CliInputException">The file cannot be written, or it is one of the inputs.</exception>
    internal static void Write(ParseResult parsed, string? path, IEnumerable<string> inputs, Action<TextWriter> write)
    {
        if (path is null)
        {
            write(parsed.InvocationConfiguration.Output);
            return;
        }
        WriteFile(path, inputs, write, OpenNew);
    }

    /// <summary>Refuses an output that cannot be one: a folder, a file in a missing folder, or one of the inputs.</summary>
    /// <exception cref="CliInputException">The output is not a place to write to.</exception>
    internal static void Check(string path, IEnumerable<string> inputs)
    {
        if (path.Length == 0)
        {
            throw new CliInputException("--output: the file name is empty.");
        }
        if (Directory.Exists(path))
        {
            throw new CliInputException($"--output: {path} is a directory; give a file name.");
        }
        string target = FilePaths.Canonical(path);
        string? folder = Path.GetDirectoryName(target);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliInputException($"--output: the directory {Path.GetDirectoryName(Path.GetFullPath(path))} does not exist.");
        }
        if (inputs.FirstOrDefault(input => FilePaths.Same(FilePaths.Canonical(input), target) || FileIdentity.Same(input, path)) is string same)
        {
            throw new CliInputException($"--output: {path} is also an input ({same}); write to another file, so the input is not lost.");
        }
    }

    /// <summary>Checks the output, then writes it through a temporary file opened by <paramref name="open"/>.</summary>
    /// <exception cref="CliInputException">The file cannot be written, or it is one of the inputs; the previous file is left as it was.</exception>
    internal static void WriteFile(string path, IEnumerable<string> inputs, Action<TextWriter> write, Func<string, Stream> open)
    {
        Check(path, inputs);
        try
        {
            AtomicFile.Write(FilePaths.Canonical(path), stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
                write(writer);
            }, open);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--output: cannot write {path}: {e.Message.ReplaceLineEndings(" ")} The previous file, if any, is unchanged.");
        }
    }

    private static FileStream OpenNew(string path) => new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
}
