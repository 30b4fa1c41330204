using System;
using System.IO;
using HelplineStats.Core.IO;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Data;

/// <summary>
/// The data that ships inside the package: the 2021 figures of the three Flemish helplines (1712, Tele-Onthaal and
/// Stop it Now!), read through <see cref="DatasetJsonReader"/> exactly like a user's file.
/// </summary>
/// <remarks>
/// <para>The file holds the counts the page gives and every figure it prints, as printed. Where the page gives only a
/// rounded percentage, that is a published figure, never an invented count. Two additions beside the 2021 reports: the
/// "10 years of 1712" of the page's title is a figure of a 1712 report for 2022 (the anniversary is on 12 March 2022),
/// and Tele-Onthaal's 139,092 calls of 2020 come from the design notes, not from the page.</para>
/// <para>Thread-safe; the dataset is read once, on first use.</para>
/// </remarks>
public static class EmbeddedData
{
    private const string ResourceName = "HelplineStats.Core.Data.flemish-helplines-2021.json";
    private static readonly Lazy<Dataset> Flemish = new(() =>
    {
        using Stream stream = OpenFlemishHelplines2021Json();
        return DatasetJsonReader.Read(stream, "embedded:flemish-helplines-2021.json");
    });

    /// <summary>The 2021 figures of 1712, Tele-Onthaal and Stop it Now! Flanders.</summary>
    public static Dataset FlemishHelplines2021 => Flemish.Value;

    /// <summary>Opens the embedded JSON file itself, for export or inspection; dispose of the stream.</summary>
    /// <returns>A readable stream of UTF-8 JSON.</returns>
    public static Stream OpenFlemishHelplines2021Json() =>
        typeof(EmbeddedData).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from the assembly.");
}
