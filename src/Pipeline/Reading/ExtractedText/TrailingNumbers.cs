namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Note numbers printed after their texts. pdftotext reads a groff page's foot with the first
/// number set apart (a blank line under it) and the later ones at the foot's end, once the texts
/// are out: "17", a blank, "Blevins, … 124." and "Manifold, … 1877.", then "18". The numbers at
/// the foot's end, with no text after them, are the notes whose texts an earlier note took: that
/// note's text is cut at its sentence ends, one piece a number in number order, only when the
/// pieces are exactly as many as the numbers; else the notes stay as read.
/// </summary>
internal static class TrailingNumbers
{
    /// <summary>Shares the last note with text among the run of empty notes that ends the foot.</summary>
    public static void Share(List<FoundNote> notes)
    {
        var first = notes.Count;
        while (first > 0 && notes[first - 1].Lines.Count == 0)
        {
            first--;
        }

        if (first == notes.Count || first == 0)
        {
            return;
        }

        var group = notes.GetRange(first - 1, notes.Count - first + 1);
        var pieces = ScatteredFoot.Pieces(group[0].Lines);
        if (pieces.Count != group.Count)
        {
            return;
        }

        for (var g = 0; g < group.Count; g++)
        {
            group[g].Lines.Clear();
            group[g].Lines.AddRange(pieces[g]);
        }
    }

    /// <summary>
    /// The numbers of the bare numbered lines (in <paramref name="kept"/>, line index to number)
    /// that end the page: a line holding only a note number, with nothing but such lines after it.
    /// </summary>
    public static SortedSet<int> AtEnd(List<TextLine> lines, Dictionary<int, int> kept)
    {
        var numbers = new SortedSet<int>();
        for (var k = lines.Count - 1; k >= 0 && kept.TryGetValue(k, out var number); k--)
        {
            if (!NoteLine.TryParse(lines[k].Text, out _, out var rest) || rest.Length > 0)
            {
                break;
            }

            numbers.Add(number);
        }

        return numbers;
    }
}
