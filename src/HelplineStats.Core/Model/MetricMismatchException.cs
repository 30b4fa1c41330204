using System;

namespace HelplineStats.Core.Model;

/// <summary>
/// Thrown when two counts of different metrics are combined as if they were one quantity: adding calls to website
/// visitors, or comparing conversations with possible victims. The message names both metrics.
/// </summary>
/// <remarks>Dividing one metric by another is allowed only as an explicit ratio (see <c>Figures.MetricRatio</c>).</remarks>
public sealed class MetricMismatchException : ArgumentException
{
    /// <summary>Creates the exception for an operation that met <paramref name="expected"/> and <paramref name="actual"/>.</summary>
    /// <param name="expected">The metric of the first operand.</param>
    /// <param name="actual">The metric of the operand that did not match.</param>
    /// <param name="operation">What was attempted, such as "add" or "compare".</param>
    /// <param name="paramName">The parameter that held the mismatching operand.</param>
    public MetricMismatchException(Metric expected, Metric actual, string operation, string? paramName)
        : base($"Cannot {operation} a count of '{expected}' and a count of '{actual}': they are different metrics.", paramName)
    {
        Expected = expected ?? throw new ArgumentNullException(nameof(expected));
        Actual = actual ?? throw new ArgumentNullException(nameof(actual));
    }

    /// <summary>The metric of the first operand.</summary>
    public Metric Expected { get; }

    /// <summary>The metric of the operand that did not match.</summary>
    public Metric Actual { get; }
}
