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

        if (InContainer().Match(text, next) is { Success: true } inMatch
            && flat.ItalicAt(inMatch.Index + inMatch.Length) is not null)
        {
            return true;
        }

        if (quotedTitle && flat.ItalicAt(next) is not null)
        {
            return true;
        }

        return Publication().IsMatch(text, next)
            || Editors().IsMatch(text, next)
            || PagesToEnd().IsMatch(text, next)
            || YearSentence().IsMatch(text, next)
            || (quotedTitle && PlainContainer().IsMatch(text, next));
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
