using System.Text.RegularExpressions;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// A plain edited book cited title first, as plain-text scrapes give it: "New Light on the Early
/// History …, 1799-1814, edited by Elliott Coues, vol. 1, The Red River of the North (Minneapolis:
/// Ross and Haines, 1965)." At a citation start, plain title words run to ", edited by", the
/// editors' names follow, then perhaps a volume and the volume's own title, and an imprint must
/// close it all. A chapter in a book ("‘…,’ in Redefining Stalinism, ed. …") never reaches this
/// rule: its book follows "in" or a quotation, which is no citation start, and those are refused
/// here as well. Without the imprint the words stay prose.
/// </summary>
internal static partial class TitleFirstEdited
{
    // Long enough for a title with its subtitle and dates; the editors' cue anchors it.
    private const int MaxTitle = 320;

    // The volume's own title between the volume and the imprint.
    private const int MaxVolumeTitle = 160;

    public static ParsedReference? TryParse(FlatText flat, int position, CitationPatterns patterns)
    {
        var text = flat.Value;
        // "See The Northern Expeditions …": the cue is no word of the title; the title starts after it.
        if (position >= text.Length || !char.IsUpper(text[position]) || FollowsContainerOrQuote(text, position)
            || patterns.CueWordAt(text, position) is not null)
        {
            return null;
        }

        var cue = EditorsCue(text, position, patterns);
        if (cue is not { } editors)
        {
            return null;
        }

        var title = new TextRange(position, editors.Start);
        var words = text.AsSpan(title.Start, title.Length);
        if (!Continuations.IsTitleCase(words) || words.IndexOf(' ') < 0 || OpensWithNames(text, title)
            || flat.OverlapsItalic(position, editors.End))
        {
            return null;
        }

        if (NameScanner.ScanForward(text, editors.End, text.Length) is not { } names || names.End >= text.Length)
        {
            return null;
        }

        var fields = new List<ParsedField>(12) { new(BibFieldKind.MonographTitle, title) };
        PersonNames.Split(text, names, inverted: false, BibFieldKind.Editor, fields);
        var cursor = names.End;
        if (MatchRanges.At(Volume(), text, cursor) is { } volume)
        {
            fields.Add(new ParsedField(BibFieldKind.Volume, new TextRange(VolumeNumberStart(text, volume), volume.End)));
            cursor = volume.End;
            if (VolumeTitleEnd(flat, cursor) is { } afterVolumeTitle)
            {
                // The volume's own title stays unlabelled words of the reference: less structure, not a second work.
                cursor = afterVolumeTitle;
            }
        }

        var open = Continuations.AfterSeparator(text, cursor);
        if (text[cursor] == ',' || open >= text.Length || text[open] != '(' || !Continuations.ImprintFollows(text, open))
        {
            return null;
        }

        var end = ReferenceTailParser.Parse(flat, cursor, text.Length, quotedTitle: false, allowLooseTail: false, fields, out var facts, patterns);
        if (end == cursor || !(facts.HasDate || facts.HasPublication))
        {
            return null;
        }

        while (end > position && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return ReferenceAssembler.Assemble(flat, new TextRange(position, end), fields, ReferenceForm.Full, invertedNames: false);
    }

    /// <summary>True when "in", a comma after a quotation or a quotation mark stands just before: a container's title, not a work's.</summary>
    private static bool FollowsContainerOrQuote(string text, int position)
    {
        var before = text.AsSpan(0, position).TrimEnd();
        return before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || before.Equals("in", StringComparison.OrdinalIgnoreCase)
            || (before.Length > 0 && before[^1] is '”' or '’' or '"' or '“' or '‘' or ',');
    }

    /// <summary>The first ", edited by " (any of the vocabulary's editor words) after plain title words, with no sentence break, quotation or bracket before it.</summary>
    private static TextRange? EditorsCue(string text, int position, CitationPatterns patterns)
    {
        var limit = Math.Min(text.Length, position + MaxTitle);
        for (var i = position + 1; i < limit; i++)
        {
            var c = text[i];
            if (c is ';' or '(' or ')' or '[' or ']' or '“' or '”' or '"' || (c == '.' && i + 1 < text.Length && text[i + 1] == ' ' && !NameScanner.EndsInitial(text, i)))
            {
                return null;
            }

            if (c == ',' && EditedBy(text, i, patterns) is { } cue)
            {
                return cue;
            }
        }

        return null;
    }

    private static TextRange? EditedBy(string text, int comma, CitationPatterns patterns)
    {
        var start = comma + 1;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        foreach (var word in patterns.Vocabulary.EditedBy)
        {
            if (text.AsSpan(start).StartsWith(word, StringComparison.Ordinal) && start + word.Length < text.Length && text[start + word.Length] == ' ')
            {
                var end = start + word.Length;
                while (end < text.Length && text[end] == ' ')
                {
                    end++;
                }

                return end < text.Length && char.IsUpper(text[end]) ? new TextRange(comma, end) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the words before the cue open with names and a comma ("Ann Ruiz, Selected Letters",
    /// or all names, "Ann Ruiz"): an author before the title or an editor's own name, which this
    /// rule does not tell apart from a title's words, so it declines.
    /// </summary>
    private static bool OpensWithNames(string text, TextRange title) =>
        NameScanner.ScanForward(text, title.Start, title.End) is { } names && (names.End >= title.End || text[names.End] == ',');

    /// <summary>Where the volume's plain title ends, just before its imprint's bracket; null when no title-cased words run there.</summary>
    private static int? VolumeTitleEnd(FlatText flat, int cursor)
    {
        var text = flat.Value;
        if (cursor + 2 >= text.Length || text[cursor] != ',' || text[cursor + 1] != ' ' || !char.IsUpper(text[cursor + 2]))
        {
            return null;
        }

        var start = cursor + 2;
        var limit = Math.Min(text.Length, start + MaxVolumeTitle);
        for (var i = start + 1; i < limit; i++)
        {
            var c = text[i];
            if (c is ';' or ')' or '“' or '”' or '"' or ',' || (c == '.' && i + 1 < text.Length && text[i + 1] == ' ' && !NameScanner.EndsInitial(text, i)))
            {
                return null;
            }

            if (c == '(')
            {
                var end = i;
                while (end > start && text[end - 1] == ' ')
                {
                    end--;
                }

                return Continuations.ImprintFollows(text, i) && Continuations.IsTitleCase(text.AsSpan(start, end - start))
                    && !flat.OverlapsItalic(start, end)
                    ? end
                    : null;
            }
        }

        return null;
    }

    private static int VolumeNumberStart(string text, TextRange volume)
    {
        var start = volume.End;
        while (start > volume.Start && text[start - 1] != ' ' && text[start - 1] != '.')
        {
            start--;
        }

        return start;
    }

    [GeneratedRegex(@"\G,\s*vols?\.\s*(?:\d+|[IVXLCDM]+)\b")]
    private static partial Regex Volume();
}
