using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HelplineStats.Core.IO;

/// <summary>
/// A fixed set of short texts (the category ids of a taxonomy, the empty text among them) to numbers, looked up with as
/// few data-dependent branches as possible: a collision-free hash of the length and the first and last characters picks
/// the one candidate, and one vector comparison of up to sixteen characters confirms it. Random categories row after
/// row would otherwise cost a mispredicted branch or two per lookup, which is most of a records file's parsing time.
/// </summary>
/// <remarks>
/// The text looked up must be followed in memory by at least <see cref="Padding"/> readable characters (the parser's
/// buffer keeps that slack), because the comparison reads sixteen characters whatever the length.
/// </remarks>
internal sealed class TokenTable
{
    /// <summary>How many characters after a looked-up text may be read.</summary>
    internal const int Padding = 16;

    private const int Wide = 16;
    private static readonly Vector256<ushort>[] Masks = CreateMasks();

    private readonly int[] _slots; // entry + 1, 0 = empty
    private readonly int _mask;
    private readonly int _multiplier;
    private readonly string[] _keys;
    private readonly int[] _values;
    private readonly Vector256<ushort>[] _heads;

    private TokenTable(int[] slots, int multiplier, string[] keys, int[] values)
    {
        _slots = slots;
        _mask = slots.Length - 1;
        _multiplier = multiplier;
        _keys = keys;
        _values = values;
        _heads = new Vector256<ushort>[keys.Length];
        Span<ushort> head = stackalloc ushort[Wide];
        for (int i = 0; i < keys.Length; i++)
        {
            head.Clear();
            for (int c = 0; c < Math.Min(Wide, keys[i].Length); c++)
            {
                head[c] = keys[i][c];
            }
            _heads[i] = Vector256.Create((ReadOnlySpan<ushort>)head);
        }
    }

    /// <summary>A table of the given texts, or <c>null</c> when no small collision-free table is found for them.</summary>
    internal static TokenTable? TryCreate(IReadOnlyList<(string Key, int Value)> entries)
    {
        var keys = new string[entries.Count];
        var values = new int[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            (keys[i], values[i]) = entries[i];
        }
        for (int size = 16; size <= 4096; size *= 2)
        {
            foreach (int multiplier in new[] { 31, 131, 1031, 8191, 65599 })
            {
                var slots = new int[size];
                bool collisionFree = true;
                for (int i = 0; i < keys.Length && collisionFree; i++)
                {
                    int slot = Hash(keys[i].AsSpan(), multiplier) & (size - 1);
                    collisionFree = slots[slot] == 0;
                    slots[slot] = i + 1;
                }
                if (collisionFree)
                {
                    return new TokenTable(slots, multiplier, keys, values);
                }
            }
        }
        return null;
    }

    /// <summary>The number of <paramref name="text"/>, or -1 when it is not in the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Find(ReadOnlySpan<char> text)
    {
        // Reads at the start and at the last character (the start itself for the empty text, whose characters are then
        // masked off), so no branch depends on the length.
        int length = text.Length;
        ref char start = ref MemoryMarshal.GetReference(text);
        int present = -Math.Min(length, 1);
        int entry = _slots[Hash(length, start & present, Unsafe.Add(ref start, Math.Max(length - 1, 0)) & present, _multiplier) & _mask] - 1;
        if (entry < 0)
        {
            return -1;
        }
        string key = _keys[entry];
        if (Vector256.IsHardwareAccelerated && length <= Wide)
        {
            Vector256<ushort> head = Vector256.LoadUnsafe(ref Unsafe.As<char, ushort>(ref start)) & Masks[length];
            return head == _heads[entry] && key.Length == length ? _values[entry] : -1;
        }
        return text.SequenceEqual(key) ? _values[entry] : -1;
    }

    private static int Hash(ReadOnlySpan<char> key, int multiplier) =>
        key.IsEmpty ? Hash(0, 0, 0, multiplier) : Hash(key.Length, key[0], key[^1], multiplier);

    /// <summary>The length and the first and last characters, mixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(int length, int first, int last, int multiplier) =>
        unchecked(((((length * multiplier) + first) * multiplier) + last) ^ (length >> 3));

    private static Vector256<ushort>[] CreateMasks()
    {
        var masks = new Vector256<ushort>[Wide + 1];
        Span<ushort> lanes = stackalloc ushort[Wide];
        for (int length = 0; length <= Wide; length++)
        {
            for (int lane = 0; lane < Wide; lane++)
            {
                lanes[lane] = lane < length ? ushort.MaxValue : (ushort)0;
            }
            masks[length] = Vector256.Create((ReadOnlySpan<ushort>)lanes);
        }
        return masks;
    }
}
