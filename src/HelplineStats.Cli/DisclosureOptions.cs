using System.CommandLine;
using System.Globalization;
using System.IO;
using HelplineStats.Core.Disclosure;
using HelplineStats.Core.Model;

namespace HelplineStats.Cli;

/// <summary><c>--min-count K</c> and <c>--round-to B</c>: protect small counts before writing (compose, export).</summary>
internal sealed class DisclosureOptions
{
    private DisclosureOptions(Option<int?> minCount, Option<int?> roundTo)
    {
        MinCount = minCount;
        RoundTo = roundTo;
    }

    internal Option<int?> MinCount { get; }

    internal Option<int?> RoundTo { get; }

    internal static DisclosureOptions Create() => new(
        new Option<int?>("--min-count")
        {
            Description = "Protect small counts before writing: counts from 1 to K-1 written as 'fewer than K', further counts hidden so that none can be worked out, figures that would reveal one left out (docs/disclosure.md).",
        },
        new Option<int?>("--round-to") { Description = "With --min-count: write every other count rounded to a multiple of B, as the bounds that rounding leaves." });

    /// <summary>The policy the options ask for, or null when there is none.</summary>
    internal DisclosurePolicy? Policy(ParseResult parsed)
    {
        int? minimum = parsed.GetValue(MinCount);
        int? step = parsed.GetValue(RoundTo);
        if (minimum is null)
        {
            return step is null ? null : throw new CliInputException("--round-to needs --min-count: rounding alone would show a small count as '0 to 2' or '3 to 7'.");
        }
        if (step is < 2)
        {
            throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"--round-to must be at least 2; it was {step}."));
        }
        return PolicyOf("--min-count", minimum.Value, step);
    }

    /// <summary>The policy of a minimum count given by <paramref name="option"/>, refused in one line when too small.</summary>
    internal static DisclosurePolicy PolicyOf(string option, int minimum, int? step = null) => minimum >= DisclosurePolicy.SmallestMinimumCount
        ? new DisclosurePolicy(minimum, step)
        : throw new CliInputException(string.Create(CultureInfo.InvariantCulture,
            $"{option} must be at least {DisclosurePolicy.SmallestMinimumCount} (zeros are shown, so 'fewer than 2' would be the count itself); it was {minimum}."));

    /// <summary>The dataset protected under the options' policy (unchanged without one); what was withheld and hidden goes to standard error.</summary>
    internal Dataset Apply(ParseResult parsed, Dataset dataset)
    {
        if (Policy(parsed) is not DisclosurePolicy policy)
        {
            return dataset;
        }
        Protection protection;
        try
        {
            protection = policy.Protect(dataset);
        }
        catch (DataConflictException e)
        {
            throw new CliInputException($"--min-count: the counts cannot be protected: {e.Message}");
        }
        TextWriter error = parsed.InvocationConfiguration.Error;
        foreach (WithheldFigure withheld in protection.Withheld)
        {
            error.WriteLine($"helpline-stats: {withheld}");
        }
        error.WriteLine($"helpline-stats: {protection}; {protection.Check}");
        return protection.Dataset;
    }
}
