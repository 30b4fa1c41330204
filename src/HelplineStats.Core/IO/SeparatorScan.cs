using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HelplineStats.Core.IO;

/// <summary>
/// Finds every position of up to three separator characters in a span in one pass, sixteen or eight characters at a time
/// where the processor has vector instructions: one call instead of a search per field, which is what keeps a records file's
/// short fields cheap to cut.
/// </summary>
internal static class SeparatorScan
{
    /// <summary>Writes the positions of <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> in <paramref name="text"/>, in order, into <paramref name="positions"/> (grown as needed); returns how many.</summary>
    internal static int Find(ReadOnlySpan<char> text, char a, char b, char c, ref int[] positions)
    {
        int count = 0;
        int i = 0;
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<ushort>.Count)
        {
            Vector256<ushort> va = Vector256.Create((ushort)a), vb = Vector256.Create((ushort)b), vc = Vector256.Create((ushort)c);
            int last = text.Length - Vector256<ushort>.Count;
            while (true)
            {
                // The last block overlaps the one before it; the lanes already seen are masked off.
                int at = Math.Min(i, last);
                Vector256<ushort> chunk = Vector256.LoadUnsafe(ref start, (nuint)at);
                uint mask = (Vector256.Equals(chunk, va) | Vector256.Equals(chunk, vb) | Vector256.Equals(chunk, vc)).ExtractMostSignificantBits();
                mask &= uint.MaxValue << (i - at);
                for (; mask != 0; mask &= mask - 1)
                {
                    Add(ref positions, ref count, at + BitOperations.TrailingZeroCount(mask));
                }
                i = at + Vector256<ushort>.Count;
                if (i >= text.Length)
                {
                    return count;
                }
            }
        }
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            Vector128<ushort> va = Vector128.Create((ushort)a), vb = Vector128.Create((ushort)b), vc = Vector128.Create((ushort)c);
            int last = text.Length - Vector128<ushort>.Count;
            while (true)
            {
                int at = Math.Min(i, last);
                Vector128<ushort> chunk = Vector128.LoadUnsafe(ref start, (nuint)at);
                uint mask = (Vector128.Equals(chunk, va) | Vector128.Equals(chunk, vb) | Vector128.Equals(chunk, vc)).ExtractMostSignificantBits();
                mask &= uint.MaxValue << (i - at);
                for (; mask != 0; mask &= mask - 1)
                {
                    Add(ref positions, ref count, at + BitOperations.TrailingZeroCount(mask));
                }
                i = at + Vector128<ushort>.Count;
                if (i >= text.Length)
                {
                    return count;
                }
            }
        }
        for (; i < text.Length; i++)
        {
            char ch = text[i];
            if (ch == a || ch == b || ch == c)
            {
                Add(ref positions, ref count, i);
            }
        }
        return count;
    }

    private static void Add(ref int[] positions, ref int count, int position)
    {
        if (count == positions.Length)
        {
            Array.Resize(ref positions, checked(positions.Length * 2));
        }
        positions[count++] = position;
    }
}
