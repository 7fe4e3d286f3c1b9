namespace Pipeline.Stages.Dehyphenation;

/// <summary>Which characters count as hyphens and as parts of a word.</summary>
internal static class HyphenChars
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>ASCII hyphen-minus, U+2010 hyphen, U+2011 non-breaking hyphen and the soft hyphen.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or SoftHyphen;

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    /// <summary>A letter, a combining mark or a digit: the core of a word.</summary>
    public static bool IsWordCore(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Horizontal white space (a line end is never part of it).</summary>
    public static bool IsBlank(char c) => c is not '\n' and not '\r' && char.IsWhiteSpace(c);
}
