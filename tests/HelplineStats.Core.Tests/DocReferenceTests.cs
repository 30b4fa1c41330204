using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelplineStats.Core.Tests;

/// <summary>
/// What the repository's scripts and pages point to exists: a script's comment that names a doc (docs/*.md, a folder
/// under docs) names a real one, and every relative link of a page resolves. A renamed page cannot leave a script
/// pointing at nothing (scripts/run-notebooks named a docs/notebooks.md that never existed; issue 25).
/// </summary>
public sealed class DocReferenceTests
{
    private static readonly Regex DocPath = new(@"(?<![\w/.-])docs/[\w./-]*[\w/]", RegexOptions.CultureInvariant);

    private static readonly Regex Link = new(@"\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant);

    public static TheoryData<string> Scripts()
    {
        var data = new TheoryData<string>();
        foreach (string script in Directory.GetFiles(Path.Combine(RepoPaths.Root, "scripts")).Append(Path.Combine(RepoPaths.Root, ".ci", "run")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, script));
        }
        return data;
    }

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (string page in Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(RepoPaths.Root, "README.md")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, page));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_EveryDocItNames_Exists(string script)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Root, script));
        string[] missing = DocPath.Matches(text).Select(m => m.Value.TrimEnd('/'))
            .Where(path => !File.Exists(Path.Combine(RepoPaths.Root, path)) && !Directory.Exists(Path.Combine(RepoPaths.Root, path)))
            .Distinct().ToArray();
        Assert.True(missing.Length == 0, $"{script} names {string.Join(", ", missing)}, which do not exist.");
    }

    [Fact]
    public void Scripts_NameDocs_SoTheTestChecksSomething()
    {
        string[] scripts = Directory.GetFiles(Path.Combine(RepoPaths.Root, "scripts"));
        Assert.True(scripts.Count(script => DocPath.IsMatch(File.ReadAllText(script))) >= 3, "Hardly a script names a doc: is DocPath still right?");
        Assert.Contains("docs/scripts-and-notebooks.md", File.ReadAllText(Path.Combine(RepoPaths.Root, "scripts", "run-notebooks")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_EveryRelativeLink_Resolves(string page)
    {
        string folder = Path.GetDirectoryName(Path.Combine(RepoPaths.Root, page))!;
        string[] broken = Link.Matches(File.ReadAllText(Path.Combine(RepoPaths.Root, page)))
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith('#') && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Select(target => target.Split('#')[0])
            .Where(target => target.Length > 0 && !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .Distinct().ToArray();
        Assert.True(broken.Length == 0, $"{page} links to {string.Join(", ", broken)}, which do not exist.");
    }
}
