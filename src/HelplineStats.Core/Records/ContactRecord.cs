using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Records;

/// <summary>
/// One registered contact: a call, chat or e-mail to a helpline on a day, on a channel, with what became of it, who got in
/// touch (their relation to the victim, gender and whether they stayed anonymous, each <c>null</c> when not known), what
/// it was about (topics, multi-label), the possible victims it concerns (zero or more) and whether it was referred.
/// </summary>
/// <remarks>
/// Validated when made: a record that exists is well formed, so aggregation never meets a half-valid record. Equality is
/// by every property. Immutable and thread-safe.
/// </remarks>
public sealed record ContactRecord
{
    /// <summary>Registers a contact.</summary>
    /// <param name="helpline">The helpline contacted.</param>
    /// <param name="date">The local day of the contact, in the ISO calendar.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="outcome">Whether it became a conversation.</param>
    /// <param name="callerRelation">The caller's relation to the victim, or <c>null</c> when not known.</param>
    /// <param name="callerGender">The caller's gender, or <c>null</c> when not known.</param>
    /// <param name="anonymous">Whether the caller stayed anonymous, or <c>null</c> when not known.</param>
    /// <param name="topics">The conversation topics, each once (may be empty).</param>
    /// <param name="victims">The possible victims it concerns (may be empty).</param>
    /// <param name="referred">Whether the contact was referred to longer-term help.</param>
    /// <exception cref="ArgumentNullException">A required argument or an item is null.</exception>
    /// <exception cref="ArgumentException">The date is not an ISO date, a topic is repeated, or a category is the explicit unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined, or the date lies outside the years 1 to 9999.</exception>
    public ContactRecord(
        HelplineId helpline, LocalDate date, Channel channel, ContactOutcome outcome,
        Category? callerRelation, Category? callerGender, bool? anonymous,
        IEnumerable<Category> topics, IEnumerable<PossibleVictim> victims, bool referred)
    {
        Helpline = Guard.NotNull(helpline, nameof(helpline));
        Date = Guard.Iso(date, nameof(date));
        Guard.InRange(date.Year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear, nameof(date));
        Channel = Guard.NotNull(channel, nameof(channel));
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a defined contact outcome.");
        }
        Outcome = outcome;
        foreach ((Category? category, string name) in new[] { (callerRelation, nameof(callerRelation)), (callerGender, nameof(callerGender)) })
        {
            if (category?.IsUnknown == true)
            {
                throw new ArgumentException($"'{category}' is the explicit unknown; leave {name} null when it is not known.", name);
            }
        }
        CallerRelation = callerRelation;
        CallerGender = callerGender;
        Anonymous = anonymous;
        TopicArray = Guard.NoNullItems(topics, nameof(topics)).ToArray();
        if (TopicArray.Distinct().Count() != TopicArray.Length || TopicArray.Any(t => t.IsUnknown))
        {
            throw new ArgumentException("Topics are listed once each and never as the explicit unknown.", nameof(topics));
        }
        VictimArray = Guard.NoNullItems(victims, nameof(victims)).ToArray();
        Topics = Array.AsReadOnly(TopicArray);
        Victims = Array.AsReadOnly(VictimArray);
        Referred = referred;
    }

    /// <summary>
    /// Registers a contact made at an instant: it counts on the local day of <paramref name="timeZone"/> (the helpline's
    /// own zone, such as Europe/Brussels), so a call at 23:30 UTC on 31 December 2021 counts in Brussels on 1 January 2022.
    /// </summary>
    /// <param name="helpline">The helpline contacted.</param>
    /// <param name="when">The instant of the contact.</param>
    /// <param name="timeZone">The helpline's time zone, which decides the day.</param>
    /// <param name="channel">The channel.</param>
    /// <param name="outcome">Whether it became a conversation.</param>
    /// <param name="callerRelation">The caller's relation to the victim, or <c>null</c> when not known.</param>
    /// <param name="callerGender">The caller's gender, or <c>null</c> when not known.</param>
    /// <param name="anonymous">Whether the caller stayed anonymous, or <c>null</c> when not known.</param>
    /// <param name="topics">The conversation topics, each once (may be empty).</param>
    /// <param name="victims">The possible victims it concerns (may be empty).</param>
    /// <param name="referred">Whether the contact was referred to longer-term help.</param>
    /// <returns>The record, dated on the local day.</returns>
    /// <exception cref="ArgumentNullException">A required argument or an item is null.</exception>
    /// <exception cref="ArgumentException">A topic is repeated, or a category is the explicit unknown.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined, or the local day lies outside the years 1 to 9999.</exception>
    public static ContactRecord At(
        HelplineId helpline, Instant when, DateTimeZone timeZone, Channel channel, ContactOutcome outcome,
        Category? callerRelation, Category? callerGender, bool? anonymous,
        IEnumerable<Category> topics, IEnumerable<PossibleVictim> victims, bool referred) =>
        new(helpline, when.InZone(Guard.NotNull(timeZone, nameof(timeZone))).Date, channel, outcome, callerRelation, callerGender, anonymous, topics, victims, referred);

    /// <summary>The helpline contacted.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The local day of the contact.</summary>
    public LocalDate Date { get; }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>Whether it became a conversation.</summary>
    public ContactOutcome Outcome { get; }

    /// <summary>The caller's relation to the victim, or <c>null</c> when not known.</summary>
    public Category? CallerRelation { get; }

    /// <summary>The caller's gender, or <c>null</c> when not known.</summary>
    public Category? CallerGender { get; }

    /// <summary>Whether the caller stayed anonymous, or <c>null</c> when not known.</summary>
    public bool? Anonymous { get; }

    /// <summary>The conversation topics (multi-label).</summary>
    public IReadOnlyList<Category> Topics { get; }

    /// <summary>The possible victims the contact concerns.</summary>
    public IReadOnlyList<PossibleVictim> Victims { get; }

    /// <summary>The topics as stored, for the aggregator's hot loop (never exposed: arrays are mutable).</summary>
    internal Category[] TopicArray { get; }

    /// <summary>The victims as stored, for the aggregator's hot loop.</summary>
    internal PossibleVictim[] VictimArray { get; }

    /// <summary>Whether the contact was referred to longer-term help.</summary>
    public bool Referred { get; }

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><c>true</c> when equal.</returns>
    public bool Equals(ContactRecord? other) =>
        other is not null && Helpline.Equals(other.Helpline) && Date == other.Date && Channel.Equals(other.Channel) && Outcome == other.Outcome
        && CallerRelation == other.CallerRelation && CallerGender == other.CallerGender && Anonymous == other.Anonymous
        && TopicArray.SequenceEqual(other.TopicArray) && VictimArray.SequenceEqual(other.VictimArray) && Referred == other.Referred;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Helpline, Date, Channel, Outcome, VictimArray.Length, Referred);

    /// <summary>The helpline, day, channel and outcome, for diagnostics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Helpline} {NodaTime.Text.LocalDatePattern.Iso.Format(Date)} {Channel} {Outcome}, {VictimArray.Length} victims";
}
