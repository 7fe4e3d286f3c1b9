namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A block of body after a column's foot that calls no note: mutool prints a page in two columns
/// block by block (the left column's body, its foot, the right column's body), and a right column
/// with no note of its own holds no call-out to tell its lines from a note's. Their type does:
/// notes are set smaller than the body, so in the same column a note's line holds more characters.
/// A block after a blank line, under a note that ended its sentence, is body when its lines are as
/// long as the body's above the foot (their median nearer the body's than the foot's), and the
/// foot's are clearly longer than the body's. Where the lengths do not tell (a text whose notes fill the same
/// measure) the block stays with the note.
/// </summary>
internal static class BodyAfterFoot
{
    /// <summary>Fewest lines each of the three groups needs for its median to say anything.</summary>
    private const int Fewest = 4;

    /// <summary>How much longer than the body's a foot's median line must be for the sizes to differ.</summary>
    private const double Smaller = 1.1;

    /// <summary>
    /// True when <paramref name="block"/> reads as body set in the type of <paramref name="body"/>
    /// rather than in that of the foot's <paramref name="notes"/>.
    /// </summary>
    public static bool IsBody(List<TextLine> block, List<TextLine> body, IEnumerable<FoundNote> notes)
    {
        var noteLines = notes.SelectMany(n => n.Lines).ToList();
        if (block.Count < Fewest || body.Count < Fewest || noteLines.Count < Fewest)
        {
            return false;
        }

        var bodyLength = Median(body);
        var noteLength = Median(noteLines);
        var blockLength = Median(block);
        return noteLength >= bodyLength * Smaller && blockLength - bodyLength < noteLength - blockLength;
    }

    private static double Median(List<TextLine> lines)
    {
        var lengths = lines.Select(l => l.Text.Length).Order().ToList();
        var mid = lengths.Count / 2;
        return lengths.Count % 2 == 1 ? lengths[mid] : (lengths[mid - 1] + lengths[mid]) / 2.0;
    }
}
