using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// A fixed set of short texts (the category ids of a taxonomy, the empty text among them) to numbers, looked up in UTF-8
/// with as few data-dependent branches as possible: a collision-free hash of the length and the first and last bytes
/// picks the one candidate, and one vector comparison of up to thirty-two bytes confirms it. Random categories row after
/// row would otherwise cost a mispredicted branch or two per lookup, which is most of a records file's parsing time.
/// </summary>
/// <remarks>
/// The text looked up must be followed in memory by at least <see cref="Padding"/> readable bytes (the parser's buffer
/// keeps that slack), because the comparison reads thirty-two bytes whatever the length.
/// </remarks>
internal sealed class TokenTable
{
    /// <summary>How many bytes after a looked-up text may be read.</summary>
    internal const int Padding = Wide;

    private const int Wide = 32;
    private static readonly Vector256<byte>[] Masks = CreateMasks();

    private readonly int[] _slots; // entry + 1, 0 = empty
    private readonly int _mask;
    private readonly int _multiplier;
    private readonly byte[][] _keys;
    private readonly int[] _values;
    private readonly Vector256<byte>[] _heads;

    private TokenTable(int[] slots, int multiplier, byte[][] keys, int[] values)
    {
        _slots = slots;
        _mask = slots.Length - 1;
        _multiplier = multiplier;
        _keys = keys;
        _values = values;
        _heads = new Vector256<byte>[keys.Length];
        Span<byte> head = stackalloc byte[Wide];
        for (int i = 0; i < keys.Length; i++)
        {
            head.Clear();
            keys[i].AsSpan(0, Math.Min(Wide, keys[i].Length)).CopyTo(head);
            _heads[i] = Vector256.Create((ReadOnlySpan<byte>)head);
        }
    }

    /// <summary>A table of the given texts, or <c>null</c> when no small collision-free table is found for them.</summary>
    internal static TokenTable? TryCreate(IReadOnlyList<(string Key, int Value)> entries)
    {
        var keys = new byte[entries.Count][];
        var values = new int[entries.Count];
        for (int i = 0; i < entries.Count; i++)
        {
            keys[i] = Encoding.UTF8.GetBytes(entries[i].Key);
            values[i] = entries[i].Value;
        }
        for (int size = 16; size <= 4096; size *= 2)
        {
            foreach (int multiplier in new[] { 31, 131, 1031, 8191, 65599 })
            {
                var slots = new int[size];
                bool collisionFree = true;
                for (int i = 0; i < keys.Length && collisionFree; i++)
                {
                    int slot = Hash(keys[i], multiplier) & (size - 1);
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
    internal int Find(ReadOnlySpan<byte> text)
    {
        // Reads at the start and at the last byte (the start itself for the empty text, whose bytes are then masked
        // off), so no branch depends on the length.
        int length = text.Length;
        ref byte start = ref MemoryMarshal.GetReference(text);
        int present = -Math.Min(length, 1);
        int entry = _slots[Hash(length, start & present, Unsafe.Add(ref start, Math.Max(length - 1, 0)) & present, _multiplier) & _mask] - 1;
        if (entry < 0)
        {
            return -1;
        }
        if (Vector256.IsHardwareAccelerated && length <= Wide)
        {
            Vector256<byte> head = Vector256.LoadUnsafe(ref start) & Masks[length];
            return head == _heads[entry] && _keys[entry].Length == length ? _values[entry] : -1;
        }
        return text.SequenceEqual(_keys[entry]) ? _values[entry] : -1;
    }

    private static int Hash(ReadOnlySpan<byte> key, int multiplier) =>
        key.IsEmpty ? Hash(0, 0, 0, multiplier) : Hash(key.Length, key[0], key[^1], multiplier);

    /// <summary>The length and the first and last bytes, mixed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(int length, int first, int last, int multiplier) =>
        unchecked(((((length * multiplier) + first) * multiplier) + last) ^ (length >> 3));

    private static Vector256<byte>[] CreateMasks()
    {
        var masks = new Vector256<byte>[Wide + 1];
        Span<byte> lanes = stackalloc byte[Wide];
        for (int length = 0; length <= Wide; length++)
        {
            for (int lane = 0; lane < Wide; lane++)
            {
                lanes[lane] = lane < length ? byte.MaxValue : (byte)0;
            }
            masks[length] = Vector256.Create((ReadOnlySpan<byte>)lanes);
        }
        return masks;
    }
}
