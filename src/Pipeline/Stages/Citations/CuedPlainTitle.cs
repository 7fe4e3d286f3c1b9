using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// "For biographical sketches, see Dictionary of American Biography (New York 1928—), XIII, 215.": a
/// work with no author (a dictionary, a collection, a report), its plain title right after a cue
/// ("see", "cf.") and closed by its imprint, with or without the comma before the year. The cue says
/// a reference follows, the imprint that the words before it are its title; without either the words
/// stay prose.
/// </summary>
internal static class CuedPlainTitle
{
    // A plain title is read to its imprint within this many characters, like the other plain titles.
    private const int MaxTitle = 200;

    public static ParsedReference? TryParse(FlatText flat, int position, CitationPatterns patterns)
    {
        var text = flat.Value;
        if (!char.IsUpper(text[position]) || !patterns.CueGate.MayOccurIn(text.AsSpan(0, position))
            || !patterns.Cue.IsMatch(text.AsSpan(0, position)))
        {
            return null;
        }

        var open = ImprintAt(text, position, patterns);
        if (open < 0)
        {
            return null;
        }

        var end = open;
        while (end > position && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var title = new TextRange(position, end);
        var words = text.AsSpan(title.Start, title.Length);
        // One capitalised word before an imprint is as likely an author's name ("see Keller (London, 1998)").
        if (!words.Contains(' ') || !Continuations.IsTitleCase(words) || flat.OverlapsItalic(position, open))
        {
            return null;
        }

        var fields = new List<ParsedField>(8) { new(BibFieldKind.MonographTitle, title) };
        var tail = ReferenceTailParser.Parse(flat, title.End, text.Length, quotedTitle: false, allowLooseTail: false, fields, out var facts, patterns);
        if (tail <= title.End || !(facts.HasDate || facts.HasPublication))
        {
            return null;
        }

        while (tail > title.Start && char.IsWhiteSpace(text[tail - 1]))
        {
            tail--;
        }

        return ReferenceAssembler.Assemble(flat, new TextRange(title.Start, tail), fields, ReferenceForm.Full, invertedNames: false);
    }

    /// <summary>
    /// The imprint's opening bracket after plain title words, or -1: the words hold no sentence break,
    /// no comma (a comma may open a list, an editor, a subtitle: other rules read those), semicolon,
    /// quotation mark or bracket before it.
    /// </summary>
    private static int ImprintAt(string text, int start, CitationPatterns patterns)
    {
        var limit = Math.Min(text.Length, start + MaxTitle);
        for (var i = start + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                return Continuations.ImprintFollows(text, i) || PlaceYearImprint.Follows(text, i, patterns) ? i : -1;
            }

            if (c is ',' or ';' or ':' or ')' or '[' or ']' or '“' or '”' or '"' or '‘' or '’'
                || (c == '.' && !NameScanner.EndsInitial(text, i)))
            {
                return -1;
            }
        }

        return -1;
    }
}
