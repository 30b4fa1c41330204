using System;
using System.Collections.Generic;

namespace HelplineStats.Core.Model;

/// <summary>
/// What is counted: calls, conversations, contacts, contact persons, website visitors, possible victims, referrals, or any
/// other metric a helpline keeps. Metrics are not interchangeable: counts of different metrics never add up, and dividing
/// one by another is an explicit ratio, never a share.
/// </summary>
/// <remarks>
/// <para>Metrics are open: <see cref="Of(string)"/> makes any metric from its id; the ones helpline pages use are ready
/// as static properties. Two metrics are equal when their ids are (see <see cref="StableId{TSelf}"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class Metric : StableId<Metric>
{
    private Metric(string value) : base(value, nameof(value))
    {
    }

    /// <summary>Incoming calls or requests on any channel, answered or not (id <c>calls</c>).</summary>
    public static Metric Calls { get; } = new("calls");

    /// <summary>Contacts that became an actual conversation (id <c>conversations</c>).</summary>
    public static Metric Conversations { get; } = new("conversations");

    /// <summary>What a helpline counts as a handled contact (id <c>contacts</c>).</summary>
    public static Metric Contacts { get; } = new("contacts");

    /// <summary>The people who got in touch, the callers (id <c>contact-persons</c>).</summary>
    public static Metric ContactPersons { get; } = new("contact-persons");

    /// <summary>Visitors of the helpline's website: reach, not contact (id <c>website-visitors</c>).</summary>
    public static Metric WebsiteVisitors { get; } = new("website-visitors");

    /// <summary>The people the contacts are about; one call can concern several (id <c>possible-victims</c>).</summary>
    public static Metric PossibleVictims { get; } = new("possible-victims");

    /// <summary>Contacts referred on to longer-term help (id <c>referrals</c>).</summary>
    public static Metric Referrals { get; } = new("referrals");

    /// <summary>The ready-made metrics above, in that order.</summary>
    public static IReadOnlyList<Metric> WellKnown { get; } =
        Array.AsReadOnly(new[] { Calls, Conversations, Contacts, ContactPersons, WebsiteVisitors, PossibleVictims, Referrals });

    /// <summary>Makes a metric from its id; a well-known id gives the same value as its static property.</summary>
    /// <param name="value">The metric id.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id.</exception>
    public static Metric Of(string value) => FindKnown(WellKnown, value) ?? new Metric(value);

    /// <summary>The metric with this text, when it is a valid id (a lookup that expects bad text, as a file reader
    /// does: see <see cref="Of(string)"/> for the rule).</summary>
    /// <param name="value">The id text; <c>null</c> gives <c>false</c>.</param>
    /// <param name="id">The metric, or <c>null</c> when <paramref name="value"/> is not a valid id.</param>
    /// <returns>Whether <paramref name="value"/> is a valid id.</returns>
    public static bool TryParse(string? value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Metric? id)
    {
        id = value is not null && Internal.Guard.IdProblem(value) is null ? Of(value) : null;
        return id is not null;
    }

    /// <summary>
    /// The invariant words for <paramref name="count"/> items of this metric, for <c>ToString()</c>: "1 call",
    /// "2 website visitors"; a metric that is not well known keeps its id ("3 callbacks"). Wording in a reader's
    /// language is the Text layer's job.
    /// </summary>
    internal string Words(long count) => (Value, count == 1) switch
    {
        ("calls", true) => "call",
        ("conversations", true) => "conversation",
        ("contacts", true) => "contact",
        ("contact-persons", true) => "contact person",
        ("website-visitors", true) => "website visitor",
        ("possible-victims", true) => "possible victim",
        ("referrals", true) => "referral",
        ("contact-persons" or "website-visitors" or "possible-victims", false) => Value.Replace('-', ' '),
        _ => Value,
    };
}
