using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HelplineStats.Core.IO;

/// <summary>
/// Finds every position of up to three separator bytes in a span of UTF-8 text in one pass, thirty-two or sixteen bytes at
/// a time where the processor has vector instructions: one call instead of a search per field, which is what keeps a
/// records file's short fields cheap to cut. The separators are ASCII, so a byte equal to one is always that character
/// (no byte of a multi-byte UTF-8 sequence is below 0x80).
/// </summary>
internal static class SeparatorScan
{
    /// <summary>Writes the positions of <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> in <paramref name="text"/>, in order, into <paramref name="positions"/> (grown as needed); returns how many.</summary>
    internal static int Find(ReadOnlySpan<byte> text, byte a, byte b, byte c, ref int[] positions)
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
                uint mask = (Vector256.Equals(chunk, va) | Vector256.Equals(chunk, vb) | Vector256.Equals(chunk, vc)).ExtractMostSignificantBits();
                mask &= uint.MaxValue << (i - at);
                Ensure(ref positions, count + BitOperations.PopCount(mask));
                ref int into = ref MemoryMarshal.GetArrayDataReference(positions);
                for (; mask != 0; mask &= mask - 1)
                {
                    Unsafe.Add(ref into, count++) = at + BitOperations.TrailingZeroCount(mask);
                }
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
                uint mask = (Vector128.Equals(chunk, va) | Vector128.Equals(chunk, vb) | Vector128.Equals(chunk, vc)).ExtractMostSignificantBits();
                mask &= uint.MaxValue << (i - at);
                Ensure(ref positions, count + BitOperations.PopCount(mask));
                for (; mask != 0; mask &= mask - 1)
                {
                    positions[count++] = at + BitOperations.TrailingZeroCount(mask);
                }
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
                Ensure(ref positions, count + 1);
                positions[count++] = i;
            }
        }
        return count;
    }

    private static void Ensure(ref int[] positions, int needed)
    {
        if (needed > positions.Length)
        {
            Array.Resize(ref positions, Math.Max(needed, checked(positions.Length * 2)));
        }
    }
}
