using System;

namespace HelplineStats.Core.Model;

/// <summary>
/// The stable id of a category inside one taxonomy, such as <c>child-abuse</c>; it stays the same across the taxonomy's
/// versions so that counts from different years line up.
/// </summary>
/// <remarks>See <see cref="StableId{TSelf}"/> for the rules, equality and ordering. Immutable and thread-safe.</remarks>
public sealed class CategoryId : StableId<CategoryId>
{
    private CategoryId(string value) : base(value, nameof(value))
    {
    }

    /// <summary>The id every taxonomy gives its explicit "not known" category.</summary>
    public static CategoryId Unknown { get; } = new("unknown");

    /// <summary>Makes a category id.</summary>
    /// <param name="value">The id text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public static CategoryId Of(string value) => new(value);
}
