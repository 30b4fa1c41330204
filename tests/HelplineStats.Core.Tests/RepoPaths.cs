using System;
using System.IO;

namespace HelplineStats.Core.Tests;

/// <summary>Where the repository is, for tests that read its docs and sources.</summary>
internal static class RepoPaths
{
    /// <summary>
    /// The folder holding HelplineStats.Core.sln, found by walking up from the test binaries: CI builds map source paths
    /// (ContinuousIntegrationBuild), so the compiler's idea of a source file's path is not a real path there.
    /// </summary>
    internal static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HelplineStats.Core.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No HelplineStats.Core.sln above {AppContext.BaseDirectory}.");
    }
}
