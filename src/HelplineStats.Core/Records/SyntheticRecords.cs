using System;
using System.Collections.Generic;
using HelplineStats.Core.Internal;
using HelplineStats.Core.Model;
using NodaTime;

namespace HelplineStats.Core.Records;

/// <summary>
/// Made-up contact records for tests, demos and benchmarks: reproducible from a seed, with a channel mix, a seasonal
/// rhythm and category mixes loosely shaped on the 2021 figures of 1712. They are synthetic and never to be presented
/// as real data.
/// </summary>
public static class SyntheticRecords
{
    // Relative weights per month: quieter in summer, busier in autumn and early spring.
    private static readonly int[] MonthWeights = { 9, 9, 10, 9, 9, 8, 6, 6, 8, 9, 9, 8 };

    /// <summary>
    /// Generates <paramref name="count"/> records for <paramref name="helpline"/> spread over <paramref name="year"/>,
    /// lazily (one at a time), so a stream of millions costs no memory.
    /// </summary>
    /// <param name="helpline">The helpline; its channels are the ones used (phone, chat and e-mail weigh 68, 18 and 14).</param>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="count">How many records, zero or more.</param>
    /// <param name="seed">The seed: the same seed gives the same records.</param>
    /// <returns>The records, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="helpline"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The year or the count is out of range, or the year is before the helpline's launch.</exception>
    /// <exception cref="ArgumentException">The helpline offers no channel.</exception>
    public static IEnumerable<ContactRecord> Generate(Helpline helpline, int year, long count, int seed)
    {
        Guard.NotNull(helpline, nameof(helpline));
        Guard.InRange(year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear, nameof(year));
        Guard.NonNegative(count, nameof(count));
        if (helpline.Channels.Count == 0)
        {
            throw new ArgumentException($"Helpline '{helpline.Id}' offers no channel to generate contacts on.", nameof(helpline));
        }
        if (helpline.LaunchDate is LocalDate launch && launch.Year > year)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Helpline '{helpline.Id}' was launched on {NodaTime.Text.LocalDatePattern.Iso.Format(launch)}: it had no contacts in {year}.");
        }
        return Generated(helpline, year, count, seed);
    }

    private static IEnumerable<ContactRecord> Generated(Helpline helpline, int year, long count, int seed)
    {
        var random = new Random(seed);
        Channel[] channels = new Channel[helpline.Channels.Count];
        int[] channelWeights = new int[channels.Length];
        for (int i = 0; i < channels.Length; i++)
        {
            channels[i] = helpline.Channels[i].Channel;
            channelWeights[i] = channels[i].Value switch { "phone" => 68, "chat" => 18, "email" => 14, _ => 5 };
        }
        Taxonomy relation = Taxonomies.CallerRelation, gender = Taxonomies.Gender, kinds = Taxonomies.KindOfViolence,
            ages = Taxonomies.AgeGroup, contexts = Taxonomies.ViolenceContext, topics = Taxonomies.ConversationTopic;
        Category[] relations = { relation.Get("self"), relation.Get("parent"), relation.Get("other-family"), relation.Get("professional"), relation.Get("other") };
        int[] relationWeights = { 37, 20, 18, 15, 10 };
        Category[] kindValues = { kinds.Get("child-abuse"), kinds.Get("partner-violence"), kinds.Get("violence-against-adults"), kinds.Get("other") };
        int[] kindWeights = { 54, 19, 8, 19 };
        Category[] contextValues = { contexts.Get("household"), contexts.Get("family"), contexts.Get("public-space"), contexts.Get("school"), contexts.Get("other-place") };
        int[] contextWeights = { 75, 15, 4, 3, 3 };
        // No contact before the launch: a launch year's records fall on the days from the launch date.
        var firstDay = helpline.LaunchDate is LocalDate launch && launch.Year == year ? launch : new LocalDate(year, 1, 1);
        int daysInYear = Period.DaysBetween(firstDay, new LocalDate(year, 12, 31)) + 1;
        int totalWeight = 0;
        int[] dayWeights = new int[daysInYear];
        for (int d = 0; d < daysInYear; d++)
        {
            dayWeights[d] = MonthWeights[firstDay.PlusDays(d).Month - 1];
            totalWeight += dayWeights[d];
        }
        // Spread the records over the days by weight, in date order.
        long emitted = 0;
        long cumulative = 0;
        for (int d = 0; d < daysInYear; d++)
        {
            cumulative += dayWeights[d];
            long upTo = count * cumulative / totalWeight;
            LocalDate date = firstDay.PlusDays(d);
            for (; emitted < upTo; emitted++)
            {
                Channel channel = Pick(random, channels, channelWeights);
                bool conversation = random.Next(100) < (channel == Channel.Email ? 95 : 76);
                int victimCount = random.Next(100) switch { < 10 => 0, < 80 => 1, < 95 => 2, _ => 3 };
                var victims = new PossibleVictim[victimCount];
                for (int v = 0; v < victimCount; v++)
                {
                    Category first = Pick(random, kindValues, kindWeights);
                    Category[] victimKinds = random.Next(100) < 12 && first != kindValues[3] ? new[] { first, kindValues[3] } : new[] { first };
                    victims[v] = new PossibleVictim(
                        victimKinds,
                        random.Next(100) < 10 ? null : (random.Next(100) < 65 ? ages.Get("minor") : ages.Get("adult")),
                        random.Next(100) < 15 ? null : (random.Next(100) < 55 ? gender.Get("woman") : gender.Get("man")),
                        random.Next(100) < 20 ? null : Pick(random, contextValues, contextWeights));
                }
                yield return new ContactRecord(
                    helpline.Id, date, channel, conversation ? ContactOutcome.Conversation : ContactOutcome.NoConversation,
                    random.Next(100) < 12 ? null : Pick(random, relations, relationWeights),
                    random.Next(100) < 20 ? null : (random.Next(100) < 73 ? gender.Get("woman") : gender.Get("man")),
                    random.Next(100) < 5 ? null : random.Next(100) < 75,
                    conversation && random.Next(100) < 13 ? new[] { topics.Get("corona") } : Array.Empty<Category>(),
                    victims,
                    random.Next(1000) < 14);
            }
        }
    }

    private static T Pick<T>(Random random, T[] values, int[] weights)
    {
        int total = 0;
        foreach (int weight in weights)
        {
            total += weight;
        }
        int roll = random.Next(total);
        for (int i = 0; i < values.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return values[i];
            }
        }
        return values[^1];
    }
}
