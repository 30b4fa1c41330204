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
}
