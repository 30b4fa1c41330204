using System;
using System.Text;

namespace HelplineStats.Core.IO;

/// <summary>
/// A small map from text keys to values, looked up by a span of the key's UTF-8 bytes without making a string: what a
/// reader needs to turn field text into ids and category positions at the speed of the parse. Keys are compared ordinally.
/// </summary>
internal sealed class SpanMap<T>
{
    private byte[][] _keys = new byte[16][];
    private T[] _values = new T[16];
    private int[] _buckets = new int[32]; // 1-based entry positions, 0 = empty
    private int _count;

    internal bool TryGet(ReadOnlySpan<byte> key, out T value)
    {
        int mask = _buckets.Length - 1;
        for (int slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            int entry = _buckets[slot] - 1;
            if (entry < 0)
            {
                value = default!;
                return false;
            }
            if (key.SequenceEqual(_keys[entry]))
            {
                value = _values[entry];
                return true;
            }
        }
    }

    internal void Add(string key, T value)
    {
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _keys[_count] = Encoding.UTF8.GetBytes(key);
        _values[_count] = value;
        _count++;
        if (_count * 2 > _buckets.Length)
        {
            _buckets = new int[_buckets.Length * 2];
            for (int i = 0; i < _count; i++)
            {
                Place(i);
            }
        }
        else
        {
            Place(_count - 1);
        }
    }

    private void Place(int entry)
    {
        int mask = _buckets.Length - 1;
        int slot = Hash(_keys[entry]) & mask;
        while (_buckets[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }
        _buckets[slot] = entry + 1;
    }

    // The length and three bytes: a constant-time hash that tells apart the short ids of a records file well enough
    // (collisions only cost a comparison), and is stable within a process.
    private static int Hash(ReadOnlySpan<byte> key) =>
        key.IsEmpty ? 0 : unchecked((key.Length * 31) ^ (key[0] << 5) ^ (key[key.Length / 2] << 10) ^ (key[^1] << 15));
}
