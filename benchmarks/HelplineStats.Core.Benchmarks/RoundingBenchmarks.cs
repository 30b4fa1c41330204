using System;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// What exactness costs: a share of two counts shown as a percentage with one decimal. The baseline is the usual
/// decimal division with Math.Round (exact enough for small counts, but it rounds a 28-digit approximation, not the
/// fraction); the library decides on the exact fraction.
/// </summary>
[MemoryDiagnoser]
public class RoundingBenchmarks
{
    private long[] _parts = Array.Empty<long>();
    private long[] _wholes = Array.Empty<long>();

    [Params(1_000)]
    public int Shares { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        _wholes = new long[Shares];
        _parts = new long[Shares];
        for (int i = 0; i < Shares; i++)
        {
            _wholes[i] = random.NextInt64(1, 200_000);
            _parts[i] = random.NextInt64(0, _wholes[i] + 1);
        }
    }

    [Benchmark(Baseline = true)]
    public decimal DecimalMathRound()
    {
        decimal sum = 0;
        for (int i = 0; i < _parts.Length; i++)
        {
            sum += Math.Round(_parts[i] * 100m / _wholes[i], 1, MidpointRounding.AwayFromZero);
        }
        return sum;
    }

    [Benchmark]
    public decimal RationalRound()
    {
        decimal sum = 0;
        for (int i = 0; i < _parts.Length; i++)
        {
            sum += Rational.Of(_parts[i] * 100, _wholes[i]).Round(1, RoundingMode.HalfAwayFromZero);
        }
        return sum;
    }
}
