namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A line pdftotext printed between the feet of a page in two columns that belongs to no note: a
/// footer under the left column comes out after that column's notes, before the right column's.
/// Read in turn, it takes the number left waiting for a text. It is given back when the counting
/// shows it: the line stood alone, stopped short of a sentence end and took the last number
/// waiting, and the next block has one piece more than the numbers then waiting, which follow on
/// from the one it took. The line is then the page's furniture, and its number goes to that block.
/// </summary>
internal sealed class StrayLine
{
    private (FoundNote Note, TextLine Line)? _candidate;

    public List<TextLine> Lines { get; } = [];

    /// <summary>Before a block of <paramref name="pieces"/> takes numbers waiting in <paramref name="pending"/>: remember it when it is such a line.</summary>
    public void Consider(List<TextLine> block, int pieces, SortedSet<int> pending, List<FoundNote> notes)
    {
        _candidate = block.Count == 1 && pieces == 1 && pending.Count == 1 && !NoteZones.EndsComplete(new FoundNote(0, [block[0]]))
            ? (notes.First(n => n.Number == pending.Min), block[0])
            : null;
    }

    /// <summary>The note the remembered line is taken back from, its number waiting again; null when the block's pieces do not call for it.</summary>
    public FoundNote? GiveBack(SortedSet<int> pending, int pieces)
    {
        if (_candidate is not { } candidate || pending.Count == 0 || pieces != pending.Count + 1
            || candidate.Note.Number + 1 != pending.Min || candidate.Note.Lines.Count != 1 || candidate.Note.Lines[0] != candidate.Line)
        {
            return null;
        }

        candidate.Note.Lines.Clear();
        pending.Add(candidate.Note.Number);
        Lines.Add(candidate.Line);
        _candidate = null;
        return candidate.Note;
    }
}
