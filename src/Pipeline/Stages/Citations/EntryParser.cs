using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Reads a bibliography entry ("Surname, Forename. *Title*. Place: Publisher, Year.") with the same
/// tail reader as the notes; only the names (surname first) and the separators differ.
/// </summary>
internal static partial class EntryParser
{
    public static ParsedReference? Parse(FlatText flat)
    {
        var text = flat.Value;
        var position = TitleHead.NextCandidate(flat, 0);
        while (position < text.Length && TitleHead.At(flat, position) is null)
        {
            position = TitleHead.NextCandidate(flat, position + 1);
        }

        if (PlainEntry(flat, position) is { } plain)
        {
            return plain;
        }

        if (position < text.Length && TitleHead.At(flat, position) is { } head)
        {
            // Room for the fields of a long entry, so the list seldom grows.
            var fields = new List<ParsedField>(16);
            var authors = AuthorBlock(text, position);
            if (authors is { } block)
            {
                PersonNames.Split(text, block, inverted: true, BibFieldKind.Author, fields);
            }

            var titleField = fields.Count;
            fields.Add(new ParsedField(head.Quoted ? BibFieldKind.ArticleTitle : BibFieldKind.MonographTitle, head.Title));
            var end = ReferenceTailParser.Parse(flat, head.End, text.Length, head.Quoted, allowLooseTail: false, fields, out var facts);
            if (!head.Quoted && facts.IsJournal)
            {
                fields[titleField] = new ParsedField(BibFieldKind.JournalTitle, head.Title);
            }

            return ReferenceAssembler.Assemble(flat, new TextRange(0, end), fields, ReferenceForm.Full, invertedNames: true);
        }

        return null;
    }

    /// <summary>
    /// An entry whose title is neither italic nor quoted, as a reader that lost the fonts gives it:
    /// "Surname, Forename. Title Words: Subtitle. Place: Publisher, Year." The names run to the first
    /// full stop (an initial's aside), the title to the next, and the rest must read as an imprint or a
    /// periodical's details; a title candidate (italic or quoted) before that second full stop leaves
    /// the entry to the reading anchored on it. Anything less is left unstructured.
    /// </summary>
    private static ParsedReference? PlainEntry(FlatText flat, int firstHead)
    {
        var text = flat.Value;
        // The names may end at an initial ("Cohen, Stephen F. Rethinking …"), or the initial may be
        // inside them ("Bawarshi, Anis S. and Mary Jo Reiff. Genre …"): each full stop is tried in turn.
        var tries = 0;
        for (var dot = NextStop(text, 0); dot >= 0 && tries < MaxNameStops; dot = NextStop(text, dot + 1), tries++)
        {
            var namesEnd = EndsInitialToken(text, dot) ? dot + 1 : dot;
            if (!AreEntryNames(text.AsSpan(0, namesEnd)))
            {
                continue;
            }

            var titleStart = dot + 1;
            while (titleStart < text.Length && char.IsWhiteSpace(text[titleStart]))
            {
                titleStart++;
            }

            // No full stop after the title: "Title Words: Subtitle, 1953-70, Yale University Press, 2013." may
            // still end in an imprint after a comma.
            var titleEnd = SentenceEnd(text, titleStart) is var stop and >= 0 ? stop : ImprintAfterComma(text, titleStart);
            if (titleEnd < 0 || firstHead < titleEnd)
            {
                return null;
            }

            if (titleEnd - titleStart > MaxPlainTitle || !(char.IsUpper(text[titleStart]) || char.IsDigit(text[titleStart])))
            {
                continue;
            }

            var fields = new List<ParsedField>(16);
            PersonNames.Split(text, new TextRange(0, namesEnd), inverted: true, BibFieldKind.Author, fields);
            var titleField = fields.Count;
            var title = new TextRange(titleStart, titleEnd);
            fields.Add(new ParsedField(BibFieldKind.MonographTitle, title));
            var end = ReferenceTailParser.Parse(flat, titleEnd, text.Length, quotedTitle: false, allowLooseTail: false, fields, out var facts);
            if (!(facts.HasDate || facts.HasPublication))
            {
                continue;
            }

            if (facts.IsJournal)
            {
                fields[titleField] = new ParsedField(BibFieldKind.JournalTitle, title);
            }

            return ReferenceAssembler.Assemble(flat, new TextRange(0, end), fields, ReferenceForm.Full, invertedNames: true);
        }

        return null;
    }

    private const int MaxNameStops = 4;

    /// <summary>
    /// Where the title ends when the entry's last part after a comma is its imprint, "Place: Publisher,
    /// Year" or "Publisher, Year" with a publisher's word ("Press", "Books" …): the comma before it, the
    /// rightmost that reads so; or -1. The commas are tried from the right, since titles hold commas too.
    /// </summary>
    private static int ImprintAfterComma(string text, int titleStart)
    {
        var end = text.Length;
        while (end > titleStart && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == '.'))
        {
            end--;
        }

        var tries = 0;
        for (var comma = text.LastIndexOf(',', end - 1); comma > titleStart && tries < MaxImprintCommas; comma = text.LastIndexOf(',', comma - 1), tries++)
        {
            var rest = text.AsSpan(comma + 1, end - comma - 1).Trim();
            if (ImprintOnly().Match(rest.ToString()) is { Success: true } imprint
                && (imprint.Groups["place"].Success || PublicationParser.HasPublisherWord(imprint.Groups["publisher"].ValueSpan)))
            {
                return comma;
            }
        }

        return -1;
    }

    private const int MaxImprintCommas = 3;

    [GeneratedRegex(@"^(?:(?<place>\p{Lu}[\p{L}.]*(?:,?\s+\p{Lu}[\p{L}.]*){0,3}):\s*)?(?<publisher>\p{Lu}[^,:;()“”""]{1,80}),\s*(?:1[5-9]\d\d|20\d\d)$")]
    private static partial Regex ImprintOnly();

    /// <summary>The next full stop from <paramref name="from"/> that a space follows, or -1.</summary>
    private static int NextStop(string text, int from)
    {
        for (var i = from < text.Length ? text.IndexOf('.', from) : -1; i >= 0 && i + 1 < text.Length; i = text.IndexOf('.', i + 1))
        {
            if (text[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    private static bool EndsInitialToken(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        return NameScanner.IsInitial(text.AsSpan(wordStart, dot + 1 - wordStart));
    }

    private const int MaxPlainTitle = 300;
    private const int MaxNameWords = 12;
    private const int MaxForenameWords = 4;

    /// <summary>The first full stop from <paramref name="from"/> that ends a sentence (not an initial's), followed by a space; or -1.</summary>
    private static int SentenceEnd(string text, int from)
    {
        for (var i = NextStop(text, from); i >= 0; i = NextStop(text, i + 1))
        {
            if (!EndsInitialToken(text, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Names as a bibliography writes them: "Surname, Forename" (and more, joined by "and"), or a
    /// body's capitalised name ("Agricultural Extension Service"); no digits, brackets or quotation marks.
    /// </summary>
    private static bool AreEntryNames(ReadOnlySpan<char> names)
    {
        if (names.IsEmpty || names.IndexOfAny(NotInNames) >= 0)
        {
            return false;
        }

        var words = 0;
        foreach (var range in names.Split(' '))
        {
            var word = names[range].TrimEnd(',');
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxNameWords || !(char.IsUpper(word[0]) || NameConnectors.Contains(word)))
            {
                return false;
            }
        }

        // After a surname's comma come forenames, a few words at most, unless "and" names another person.
        var comma = names.LastIndexOf(',');
        if (comma >= 0 && names[(comma + 1)..].Trim().Count(' ') >= MaxForenameWords && !names[(comma + 1)..].Contains(" and ", StringComparison.Ordinal))
        {
            return false;
        }

        return comma >= 0 || PersonNames.IsCorporate(names);
    }

    private static readonly SearchValues<char> NotInNames = SearchValues.Create("0123456789()[]“”\"‘:;?!");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameConnectors =
        FrozenSet.Create(StringComparer.Ordinal, "and", "&", "of", "the", "for", "on", "in", "van", "von", "de", "der", "du", "la", "le", "di", "et", "al.")
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The names before the title, without the full stop that ends them (an initial keeps its own).</summary>
    private static TextRange? AuthorBlock(string text, int titleStart)
    {
        var start = 0;
        while (start < titleStart && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = titleStart;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && text[end - 1] == ',')
        {
            end--;
        }
        else if (end > start && text[end - 1] == '.')
        {
            var wordStart = end - 1;
            while (wordStart > start && !char.IsWhiteSpace(text[wordStart - 1]))
            {
                wordStart--;
            }

            if (!NameScanner.IsInitial(text.AsSpan(wordStart, end - wordStart)))
            {
                end--;
            }
        }

        return end > start ? new TextRange(start, end) : null;
    }
}
