using System;

namespace HelplineStats.Core.Model;

/// <summary>
/// The stable id of a <see cref="Helpline"/>, such as <c>1712</c> or <c>tele-onthaal</c>: what data files and other apps
/// use to refer to a helpline without carrying its description around.
/// </summary>
/// <remarks>See <see cref="StableId{TSelf}"/> for the rules, equality and ordering. Immutable and thread-safe.</remarks>
public sealed class HelplineId : StableId<HelplineId>
{
    private HelplineId(string value) : base(value, nameof(value))
    {
    }

    /// <summary>Makes a helpline id.</summary>
    /// <param name="value">The id text, for example <c>1712</c>.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public static HelplineId Of(string value) => new(value);

    /// <summary>The helpline id with this text, when it is a valid id (a lookup that expects bad text, as a file reader
    /// does: see <see cref="Of(string)"/> for the rule).</summary>
    /// <param name="value">The id text; <c>null</c> gives <c>false</c>.</param>
    /// <param name="id">The helpline id, or <c>null</c> when <paramref name="value"/> is not a valid id.</param>
    /// <returns>Whether <paramref name="value"/> is a valid id.</returns>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out HelplineId? id)
    {
        id = value is not null && Internal.Guard.IdProblem(value) is null ? Of(value) : null;
        return id is not null;
    }
}
