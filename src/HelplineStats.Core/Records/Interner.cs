using System.Collections.Generic;

namespace HelplineStats.Core.Records;

/// <summary>
/// Dense indices 0, 1, 2, ... for the values seen so far, in the order first seen: the same instance is found by
/// reference (the last one without a lookup), an equal one by value.
/// </summary>
internal sealed class Interner<T> where T : class
{
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
        if (!_byReference.TryGetValue(value, out int index))
        {
            if (!_byValue.TryGetValue(value, out index))
            {
                index = _values.Count;
                _values.Add(value);
                _byValue.Add(value, index);
            }
            _byReference[value] = index;
        }
        _last = value;
        _lastIndex = index;
        return index;
    }
}
