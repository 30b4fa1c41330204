using System;

namespace HelplineStats.Core.Model;

/// <summary>The stable id of a <see cref="Taxonomy"/>, kept across its versions, such as <c>kind-of-violence</c>.</summary>
/// <remarks>See <see cref="StableId{TSelf}"/> for the rules, equality and ordering. Immutable and thread-safe.</remarks>
public sealed class TaxonomyId : StableId<TaxonomyId>
{
    private TaxonomyId(string value) : base(value, nameof(value))
    {
    }

    /// <summary>Makes a taxonomy id.</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public static TaxonomyId Of(string value) => new(value);
}
