using System;

namespace HelplineStats.Core.Tests;

/// <summary>The seed that fixes every property under the mutation test (<see cref="PropertyReplayAttribute"/>).</summary>
public sealed class PropertyReplayTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("  ", null)]
    [InlineData("12345,67890", "12345,67890")]
    [InlineData(" (12345,67890,8) ", "(12345,67890,8)")]
    public void Seed_EmptyOrInFsChecksFormat_IsNoneOrTheSeed(string? value, string? expected) =>
        Assert.Equal(expected, PropertyReplayAttribute.Seed(value));

    [Theory]
    [InlineData("garbage")]
    [InlineData("12345")]
    [InlineData("1,2,3,4")]
    [InlineData("-1,2")]
    public void Seed_NotInFsChecksFormat_IsRefusedNamingTheVariable(string value) =>
        Assert.Contains(PropertyReplayAttribute.Variable, Assert.Throws<FormatException>(() => PropertyReplayAttribute.Seed(value)).Message, StringComparison.Ordinal);
}
