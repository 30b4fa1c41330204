using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using HelplineStats.Core.Figures;

namespace HelplineStats.Core.Benchmarks;

/// <summary>
/// Percentages that add up to 100 at one decimal, for 10, 1,000 and 100,000 categories. The baseline is the obvious
/// way with decimal and LINQ (decimal shares, sort the remainders, hand out the missing tenths); sorting the same
/// number of decimals is the floor that no largest-remainder method can beat by much.
/// </summary>
[MemoryDiagnoser]
public class ApportionmentBenchmarks
{
    private (string Key, long Count)[] _items = Array.Empty<(string, long)>();
    private decimal[] _decimals = Array.Empty<decimal>();
    private decimal[] _scratch = Array.Empty<decimal>();

    [Params(10, 1_000, 100_000)]
    public int Categories { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        _items = Enumerable.Range(0, Categories).Select(i => ("c" + i, (long)random.Next(0, 50_000))).ToArray();
        long total = _items.Sum(item => item.Count);
        _decimals = _items.Select(item => item.Count * 100m / total).ToArray();
        _scratch = new decimal[Categories];
    }

    [Benchmark(Baseline = true)]
    public decimal NaiveDecimalLinq()
    {
        long total = _items.Sum(item => item.Count);
        var exact = _items.Select(item => (item.Key, Tenths: item.Count * 1000m / total)).ToArray();
        var floors = exact.Select(item => Math.Floor(item.Tenths)).ToArray();
        int missing = (int)(1000m - floors.Sum());
        var winners = exact.Select((item, i) => (i, Remainder: item.Tenths - floors[i]))
            .OrderByDescending(item => item.Remainder).Take(missing).Select(item => item.i).ToHashSet();
        return floors.Select((floor, i) => (winners.Contains(i) ? floor + 1 : floor) / 10m).Sum();
    }

    [Benchmark]
    public decimal LargestRemainder() => Apportionment.LargestRemainder(_items, 1, 100).Sum!.Value;

    [Benchmark]
    public decimal SortDecimalsFloor()
    {
        Array.Copy(_decimals, _scratch, _decimals.Length);
        Array.Sort(_scratch);
        return _scratch[^1];
    }
}
