using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HelplineStats.Cli.Tests;

/// <summary>
/// Docs run: the command walks in docs/*.md marked <c>&lt;!-- commands: NAME --&gt;</c> are run line by line, as written,
/// in a folder of their own: <c>helpline-stats ...</c> through the command line in process (every file argument in that
/// folder), and <c>cmp A B</c> as a byte comparison. Every command must succeed.
/// </summary>
public sealed class DocsCommandTests : IDisposable
{
    private static readonly Regex Walk = new(@"<!-- commands: (?<name>[a-z0-9-]+) -->\n```sh\n(?<lines>.*?)```\n", RegexOptions.Singleline);

    private readonly string _folder = Directory.CreateTempSubdirectory("helpline-stats-walk").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void RecordsPage_TheShardingWalk_RunsAsWrittenAndGivesTheSameDataset()
    {
        string page = File.ReadAllText(Path.Combine(HelplineStats.Core.Tests.RepoPaths.Root, "docs", "records.md")).ReplaceLineEndings("\n");
        Match walk = Assert.Single(Walk.Matches(page), m => m.Groups["name"].Value == "records-shards");
        string[] lines = walk.Groups["lines"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => !line.StartsWith('#')).ToArray();
        Assert.Equal(7, lines.Length);
        foreach (string line in lines)
        {
            string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string[] args = words.Skip(1).Select(word => word.EndsWith(".csv", StringComparison.Ordinal) || word.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_folder, word) : word).ToArray();
            switch (words[0])
            {
                case "helpline-stats":
                    (int code, _, string error) = CliRunner.Run(args);
                    Assert.True(code == 0, $"{line}: {error}");
                    break;
                case "cmp":
                    Assert.Equal(File.ReadAllBytes(args[0]), File.ReadAllBytes(args[1]));
                    break;
                default:
                    throw new InvalidOperationException($"The walk runs helpline-stats and cmp only: {line}");
            }
        }
        Assert.Contains("\"1712\"", File.ReadAllText(Path.Combine(_folder, "merged.json")), StringComparison.Ordinal);
    }
}
