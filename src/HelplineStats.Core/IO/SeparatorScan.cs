using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HelplineStats.Core.IO;

/// <summary>
/// Finds every position of a few separator bytes in a span of UTF-8 text in one pass, thirty-two or sixteen bytes at a
/// time where the processor has vector instructions: one call instead of a search per field, which is what keeps a
/// records file's short fields cheap to cut. The separators are ASCII, so a byte equal to one is always that character
/// (no byte of a multi-byte UTF-8 sequence is below 0x80). The positions of a block are written four at a time whatever
/// their number (the array keeps room for that), so how many a block holds costs no mispredicted branch.
/// </summary>
internal static class SeparatorScan
{
    /// <summary>Room kept after the last position: a block writes up to <see cref="Vector256{T}.Count"/> + 3 entries.</summary>
    private const int Slack = 36;

    /// <summary>Writes the positions of <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> in <paramref name="text"/>, in order, into <paramref name="positions"/> (grown as needed); returns how many.</summary>
    internal static int Find(ReadOnlySpan<byte> text, byte a, byte b, byte c, ref int[] positions) => Scan(text, a, b, c, lineEnds: false, ref positions);

    /// <summary>
    /// Writes where the fields and lines of records CSV text end, in order, into <paramref name="positions"/> (grown as
    /// needed): a comma as its position, a line end (<c>\n</c>) as the complement of its position (<c>~p</c>, negative),
    /// so a line's ten fields are ten entries of which only the last is negative. Returns how many.
    /// </summary>
    internal static int FindFieldEnds(ReadOnlySpan<byte> text, ref int[] positions) => Scan(text, (byte)',', (byte)'\n', (byte)'\n', lineEnds: true, ref positions);

    /// <summary>
    /// Writes the positions of <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> in a short text (up to
    /// 64 bytes, the usual victims field) into <paramref name="positions"/>, which must hold at least 64 entries; returns
    /// how many. Two vector loads and a loop over the bits, no call and no growth check: the text must be followed in
    /// memory by <see cref="TokenTable.Padding"/> readable bytes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int FindInShort(ReadOnlySpan<byte> text, byte a, byte b, byte c, int[] positions)
    {
        ref byte start = ref MemoryMarshal.GetReference(text);
        Vector256<byte> va = Vector256.Create(a), vb = Vector256.Create(b), vc = Vector256.Create(c);
        Vector256<byte> first = Vector256.LoadUnsafe(ref start);
        ulong mask = (Vector256.Equals(first, va) | Vector256.Equals(first, vb) | Vector256.Equals(first, vc)).ExtractMostSignificantBits();
        if (text.Length > Vector256<byte>.Count)
        {
            Vector256<byte> second = Vector256.LoadUnsafe(ref start, (nuint)Vector256<byte>.Count);
            mask |= (ulong)(Vector256.Equals(second, va) | Vector256.Equals(second, vb) | Vector256.Equals(second, vc)).ExtractMostSignificantBits() << 32;
        }
        mask &= text.Length >= 64 ? ulong.MaxValue : (1UL << text.Length) - 1;
        int count = 0;
        ref int into = ref MemoryMarshal.GetArrayDataReference(positions);
        for (; mask != 0; mask &= unchecked(mask - 1))
        {
            Unsafe.Add(ref into, count++) = BitOperations.TrailingZeroCount(mask);
        }
        return count;
    }

    private static int Scan(ReadOnlySpan<byte> text, byte a, byte b, byte c, bool lineEnds, ref int[] positions)
    {
        int count = 0;
        int i = 0;
        ref byte start = ref MemoryMarshal.GetReference(text);
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<byte>.Count)
        {
            Vector256<byte> va = Vector256.Create(a), vb = Vector256.Create(b), vc = Vector256.Create(c);
            int last = text.Length - Vector256<byte>.Count;
            while (true)
            {
                // The last block overlaps the one before it; the lanes already seen are masked off.
                int at = Math.Min(i, last);
                Vector256<byte> chunk = Vector256.LoadUnsafe(ref start, (nuint)at);
                uint second = Vector256.Equals(chunk, vb).ExtractMostSignificantBits();
                uint mask = (Vector256.Equals(chunk, va).ExtractMostSignificantBits() | second | Vector256.Equals(chunk, vc).ExtractMostSignificantBits())
                    & (uint.MaxValue << (i - at));
                Write(ref positions, ref count, mask, lineEnds ? second : 0, at);
                i = at + Vector256<byte>.Count;
                if (i >= text.Length)
                {
                    return count;
                }
            }
        }
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<byte>.Count)
        {
            Vector128<byte> va = Vector128.Create(a), vb = Vector128.Create(b), vc = Vector128.Create(c);
            int last = text.Length - Vector128<byte>.Count;
            while (true)
            {
                int at = Math.Min(i, last);
                Vector128<byte> chunk = Vector128.LoadUnsafe(ref start, (nuint)at);
                uint second = Vector128.Equals(chunk, vb).ExtractMostSignificantBits();
                uint mask = (Vector128.Equals(chunk, va).ExtractMostSignificantBits() | second | Vector128.Equals(chunk, vc).ExtractMostSignificantBits())
                    & (uint.MaxValue << (i - at));
                Write(ref positions, ref count, mask, lineEnds ? second : 0, at);
                i = at + Vector128<byte>.Count;
                if (i >= text.Length)
                {
                    return count;
                }
            }
        }
        for (; i < text.Length; i++)
        {
            byte ch = text[i];
            if (ch == a || ch == b || ch == c)
            {
                Write(ref positions, ref count, 1, lineEnds && ch == b ? 1u : 0, i);
            }
        }
        return count;
    }

    /// <summary>Appends <c>at</c> plus the position of each bit of <paramref name="mask"/>, complemented where <paramref name="flagged"/> has the bit too.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Write(ref int[] positions, ref int count, uint mask, uint flagged, int at)
    {
        if (count + Slack > positions.Length)
        {
            Array.Resize(ref positions, Math.Max(count + Slack, checked(positions.Length * 2)));
        }
        int found = BitOperations.PopCount(mask);
        ref int into = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(positions), count);
        // Four at a time: past the last bit, TrailingZeroCount gives 32 and the entries written are beyond the count,
        // overwritten by the next block (the array keeps Slack entries of room for them).
        for (int written = 0; written < found; written += 4)
        {
            Unsafe.Add(ref into, written) = Next(ref mask, flagged, at);
            Unsafe.Add(ref into, written + 1) = Next(ref mask, flagged, at);
            Unsafe.Add(ref into, written + 2) = Next(ref mask, flagged, at);
            Unsafe.Add(ref into, written + 3) = Next(ref mask, flagged, at);
        }
        count += found;
    }

    /// <summary>The position of the lowest bit of <paramref name="mask"/> (complemented if flagged), which it clears.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Next(ref uint mask, uint flagged, int at)
    {
        // Unchecked: past the last bit the mask is 0, and 0 - 1 wraps on purpose (the entry is beyond the count).
        int bit = BitOperations.TrailingZeroCount(mask);
        mask &= unchecked(mask - 1);
        return (at + bit) ^ -(int)((flagged >> bit) & 1);
    }
}
