using System;

namespace HelplineStats.Rendering;

/// <summary>A page template that cannot be read or that fails while the page is written, with the engine's own message (line and column where it gives them).</summary>
public sealed class PageTemplateException : Exception
{
    /// <summary>An exception with no message.</summary>
    public PageTemplateException()
    {
    }

    /// <summary>An exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public PageTemplateException(string message)
        : base(message)
    {
    }

    /// <summary>An exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public PageTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
