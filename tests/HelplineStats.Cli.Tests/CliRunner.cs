using System.IO;
using HelplineStats.Cli;
using NodaTime;
using NodaTime.Testing;

namespace HelplineStats.Cli.Tests;

/// <summary>Runs the command line in-process with captured output and a fixed clock.</summary>
internal static class CliRunner
{
    /// <summary>2021-12-31 23:30 UTC, which is already 2022-01-01 in Brussels.</summary>
    internal static readonly FakeClock NewYearsEve = new(Instant.FromUtc(2021, 12, 31, 23, 30));

    internal static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error, NewYearsEve);
        return (code, output.ToString(), error.ToString());
    }
}
