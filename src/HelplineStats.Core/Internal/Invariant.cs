using System.Globalization;

namespace HelplineStats.Core.Internal;

/// <summary>Invariant-culture wording shared by the <c>ToString</c> methods of the model (diagnostics, not statements).</summary>
internal static class Invariant
{
    /// <summary>"1 report", "2 reports".</summary>
    internal static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
