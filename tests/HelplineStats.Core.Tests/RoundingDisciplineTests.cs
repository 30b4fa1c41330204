using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelplineStats.Core.Tests;

/// <summary>
/// Nothing in the library rounds without naming its policy: .NET's Math.Round and decimal.Round default to half to even,
/// so the library's sources may not call them at all; every rounding goes through Rational and RoundingPolicy.
/// </summary>
public sealed class RoundingDisciplineTests
{
    [Fact]
    public void LibrarySources_NeverCallMathRoundOrDecimalRound()
    {
        string source = Path.Combine(RepoPaths.Root, "src", "HelplineStats.Core");
        var offenders = Directory.GetFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(entry => Regex.IsMatch(entry.line, @"\b(Math|MathF|decimal|Decimal|double|Double)\.Round\s*\("))
            .Select(entry => $"{Path.GetRelativePath(source, entry.file)}:{entry.number}: {entry.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }
}
