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
            || (quotedTitle && first == 'I' && PlainContainer().IsMatch(text, next))
            || (quotedTitle && first is 'i' or 'I' && ReferenceTailParser.PlainBookFollows(text, next))
            || (quotedTitle && first == 'i' && ShortBookFollows(text, next))
            || (quotedTitle && char.IsUpper(first) && ReferenceTailParser.PlainPeriodicalFollows(text, next));
    }

    /// <summary>
    /// "in Harbour Studies;" after a quoted title: the book it is in, by a short title of capitalised
    /// words that closes the citation (a semicolon, a full stop, or the note's end follows).
    /// </summary>
    private static bool ShortBookFollows(string text, int position) =>
        ShortBook().Match(text, position) is { Success: true } match && IsTitleCase(match.Groups["title"].ValueSpan);

    /// <summary>
    /// True when a title written after an author's name closes the citation ("Worster, *Dust Bowl*.",
    /// "Rodgers, “In Search of Progressivism”;"): the note ends there, or a semicolon or a sentence
    /// follows. The title must read as a title (capitalised words), so a quotation after a name is
    /// not taken for one.
    /// </summary>
    public static bool EndsCitation(FlatText flat, TitleHead head, CitationPatterns patterns)
    {
        var text = flat.Value;
        if (!IsTitleCase(text.AsSpan(head.Title.Start, head.Title.Length)))
        {
            return false;
        }

        var position = head.End;
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        if (position >= text.Length || IsOnlyBackReference(text.AsSpan(position)))
        {
            return true;
        }

        var c = text[position];
        if (c == ';' || (c is '.' or ',' && position + 1 >= text.Length))
        {
            return true;
        }

        // A full stop inside the quotation marks or after the title, then a new sentence.
        var closedBefore = head.Quoted && head.End >= 2 && text[head.End - 2] is '.' or ',';
        var sentence = c == '.' || (closedBefore && char.IsUpper(c));
        if (!sentence)
        {
            return patterns.OpCitWordAt(text, position) is not null;
        }

        var next = c == '.' ? position + 1 : position;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        return next >= text.Length || char.IsUpper(text[next]) || text[next] is '“' or '"' || flat.ItalicAt(next) is not null;
    }

    /// <summary>
    /// True when the rest of a note is only its back-reference mark ("↩", the link back to the
    /// call-out that endnotes carry), with its punctuation: the citation ends there.
    /// </summary>
    public static bool IsOnlyBackReference(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.Trim().TrimStart(".,;");
        return trimmed.IsEmpty || trimmed.Trim() is "↩" or "↩︎";
    }

    /// <summary>True when an imprint in parentheses follows: a place and a year, "(York, Pa., 1948)", "(New York: Norton, 1994)".</summary>
    public static bool ImprintFollows(string text, int position) => Imprint().IsMatch(text, position);

    /// <summary>True when a quoted title in capitalised words follows a comma at <paramref name="position"/>: a periodical's piece.</summary>
    public static bool ArticleFollows(FlatText flat, int position)
    {
        var text = flat.Value;
        if (MatchRanges.At(CommaThenQuote(), text, position) is not { } match)
        {
            return false;
        }

        var close = QuoteScanner.FindClosing(flat, match.End, text.Length);
        return close > match.End + 1 && IsTitleCase(text.AsSpan(match.End + 1, close - match.End - 1));
    }

    /// <summary>
    /// True when the words read as a title: the first is capitalised (or a number), and so are at
    /// least half of the words that are not short function words.
    /// </summary>
    public static bool IsTitleCase(ReadOnlySpan<char> title)
    {
        var words = 0;
        var capitalised = 0;
        var first = true;
        foreach (var range in title.Split(' '))
        {
            var word = title[range].Trim("“”\"'‘’([");
            if (word.IsEmpty)
            {
                continue;
            }

            if (first && !(char.IsUpper(word[0]) || char.IsDigit(word[0])))
            {
                return false;
            }

            first = false;
            if (word.Length <= 3 && char.IsLower(word[0]))
            {
                continue;
            }

            words++;
            capitalised += char.IsUpper(word[0]) || char.IsDigit(word[0]) ? 1 : 0;
        }

        return words > 0 && capitalised * 2 >= words;
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

    [GeneratedRegex(@"\G,?\s*(?:vols?\.\s*[\dIVXLCDM]+\s*)?\(\s*\p{Lu}[^()]*?[,:]\s*[^()]*?\b(?:1[5-9]\d\d|20\d\d)\b[^()]*\)")]
    private static partial Regex Imprint();

    [GeneratedRegex(@"\G\s*,\s*(?:\([^()]{1,60}\)\s*[.,]?\s*)?(?=[“""])")]
    private static partial Regex CommaThenQuote();

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

    [GeneratedRegex(@"\Gin\s+(?<title>\p{Lu}[^.;:()“”""]{0,120}?)(?=\s*(?:;|\.(?:\s|$)|\s*↩|$))")]
    private static partial Regex ShortBook();
}
