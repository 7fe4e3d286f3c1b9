using System.Collections.Frozen;

namespace Pipeline.Stages.Dehyphenation;

/// <summary>
/// The last resort when neither the text nor a word list decides: compound numbers and a few
/// prefixes that English always hyphenates keep their hyphen; everything else is a syllable break.
/// </summary>
internal static class BuiltInHyphenRules
{
    private static readonly FrozenSet<string> Tens = FrozenSet.ToFrozenSet(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Units = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
         "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> HyphenatingPrefixes = FrozenSet.ToFrozenSet(
        ["self", "ex", "non", "well", "half", "all", "quasi", "anti", "post", "pre", "neo", "pro", "semi"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> VowelClashPrefixes = FrozenSet.ToFrozenSet(
        ["re", "de", "co", "pre", "anti", "semi", "multi", "ultra", "intra", "extra", "micro", "macro"], StringComparer.Ordinal);

    // Endings that start the second half of a syllable break ("self-" + "ish" is "selfish").
    private static readonly FrozenSet<string> Suffixes = FrozenSet.ToFrozenSet(
        ["ing", "ish", "ed", "er", "ers", "est", "ly", "less", "ness", "ful", "hood", "ism", "ist", "ity", "ion", "ions"],
        StringComparer.Ordinal);

    /// <summary>"ninety" + "five", "twenty" + "first".</summary>
    public static bool IsNumberCompound(string left, string right) =>
        Tens.Contains(WordForm.Key(left)) && Units.Contains(WordForm.Key(right));

    /// <summary>"self-" + "evident", "non-" + "party": a prefix English hyphenates before a whole word.</summary>
    public static bool IsPrefixCompound(string left, string right) =>
        HyphenatingPrefixes.Contains(WordForm.Key(left)) && right.Length >= 3 && !Suffixes.Contains(WordForm.Key(right));

    /// <summary>
    /// "re-" + "establish", "co-" + "operate", "anti-" + "intellectual": a prefix ending in the vowel
    /// the word starts with keeps its hyphen in British usage.
    /// </summary>
    public static bool IsVowelClash(string left, string right) =>
        VowelClashPrefixes.Contains(WordForm.Key(left))
        && right.Length > 0
        && char.ToLowerInvariant(right[0]) == char.ToLowerInvariant(left[^1])
        && "aeiou".Contains(char.ToLowerInvariant(left[^1]), StringComparison.Ordinal);

    public static HyphenDecision Decide(string left, string right) =>
        IsNumberCompound(left, right) || IsPrefixCompound(left, right) || IsVowelClash(left, right) ? HyphenDecision.KeepHyphen : HyphenDecision.Join;
}
