using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HelplineStats.Core.IO;

/// <summary>
/// A 64-bit fingerprint of a text's UTF-8 bytes, taken while a parser reads them, in pieces, in any order and on several
/// threads: each 8-byte word w at word index j (of the text's bytes, from 0) adds f(w, j) = lo(t)·hi(t) + w, with
/// t = w ⊕ j·φ (φ the 64-bit golden ratio), to one of four sums (j mod 4), all modulo 2^64. A sum does not care in
/// which order it is added up, so the pieces of a file read by several cores give the fingerprint of the whole; the
/// index in t makes it care where each word lies. A word cut by the end of a piece is kept until its other bytes
/// arrive (one word a piece, never one a record). Not a cryptographic hash: it tells copies of one file apart from
/// other files, as a checksum does, not files made to collide.
/// </summary>
/// <remarks>The four sums follow the word index, not the order of reading, so the vectorised loop (four words at once
/// where the CPU has AVX2) and the word-by-word one give the same sums.</remarks>
internal sealed class ContentFingerprint
{
    private const ulong Golden = 0x9E3779B97F4A7C15;
    private readonly ulong[] _sums = new ulong[4];
    private readonly Dictionary<long, (ulong Value, int Mask)> _cut = new();

    /// <summary>How many bytes were added.</summary>
    internal long Bytes { get; private set; }

    /// <summary>Adds the bytes that lie at <paramref name="position"/> of the text (each byte once, in any order).</summary>
    internal void Add(ReadOnlySpan<byte> bytes, long position)
    {
        Bytes += bytes.Length;
        int head = (int)Math.Min((8 - (position & 7)) & 7, bytes.Length);
        if (head > 0)
        {
            Part(bytes[..head], position);
            bytes = bytes[head..];
            position += head;
        }
        int whole = bytes.Length & ~7;
        Words(bytes[..whole], position >> 3);
        if (whole < bytes.Length)
        {
            Part(bytes[whole..], position + whole);
        }
    }

    /// <summary>Adds what <paramref name="other"/> took of another piece of the same text.</summary>
    internal void Absorb(ContentFingerprint other)
    {
        Bytes += other.Bytes;
        for (int lane = 0; lane < 4; lane++)
        {
            _sums[lane] = unchecked(_sums[lane] + other._sums[lane]);
        }
        foreach ((long index, (ulong value, int mask)) in other._cut)
        {
            Join(index, value, mask);
        }
    }

    /// <summary>The fingerprint of what was added, as 16 lowercase hexadecimal digits (the last word, cut short by the
    /// end of the text, is taken as it is, zeros after it; the length is mixed in).</summary>
    internal string Finish()
    {
        unchecked
        {
            ulong[] sums = (ulong[])_sums.Clone();
            foreach ((long index, (ulong value, _)) in _cut)
            {
                sums[index & 3] += Word(value, index);
            }
            ulong h = sums[0] + ulong.RotateLeft(sums[1], 17) + ulong.RotateLeft(sums[2], 31) + ulong.RotateLeft(sums[3], 47);
            h ^= (ulong)Bytes * Golden;
            // MurmurHash3's finaliser: every bit of the sums reaches every bit of the fingerprint.
            h ^= h >> 33;
            h *= 0xFF51AFD7ED558CCD;
            h ^= h >> 33;
            h *= 0xC4CEB9FE1A85EC53;
            h ^= h >> 33;
            return h.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static ulong Word(ulong w, long index)
    {
        unchecked
        {
            ulong t = w ^ ((ulong)index * Golden);
            return ((t & 0xFFFFFFFF) * (t >> 32)) + w;
        }
    }

    /// <summary>Some bytes of one word (fewer than eight, or not aligned), kept until the word is whole.</summary>
    private void Part(ReadOnlySpan<byte> bytes, long position)
    {
        int offset = (int)(position & 7);
        ulong value = 0;
        int mask = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            value |= (ulong)bytes[i] << (8 * (offset + i));
            mask |= 1 << (offset + i);
        }
        Join(position >> 3, value, mask);
    }

    private void Join(long index, ulong value, int mask)
    {
        if (_cut.Remove(index, out (ulong Value, int Mask) before))
        {
            value |= before.Value;
            mask |= before.Mask;
        }
        if (mask == 0xFF)
        {
            _sums[index & 3] = unchecked(_sums[index & 3] + Word(value, index));
        }
        else
        {
            _cut[index] = (value, mask);
        }
    }

    /// <summary>Whole words from word index <paramref name="index"/>.</summary>
    private void Words(ReadOnlySpan<byte> bytes, long index)
    {
        int count = bytes.Length >> 3;
        int i = 0;
        if (Avx2.IsSupported && BitConverter.IsLittleEndian && count >= 8)
        {
            // Word by word up to a multiple of four, so that lane l of the vector holds the words of index l mod 4.
            for (; i < count && ((index + i) & 3) != 0; i++)
            {
                Scalar(bytes, i, index);
            }
            ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(bytes);
            Vector256<ulong> sums = Vector256.Create(_sums[0], _sums[1], _sums[2], _sums[3]);
            ulong first = unchecked((ulong)(index + i) * Golden);
            Vector256<ulong> keys = unchecked(Vector256.Create(first, first + Golden, first + (2 * Golden), first + (3 * Golden)));
            Vector256<ulong> step = Vector256.Create(unchecked(4 * Golden));
            Vector256<ulong> low = Vector256.Create(0xFFFFFFFFUL);
            for (; i + 4 <= count; i += 4)
            {
                Vector256<ulong> w = Vector256.Create(words.Slice(i, 4));
                Vector256<ulong> t = w ^ keys;
                sums += Avx2.Multiply((t & low).AsUInt32(), Vector256.ShiftRightLogical(t, 32).AsUInt32()) + w;
                keys += step;
            }
            sums.CopyTo(_sums);
        }
        for (; i < count; i++)
        {
            Scalar(bytes, i, index);
        }
    }

    private void Scalar(ReadOnlySpan<byte> bytes, int i, long index)
    {
        long at = index + i;
        _sums[at & 3] = unchecked(_sums[at & 3] + Word(BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i * 8, 8)), at));
    }
}
