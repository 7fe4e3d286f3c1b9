using System.Text.RegularExpressions;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Tests on what follows a title candidate: a title is followed by a container, an editor, the
/// publication details or the page numbers; a quotation is not.
/// </summary>
internal static partial class Continuations
{
    /// <summary>True when the text at <paramref name="position"/> reads like the rest of a reference.</summary>
    public static bool Follows(FlatText flat, int position, bool quotedTitle)
    {
        var text = flat.Value;
        var next = AfterSeparator(text, position);
        if (next >= text.Length)
        {
            return quotedTitle;
        }

        // Every pattern is anchored here and starts with a particular character: testing it first
        // leaves the regex engine to the few places where a pattern can match.
        var first = text[next];
        if (first is 'I' or 'i'
            && MatchRanges.At(InContainer(), text, next) is { } inMatch
            && flat.ItalicAt(inMatch.End) is not null)
        {
            return true;
        }

        if (quotedTitle && flat.ItalicAt(next) is not null)
        {
            return true;
        }

        return (first == '(' && Publication().IsMatch(text, next))
            || (first == 'e' && Editors().IsMatch(text, next))
            || ((first == 'p' || char.IsDigit(first)) && PagesToEnd().IsMatch(text, next))
            || (first is '1' or '2' && YearSentence().IsMatch(text, next))
            || (quotedTitle && first == 'I' && PlainContainer().IsMatch(text, next));
    }

    /// <summary>Where the text resumes after an optional comma or full stop and any white space at <paramref name="position"/>.</summary>
    public static int AfterSeparator(string text, int position)
    {
        if (position < text.Length && text[position] is ',' or '.')
        {
            position++;
        }

        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }

    [GeneratedRegex(@"\G[Ii]n\s+")]
    private static partial Regex InContainer();

    [GeneratedRegex(@"\G\((?=[^()]*(?:\b1[5-9]\d\d\b|\b20\d\d\b|\p{L}:))")]
    private static partial Regex Publication();

    [GeneratedRegex(@"\G(?:eds?\.|edited by)\s")]
    private static partial Regex Editors();

    [GeneratedRegex(@"\G(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?\s*(?:[.;]|$)")]
    private static partial Regex PagesToEnd();

    [GeneratedRegex(@"\G(?:1[5-9]\d\d|20\d\d)\.")]
    private static partial Regex YearSentence();

    [GeneratedRegex(@"\GIn\s+\p{Lu}")]
    private static partial Regex PlainContainer();
}
