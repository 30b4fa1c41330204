using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace HelplineStats.Cli;

/// <summary>
/// The format a command writes, from its <c>--format</c> and its <c>--output</c>, in one place for every command: a file
/// is written in the format its name says (<c>.json</c> JSON, <c>.csv</c> CSV, <c>.html</c> HTML, <c>.md</c> markdown,
/// <c>.txt</c> text). A <c>--format</c> that contradicts a known extension is refused; so is a file of a kind the command
/// cannot write. A file with another extension, and standard output, take <c>--format</c> or the command's default.
/// </summary>
internal sealed class OutputFormat
{
    /// <summary>The file extensions whose format is known, the format each means, and that format's name in a message.</summary>
    private static readonly (string Extension, string Format, string Name)[] Extensions =
    {
        (".json", "json", "JSON"),
        (".csv", "csv", "CSV"),
        (".html", "html", "HTML"),
        (".htm", "html", "HTML"),
        (".md", "markdown", "markdown"),
        (".markdown", "markdown", "markdown"),
        (".txt", "text", "text"),
    };

    private readonly string _command;
    private readonly string[] _formats;

    private OutputFormat(string command, string[] formats, Option<string?> option)
    {
        _command = command;
        _formats = formats;
        Option = option;
    }

    /// <summary>The command's <c>--format</c> option; without a value, the format comes from the output's extension or is the default.</summary>
    internal Option<string?> Option { get; }

    /// <summary>A <c>--format</c> option of <paramref name="command"/> that takes <paramref name="formats"/>, the first the default.</summary>
    /// <param name="command">The command, as messages name it.</param>
    /// <param name="description">What the formats are, for the help.</param>
    /// <param name="formats">The formats the command writes; the first is its default.</param>
    internal static OutputFormat Create(string command, string description, params string[] formats)
    {
        var option = new Option<string?>("--format")
        {
            Description = $"{description} Default: what the --output file's extension says ({string.Join(", ", formats.Select(ExtensionOf))}), otherwise {formats[0]}.",
        };
        option.AcceptOnlyFromAmong(formats);
        return new OutputFormat(command, formats, option);
    }

    /// <summary>The format to write to <paramref name="output"/> (null: standard output), with any of the command's formats.</summary>
    /// <exception cref="CliInputException">The format and the extension disagree, or the command cannot write that format.</exception>
    internal string Resolve(ParseResult parsed, string? output) => Choose(parsed.GetValue(Option), output, _command, _formats);

    /// <summary>
    /// The format to write to <paramref name="output"/> when only some of the command's formats apply: <paramref name="what"/>
    /// (such as <c>aggregate --partial</c>) writes <paramref name="formats"/>, the first its default.
    /// </summary>
    /// <exception cref="CliInputException">The format and the extension disagree, or <paramref name="what"/> cannot be written in that format.</exception>
    internal string Resolve(ParseResult parsed, string? output, string what, params string[] formats) =>
        Choose(parsed.GetValue(Option), output, what, formats);

    /// <summary>
    /// The format a command writes to <paramref name="output"/> (null: standard output): the one the file's extension names
    /// when it is known, otherwise <paramref name="format"/> when given, otherwise the first of <paramref name="formats"/>.
    /// </summary>
    /// <param name="format">The <c>--format</c> given, or null.</param>
    /// <param name="output">The <c>--output</c> file, or null for standard output.</param>
    /// <param name="command">What writes, as messages name it (<c>audit</c>, <c>aggregate --partial</c>).</param>
    /// <param name="formats">The formats it can write; the first is its default.</param>
    /// <returns>One of <paramref name="formats"/>.</returns>
    /// <exception cref="CliInputException">
    /// The extension names a format the command cannot write, <paramref name="format"/> contradicts the extension, or the
    /// command cannot write <paramref name="format"/>; the message names the option, the extension and the formats.
    /// </exception>
    internal static string Choose(string? format, string? output, string command, IReadOnlyList<string> formats)
    {
        if (output is not null && KindOf(output) is (string extension, string byName, string name))
        {
            if (!formats.Contains(byName))
            {
                throw new CliInputException($"--output: {command} writes {Listed(formats)}, not {name} (a {extension} file is {name}); "
                    + $"name the file {Listed(formats.Select(ExtensionOf).Distinct().ToList())}.");
            }
            if (format is not null && format != byName)
            {
                throw new CliInputException($"--format: {format} contradicts --output {output} (a {extension} file is {name}); leave --format out or use {byName}.");
            }
            return byName;
        }
        if (format is null)
        {
            return formats[0];
        }
        return formats.Contains(format)
            ? format
            : throw new CliInputException($"--format: {command} writes {Listed(formats)}, not {format}.");
    }

    /// <summary>The extension of <paramref name="path"/> (as written) with the format it means and that format's name, or null when it means none.</summary>
    private static (string Extension, string Format, string Name)? KindOf(string path)
    {
        string extension = Path.GetExtension(path);
        foreach ((string known, string format, string name) in Extensions)
        {
            if (string.Equals(known, extension, StringComparison.OrdinalIgnoreCase))
            {
                return (extension, format, name);
            }
        }
        return null;
    }

    /// <summary>The usual extension of a file in <paramref name="format"/>.</summary>
    private static string ExtensionOf(string format) => Extensions.First(e => e.Format == format).Extension;

    /// <summary>"json", "text or json", "json, csv or html".</summary>
    private static string Listed(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1];
}
