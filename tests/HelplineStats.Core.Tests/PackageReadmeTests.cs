using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelplineStats.Core.Tests;

/// <summary>
/// The README inside each package is the one on the package's page: written for its users, packed from the project's
/// own folder, and with links that work there (absolute, or none). DocSampleTests checks its code and output.
/// </summary>
public sealed class PackageReadmeTests
{
    public static TheoryData<string> PackedProjects()
    {
        var data = new TheoryData<string>();
        foreach (string project in PackedProjectPaths())
        {
            data.Add(project);
        }
        return data;
    }

    [Fact]
    public void PackedProjects_AreFound()
    {
        Assert.Contains(Path.Combine("src", "HelplineStats.Core", "HelplineStats.Core.csproj"), PackedProjectPaths());
    }

    private static string[] PackedProjectPaths() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Where(path => File.ReadAllText(path).Contains("<IsPackable>true</IsPackable>", System.StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path))
            .Order(System.StringComparer.Ordinal)
            .ToArray();

    [Theory]
    [MemberData(nameof(PackedProjects))]
    public void PackedProject_Readme_IsItsOwnFolders(string project)
    {
        string csproj = File.ReadAllText(Path.Combine(RepoPaths.Root, project));
        Assert.Contains("<PackageReadmeFile>README.md</PackageReadmeFile>", csproj, System.StringComparison.Ordinal);
        Assert.Contains("<None Include=\"README.md\" Pack=\"true\" PackagePath=\"/\" />", csproj, System.StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, Path.GetDirectoryName(project)!, "README.md")), $"{project} has no README.md beside it.");
    }

    [Theory]
    [MemberData(nameof(PackedProjects))]
    public void PackedProject_ReadmeLinks_AreAbsolute(string project)
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, Path.GetDirectoryName(project)!, "README.md"));
        string[] targets = Regex.Matches(readme, @"\]\((?<target>[^)\s]+)\)|(?:href|src)=""(?<target>[^""]+)""")
            .Select(match => match.Groups["target"].Value)
            .ToArray();
        Assert.All(targets, target => Assert.StartsWith("https://", target, System.StringComparison.Ordinal));
    }

    [Fact]
    public void CoreReadme_ForAUser_SaysHowToInstallAndShowsACheckedExample()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "HelplineStats.Core", "README.md"));
        Assert.Contains("dotnet add package HelplineStats.Core", readme, System.StringComparison.Ordinal);
        Assert.Contains("<!-- snippet: package-readme -->", readme, System.StringComparison.Ordinal);
        Assert.Contains("<!-- output: package-readme -->", readme, System.StringComparison.Ordinal);
    }
}
