using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HelplineStats.Core.Tests;

/// <summary>
/// samples/PackageConsumer restores as docs/getting-started.md says on a fresh machine: its nuget.config adds the folder
/// .ci/run packs into (artifacts/packages) for HelplineStats.* and nuget.org for the rest, it references every package
/// its code uses, and the page's commands pack each of them there (issue 25: it failed with NU1101, with no nuget.config,
/// its restore source only in a comment, and the Rendering package never packed by the documented command).
/// </summary>
public sealed class PackageConsumerTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "samples", "PackageConsumer");

    private static string[] ReferencedPackages() =>
        XDocument.Load(Path.Combine(Folder, "PackageConsumer.csproj")).Descendants("PackageReference")
            .Select(reference => (string)reference.Attribute("Include")!).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void NugetConfig_AddsTheFolderCiPacksInto_ForHelplineStatsOnly_AndNugetOrgForTheRest()
    {
        XDocument config = XDocument.Load(Path.Combine(Folder, "nuget.config"));
        var sources = config.Descendants("packageSources").Single().Elements("add")
            .ToDictionary(add => (string)add.Attribute("key")!, add => (string)add.Attribute("value")!);
        Assert.Equal("https://api.nuget.org/v3/index.json", sources["nuget.org"]);
        string local = Assert.Single(sources, source => !source.Value.StartsWith("https://", StringComparison.Ordinal)).Key;
        Assert.Equal(Path.Combine(RepoPaths.Root, "artifacts", "packages"), Path.GetFullPath(Path.Combine(Folder, sources[local])));
        string ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
        Assert.Contains("artifacts=\"$root/artifacts\"", ci, StringComparison.Ordinal);
        var mapping = config.Descendants("packageSourceMapping").Single().Elements("packageSource")
            .ToDictionary(source => (string)source.Attribute("key")!, source => source.Elements("package").Select(p => (string)p.Attribute("pattern")!).ToArray());
        Assert.Equal(new[] { "HelplineStats.*" }, mapping[local]);
        Assert.Equal(new[] { "*" }, mapping["nuget.org"]);
    }

    [Fact]
    public void Project_ReferencesEveryHelplineStatsPackageItsCodeUses()
    {
        string[] used = Regex.Matches(File.ReadAllText(Path.Combine(Folder, "Program.cs")), @"^using (?<ns>HelplineStats\.[A-Za-z]+)", RegexOptions.Multiline)
            .Select(match => match.Groups["ns"].Value).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "HelplineStats.Core", "HelplineStats.Rendering" }, used);
        Assert.Equal(used, ReferencedPackages().Where(id => id.StartsWith("HelplineStats.", StringComparison.Ordinal)));
    }

    [Fact]
    public void GettingStarted_GivesCommandsThatPackEveryReferencedPackageThenRunTheConsumer()
    {
        string page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "getting-started.md")).ReplaceLineEndings("\n");
        Match block = Regex.Match(page, "```sh\n(?<lines>[^`]*dotnet run --project samples/PackageConsumer[^`]*)```");
        Assert.True(block.Success, "docs/getting-started.md has no sh block that runs samples/PackageConsumer.");
        string[] lines = block.Groups["lines"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (string id in ReferencedPackages())
        {
            Assert.Contains($"dotnet pack src/{id} -c Release -o artifacts/packages", lines);
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", id, id + ".csproj")), $"src/{id} is not a project of the repository.");
        }
        Assert.Equal("dotnet run --project samples/PackageConsumer", lines[^1]);
    }

    [Fact]
    public void CiRun_PacksEveryReferencedPackage_AndRunsTheConsumerInPlaceAsTheDocsDo()
    {
        string ci = File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run"));
        foreach (string id in ReferencedPackages())
        {
            Assert.Contains($"dotnet pack src/{id}/{id}.csproj -c Release --no-build -o \"$artifacts/packages\"", ci, StringComparison.Ordinal);
        }
        Assert.Contains("dotnet run --project samples/PackageConsumer -c Release -p:HelplineStatsVersion=\"$version\"", ci, StringComparison.Ordinal);
        // A source added on the command line would be ignored for HelplineStats.* under the nuget.config's mapping.
        Assert.DoesNotContain("RestoreAdditionalProjectSources", ci, StringComparison.Ordinal);
    }
}
