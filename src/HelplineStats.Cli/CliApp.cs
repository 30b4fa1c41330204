using System;
using System.CommandLine;
using System.IO;
using NodaTime;

namespace HelplineStats.Cli;

/// <summary>
/// The composition root of <c>helpline-stats</c>: parses the arguments, runs one command, and turns every error into a
/// message on standard error and an exit code, never a stack trace.
/// </summary>
internal static class CliApp
{
    /// <summary>Success.</summary>
    internal const int ExitOk = 0;

    /// <summary>Bad input: unknown option or value, a file that cannot be read.</summary>
    internal const int ExitBadInput = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where messages go.</param>
    /// <param name="clock">The clock, read only where a command needs "today" and none was given.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, IClock clock)
    {
        var root = new RootCommand("helpline-stats: helpline figures, computed exactly and checked against what was published.")
        {
            ReportCommand.Create(clock),
            AuditCommand.Create(),
            ExportCommand.Create(),
            GenerateCommand.Create(),
            AggregateCommand.Create(),
        };
        ParseResult parsed = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            int code = parsed.Invoke(configuration);
            return parsed.Errors.Count > 0 ? ExitBadInput : code;
        }
        catch (CliInputException e)
        {
            error.WriteLine($"helpline-stats: {e.Message}");
            return ExitBadInput;
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"helpline-stats: {e.Message}");
            return ExitBadInput;
        }
    }
}
