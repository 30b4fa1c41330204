using System.Collections.Generic;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>A printed figure that compares its subject with the same count in an earlier period: a change or a multiple.</summary>
/// <remarks>It is abstract rather than sealed because a relative change, an absolute change, a change in points and a
/// multiple are each a type of their own; only the library derives from it. Equality is by type and every property.
/// Immutable and thread-safe.</remarks>
public abstract record ComparedFigure : PublishedFigure
{
    private protected ComparedFigure(string id, ObservationKey subject, ReportingPeriod comparisonPeriod, Precision precision, Qualifier qualifier)
        : base(id, subject.Helpline, subject.Period, precision, qualifier)
    {
        Subject = subject;
        ComparisonPeriod = comparisonPeriod;
    }

    /// <summary>The count in the later period.</summary>
    public override ObservationKey Subject { get; }

    /// <summary>The earlier period.</summary>
    public ReportingPeriod ComparisonPeriod { get; }

    /// <summary>The subject's count in the earlier period.</summary>
    public ObservationKey Earlier => Subject.WithPeriod(ComparisonPeriod);

    internal override IEnumerable<ReportingPeriod> ComparedWith => new[] { ComparisonPeriod };

    private protected override string About() => $"{Subject} against {ComparisonPeriod}";
}
