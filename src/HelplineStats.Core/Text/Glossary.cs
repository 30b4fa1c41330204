using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>
/// The words for the ready-made metrics, channels, taxonomies, categories and helplines in Dutch and English: reference
/// data looked up by stable id, never a hidden fallback. An id it does not know in a language is worded by its code and
/// reported (<see cref="Wording.Missing"/>), so a Dutch page never carries English silently.
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

    internal static readonly IReadOnlyDictionary<string, (string Nl, string En)> Categories = new Dictionary<string, (string, string)>
    {
        ["kind-of-violence:child-abuse"] = ("kindermishandeling", "child abuse"),
        ["kind-of-violence:partner-violence"] = ("partnergeweld", "partner violence"),
        ["kind-of-violence:violence-against-adults"] = ("geweld tegen volwassenen", "violence against adults"),
        ["kind-of-violence:other"] = ("ander geweld", "other kind of violence"),
        ["caller-relation:self"] = ("zelf slachtoffer", "the victim themselves"),
        ["caller-relation:parent"] = ("(stief)ouder van het slachtoffer", "(step)parent of the victim"),
        ["caller-relation:other-family"] = ("ander familielid", "other family member"),
        ["caller-relation:professional"] = ("hulpverlener of professional", "professional"),
        ["caller-relation:other"] = ("iemand anders", "someone else"),
        ["stop-it-now-concern:self"] = ("bezorgd over zichzelf", "worried about themselves"),
        ["stop-it-now-concern:someone-close"] = ("bezorgd over een naaste", "worried about someone close"),
        ["stop-it-now-concern:professional"] = ("bezorgd als professional", "worried as a professional"),
        ["stop-it-now-concern:other"] = ("een andere zorg", "another concern"),
        ["violence-context:family"] = ("binnen de familie", "within the family"),
        ["violence-context:household"] = ("binnen het gezin", "within the household"),
        ["violence-context:outside-family"] = ("buiten de familie", "outside the family"),
        ["violence-context:public-space"] = ("in de openbare ruimte", "in public space"),
        ["violence-context:school"] = ("op school", "at school"),
        ["violence-context:sports-club"] = ("in een sportclub", "at a sports club"),
        ["violence-context:other-place"] = ("op een andere plek", "another place"),
        ["age-group:minor"] = ("minderjarig", "minor (under 18)"),
        ["age-group:adult"] = ("meerderjarig", "adult (18 or over)"),
        ["gender:woman"] = ("vrouw", "woman"),
        ["gender:man"] = ("man", "man"),
        ["gender:other"] = ("ander gender", "other gender"),
        ["anonymity:anonymous"] = ("bleef anoniem", "stayed anonymous"),
        ["anonymity:identified"] = ("gaf de eigen identiteit", "gave their identity"),
        ["conversation-topic:corona"] = ("corona", "corona (COVID-19)"),
        ["conversation-topic:other"] = ("ander onderwerp", "other topic"),
        ["referral-outcome:registered-specialised-centre"] = ("aangemeld bij een gespecialiseerd behandelcentrum", "registered with a specialised treatment centre"),
        ["referral-outcome:other"] = ("ander resultaat", "other outcome"),
    };

    internal static readonly IReadOnlyDictionary<string, (string Nl, string En)> HelplineDescriptions = new Dictionary<string, (string, string)>
    {
        ["1712"] = ("Vlaamse hulplijn voor iedereen met een vraag over geweld, misbruik of kindermishandeling.",
            "Flemish helpline for anyone with a question about violence, abuse or child abuse."),
        ["tele-onthaal"] = ("Anonieme Vlaamse luisterlijn voor wie nood heeft aan een gesprek dat helpt.",
            "Anonymous Flemish listening line for anyone who needs a conversation that helps."),
        ["stop-it-now-flanders"] = ("Anonieme hulp voor wie zich zorgen maakt over de eigen seksuele gevoelens of gedragingen tegenover minderjarigen, en voor hun naasten.",
            "Anonymous help for people worried about their own sexual feelings or behaviour towards minors, and for those close to them."),
    };
}
