using System;
using System.IO;
using System.Reflection;

namespace HelplineStats.Core.Tests;

/// <summary>What a docs sample prints: its static <c>Run</c> method run with standard output captured (also linked into the rendering tests).</summary>
internal static class SampleOutput
{
    /// <summary>Runs <paramref name="sample"/>'s <c>Run()</c> and returns what it wrote, lines ending in <c>\n</c>.</summary>
    internal static string Of(Type sample)
    {
        TextWriter original = Console.Out;
        var captured = new StringWriter { NewLine = "\n" };
        try
        {
            Console.SetOut(captured);
            sample.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);
        }
        finally
        {
            Console.SetOut(original);
        }
        return captured.ToString();
    }
}
