namespace Pipeline.Stages.Citations;

/// <summary>A title candidate: an italic run, or the inside of a quoted run.</summary>
internal readonly record struct TitleHead(TextRange Title, int End, bool Quoted)
{
    /// <summary>The title candidate starting at <paramref name="position"/>, if any.</summary>
    public static TitleHead? At(FlatText flat, int position)
    {
        var text = flat.Value;
        if (flat.ItalicAt(position) is { } italic)
        {
            return new TitleHead(TrimPunctuation(text, SkipLeadingSeparator(text, italic)), italic.End, Quoted: false);
        }

        if (!QuoteScanner.IsOpening(text, position))
        {
            return null;
        }

        var close = QuoteScanner.FindClosing(flat, position, text.Length);
        return close < 0 ? null : new TitleHead(TrimPunctuation(text, new TextRange(position + 1, close)), close + 1, Quoted: true);
    }

    /// <summary>
    /// The first position from <paramref name="from"/> where a title candidate may start (an italic
    /// run or an opening quotation mark), or the end of the text: scanners skip to it rather than
    /// trying every character.
    /// </summary>
    public static int NextCandidate(FlatText flat, int from)
    {
        var text = flat.Value;
        var quote = from < text.Length ? text.AsSpan(from).IndexOfAny(QuoteScanner.OpeningMarks) : -1;
        var next = quote < 0 ? text.Length : from + quote;
        foreach (var italic in flat.Italics)
        {
            // Italics are in order of their start: the first one at or after from is the nearest.
            if (italic.Start >= from)
            {
                return Math.Min(next, italic.Start);
            }
        }

        return next;
    }

    /// <summary>An italic run that begins with the comma after a name ("Tanner*, Narrative*"): the title after it.</summary>
    private static TextRange SkipLeadingSeparator(string text, TextRange range)
    {
        var start = range.Start;
        if (start < range.End - 2 && text[start] is ',' or '.' && text[start + 1] == ' ')
        {
            start += 2;
        }

        return new TextRange(start, range.End);
    }

    private static TextRange TrimPunctuation(string text, TextRange range)
    {
        var end = range.End;
        while (end > range.Start + 1 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.' or ';'))
        {
            end--;
        }

        return new TextRange(range.Start, end);
    }
}
