using System;
using System.Collections.Generic;

namespace HelplineStats.Core.Model;

/// <summary>
/// Ready-made taxonomies (version 1) for the dimensions the Flemish 2021 figures use. Each has an explicit
/// <c>unknown</c> category. They are ordinary data: helplines with other trees make their own with
/// <see cref="Taxonomy.Create(string, int, string, IEnumerable{CategoryDefinition})"/>.
/// </summary>
public static class Taxonomies
{
    /// <summary>Kinds of violence a possible victim suffers: child abuse, partner violence, violence against adults, other.</summary>
    public static Taxonomy KindOfViolence { get; } = Taxonomy.Create("kind-of-violence", 1, "Kind of violence",
        new CategoryDefinition("child-abuse", "Child abuse", null, Labels("kindermishandeling", "child abuse", "maltraitance d’enfants")),
        new CategoryDefinition("partner-violence", "Partner violence", null, Labels("partnergeweld", "partner violence", "violence entre partenaires")),
        new CategoryDefinition("violence-against-adults", "Violence against adults", null, Labels("geweld tegen volwassenen", "violence against adults", "violence envers des adultes")),
        new CategoryDefinition("other", "Other kind of violence", null, Labels("ander geweld", "other kind of violence", "autre forme de violence")));

    /// <summary>How the person who gets in touch relates to the possible victim.</summary>
    public static Taxonomy CallerRelation { get; } = Taxonomy.Create("caller-relation", 1, "Caller's relation to the victim",
        new CategoryDefinition("self", "The victim themselves", null, Labels("zelf slachtoffer", "the victim themselves", "la victime elle-même")),
        new CategoryDefinition("parent", "Parent or step-parent of the victim", null, Labels("(stief)ouder van het slachtoffer", "(step)parent of the victim", "(beau-)parent de la victime")),
        new CategoryDefinition("other-family", "Other family member", null, Labels("ander familielid", "other family member", "autre membre de la famille")),
        new CategoryDefinition("professional", "Professional", null, Labels("hulpverlener of professional", "professional", "intervenant ou professionnel")),
        new CategoryDefinition("other", "Someone else", null, Labels("iemand anders", "someone else", "quelqu’un d’autre")));

    /// <summary>What a caller of a Stop it Now! line is worried about: themselves, someone close, or a client as a professional.</summary>
    public static Taxonomy StopItNowConcern { get; } = Taxonomy.Create("stop-it-now-concern", 1, "What the caller is worried about",
        new CategoryDefinition("self", "Worried about themselves", null, Labels("bezorgd over zichzelf", "worried about themselves", "inquiétude pour soi-même")),
        new CategoryDefinition("someone-close", "Worried about someone close", null, Labels("bezorgd over een naaste", "worried about someone close", "inquiétude pour un proche")),
        new CategoryDefinition("professional", "Worried as a professional", null, Labels("bezorgd als professional", "worried as a professional", "inquiétude professionnelle")),
        new CategoryDefinition("other", "Other concern", null, Labels("een andere zorg", "another concern", "une autre inquiétude")));

    /// <summary>
    /// Where the violence happens: within the family (with the household inside it) or outside it (public space, school,
    /// sports club, other places).
    /// </summary>
    public static Taxonomy ViolenceContext { get; } = Taxonomy.Create("violence-context", 1, "Context of the violence",
        new CategoryDefinition("family", "Within the family", null, Labels("binnen de familie", "within the family", "au sein de la famille")),
        new CategoryDefinition("household", "Within the household", "family", Labels("binnen het gezin", "within the household", "au sein du ménage")),
        new CategoryDefinition("outside-family", "Outside the family", null, Labels("buiten de familie", "outside the family", "en dehors de la famille")),
        new CategoryDefinition("public-space", "In public space", "outside-family", Labels("in de openbare ruimte", "in public space", "dans l’espace public")),
        new CategoryDefinition("school", "At school", "outside-family", Labels("op school", "at school", "à l’école")),
        new CategoryDefinition("sports-club", "At a sports club", "outside-family", Labels("in een sportclub", "at a sports club", "dans un club sportif")),
        new CategoryDefinition("other-place", "Another place", "outside-family", Labels("op een andere plek", "another place", "un autre lieu")));

    /// <summary>Age group of a possible victim: minor (under 18) or adult.</summary>
    public static Taxonomy AgeGroup { get; } = Taxonomy.Create("age-group", 1, "Age group",
        new CategoryDefinition("minor", "Minor (under 18)", null, Labels("minderjarig", "minor (under 18)", "mineur (moins de 18 ans)")),
        new CategoryDefinition("adult", "Adult (18 or over)", null, Labels("meerderjarig", "adult (18 or over)", "majeur (18 ans ou plus)")));

    /// <summary>Gender of a caller or possible victim.</summary>
    public static Taxonomy Gender { get; } = Taxonomy.Create("gender", 1, "Gender",
        new CategoryDefinition("woman", "Woman", null, Labels("vrouw", "woman", "femme")),
        new CategoryDefinition("man", "Man", null, Labels("man", "man", "homme")),
        new CategoryDefinition("other", "Other gender", null, Labels("ander gender", "other gender", "autre genre")));

    /// <summary>Whether a caller chose to stay anonymous.</summary>
    public static Taxonomy Anonymity { get; } = Taxonomy.Create("anonymity", 1, "Anonymity",
        new CategoryDefinition("anonymous", "Stayed anonymous", null, Labels("bleef anoniem", "stayed anonymous", "anonyme")),
        new CategoryDefinition("identified", "Gave their identity", null, Labels("gaf de eigen identiteit", "gave their identity", "identité communiquée")));

    /// <summary>Topics of a conversation (multi-label: one conversation can touch several).</summary>
    public static Taxonomy ConversationTopic { get; } = Taxonomy.Create("conversation-topic", 1, "Conversation topic",
        new CategoryDefinition("corona", "Corona (COVID-19)", null, Labels("corona", "corona (COVID-19)", "corona (COVID-19)")),
        new CategoryDefinition("other", "Other topic", null, Labels("ander onderwerp", "other topic", "autre sujet")));

    /// <summary>What became of a referral to longer-term help.</summary>
    public static Taxonomy ReferralOutcome { get; } = Taxonomy.Create("referral-outcome", 1, "Outcome of a referral",
        new CategoryDefinition("registered-specialised-centre", "Registered with a specialised treatment centre", null, Labels("aangemeld bij een gespecialiseerd behandelcentrum", "registered with a specialised treatment centre", "inscrit auprès d’un centre de traitement spécialisé")),
        new CategoryDefinition("other", "Other outcome", null, Labels("ander resultaat", "other outcome", "autre résultat")));

    /// <summary>Every ready-made taxonomy above, in that order.</summary>
    public static IReadOnlyList<Taxonomy> All { get; } = Array.AsReadOnly(new[]
    {
        KindOfViolence, CallerRelation, StopItNowConcern, ViolenceContext, AgeGroup, Gender, Anonymity, ConversationTopic, ReferralOutcome,
    });

    /// <summary>A ready-made category's label in Dutch, English and French, as a sentence says it.</summary>
    private static LocalizedText Labels(string dutch, string english, string french) => LocalizedText.Of(("nl", dutch), ("en", english), ("fr", french));
}
