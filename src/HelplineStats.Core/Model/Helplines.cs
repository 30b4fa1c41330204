using System;
using System.Collections.Generic;
using NodaTime;

namespace HelplineStats.Core.Model;

/// <summary>
/// Ready-made <see cref="Helpline"/> values for the three Flemish helplines whose 2021 figures started this library.
/// Nothing in the library depends on them: define other helplines with the <see cref="Helpline"/> constructor.
/// </summary>
public static class Helplines
{
    /// <summary>
    /// 1712, the Flemish government's helpline for violence, abuse and child abuse: launched on 12 March 2012, reached by
    /// phone, chat and e-mail; callers may stay anonymous.
    /// </summary>
    public static Helpline Line1712 { get; } = new(
        HelplineId.Of("1712"),
        "1712",
        "Flemish helpline for anyone with a question about violence, abuse or child abuse.",
        new LocalDate(2012, 3, 12),
        new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat), new ChannelOffering(Channel.Email) },
        AnonymityPolicy.CallerChooses,
        descriptions: Descriptions("Vlaamse hulplijn voor iedereen met een vraag over geweld, misbruik of kindermishandeling.", "Flemish helpline for anyone with a question about violence, abuse or child abuse.", "Ligne d’aide flamande pour toute personne qui a une question sur la violence, les abus ou la maltraitance d’enfants."));

    /// <summary>
    /// Tele-Onthaal (phone number 106), the Flemish listening line for anyone who needs to talk: phone, and chat since
    /// 2002; anonymous. Its launch date is not recorded here, so it is unknown.
    /// </summary>
    public static Helpline TeleOnthaal { get; } = new(
        HelplineId.Of("tele-onthaal"),
        "Tele-Onthaal",
        "Anonymous Flemish listening line for anyone who needs a conversation that helps.",
        launchDate: null,
        new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat, 2002) },
        AnonymityPolicy.AlwaysAnonymous,
        new[] { "106" },
        Descriptions("Anonieme Vlaamse luisterlijn voor wie nood heeft aan een gesprek dat helpt.", "Anonymous Flemish listening line for anyone who needs a conversation that helps.", "Ligne d’écoute flamande anonyme pour toute personne qui a besoin de parler à quelqu’un."));

    /// <summary>
    /// Stop it Now! Flanders, for people worried about their own sexual feelings or behaviour towards minors and for
    /// those close to them: launched on 19 May 2017, reached by phone, chat and e-mail; anonymous.
    /// </summary>
    public static Helpline StopItNowFlanders { get; } = new(
        HelplineId.Of("stop-it-now-flanders"),
        "Stop it Now! Flanders",
        "Anonymous help for people worried about their own sexual feelings or behaviour towards minors, and for those close to them.",
        new LocalDate(2017, 5, 19),
        new[] { new ChannelOffering(Channel.Phone), new ChannelOffering(Channel.Chat), new ChannelOffering(Channel.Email) },
        AnonymityPolicy.AlwaysAnonymous,
        new[] { "Stop it Now! Vlaanderen" },
        Descriptions("Anonieme hulp voor wie zich zorgen maakt over de eigen seksuele gevoelens of gedragingen tegenover minderjarigen, en voor hun naasten.", "Anonymous help for people worried about their own sexual feelings or behaviour towards minors, and for those close to them.", "Aide anonyme pour les personnes inquiètes de leurs propres sentiments ou comportements sexuels envers des mineurs, et pour leurs proches."));

    /// <summary>The three helplines above, in that order.</summary>
    public static IReadOnlyList<Helpline> All { get; } = Array.AsReadOnly(new[] { Line1712, TeleOnthaal, StopItNowFlanders });

    /// <summary>Finds a ready-made helpline by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The helpline, or <c>null</c> when none of the ready-made ones has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static Helpline? Find(HelplineId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (Helpline helpline in All)
        {
            if (helpline.Id.Equals(id))
            {
                return helpline;
            }
        }
        return null;
    }

    /// <summary>A ready-made helpline's description in Dutch, English and French.</summary>
    private static LocalizedText Descriptions(string dutch, string english, string french) => LocalizedText.Of(("nl", dutch), ("en", english), ("fr", french));
}
