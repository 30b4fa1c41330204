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

    /// <summary>The category id with this text, when it is a valid id (a lookup that expects bad text, as a file reader
    /// does: see <see cref="Of(string)"/> for the rule).</summary>
    /// <param name="value">The id text; <c>null</c> gives <c>false</c>.</param>
    /// <param name="id">The category id, or <c>null</c> when <paramref name="value"/> is not a valid id.</param>
    /// <returns>Whether <paramref name="value"/> is a valid id.</returns>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CategoryId? id)
    {
        id = value is not null && Internal.Guard.IdProblem(value) is null ? Of(value) : null;
        return id is not null;
    }
}
