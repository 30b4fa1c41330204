using System;
using System.Collections.Generic;

namespace HelplineStats.Core.Model;

/// <summary>
/// A way of getting in touch with a helpline: phone, chat, e-mail, or any other a helpline offers (sms, video, walk-in...).
/// </summary>
/// <remarks>
/// <para>Channels are open: <see cref="Of(string)"/> makes any channel from its id; the well-known ones are ready as
/// static properties. Two channels are equal when their ids are (see <see cref="StableId{TSelf}"/>).</para>
/// <para>Display names are not part of the model: the text layer names a channel in the reader's language.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Channel : StableId<Channel>
{
    private Channel(string value) : base(value, nameof(value))
    {
    }

    /// <summary>Phone calls (id <c>phone</c>).</summary>
    public static Channel Phone { get; } = new("phone");

    /// <summary>Text chat on a website or app (id <c>chat</c>).</summary>
    public static Channel Chat { get; } = new("chat");

    /// <summary>E-mail or web form (id <c>email</c>).</summary>
    public static Channel Email { get; } = new("email");

    /// <summary>Text messages (id <c>sms</c>).</summary>
    public static Channel Sms { get; } = new("sms");

    /// <summary>Video calls (id <c>video</c>).</summary>
    public static Channel Video { get; } = new("video");

    /// <summary>A visit in person (id <c>walk-in</c>).</summary>
    public static Channel WalkIn { get; } = new("walk-in");

    /// <summary>The well-known channels above, in that order.</summary>
    public static IReadOnlyList<Channel> WellKnown { get; } = Array.AsReadOnly(new[] { Phone, Chat, Email, Sms, Video, WalkIn });

    /// <summary>Makes a channel from its id; a well-known id gives the same value as its static property.</summary>
    /// <param name="value">The channel id.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public static Channel Of(string value) => FindKnown(WellKnown, value) ?? new Channel(value);

    /// <summary>The channel with this text, when it is a valid id (a lookup that expects bad text, as a file reader
    /// does: see <see cref="Of(string)"/> for the rule).</summary>
    /// <param name="value">The id text; <c>null</c> gives <c>false</c>.</param>
    /// <param name="id">The channel, or <c>null</c> when <paramref name="value"/> is not a valid id.</param>
    /// <returns>Whether <paramref name="value"/> is a valid id.</returns>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Channel? id)
    {
        id = value is not null && Internal.Guard.IdProblem(value) is null ? Of(value) : null;
        return id is not null;
    }
}
