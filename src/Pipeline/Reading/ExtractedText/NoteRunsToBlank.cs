namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A note cut mid-sentence that goes on, with no blank line between, to the line that ends it, a
/// blank line under that one and the next column's body after it. mutool prints a page in two
/// columns block by block: the left column's body, its foot, the right column's body, its foot, a
/// blank line between each. The body that resumes after a foot starts after a blank line, so the
/// lines right under an unfinished note, before any blank, are the rest of that note, however many
/// lines of body calling the next note follow them.
/// </summary>
internal static class NoteRunsToBlank
{
    /// <summary>
    /// The index of the line in <paramref name="zone"/> from <paramref name="from"/> on that ends the
    /// open note, when no blank line stands before it, a blank line stands after it, and the body
    /// that resumes there is one <paramref name="resumes"/> accepts; -1 otherwise.
    /// </summary>
    public static int End(List<TextLine> zone, int from, int expected, Func<int, bool> resumes)
    {
        for (var k = from; k + 1 < zone.Count; k++)
        {
            if (zone[k].AfterBlank || StartsNote(zone[k], expected))
            {
                return -1;
            }

            if (!NoteZones.EndsComplete(new FoundNote(0, [zone[k]])))
            {
                continue;
            }

            return zone[k + 1].AfterBlank && !StartsNote(zone[k + 1], expected) && resumes(k + 1) ? k : -1;
        }

        return -1;
    }

    private static bool StartsNote(TextLine line, int expected) => NoteLine.TryParse(line.Text, out var n, out _) && n == expected;
}
