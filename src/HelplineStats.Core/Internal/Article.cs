using System;

namespace HelplineStats.Core.Internal;

/// <summary>
/// The indefinite article before a name a message puts after it (a kind, a granularity, a type): "an absolute-change
/// figure", "a one-in-n figure", "an Int32", so that no message says "a absolute-change".
/// </summary>
internal static class Article
{
    /// <summary>The word with "a" or "an" before it: "an" before a vowel, except where the vowel sounds as a consonant ("one", "uni", "use").</summary>
    internal static string A(string word) => (StartsWithVowelSound(word) ? "an " : "a ") + word;

    /// <summary>As <see cref="A"/>, capitalised to begin a sentence: "An absolute-change rule".</summary>
    internal static string Capital(string word) => (StartsWithVowelSound(word) ? "An " : "A ") + word;

    private static bool StartsWithVowelSound(string word)
    {
        if (word.Length == 0 || "aeiouAEIOU".IndexOf(word[0], StringComparison.Ordinal) < 0)
        {
            return false;
        }
        return !(word.StartsWith("one", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("uni", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("use", StringComparison.OrdinalIgnoreCase));
    }
}
