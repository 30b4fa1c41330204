using System.Collections.Generic;
using System.Linq;
using HelplineStats.Core.Model;
using HelplineStats.Core.Records;

namespace HelplineStats.Core.Tests.Records;

/// <summary>
/// The counts a set of records must give, written from what each metric means (docs/records.md), with LINQ and nothing
/// of the aggregator: every record adds one to the keys it belongs to, and the keys are summed.
/// </summary>
internal static class ExpectedCounts
{
    internal static Dictionary<ObservationKey, long> Of(IEnumerable<ContactRecord> records, PeriodGranularity granularity) =>
        records.SelectMany(record => Contributions(record, granularity))
            .GroupBy(pair => pair.Key, pair => pair.Value)
            .Select(group => (group.Key, Sum: group.Sum()))
            .Where(pair => pair.Sum > 0)
            .ToDictionary(pair => pair.Key, pair => pair.Sum);

    internal static bool Agree(ContactAggregate aggregate, IEnumerable<ContactRecord> records)
    {
        Dictionary<ObservationKey, long> expected = Of(records, aggregate.Granularity);
        return expected.Count == aggregate.Counts.Count && expected.All(pair => aggregate[pair.Key] == pair.Value);
    }

    private static IEnumerable<KeyValuePair<ObservationKey, long>> Contributions(ContactRecord record, PeriodGranularity granularity)
    {
        ReportingPeriod period = granularity switch
        {
            PeriodGranularity.Day => ReportingPeriod.Day(record.Date),
            PeriodGranularity.Month => ReportingPeriod.Month(record.Date.Year, record.Date.Month),
            PeriodGranularity.Quarter => ReportingPeriod.Quarter(record.Date.Year, ((record.Date.Month - 1) / 3) + 1),
            _ => ReportingPeriod.Year(record.Date.Year),
        };
        var calls = new ObservationKey(record.Helpline, period, Metric.Calls);
        KeyValuePair<ObservationKey, long> One(ObservationKey key) => new(key, 1);
        yield return One(calls);
        yield return One(calls.WithChannel(record.Channel));
        if (record.Outcome == ContactOutcome.Conversation)
        {
            ObservationKey conversations = calls.WithMetric(Metric.Conversations);
            yield return One(conversations);
            yield return One(conversations.WithChannel(record.Channel));
            foreach (Category topic in record.Topics)
            {
                yield return One(conversations.WithCategory(topic));
            }
        }
        ObservationKey persons = calls.WithMetric(Metric.ContactPersons);
        yield return One(persons);
        yield return One(persons.WithCategory(record.CallerRelation ?? Taxonomies.CallerRelation.Unknown));
        yield return One(persons.WithCategory(record.CallerGender ?? Taxonomies.Gender.Unknown));
        yield return One(persons.WithCategory(record.Anonymous switch
        {
            true => Taxonomies.Anonymity.Get("anonymous"),
            false => Taxonomies.Anonymity.Get("identified"),
            null => Taxonomies.Anonymity.Unknown,
        }));
        ObservationKey victims = calls.WithMetric(Metric.PossibleVictims);
        yield return new(victims, record.Victims.Count);
        foreach (PossibleVictim victim in record.Victims)
        {
            foreach (Category kind in victim.KindsOfViolence)
            {
                yield return One(victims.WithCategory(kind));
            }
            yield return One(victims.WithCategory(victim.AgeGroup ?? Taxonomies.AgeGroup.Unknown));
            yield return One(victims.WithCategory(victim.Gender ?? Taxonomies.Gender.Unknown));
            yield return One(victims.WithCategory(victim.Context ?? Taxonomies.ViolenceContext.Unknown));
        }
        if (record.Referred)
        {
            yield return One(calls.WithMetric(Metric.Referrals));
        }
    }
}
