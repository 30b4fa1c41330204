using System;

namespace HelplineStats.Core.Text;

/// <summary>
/// Which numbers take a language's "one" form, named in its phrase file: <c>one-if-1</c> (Dutch, English, German:
/// 1 and −1) or <c>one-if-below-2</c> (French: 0 and 1, and the numbers between, of either sign).
/// </summary>
internal sealed record PluralRule
{
    private readonly decimal _below;
    private readonly bool _exactlyOne;

    private PluralRule(string name, bool exactlyOne, decimal below)
    {
        Name = name;
        _exactlyOne = exactlyOne;
        _below = below;
    }

    /// <summary>One is 1 (and −1): nl, en.</summary>
    internal static PluralRule OneIfOne { get; } = new("one-if-1", true, 0m);

    /// <summary>One is any number of absolute value below 2: fr.</summary>
    internal static PluralRule OneIfBelowTwo { get; } = new("one-if-below-2", false, 2m);

    /// <summary>The name phrase files use.</summary>
    internal string Name { get; }

    /// <summary>Whether <paramref name="n"/> takes the "one" form.</summary>
    internal bool IsOne(decimal n) => _exactlyOne ? Math.Abs(n) == 1m : Math.Abs(n) < _below;

    /// <summary>The rule named <paramref name="name"/>, or <c>null</c>.</summary>
    internal static PluralRule? Named(string name) => name switch
    {
        "one-if-1" => OneIfOne,
        "one-if-below-2" => OneIfBelowTwo,
        _ => null,
    };
}
