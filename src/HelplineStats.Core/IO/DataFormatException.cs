using System;

namespace HelplineStats.Core.IO;

/// <summary>
/// A data file that cannot be read: the message names the file, where in it (a JSON path such as
/// <c>$.reports[0].figures[3].value</c>, with line and column where the parser knows them) and what was wrong. Nothing of
/// a file that fails is returned: a partly read file never becomes a partial dataset. A file of another of the library's
/// kinds (a records file given to the dataset reader, a dataset given to the partial-aggregate reader) is refused as a
/// whole: its <see cref="Location"/> is empty, and the message names the file, what it is and what reads it.
/// </summary>
public sealed class DataFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file name or other source description.</param>
    /// <param name="location">Where in the file: a JSON path or a CSV line and column; empty when the fault is the file as a whole.</param>
    /// <param name="problem">What was wrong.</param>
    /// <param name="line">The 1-based line, when known.</param>
    /// <param name="column">The 1-based column, when known.</param>
    /// <param name="inner">The exception that revealed the problem, if any.</param>
    public DataFormatException(string source, string location, string problem, long? line = null, long? column = null, Exception? inner = null)
        : base($"{source}{(line is long l ? $"({l}{(column is long c ? "," + c : "")})" : "")}: {(string.IsNullOrEmpty(location) ? "" : location + ": ")}{problem}", inner)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Location = location ?? throw new ArgumentNullException(nameof(location));
        Problem = problem ?? throw new ArgumentNullException(nameof(problem));
        Line = line;
        Column = column;
    }

    /// <summary>The file name or other source description.</summary>
    public new string Source { get; }

    /// <summary>Where in the file: a JSON path or a CSV line and column; empty when the fault is the file as a whole (a file of another kind).</summary>
    public string Location { get; }

    /// <summary>What was wrong.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line, when known.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column, when known.</summary>
    public long? Column { get; }
}
