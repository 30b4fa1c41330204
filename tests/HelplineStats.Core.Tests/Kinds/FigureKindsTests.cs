using System;
using System.IO;
using System.Linq;
using HelplineStats.Core.Kinds;
using HelplineStats.Core.Model;
using Xunit;

namespace HelplineStats.Core.Tests.Kinds;

/// <summary>
/// The name table of figure kinds against the code: every name files use has a kind, and every folder under
/// src/HelplineStats.Core/Kinds is a kind with its figure type and its definition beside it. A kind added without its
/// parts does not compile (each part is an abstract member of the definition) or fails here.
/// </summary>
public sealed class FigureKindsTests
{
    private static string KindsFolder => Path.Combine(RepoPaths.Root, "src", "HelplineStats.Core", "Kinds");

    [Fact]
    public void EveryKindName_HasAKind_InTheTable()
    {
        Assert.Equal(Enum.GetValues<FigureKind>().Order(), FigureKinds.Names.Order());
        Assert.All(Enum.GetValues<FigureKind>(), name => Assert.NotNull(FigureKinds.Of(name)));
    }

    [Fact]
    public void AnUndefinedKindName_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureKinds.Of((FigureKind)99));
    }

    [Fact]
    public void EveryKindFolder_HoldsItsFigureType_AndItsDefinition()
    {
        string[] folders = Directory.GetDirectories(KindsFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(12, folders.Length);
        Assert.All(folders, folder =>
        {
            Assert.True(File.Exists(Path.Combine(KindsFolder, folder, folder + "Figure.cs")), $"Kinds/{folder} has no {folder}Figure.cs");
            Assert.True(File.Exists(Path.Combine(KindsFolder, folder, folder + "Kind.cs")), $"Kinds/{folder} has no {folder}Kind.cs");
        });
        // Each folder's definition is in the table, under one name or two (per day and per week, highest and lowest).
        var definitions = FigureKinds.Names.Select(FigureKinds.Of).Select(k => k.GetType().Name).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(folders.Select(f => f + "Kind"), definitions);
    }

    [Fact]
    public void EveryFigureType_SaysItsOwnKindName()
    {
        ObservationKey calls = new(Helplines.StopItNowFlanders.Id, ReportingPeriod.Year(2021), Metric.Calls);
        Assert.Equal(FigureKind.RatePerDay, RateFigure.PerDay("d", calls, 1m).Kind);
        Assert.Equal(FigureKind.RatePerWeek, RateFigure.PerWeek("w", calls, 1m).Kind);
        Assert.Equal(FigureKind.HighestSinceLaunch, RecordFigure.Highest("h", calls).Kind);
        Assert.Equal(FigureKind.LowestSinceLaunch, RecordFigure.Lowest("l", calls).Kind);
    }
}
