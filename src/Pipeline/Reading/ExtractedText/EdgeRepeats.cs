namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Furniture that the extractor's reading order set among a page's last (or first) lines rather
/// than at the very edge: a browser's footer URL printed above a call-out row and the page's
/// closing words (<c>https://… / 5 / While initially intended to / 1/9</c>). A line near a page's
/// foot whose exact text stands near an edge on more than half the pages (three at least) is furniture wherever it
/// stands there; a line of symbols alone (an endnote's return arrow) is not. Only the foot is read
/// so: near the top of a page stand the title and the by-line that running heads repeat.
/// </summary>
internal static class EdgeRepeats
{
    /// <summary>On how many pages at least the line must recur: a short text's lines recur by chance.</summary>
    private const int Fewest = 3;

    /// <summary>
    /// The indices of the lines within <paramref name="edgeLines"/> of the page's end, between
    /// <paramref name="top"/> and <paramref name="end"/> (the furniture found at the edges left aside), that recur so.
    /// </summary>
    public static List<int> Find(TextPage page, int top, int end, int edgeLines, Func<string, int> pagesWith, int pageCount)
    {
        var found = new List<int>();
        for (var i = Math.Max(top, page.Lines.Count - edgeLines); i < end; i++)
        {
            var text = page.Lines[i].Text;
            if (pagesWith(text) is var pages && pages >= Fewest && pages * 2 > pageCount && text.Count(char.IsLetterOrDigit) >= 4)
            {
                found.Add(i);
            }
        }

        return found;
    }
}
