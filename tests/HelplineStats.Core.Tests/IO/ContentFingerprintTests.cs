using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelplineStats.Core.IO;

namespace HelplineStats.Core.Tests.IO;

/// <summary>The fingerprint of a records file: the same for any way of reading it, different for other content.</summary>
public sealed class ContentFingerprintTests
{
    private static string Whole(byte[] bytes)
    {
        var fingerprint = new ContentFingerprint();
        fingerprint.Add(bytes, 0);
        return fingerprint.Finish();
    }

    /// <summary>The bytes cut at random places, the pieces added in a random order to one of three fingerprints that
    /// are then absorbed into one: the fingerprint of the whole (the vectorised and the word-by-word loops included,
    /// since pieces start at every offset).</summary>
    [Property(MaxTest = 300)]
    public Property Pieces_InAnyOrder_OnSeveralReaders_GiveTheWholesFingerprint() =>
        Prop.ForAll(Gen.Choose(0, 255).Select(b => (byte)b).ArrayOf()
                .SelectMany(bytes => Gen.Choose(0, Math.Max(0, bytes.Length)).ArrayOf().Select(cuts => (bytes, cuts)))
                .SelectMany(t => Gen.Shuffle(Enumerable.Range(0, t.cuts.Length + 1).ToArray()).Select(order => (t.bytes, t.cuts, order)))
                .SelectMany(t => Gen.Choose(0, 2).ArrayOf(t.order.Length).Select(readers => (t.bytes, t.cuts, t.order, readers))).ToArbitrary(),
            t =>
            {
                int[] bounds = t.cuts.Order().Prepend(0).Append(t.bytes.Length).ToArray();
                var readers = new[] { new ContentFingerprint(), new ContentFingerprint(), new ContentFingerprint() };
                for (int i = 0; i < t.order.Length; i++)
                {
                    int piece = t.order[i];
                    readers[t.readers[i]].Add(t.bytes.AsSpan(bounds[piece], bounds[piece + 1] - bounds[piece]), bounds[piece]);
                }
                readers[0].Absorb(readers[1]);
                readers[0].Absorb(readers[2]);
                return (readers[0].Finish() == Whole(t.bytes) && readers[0].Bytes == t.bytes.Length).Label(readers[0].Finish());
            });

    [Fact]
    public void Finish_OfOtherContent_DiffersFromTheOriginal()
    {
        byte[] text = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 200).Select(i => $"1712,2021-01-{1 + (i % 28):00},phone,call\n")));
        string original = Whole(text);
        byte[] oneByte = (byte[])text.Clone();
        oneByte[777] ^= 1;
        byte[] swapped = (byte[])text.Clone();
        Array.Copy(text, 0, swapped, 64, 8);
        Array.Copy(text, 64, swapped, 0, 8); // two words of the same lane swapped
        byte[] longer = text.Append((byte)'\n').ToArray();
        byte[] zeros = new byte[64];

        Assert.Equal("hex", original.All(Uri.IsHexDigit) && original.Length == 16 ? "hex" : original);
        Assert.All(new[] { oneByte, swapped, longer }, other => Assert.NotEqual(original, Whole(other)));
        Assert.NotEqual(Whole(zeros), Whole(new byte[65]));
        Assert.NotEqual(Whole(zeros), Whole(Array.Empty<byte>()));
    }
}
