using System;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Records;

/// <summary>
/// Which taxonomy each categorised field of a <see cref="ContactRecord"/> is counted in, and so where its unknown bucket
/// goes. <see cref="Default"/> uses the ready-made <see cref="Taxonomies"/>.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AggregationSchema
{
    /// <summary>A schema.</summary>
    /// <param name="callerRelation">The taxonomy of the caller's relation to the victim.</param>
    /// <param name="gender">The taxonomy of callers' and victims' gender.</param>
    /// <param name="kindOfViolence">The taxonomy of kinds of violence.</param>
    /// <param name="ageGroup">The taxonomy of victims' age groups.</param>
    /// <param name="violenceContext">The taxonomy of the context of violence.</param>
    /// <param name="topic">The taxonomy of conversation topics.</param>
    /// <exception cref="ArgumentNullException">A taxonomy is null.</exception>
    public AggregationSchema(Taxonomy callerRelation, Taxonomy gender, Taxonomy kindOfViolence, Taxonomy ageGroup, Taxonomy violenceContext, Taxonomy topic)
    {
        CallerRelation = Guard.NotNull(callerRelation, nameof(callerRelation));
        Gender = Guard.NotNull(gender, nameof(gender));
        KindOfViolence = Guard.NotNull(kindOfViolence, nameof(kindOfViolence));
        AgeGroup = Guard.NotNull(ageGroup, nameof(ageGroup));
        ViolenceContext = Guard.NotNull(violenceContext, nameof(violenceContext));
        Topic = Guard.NotNull(topic, nameof(topic));
    }

    /// <summary>The ready-made taxonomies of <see cref="Taxonomies"/>.</summary>
    public static AggregationSchema Default { get; } = new(Taxonomies.CallerRelation, Taxonomies.Gender, Taxonomies.KindOfViolence,
        Taxonomies.AgeGroup, Taxonomies.ViolenceContext, Taxonomies.ConversationTopic);

    /// <summary>The taxonomy of the caller's relation to the victim.</summary>
    public Taxonomy CallerRelation { get; }

    /// <summary>The taxonomy of callers' and victims' gender.</summary>
    public Taxonomy Gender { get; }

    /// <summary>The taxonomy of kinds of violence.</summary>
    public Taxonomy KindOfViolence { get; }

    /// <summary>The taxonomy of victims' age groups.</summary>
    public Taxonomy AgeGroup { get; }

    /// <summary>The taxonomy of the context of violence.</summary>
    public Taxonomy ViolenceContext { get; }

    /// <summary>The taxonomy of conversation topics.</summary>
    public Taxonomy Topic { get; }

    /// <summary>Whether both schemas have equal taxonomies for every field.</summary>
    internal bool Matches(AggregationSchema other) =>
        ReferenceEquals(this, other)
        || (CallerRelation.Equals(other.CallerRelation) && Gender.Equals(other.Gender) && KindOfViolence.Equals(other.KindOfViolence)
            && AgeGroup.Equals(other.AgeGroup) && ViolenceContext.Equals(other.ViolenceContext) && Topic.Equals(other.Topic));

    /// <summary>The anonymity taxonomy (ready-made; a caller is anonymous, identified or unknown).</summary>
    public static Taxonomy Anonymity => Taxonomies.Anonymity;
}
