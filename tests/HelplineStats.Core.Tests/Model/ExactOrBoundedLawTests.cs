using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Xunit;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Tests.Model;

/// <summary>
/// Laws of the one observation and breakdown type whose counts are exact or known only within bounds: an exact count
/// written as bounds of one value is that exact count, and bounds drawn around the true counts of a breakdown are
/// accepted and keep the truth inside every derived bound.
/// </summary>
public sealed class ExactOrBoundedLawTests
{
    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Breakdown_ItsExactCountsWrittenAsBounds_IsTheSameExactBreakdown(Breakdown breakdown)
    {
        static Observation AsBounds(Observation o) => new(o.Key, CountBounds.Exactly(o.Bounds.Low));
        Breakdown viaBounds = Breakdown.Create(AsBounds(breakdown.Total), breakdown.Dimension, breakdown.Coverage, breakdown.Parts.Select(AsBounds));
        return breakdown.IsExact && viaBounds.IsExact && viaBounds == breakdown && viaBounds.GetHashCode() == breakdown.GetHashCode()
            && viaBounds.Known == breakdown.Known && viaBounds.PartsSum == breakdown.PartsSum
            && viaBounds.Counts.All(o => o.Count is Count c && c.Value == o.Bounds.Low);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Breakdown_BoundsAroundTheTruth_AreAcceptedAndHoldTheTruth(Breakdown truth, byte[] below, byte[] above)
    {
        // Each count i is widened to [value − below[i], value + above[i]]; an above of 255 leaves it open upwards, and
        // a count given no widths stays exact.
        int i = 0;
        Observation Widen(Observation o)
        {
            long value = o.Bounds.Low;
            int at = i++;
            if (at >= below.Length || at >= above.Length)
            {
                return o;
            }
            long low = Math.Max(0, value - below[at]);
            return new Observation(o.Key, above[at] == byte.MaxValue ? CountBounds.AtLeast(low) : CountBounds.Between(low, value + above[at]));
        }
        Observation total = Widen(truth.Total);
        var parts = truth.Parts.Select(Widen).ToList();
        Breakdown widened = Breakdown.Create(total, truth.Dimension, truth.Coverage, parts);
        long known = truth.Known.Low, sum = truth.PartsSum.Low;
        bool exact = widened.Counts.All(o => o.Bounds.IsExact);
        return widened.IsExact == exact
            && widened.Counts.Zip(truth.Counts, (shown, real) => shown.Key.Equals(real.Key) && shown.Bounds.Contains(real.Bounds.Low)).All(x => x)
            && widened.Known.Contains(known)
            && widened.PartsSum.Contains(sum)
            && (widened.Unknown is null) == (truth.Unknown is null);
    }

    [Property(Arbitrary = new[] { typeof(Generators) })]
    public bool Report_OneListHoldsExactAndBoundedCounts_AndFindsEach(Breakdown truth, bool hideTotal)
    {
        Observation total = hideTotal ? new Observation(truth.Total.Key, CountBounds.Unknown) : truth.Total;
        Breakdown shown = Breakdown.Create(total, truth.Dimension, truth.Coverage, truth.Parts);
        Helpline helpline = Helplines.All.First(h => h.Id.Equals(truth.Total.Key.Helpline));
        Report report = Report.Create(helpline, truth.Total.Key.Period, breakdowns: new[] { shown });
        IEnumerable<Observation> expected = shown.Counts.OrderBy(o => o.Key);
        return report.Observations.SequenceEqual(expected)
            && shown.Counts.All(o => report.Find(o.Key) == o && report.FindBounds(o.Key) == o.Bounds)
            && report.Breakdowns.Single() == shown
            && shown.IsExact == !hideTotal;
    }
}
