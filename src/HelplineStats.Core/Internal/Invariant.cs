using System.Globalization;

namespace HelplineStats.Core.Internal;

/// <summary>Invariant-culture wording shared by the <c>ToString</c> methods of the model (diagnostics, not statements).</summary>
internal static class Invariant
{
    /// <summary>"1 report", "2 reports".</summary>
    internal static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>The invariant words of a qualifier with a trailing space ("almost "), or nothing for none.</summary>
    internal static string Words(Model.Qualifier qualifier) => qualifier switch
    {
        Model.Qualifier.None => "",
        Model.Qualifier.About => "about ",
        Model.Qualifier.Almost => "almost ",
        Model.Qualifier.MoreThan => "more than ",
        Model.Qualifier.LessThan => "less than ",
        _ => throw new System.ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined qualifier."),
    };
}
