using System;

namespace HelplineStats.Core.Figures;

/// <summary>
/// Thrown when a figure has no value: a share of a zero whole, a relative change or multiple from a zero base, a
/// percentage split of nothing. Such figures are undefined, never infinity, NaN or zero.
/// </summary>
public sealed class UndefinedFigureException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is undefined and why, naming the numbers.</param>
    /// <param name="paramName">The parameter that made it undefined.</param>
    public UndefinedFigureException(string message, string? paramName) : base(message, paramName)
    {
    }
}
