using System;
using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher) and, unlike the switcher, exits non-zero
/// when nothing ran, a benchmark failed, or validation found a critical error.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        if (args.Any(arg => arg is "--list" or "--help" or "-h" or "--version"))
        {
            return 0;
        }
        if (summaries.Length == 0 || summaries.All(summary => summary.Reports.IsEmpty))
        {
            Console.Error.WriteLine("No benchmark ran: check the --filter.");
            return 1;
        }
        var failures = summaries.SelectMany(summary => summary.Reports)
            .Where(report => !report.Success || !report.BuildResult.IsBuildSuccess)
            .Select(report => report.BenchmarkCase.DisplayInfo)
            .Concat(summaries.SelectMany(summary => summary.ValidationErrors).Where(error => error.IsCritical).Select(error => error.Message))
            .ToList();
        foreach (string failure in failures)
        {
            Console.Error.WriteLine($"Benchmark failed: {failure}");
        }
        return failures.Count == 0 ? 0 : 1;
    }
}
