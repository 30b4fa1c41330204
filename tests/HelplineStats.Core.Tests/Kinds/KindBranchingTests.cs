using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using HelplineStats.Core.Model;
using Xunit;

namespace HelplineStats.Core.Tests.Kinds;

/// <summary>
/// Outside the kinds' folders nothing branches on the kind (issue 26): no line of src/ names a kind by its name
/// (<c>FigureKind.Share</c>: a switch, an if-chain or a lookup table over kinds needs one) and no line tests a figure
/// for the type of one kind (<c>is RateFigure</c>, <c>case OneInNFigure</c>, <c>OfType&lt;MultipleFigure&gt;</c>).
/// What the others need of a kind they ask it: its formula, its reading (<c>ValueReading</c>), its role on a page
/// (<c>FigureRoles.Of</c>), or its visitor method. The one list that names kinds as data is the default plan.
/// </summary>
public sealed partial class KindBranchingTests
{
    private static readonly string Source = Path.Combine(RepoPaths.Root, "src");

    private static readonly string[] KindTypes = typeof(PublishedFigure).Assembly.GetExportedTypes()
        .Where(type => type.IsSealed && typeof(PublishedFigure).IsAssignableFrom(type)).Select(type => type.Name).ToArray();

    private static readonly string[] Definitions = typeof(PublishedFigure).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(HelplineStats.Core.Kinds.FigureKindDefinition).IsAssignableFrom(type)).Select(type => type.Name).ToArray();

    private static string Types => "(?:Kinds\\.)?(?:" + string.Join("|", KindTypes) + ")";

    /// <summary>A test for the type of one kind: <c>is</c>, <c>is not</c>, <c>as</c>, <c>case</c>, <c>OfType&lt;&gt;</c>, a
    /// pattern's <c>or</c>/<c>and</c>/<c>not</c>, a switch arm, a property pattern, a cast, <c>typeof</c>; or a call to one
    /// kind's definition (<c>ShareKind.OfTotal</c>).</summary>
    private static readonly Regex TypeTest = new(
        @"(\bis\s+(not\s+)?\(?|\bas\s+|\bcase\s+|OfType<|\b(or|and|not)\s+\(?|:\s*|typeof\()" + Types + @"\b(?!\.)"
        + @"|\(\s*" + Types + @"\s*\)\s*[\w(]"
        + @"|^\s*" + Types + @"(\s+\w+)?\s*=>"
        + @"|\b(" + string.Join("|", Definitions) + @")\.", RegexOptions.Multiline);

    /// <summary>Every line of code (not a doc comment) of src/, outside the kinds' folders, with its file and number.</summary>
    private static IEnumerable<(string File, int Number, string Text)> LinesOutsideTheKinds()
    {
        string kinds = Path.Combine(Source, "HelplineStats.Core", "Kinds") + Path.DirectorySeparatorChar;
        foreach (string file in Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(Source, file);
            if (file.StartsWith(kinds, StringComparison.Ordinal) || relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            {
                continue;
            }
            int number = 0;
            foreach (string line in File.ReadLines(file))
            {
                number++;
                if (!line.TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    yield return (relative, number, line);
                }
            }
        }
    }

    [Fact]
    public void TheKindTypes_AreFoundByReflection()
    {
        Assert.Equal(Enum.GetValues<FigureKind>().Length - 2, KindTypes.Length); // per day and per week share a type, and so do the two records
        Assert.Contains("RateFigure", KindTypes);
        Assert.Contains("ShareKind", Definitions);
        Assert.Equal(KindTypes.Length, Definitions.Length);
    }

    [Fact]
    public void NoLineOutsideTheKinds_NamesAKind_ButTheDefaultPlan()
    {
        var named = LinesOutsideTheKinds()
            .Where(line => KindName().IsMatch(line.Text) && !(line.File.EndsWith(Path.Combine("Compose", "FigurePlan.cs"), StringComparison.Ordinal)
                && line.Text.TrimStart().StartsWith("PlanRule.Of(FigureKind.", StringComparison.Ordinal)))
            .Select(line => $"{line.File}:{line.Number}: {line.Text.Trim()}").ToList();
        Assert.Empty(named);
    }

    [Fact]
    public void NoLineOutsideTheKinds_TestsAFigureForTheTypeOfOneKind()
    {
        var tested = LinesOutsideTheKinds().Where(line => TypeTest.IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Number}: {line.Text.Trim()}").ToList();
        Assert.Empty(tested);
    }

    [Fact]
    public void TheChecks_FindWhatTheyLookFor()
    {
        // The patterns above, on the lines they exist to refuse.
        Assert.Matches(KindName(), "if (figure.Kind == FigureKind.OneInN)");
        Assert.Matches(KindName(), "FigureKind.Share => \"share\",");
        Assert.DoesNotMatch(KindName(), "public FigureKind Kind { get; }");
        Assert.Matches(TypeTest, "v.Figure is RateFigure { Unit: RateUnit.PerDay } rate");
        Assert.Matches(TypeTest, "v.Figure is OneInNFigure or MultipleFigure");
        Assert.Matches(TypeTest, "change is not (RelativeChangeFigure or AbsoluteChangeFigure)");
        Assert.Matches(TypeTest, "figures.OfType<ShareFigure>()");
        Assert.Matches(TypeTest, "verdict.Figure is { Value: not null } and RateFigure");
        Assert.Matches(TypeTest, "v.Figure switch { RateFigure r => 1, _ => 0 }".Replace("{ ", "\n", StringComparison.Ordinal));
        Assert.Matches(TypeTest, "verdict is { Figure: RateFigure }");
        Assert.Matches(TypeTest, "var share = (ShareFigure)v.Figure;");
        Assert.Matches(TypeTest, "figure.GetType() == typeof(Kinds.MultipleFigure)");
        Assert.Matches(TypeTest, "IReadOnlyList<ShareFigure> shares = ShareKind.OfTotal(report, key);");
        Assert.DoesNotMatch(TypeTest, "public string Visit(OneInNFigure figure)");
        Assert.DoesNotMatch(TypeTest, "figures: new[] { ShareFigure.Of(\"a\", part, whole, ShareBasis.Total, 18m) }");
        Assert.DoesNotMatch(TypeTest, "public static ShareFigure? AsShare(PublishedFigure figure)");
    }

    [GeneratedRegex(@"\bFigureKind\.[A-Z]\w*")]
    private static partial Regex KindName();
}
