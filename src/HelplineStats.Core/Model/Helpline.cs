using System;
using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Internal;
using NodaTime;
using NodaTime.Text;

namespace HelplineStats.Core.Model;

/// <summary>
/// A helpline: its stable id, names, a one-line description, its launch date when known, the channels it offers and
/// whether callers stay anonymous. Ready-made values for the Flemish helplines are in <see cref="Helplines"/>; users
/// define their own with the constructor.
/// </summary>
/// <remarks>
/// <para>A launch date that is not known stays <c>null</c>: the library never invents one, and everything that needs it
/// (<see cref="AgeOn(LocalDate)"/>, <see cref="SinceLaunch(ReportingPeriod)"/>) says so.</para>
/// <para>Equality is structural: two helplines are equal when every property is. There is no natural order; sort by
/// <see cref="Id"/>. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Helpline
{
    private readonly IReadOnlyList<ChannelOffering> _channels;
    private readonly IReadOnlyList<string> _otherNames;

    /// <summary>Describes a helpline.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The name it is known by.</param>
    /// <param name="description">What it is for, on one line.</param>
    /// <param name="launchDate">The day it started, in the ISO calendar, or <c>null</c> when not known.</param>
    /// <param name="channels">The channels it offers, each once.</param>
    /// <param name="anonymity">Whether callers stay anonymous.</param>
    /// <param name="otherNames">Other names or numbers it is known by (Tele-Onthaal is also 106); may be omitted.</param>
    /// <param name="descriptions">The description in each language it is written in (<c>nl</c>, <c>en</c>); may be omitted.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A name or the description is blank, the description has more than one line,
    /// a channel is listed twice, a name is repeated, or the launch date is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The launch date lies outside the years 1 to 9999, or
    /// <paramref name="anonymity"/> is not a defined value.</exception>
    public Helpline(
        HelplineId id,
        string name,
        string description,
        LocalDate? launchDate,
        IEnumerable<ChannelOffering> channels,
        AnonymityPolicy anonymity,
        IEnumerable<string>? otherNames = null,
        LocalizedText? descriptions = null)
    {
        Id = Guard.NotNull(id, nameof(id));
        Descriptions = descriptions ?? LocalizedText.Empty;
        Name = Guard.NotBlank(name, nameof(name)).Trim();
        Description = Guard.NotBlank(description, nameof(description)).Trim();
        if (Description.Contains('\n', StringComparison.Ordinal) || Description.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException("The description must be one line.", nameof(description));
        }
        if (launchDate is LocalDate launch)
        {
            Guard.Iso(launch, nameof(launchDate));
            Guard.InRange(launch.Year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear, nameof(launchDate));
        }
        LaunchDate = launchDate;
        _channels = Guard.NoNullItems(channels, nameof(channels));
        var seen = new HashSet<Channel>();
        foreach (ChannelOffering offering in _channels)
        {
            if (!seen.Add(offering.Channel))
            {
                throw new ArgumentException($"The channel '{offering.Channel}' is listed twice for helpline '{id}'.", nameof(channels));
            }
        }
        if (!Enum.IsDefined(anonymity))
        {
            throw new ArgumentOutOfRangeException(nameof(anonymity), anonymity, "Not a defined anonymity policy.");
        }
        Anonymity = anonymity;
        var names = new List<string>();
        foreach (string other in Guard.NoNullItems(otherNames ?? Array.Empty<string>(), nameof(otherNames)))
        {
            string trimmed = Guard.NotBlank(other, nameof(otherNames)).Trim();
            if (string.Equals(trimmed, Name, StringComparison.Ordinal) || names.Contains(trimmed, StringComparer.Ordinal))
            {
                throw new ArgumentException($"The name {Quoted.Of(trimmed)} is given twice for helpline '{id}'.", nameof(otherNames));
            }
            names.Add(trimmed);
        }
        _otherNames = names.AsReadOnly();
    }

    /// <summary>The stable id.</summary>
    public HelplineId Id { get; }

    /// <summary>The name it is known by.</summary>
    public string Name { get; }

    /// <summary>Other names or numbers it is known by, in the order given.</summary>
    public IReadOnlyList<string> OtherNames => _otherNames;

    /// <summary>What the helpline is for, on one line.</summary>
    public string Description { get; }

    /// <summary>The day it started, or <c>null</c> when not known.</summary>
    public LocalDate? LaunchDate { get; }

    /// <summary>The description in each language it is written in; empty when only <see cref="Description"/> is given.</summary>
    public LocalizedText Descriptions { get; }

    /// <summary>The channels it offers, in the order given.</summary>
    public IReadOnlyList<ChannelOffering> Channels => _channels;

    /// <summary>Whether callers stay anonymous.</summary>
    public AnonymityPolicy Anonymity { get; }

    /// <summary>Whether the helpline offers <paramref name="channel"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns><c>true</c> when it is among <see cref="Channels"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public bool Offers(Channel channel)
    {
        Guard.NotNull(channel, nameof(channel));
        return _channels.Any(offering => offering.Channel.Equals(channel));
    }

    /// <summary>
    /// How old the helpline is on <paramref name="date"/>, in years, months and days from the launch date; <c>null</c>
    /// when the launch date is not known. 1712, launched on 12 March 2012, is 10 years old on 12 March 2022.
    /// </summary>
    /// <param name="date">The day to measure on; not before the launch.</param>
    /// <returns>The age, or <c>null</c> when the launch date is not known.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the launch.</exception>
    public Period? AgeOn(LocalDate date)
    {
        Guard.Iso(date, nameof(date));
        if (LaunchDate is not LocalDate launch)
        {
            return null;
        }
        if (date < launch)
        {
            throw new ArgumentOutOfRangeException(nameof(date),
                $"{LocalDatePattern.Iso.Format(date)} is before helpline '{Id}' was launched on {LocalDatePattern.Iso.Format(launch)}.");
        }
        return Period.Between(launch, date, PeriodUnits.YearMonthDay);
    }

    /// <summary>The days from the launch to the end of <paramref name="upTo"/>: "since launch".</summary>
    /// <param name="upTo">The period whose end closes the result.</param>
    /// <returns>The since-launch period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upTo"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The launch date is not known.</exception>
    /// <exception cref="ArgumentException"><paramref name="upTo"/> ends before the launch, or on an unknown day of a month
    /// that does not begin after the launch.</exception>
    public ReportingPeriod SinceLaunch(ReportingPeriod upTo)
    {
        Guard.NotNull(upTo, nameof(upTo));
        return LaunchDate is LocalDate launch
            ? ReportingPeriod.SinceLaunch(launch, upTo)
            : throw new InvalidOperationException($"The launch date of helpline '{Id}' is not known, so no since-launch period can be made.");
    }

    /// <summary>The days from the launch to the last day of <paramref name="upTo"/>: "since launch", with its days known.</summary>
    /// <param name="upTo">The dated period whose last day closes the result.</param>
    /// <returns>The since-launch period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="upTo"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The launch date is not known.</exception>
    /// <exception cref="ArgumentException"><paramref name="upTo"/> ends before the launch.</exception>
    public DatedPeriod SinceLaunch(DatedPeriod upTo) => (DatedPeriod)SinceLaunch((ReportingPeriod)upTo);

    /// <summary>Whether <paramref name="other"/> has equal properties.</summary>
    /// <param name="other">The helpline to compare with.</param>
    /// <returns><c>true</c> when every property is equal.</returns>
    public bool Equals(Helpline? other) =>
        other is not null
        && Id.Equals(other.Id)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Description, other.Description, StringComparison.Ordinal)
        && LaunchDate == other.LaunchDate
        && Anonymity == other.Anonymity
        && _channels.SequenceEqual(other._channels)
        && _otherNames.SequenceEqual(other._otherNames, StringComparer.Ordinal)
        && Descriptions.Equals(other.Descriptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, LaunchDate, Anonymity, _channels.Count);

    /// <summary>The id and the name, such as <c>1712 (1712)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Name})";
}
