using System;
using System.IO;
using System.Text;

namespace HelplineStats.Cli;

/// <summary>
/// Standard output as the commands see it: a failure to write (a full disk behind a redirection, a closed pipe) becomes
/// one line on standard error and exit code 2 instead of a stack trace.
/// </summary>
internal sealed class StandardOutput(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
        get => inner.NewLine;
#pragma warning disable CS8765 // the base property allows null; so does the inner writer
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value) => Guarded(() => inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guarded(() => inner.Write(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        string text = buffer.ToString();
        Guarded(() => inner.Write(text));
    }

    public override void Write(string? value) => Guarded(() => inner.Write(value));

    public override void WriteLine() => Guarded(inner.WriteLine);

    public override void WriteLine(string? value) => Guarded(() => inner.WriteLine(value));

    public override void Flush() => Guarded(inner.Flush);

    private static void Guarded(Action write)
    {
        try
        {
            write();
        }
        catch (IOException e)
        {
            throw new CliInputException($"cannot write to standard output: {e.Message.ReplaceLineEndings(" ")}");
        }
    }
}
