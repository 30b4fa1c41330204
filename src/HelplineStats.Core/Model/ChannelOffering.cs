using System;
using System.Globalization;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>A channel a helpline offers, with the year it was opened when that is known (Tele-Onthaal: chat since 2002).</summary>
/// <remarks>
/// Only a year is kept because that is what helplines publish; a full date is never invented from it.
/// Equality is by channel and year. Immutable and thread-safe.
/// </remarks>
public sealed record ChannelOffering
{
    /// <summary>Describes a channel a helpline offers.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="sinceYear">The year the channel was opened, or <c>null</c> when not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sinceYear"/> lies outside the years 1 to 9999.</exception>
    public ChannelOffering(Channel channel, int? sinceYear = null)
    {
        Channel = Guard.NotNull(channel, nameof(channel));
        if (sinceYear is int year)
        {
            Guard.InRange(year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear, nameof(sinceYear));
        }
        SinceYear = sinceYear;
    }

    /// <summary>The channel.</summary>
    public Channel Channel { get; }

    /// <summary>The year the channel was opened, or <c>null</c> when not known.</summary>
    public int? SinceYear { get; }

    /// <summary>The channel id, followed by <c> since YYYY</c> when the year is known.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        SinceYear is int year ? string.Create(CultureInfo.InvariantCulture, $"{Channel} since {year}") : Channel.Value;
}
