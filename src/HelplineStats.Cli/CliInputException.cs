using System;

namespace HelplineStats.Cli;

/// <summary>Bad input on the command line; its message is shown as it is, without a stack trace.</summary>
internal sealed class CliInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was wrong, naming the option and the value.</param>
    internal CliInputException(string message) : base(message)
    {
    }
}
