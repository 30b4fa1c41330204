using System;
using System.CommandLine;
using System.IO;

namespace HelplineStats.Cli;

/// <summary>Where a command's result goes: the <c>--output</c> file when given, standard output otherwise.</summary>
internal static class CliOutput
{
    /// <exception cref="CliInputException">The file cannot be written.</exception>
    internal static void Write(ParseResult parsed, string? path, string text)
    {
        if (path is null)
        {
            parsed.InvocationConfiguration.Output.WriteLine(text);
            return;
        }
        try
        {
            File.WriteAllText(path, text + "\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"--output: cannot write {path}: {e.Message}");
        }
    }
}
