using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// The words for the ready-made metrics, channels and taxonomies in Dutch and English: reference data looked up by stable
/// id, never a hidden fallback. (Categories and helplines carry their words themselves: <see cref="CategoryDefinition.Labels"/>,
/// <see cref="Helpline.Descriptions"/>.) An id without words in a language is worded by its code and reported
/// (<see cref="Wording.Missing"/>), so a Dutch page never carries English silently.
/// </summary>
internal static class Glossary
{
    /// <summary>Metric nouns: Dutch singular and plural, English singular and plural.</summary>
    internal static readonly IReadOnlyDictionary<string, (string NlOne, string NlMany, string EnOne, string EnMany)> Metrics =
        new Dictionary<string, (string, string, string, string)>
        {
            ["calls"] = ("oproep", "oproepen", "call", "calls"),
            ["conversations"] = ("gesprek", "gesprekken", "conversation", "conversations"),
            ["contacts"] = ("contact", "contacten", "contact", "contacts"),
            ["contact-persons"] = ("contactnemer", "contactnemers", "person who got in touch", "people who got in touch"),
            ["website-visitors"] = ("websitebezoeker", "websitebezoekers", "website visitor", "website visitors"),
            ["possible-victims"] = ("mogelijk slachtoffer", "mogelijke slachtoffers", "possible victim", "possible victims"),
            ["referrals"] = ("doorverwijzing", "doorverwijzingen", "referral", "referrals"),
        };

    internal static readonly IReadOnlyDictionary<string, (string Nl, string En)> Channels = new Dictionary<string, (string, string)>
    {
        ["phone"] = ("telefoon", "phone"),
        ["chat"] = ("chat", "chat"),
        ["email"] = ("e-mail", "e-mail"),
        ["sms"] = ("sms", "text message"),
        ["video"] = ("video", "video"),
        ["walk-in"] = ("een bezoek ter plaatse", "a visit in person"),
    };

    internal static readonly IReadOnlyDictionary<string, (string Nl, string En)> Taxonomies = new Dictionary<string, (string, string)>
    {
        ["kind-of-violence"] = ("soort geweld", "kind of violence"),
        ["caller-relation"] = ("band met het slachtoffer", "relation to the victim"),
        ["stop-it-now-concern"] = ("waarover de contactnemer bezorgd is", "what the caller is worried about"),
        ["violence-context"] = ("context van het geweld", "context of the violence"),
        ["age-group"] = ("leeftijdsgroep", "age group"),
        ["gender"] = ("gender", "gender"),
        ["anonymity"] = ("anonimiteit", "anonymity"),
        ["conversation-topic"] = ("onderwerp van het gesprek", "topic of the conversation"),
        ["referral-outcome"] = ("resultaat van de doorverwijzing", "outcome of the referral"),
    };
}
