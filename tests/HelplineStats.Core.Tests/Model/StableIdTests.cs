using System;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

public sealed class StableIdTests
{
    // The rule written out independently of the library: 1 to 64 characters, lower-case letters and digits, with
    // '-', '_' or '.' only inside.
    private static readonly Regex ValidId = new(@"\A[a-z0-9]([a-z0-9._-]{0,62}[a-z0-9])?\z", RegexOptions.CultureInvariant);

    [Property(MaxTest = 500)]
    public bool Of_AnyString_RejectsExactlyTheInvalidOnes(string? text) => RejectsExactlyTheInvalid(text);

    /// <summary>TryParse accepts exactly what Of accepts, gives the same id, and never throws (the trailing newline of the regression included).</summary>
    [Property(MaxTest = 500)]
    public bool TryParse_AnyString_AgreesWithOf(string? text)
    {
        bool valid = text is not null && ValidId.IsMatch(text);
        bool parsed = HelplineId.TryParse(text, out HelplineId? helpline) & Channel.TryParse(text, out Channel? channel)
            & Metric.TryParse(text, out Metric? metric) & TaxonomyId.TryParse(text, out TaxonomyId? taxonomy) & CategoryId.TryParse(text, out CategoryId? category);
        return parsed == valid
            && (!valid || (helpline == HelplineId.Of(text!) && channel == Channel.Of(text!)
                && metric == Metric.Of(text!) && taxonomy == TaxonomyId.Of(text!) && category == CategoryId.Of(text!)))
            && (valid || (helpline is null && channel is null && metric is null && taxonomy is null && category is null));
    }

    [Fact]
    public void TryParse_AWellKnownChannel_GivesTheReadyMadeValue_AndBadTextGivesFalse()
    {
        Assert.True(Channel.TryParse("chat", out Channel? chat));
        Assert.Same(Channel.Chat, chat);
        Assert.False(Metric.TryParse("Calls", out Metric? none));
        Assert.Null(none);
        Assert.False(HelplineId.TryParse(null, out _));
        Assert.False(HelplineId.TryParse("", out _));
        Assert.False(HelplineId.TryParse("-1712", out _));
    }

    [Fact]
    public void Of_TrailingNewline_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => HelplineId.Of("v\n"));
        Assert.True(RejectsExactlyTheInvalid("v\n"));
    }

    private static bool RejectsExactlyTheInvalid(string? text)
    {
        bool expectedValid = text is not null && ValidId.IsMatch(text);
        try
        {
            HelplineId id = HelplineId.Of(text!);
            return expectedValid && id.Value == text;
        }
        catch (ArgumentException)
        {
            return !expectedValid;
        }
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Of_ValidText_RoundTripsThroughValue(HelplineId id) => HelplineId.Of(id.Value) == id && id.ToString() == id.Value;

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Equals_EqualIds_HaveEqualHashes(Channel a, Channel b) => !a.Equals(b) || a.GetHashCode() == b.GetHashCode();

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool CompareTo_Ids_IsAntisymmetric(Metric a, Metric b) => Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a));

    [Fact]
    public void Of_WellKnownText_GivesTheReadyMadeValue()
    {
        Assert.Same(Channel.Phone, Channel.Of("phone"));
        Assert.Same(Metric.PossibleVictims, Metric.Of("possible-victims"));
    }

    [Fact]
    public void Of_UpperCase_NamesTheParameterAndTheCharacter()
    {
        var e = Assert.Throws<ArgumentException>(() => Channel.Of("Phone"));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("\"P\" at position 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_IdsOfDifferentKinds_AreNotEqual()
    {
        object channel = Channel.Of("calls");
        Assert.False(channel.Equals(Metric.Calls));
    }

    [Fact]
    public void Of_SixtyFiveCharacters_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => TaxonomyId.Of(new string('a', 65)));
        Assert.Equal(64, CategoryId.Of(new string('a', 64)).Value.Length);
    }
}
