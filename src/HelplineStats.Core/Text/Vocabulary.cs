using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Text;

/// <summary>The words of the ready-made metrics, channels and categories in Dutch and English; other ids are shown as they are.</summary>
internal static class Vocabulary
{
    private static readonly Dictionary<string, (string Dutch, string English)> Metrics = new()
    {
        ["calls"] = ("oproepen", "calls"),
        ["conversations"] = ("gesprekken", "conversations"),
        ["contacts"] = ("contacten", "contacts"),
        ["contact-persons"] = ("contactnemers", "callers"),
        ["website-visitors"] = ("websitebezoekers", "website visitors"),
        ["possible-victims"] = ("mogelijke slachtoffers", "possible victims"),
        ["referrals"] = ("doorverwijzingen", "referrals"),
    };

    private static readonly Dictionary<string, (string Dutch, string English)> Channels = new()
    {
        ["phone"] = ("telefoon", "phone"),
        ["chat"] = ("chat", "chat"),
        ["email"] = ("e-mail", "e-mail"),
        ["sms"] = ("sms", "text message"),
        ["video"] = ("video", "video"),
        ["walk-in"] = ("bezoek ter plaatse", "walk-in"),
    };

    private static readonly Dictionary<string, string> DutchCategories = new()
    {
        ["kind-of-violence:child-abuse"] = "kindermishandeling",
        ["kind-of-violence:partner-violence"] = "partnergeweld",
        ["kind-of-violence:violence-against-adults"] = "geweld tegen volwassenen",
        ["caller-relation:self"] = "zelf slachtoffer",
        ["caller-relation:parent"] = "(stief)ouder van het slachtoffer",
        ["stop-it-now-concern:self"] = "bezorgd over zichzelf",
        ["stop-it-now-concern:someone-close"] = "bezorgd over een naaste",
        ["stop-it-now-concern:professional"] = "bezorgd als professional",
        ["violence-context:family"] = "geweld in de familie",
        ["violence-context:household"] = "geweld in het gezin",
        ["violence-context:outside-family"] = "geweld buiten de familie",
        ["age-group:minor"] = "minderjarig",
        ["age-group:adult"] = "meerderjarig",
        ["gender:woman"] = "vrouw",
        ["gender:man"] = "man",
        ["anonymity:anonymous"] = "anoniem",
        ["conversation-topic:corona"] = "over corona",
        ["referral-outcome:registered-specialised-centre"] = "aangemeld bij een gespecialiseerd behandelcentrum",
    };

    internal static string Metric(Metric metric, TextCulture culture) =>
        Metrics.TryGetValue(metric.Value, out var words) ? (culture.IsDutch ? words.Dutch : words.English) : metric.Value;

    internal static string Channel(Channel channel, TextCulture culture) =>
        Channels.TryGetValue(channel.Value, out var words) ? (culture.IsDutch ? words.Dutch : words.English) : channel.Value;

    internal static string Category(Category category, TextCulture culture) =>
        category.IsUnknown ? (culture.IsDutch ? "onbekend" : "unknown")
        : culture.IsDutch && DutchCategories.TryGetValue(category.ToString(), out string? dutch) ? dutch : category.Label.ToLowerInvariant();

    /// <summary>"a", "a en b", "a, b en c" (or "and").</summary>
    internal static string List(System.Collections.Generic.IReadOnlyList<string> items, TextCulture culture)
    {
        string and = culture.IsDutch ? " en " : " and ";
        return items.Count <= 1 ? string.Concat(items) : string.Join(", ", System.Linq.Enumerable.Take(items, items.Count - 1)) + and + items[^1];
    }

    internal static string Qualifier(Qualifier qualifier, TextCulture culture) => qualifier switch
    {
        Model.Qualifier.About => culture.IsDutch ? "ongeveer " : "about ",
        Model.Qualifier.Almost => culture.IsDutch ? "bijna " : "almost ",
        Model.Qualifier.MoreThan => culture.IsDutch ? "meer dan " : "more than ",
        Model.Qualifier.LessThan => culture.IsDutch ? "minder dan " : "less than ",
        Model.Qualifier.None => "",
        _ => throw new System.ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined qualifier."),
    };
}
