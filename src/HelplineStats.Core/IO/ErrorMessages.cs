using System;

namespace HelplineStats.Core.IO;

/// <summary>Exception messages as file readers report them.</summary>
internal static class ErrorMessages
{
    /// <summary>
    /// Runs a model constructor or lookup and turns the errors the model raises for bad values into a located
    /// <see cref="DataFormatException"/>, made by <paramref name="fault"/> from the one-line message.
    /// </summary>
    internal static T Located<T>(Func<T> make, Func<string, Exception, DataFormatException> fault)
    {
        try
        {
            return make();
        }
        catch (Exception e) when (e is ArgumentException or System.Collections.Generic.KeyNotFoundException or InvalidOperationException or OverflowException)
        {
            throw fault(OneLine(e), e);
        }
    }

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
