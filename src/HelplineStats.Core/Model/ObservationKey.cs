using System;
using HelplineStats.Core.Internal;

namespace HelplineStats.Core.Model;

/// <summary>
/// Where a count sits in the world: which helpline, which reporting period, which metric, and optionally which channel
/// and which category. "1712, 2021, calls, via chat" or "1712, 2021, possible victims, child abuse".
/// </summary>
/// <remarks>
/// <para>A key without a channel is about all channels together; a key without a category is about all categories
/// together. Published figures refer to counts by their key, whether or not the count itself is known.</para>
/// <para>Equality is by all five parts. Keys are totally ordered by helpline, period, metric, channel and category
/// (a missing channel or category first), which is the canonical order of observations in a <see cref="Report"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed record ObservationKey : IComparable<ObservationKey>, IComparable
{
    /// <summary>Places a count in the world.</summary>
    /// <param name="helpline">The helpline.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="metric">What is counted.</param>
    /// <param name="channel">The channel, or <c>null</c> for all channels together.</param>
    /// <param name="category">The category, or <c>null</c> for all categories together.</param>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/>, <paramref name="period"/> or <paramref name="metric"/> is null.</exception>
    public ObservationKey(HelplineId helpline, ReportingPeriod period, Metric metric, Channel? channel = null, Category? category = null)
    {
        Helpline = Guard.NotNull(helpline, nameof(helpline));
        Period = Guard.NotNull(period, nameof(period));
        Metric = Guard.NotNull(metric, nameof(metric));
        Channel = channel;
        Category = category;
    }

    /// <summary>The helpline.</summary>
    public HelplineId Helpline { get; }

    /// <summary>The reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>What is counted.</summary>
    public Metric Metric { get; }

    /// <summary>The channel, or <c>null</c> for all channels together.</summary>
    public Channel? Channel { get; }

    /// <summary>The category, or <c>null</c> for all categories together.</summary>
    public Category? Category { get; }

    /// <summary>This key with another period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public ObservationKey WithPeriod(ReportingPeriod period) => new(Helpline, period, Metric, Channel, Category);

    /// <summary>This key with another metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    public ObservationKey WithMetric(Metric metric) => new(Helpline, Period, metric, Channel, Category);

    /// <summary>This key with another channel, or with none.</summary>
    /// <param name="channel">The channel, or <c>null</c> for all channels.</param>
    /// <returns>The new key.</returns>
    public ObservationKey WithChannel(Channel? channel) => new(Helpline, Period, Metric, channel, Category);

    /// <summary>This key with another category, or with none.</summary>
    /// <param name="category">The category, or <c>null</c> for all categories.</param>
    /// <returns>The new key.</returns>
    public ObservationKey WithCategory(Category? category) => new(Helpline, Period, Metric, Channel, category);

    /// <summary>The observation that this key has <paramref name="value"/>.</summary>
    /// <param name="value">The count, zero or more.</param>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public Observation Observe(long value) => new(this, value);

    /// <summary>Orders by helpline, period, metric, channel and category; a missing channel or category comes first.</summary>
    /// <param name="other">The key to compare with; null comes first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ObservationKey? other)
    {
        if (other is null)
        {
            return 1;
        }
        int order = Helpline.CompareTo(other.Helpline);
        if (order == 0)
        {
            order = Period.CompareTo(other.Period);
        }
        if (order == 0)
        {
            order = Metric.CompareTo(other.Metric);
        }
        if (order == 0)
        {
            order = Channel is null ? (other.Channel is null ? 0 : -1) : Channel.CompareTo(other.Channel);
        }
        if (order == 0)
        {
            order = Category is null ? (other.Category is null ? 0 : -1) : Category.CompareTo(other.Category);
        }
        return order;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="ObservationKey"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ObservationKey other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare an ObservationKey with {Article.A(obj.GetType().Name)}.", nameof(obj)),
    };

    /// <summary>The parts joined by '/', such as <c>1712/2021/calls/chat</c> or <c>1712/2021/possible-victims/kind-of-violence:child-abuse</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Helpline}/{Period}/{Metric}{(Channel is null ? "" : "/" + Channel.Value)}{(Category is null ? "" : "/" + Category)}";
}
