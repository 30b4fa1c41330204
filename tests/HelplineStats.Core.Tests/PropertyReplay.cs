using System;
using System.Text.RegularExpressions;
using FsCheck.Xunit;

[assembly: HelplineStats.Core.Tests.PropertyReplay]

namespace HelplineStats.Core.Tests;

/// <summary>
/// Every FsCheck property of the suite starts from one fixed seed when the environment variable
/// <c>HELPLINESTATS_FSCHECK_REPLAY</c> holds one, such as <c>12345,67890</c> (FsCheck's replay format: "seed,gamma" or
/// "seed,gamma,size", with or without parentheses); without it each run picks random seeds, as usual. The mutation test
/// (scripts/mutation-test) sets it, so a mutant meets the same cases on every run and a kill is never luck. A property
/// that names its own <c>Replay</c> keeps it.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed partial class PropertyReplayAttribute : PropertiesAttribute
{
    /// <summary>The name of the environment variable that holds the seed.</summary>
    public const string Variable = "HELPLINESTATS_FSCHECK_REPLAY";

    /// <summary>Reads the seed from <see cref="Variable"/>, if set.</summary>
    public PropertyReplayAttribute()
    {
        if (Seed(Environment.GetEnvironmentVariable(Variable)) is string seed)
        {
            Replay = seed;
        }
    }

    /// <summary>The replay seed in <paramref name="value"/>; <c>null</c> when it is empty.</summary>
    /// <exception cref="FormatException">The value is not "seed,gamma" or "seed,gamma,size" in whole numbers.</exception>
    internal static string? Seed(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        string seed = value.Trim();
        if (!ReplayPattern().IsMatch(seed))
        {
            throw new FormatException($"{Variable} must be \"seed,gamma\" or \"seed,gamma,size\" in whole numbers, such as 12345,67890; it was \"{seed}\".");
        }
        return seed;
    }

    [GeneratedRegex(@"^\(?\d{1,20},\d{1,20}(,\d{1,10})?\)?$")]
    private static partial Regex ReplayPattern();
}
