namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// pdftotext cuts a head set in a font of its own into pieces where its words stand apart on the
/// line (<c>Court House, York Sept.</c> … <c>30,</c>), and prints a piece that holds no word, only
/// a number and its punctuation, as a flow of its own. Such a fragment reads alike in either
/// column, so two dealings of a page that differ only in where it goes tie, and the page stayed as
/// printed, every other flow in the wrong order for want of a place for a date's day. When the
/// dealings that tie differ in nothing but the columns of fragments, the page is dealt and each
/// fragment goes where pdftotext printed it: in the column of the flow printed right before it.
/// </summary>
internal static class HeadFragment
{
    /// <summary>True for a flow of one line with no letter in it (<c>30,</c>, <c>1777</c>).</summary>
    public static bool Is(List<TextLine> flow) => flow.Count == 1 && !flow[0].Text.Any(char.IsLetter);

    /// <summary>
    /// Of the dealings that tie (<paramref name="rights"/>: the flows dealt right, as bits), the one
    /// that keeps each fragment in its printed predecessor's column, when the ties differ only in
    /// fragments whose predecessors they all deal alike and exactly one does so; null otherwise.
    /// </summary>
    public static int? Settle(List<int> rights, List<bool> fragments)
    {
        var differ = 0;
        foreach (var right in rights)
        {
            differ |= right ^ rights[0];
        }

        var moved = Enumerable.Range(0, fragments.Count).Where(f => ((differ >> f) & 1) != 0).ToList();
        if (moved.Count == 0 || moved.Any(f => !fragments[f] || f == 0 || ((differ >> (f - 1)) & 1) != 0))
        {
            return null;
        }

        var kept = rights.Where(r => moved.All(f => ((r >> f) & 1) == ((r >> (f - 1)) & 1))).Distinct().ToList();
        return kept.Count == 1 ? kept[0] : null;
    }
}
