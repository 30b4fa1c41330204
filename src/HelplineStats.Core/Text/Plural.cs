namespace HelplineStats.Core.Text;

/// <summary>
/// A phrase in its plural forms: the one for "one" and the one for any other number, with the language's rule for
/// which number is "one" (<see cref="PluralRule"/>).
/// </summary>
/// <param name="One">The form for one ("Er was {0} {1}.").</param>
/// <param name="Other">The form for any other number ("Er waren {0} {1}.").</param>
/// <param name="Rule">Which numbers take <paramref name="One"/>.</param>
internal sealed record Plural(string One, string Other, PluralRule Rule)
{
    /// <summary>The form for <paramref name="n"/>.</summary>
    internal string For(decimal n) => Rule.IsOne(n) ? One : Other;
}
