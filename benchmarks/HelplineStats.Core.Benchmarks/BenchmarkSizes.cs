using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// The record counts of the record benchmarks: the given defaults, or the comma-separated counts in
/// HELPLINESTATS_BENCHMARK_SIZES, or 10,000 when HELPLINESTATS_BENCHMARK_SMOKE is set (the CI smoke, which only checks
/// that every benchmark runs).
/// </summary>
internal static class BenchmarkSizes
{
    internal static IEnumerable<int> Or(params int[] defaults)
    {
        if (Environment.GetEnvironmentVariable("HELPLINESTATS_BENCHMARK_SMOKE") is { Length: > 0 })
        {
            return new[] { 10_000 };
        }
        return Environment.GetEnvironmentVariable("HELPLINESTATS_BENCHMARK_SIZES") is { Length: > 0 } sizes
            ? sizes.Split(',').Select(size => int.Parse(size, NumberStyles.AllowThousands, CultureInfo.InvariantCulture)).ToArray()
            : defaults;
    }
}
