namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// pdftotext prints a two-column page's foot block by block, in the order the blocks start on the
/// page, and a note's number set apart from its text is a block of its own: a note's text can so
/// come out above the foot's first numbered line, its number (<c>8</c>) far below among the other
/// column's notes. When the previous page's last note is open, the block right above the foot (a
/// blank line before it, none between it and the foot) is cut at its sentence ends, and the pieces
/// are exactly one more than the foot's bare numbers (a trailing run at the foot's end aside, see
/// <see cref="TrailingNumbers"/>), each piece ending as a note ends and no line calling a note of
/// the foot, the first piece is that open note's end and the others are the bare numbers' texts, in
/// number order. Before, the line right above the foot was taken as the continuation and the rest
/// stayed in the body, and the bare number took the next block, another note's continuation.
/// </summary>
internal static class TextAboveFoot
{
    /// <summary>Where the foot now starts, the previous page's note's end, and the texts of bare numbers by number.</summary>
    public sealed record Above(int Start, List<TextLine> Continuation, Dictionary<int, List<TextLine>> Texts);

    public static Above? Find(List<TextLine> lines, int start, Dictionary<int, int> kept, bool previousOpen)
    {
        if (!previousOpen || start <= 0 || lines[start].AfterBlank)
        {
            return null;
        }

        var from = start - 1;
        while (from > 0 && !lines[from].AfterBlank)
        {
            from--;
        }

        if (!lines[from].AfterBlank)
        {
            return null;
        }

        var trailing = TrailingNumbers.AtEnd(lines, kept);
        var bare = kept.Where(k => k.Key > start && NoteLine.IsNumberOnly(lines[k.Key].Text) && !trailing.Contains(k.Value))
            .Select(k => k.Value).Order().ToList();
        var block = lines.GetRange(from, start - from);
        var pieces = ScatteredFoot.Pieces(block);
        if (bare.Count == 0 || pieces.Count != bare.Count + 1
            || !pieces.All(p => NoteZones.EndsComplete(new FoundNote(0, p)))
            || block.Any(l => CallOutCandidates.Find(l.Text).Any(c => kept.Values.Any(n => NoteSequence.CouldCall(c.Digits, n)))))
        {
            return null;
        }

        return new Above(from, pieces[0], bare.Zip(pieces.Skip(1)).ToDictionary(p => p.First, p => p.Second));
    }
}
