using System.Collections.Generic;
using HelplineStats.Core.Figures;
using HelplineStats.Core.Model;

namespace HelplineStats.Core.Kinds;

/// <summary>
/// The verdicts a kind can reach on a figure by itself (a record claim over its series, an age from the launch date):
/// the audit implements them, so a kind states its verdict without knowing how the audit keeps it.
/// </summary>
/// <typeparam name="T">The audit's verdict under construction.</typeparam>
internal interface IVerdicts<T>
{
    /// <summary>The counts agree with the figure; <paramref name="exact"/> is its exact value when it has one.</summary>
    T Confirmed(Rational? exact);

    /// <summary>The counts give <paramref name="exact"/>, which the printing does not allow; <paramref name="expected"/> is how it should have been printed.</summary>
    T Contradicted(Rational? exact, QualifiedValue? expected, VerdictReason reason);

    /// <summary>No count could make the figure true (<paramref name="reason"/>).</summary>
    T Impossible(VerdictReason reason);

    /// <summary>A record claim (of the highest or lowest, <paramref name="direction"/>) beaten by <paramref name="beaten"/>, which counted <paramref name="count"/>.</summary>
    T Beaten(ObservationKey beaten, long count, RecordDirection direction);

    /// <summary>Not checkable (<paramref name="reason"/>) without <paramref name="missing"/>.</summary>
    T NotCheckable(VerdictReason reason, IEnumerable<ObservationKey> missing);
}
