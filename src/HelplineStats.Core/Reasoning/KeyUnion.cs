using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Reasoning;

/// <summary>Counts joined into groups (union–find with path halving): two counts are in one group when some figure or
/// sum holds both, directly or through others.</summary>
internal sealed class KeyUnion
{
    private readonly Dictionary<ObservationKey, ObservationKey> _parent = new();

    /// <summary>The representative of the group of <paramref name="key"/>.</summary>
    internal ObservationKey Find(ObservationKey key)
    {
        _parent.TryAdd(key, key);
        while (!_parent[key].Equals(key))
        {
            _parent[key] = _parent[_parent[key]];
            key = _parent[key];
        }
        return key;
    }

    /// <summary>Joins <paramref name="keys"/> into one group.</summary>
    internal void Union(IEnumerable<ObservationKey> keys)
    {
        ObservationKey? first = null;
        foreach (ObservationKey key in keys)
        {
            ObservationKey root = Find(key);
            if (first is null)
            {
                first = root;
            }
            else if (!root.Equals(first))
            {
                _parent[root] = first;
            }
        }
    }
}
