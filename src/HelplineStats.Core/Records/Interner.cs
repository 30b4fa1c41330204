using System.Collections.Generic;

namespace HelplineStats.Core.Records;

/// <summary>
/// Dense indices 0, 1, 2, ... for the values seen so far, in the order first seen: the same instance is found by
/// reference (the last one and the first few without a dictionary lookup), an equal one by value.
/// </summary>
internal sealed class Interner<T> where T : class
{
    private const int FirstFew = 8;
    private readonly T?[] _first = new T?[FirstFew];
    private readonly Dictionary<T, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<T, int> _byValue = new();
    private readonly List<T> _values = new();
    private T? _last;
    private int _lastIndex;

    internal T this[int index] => _values[index];

    internal int Count => _values.Count;

    internal int IndexOf(T value)
    {
        if (ReferenceEquals(value, _last))
        {
            return _lastIndex;
        }
        int index = -1;
        for (int i = 0; i < _first.Length; i++)
        {
            if (ReferenceEquals(_first[i], value))
            {
                index = i;
                break;
            }
        }
        if (index < 0 && !_byReference.TryGetValue(value, out index))
        {
            if (!_byValue.TryGetValue(value, out index))
            {
                index = _values.Count;
                _values.Add(value);
                if (index < FirstFew)
                {
                    _first[index] = value;
                }
                _byValue.Add(value, index);
            }
            _byReference[value] = index;
        }
        _last = value;
        _lastIndex = index;
        return index;
    }
}
