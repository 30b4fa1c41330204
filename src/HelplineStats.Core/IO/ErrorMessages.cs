using System;

namespace HelplineStats.Core.IO;

/// <summary>Exception messages as file readers report them.</summary>
internal static class ErrorMessages
{
    /// <summary>An exception's message on one line, without the "(Parameter 'x')" and "Actual value was" tails.</summary>
    internal static string OneLine(Exception e)
    {
        string message = e.Message;
        int actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
        if (actual >= 0)
        {
            message = message[..actual];
        }
        if (e is ArgumentException { ParamName: string name })
        {
            message = message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal);
        }
        return message.ReplaceLineEndings(" ").Trim();
    }
}
