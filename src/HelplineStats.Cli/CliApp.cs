using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.IO;
using System.Linq;
using HelplineStats.Core.IO;
using NodaTime;

namespace HelplineStats.Cli;

/// <summary>
/// The composition root of <c>helpline-stats</c>: parses the arguments, runs one command, and turns every error into one
/// line on standard error and an exit code, never a stack trace. Bad input (an option, a file, what is in a file, an
/// output that cannot be written) exits 2; a bug in the tool or the library exits 3 and says so.
/// </summary>
internal static class CliApp
{
    /// <summary>Success.</summary>
    internal const int ExitOk = 0;

    /// <summary>Bad input: unknown option or value, a file that cannot be read or written.</summary>
    internal const int ExitBadInput = 2;

    /// <summary>An internal error: a bug, not the user's mistake.</summary>
    internal const int ExitInternalError = 3;

    /// <summary>The environment variable that, set to 1, adds the stack trace to an internal error.</summary>
    internal const string DebugVariable = "HELPLINESTATS_DEBUG";

    private const string Tool = "helpline-stats";

    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where messages go.</param>
    /// <param name="clock">The clock, read only where a command needs "today" and none was given.</param>
    /// <param name="debug">Whether an internal error shows its stack trace.</param>
    /// <returns>The exit code.</returns>
    internal static int Run(string[] args, TextWriter output, TextWriter error, IClock clock, bool debug = false)
    {
        var root = new RootCommand("helpline-stats: helpline figures, computed exactly and checked against what was published.")
        {
            ReportCommand.Create(clock),
            AuditCommand.Create(),
            ExportCommand.Create(),
            GenerateCommand.Create(),
            AggregateCommand.Create(),
            ComposeCommand.Create(),
        };
        try
        {
            ParseResult parsed = root.Parse(args);
            if (Problem(root, parsed, args) is string problem)
            {
                error.WriteLine($"{Tool}: {problem}");
                return ExitBadInput;
            }
            var configuration = new InvocationConfiguration { Output = new StandardOutput(output), Error = error, EnableDefaultExceptionHandler = false };
            return parsed.Invoke(configuration);
        }
        catch (CliInputException e)
        {
            error.WriteLine($"{Tool}: {OneLine(e.Message)}");
            return ExitBadInput;
        }
        catch (DataFormatException e)
        {
            error.WriteLine($"{Tool}: {OneLine(e.Message)}");
            return ExitBadInput;
        }
        catch (OverflowException e)
        {
            // All arithmetic on counts is checked (and a sum of counts names them): an overflow comes from counts in the
            // input too large to add up, not from a bug.
            error.WriteLine($"{Tool}: the counts are too large to work with: {OneLine(e.Message)}");
            return ExitBadInput;
        }
        catch (Exception e)
        {
            error.WriteLine($"{Tool}: internal error (a bug in {Tool}, not a problem with the input): {e.GetType().Name}: {OneLine(e.Message)} "
                + (debug ? "The details follow." : $"Please report it; set {DebugVariable}=1 to see the details."));
            if (debug)
            {
                error.WriteLine(e.ToString());
            }
            return ExitInternalError;
        }
    }

    /// <summary>What is wrong with the command line before any command runs, or null when nothing is.</summary>
    private static string? Problem(RootCommand root, ParseResult parsed, string[] args)
    {
        string commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (parsed.CommandResult.Command == root)
        {
            string? first = args.FirstOrDefault(a => !a.StartsWith('-'));
            if (first is not null)
            {
                return $"{Quote(first)} is not a command; the commands are {commands}.";
            }
            if (parsed.Action is HelpAction || args.Contains("--version"))
            {
                return null;
            }
            return args.Length == 0
                ? $"no command given; the commands are {commands} (--help for more)."
                : $"{Quote(args[0])} is not an option here; give a command first: {commands}.";
        }
        if (parsed.Action is HelpAction)
        {
            return null;
        }
        if (parsed.Errors.Count > 0)
        {
            ParseError first = parsed.Errors[0];
            string message = string.Join(", ", first.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Replace(":,", ":", StringComparison.Ordinal);
            return first.SymbolResult is OptionResult option ? $"{option.Option.Name}: {message}" : message;
        }
        // An argument that looks like an option and is no file is an unknown option, not a missing file.
        foreach (ArgumentResult argument in parsed.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (Token token in argument.Tokens)
            {
                if (token.Value.Length > 1 && token.Value.StartsWith('-') && !File.Exists(token.Value))
                {
                    string options = string.Join(", ", parsed.CommandResult.Command.Options.Select(o => o.Name).Where(n => n.StartsWith("--", StringComparison.Ordinal)));
                    return $"{Quote(token.Value)} is not an option of {parsed.CommandResult.Command.Name}; its options are {options}.";
                }
            }
        }
        return null;
    }

    /// <summary>A value from the command line, quoted and cut so that it cannot make a long or broken line.</summary>
    internal static string Quote(string value)
    {
        string shown = value.Length > 60 ? value[..60] + "..." : value;
        return "'" + string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "'";
    }

    /// <summary>A message on one line, without the "(Parameter 'x')" and "Actual value was" tails of argument exceptions.</summary>
    internal static string OneLine(string message)
    {
        int actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
        string text = actual >= 0 ? message[..actual] : message;
        int parameter = text.LastIndexOf(" (Parameter '", StringComparison.Ordinal);
        if (parameter >= 0 && text.EndsWith("')", StringComparison.Ordinal))
        {
            text = text[..parameter];
        }
        return text.ReplaceLineEndings(" ").Trim();
    }
}
