using System.CommandLine;
using System.Linq;
using HelplineStats.Core.Text;

namespace HelplineStats.Cli;

/// <summary><c>--culture</c>: the language of a command's words (<c>nl-BE</c> unless told otherwise).</summary>
internal static class CultureOption
{
    private static string Names => string.Join(", ", TextCulture.All.Select(c => c.Name));

    internal static Option<string> Create() =>
        new("--culture") { Description = $"The language of the words: {Names}.", DefaultValueFactory = _ => TextCulture.Dutch.Name };

    /// <summary>The culture the option names; one that has no words is a usage error naming the option and the cultures there are.</summary>
    internal static TextCulture Parse(ParseResult parsed, Option<string> option)
    {
        string name = parsed.GetRequiredValue(option);
        return TextCulture.TryParse(name, out TextCulture? culture)
            ? culture
            : throw new CliInputException($"--culture: '{name}' is not supported; use {Names}.");
    }
}
