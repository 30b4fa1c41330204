using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelplineStats.Core.Tests;

/// <summary>The layers of docs/architecture.md, held against the code: each folder of the core names only the
/// namespaces its row of the table allows, and the table has no cycle.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src", "HelplineStats.Core");

    /// <summary>The table's rows: a layer and the layers it may use.</summary>
    private static Dictionary<string, HashSet<string>> Allowed()
    {
        var rows = new Dictionary<string, HashSet<string>>();
        foreach (string line in File.ReadLines(Path.Combine(RepoPaths.Root, "docs", "architecture.md")))
        {
            Match row = TableRow().Match(line);
            if (row.Success && row.Groups[1].Value != "layer")
            {
                rows[row.Groups[1].Value] = row.Groups[2].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
            }
        }
        return rows;
    }

    /// <summary>The layers each folder's code names (using directives and qualified names; doc comments left out).</summary>
    private static Dictionary<string, HashSet<string>> Used()
    {
        var used = new Dictionary<string, HashSet<string>>();
        foreach (string folder in SourceFolders())
        {
            string layer = Path.GetFileName(folder);
            used[layer] = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .SelectMany(File.ReadLines).Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal))
                .SelectMany(line => Named().Matches(line).Select(m => m.Groups[1].Value))
                .Where(other => other != layer).ToHashSet();
        }
        return used;
    }

    [Fact]
    public void EveryFolder_UsesOnlyTheLayersItsRowAllows()
    {
        Dictionary<string, HashSet<string>> allowed = Allowed();
        Dictionary<string, HashSet<string>> used = Used();

        Assert.Equal(allowed.Keys.Order(), used.Keys.Order());
        var breaches = used.SelectMany(u => u.Value.Where(v => !allowed[u.Key].Contains(v)).Select(v => $"{u.Key} uses {v}")).ToList();
        Assert.True(breaches.Count == 0, "Not allowed by docs/architecture.md: " + string.Join("; ", breaches));
    }

    /// <summary>The folders of the core that hold code, each a layer.</summary>
    private static IEnumerable<string> SourceFolders() =>
        Directory.GetDirectories(Source).Where(d => Directory.GetFiles(d, "*.cs", SearchOption.AllDirectories).Length > 0
            && !Path.GetFileName(d).Equals("bin", StringComparison.Ordinal) && !Path.GetFileName(d).Equals("obj", StringComparison.Ordinal));

    [Fact]
    public void TheLayers_HaveNoCycle()
    {
        Dictionary<string, HashSet<string>> allowed = Allowed();
        var done = new HashSet<string>();
        var path = new List<string>();
        void Visit(string layer)
        {
            Assert.False(path.Contains(layer), $"A cycle in docs/architecture.md: {string.Join(" -> ", path.Append(layer))}");
            if (!done.Add(layer))
            {
                return;
            }
            path.Add(layer);
            foreach (string below in allowed[layer])
            {
                Assert.True(allowed.ContainsKey(below), $"{layer} may use {below}, which the table does not list");
                Visit(below);
            }
            path.RemoveAt(path.Count - 1);
        }
        foreach (string layer in allowed.Keys)
        {
            done.Remove(layer);
            Visit(layer);
        }
        // Every folder of the core is a row, and every row a folder.
        Assert.Equal(SourceFolders().Select(Path.GetFileName).Order(StringComparer.Ordinal), allowed.Keys.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"^\| ([A-Z][A-Za-z]+) \|\s*([A-Za-z, ]*?)\s*\|")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"HelplineStats\.Core\.([A-Z][A-Za-z]+)\b")]
    private static partial Regex Named();
}
