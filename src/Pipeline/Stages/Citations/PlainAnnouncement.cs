using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// A short form announced in plain words, as extracted text gives it ("[Hereafter cited as
/// Journals.]", "Hereafter John Tanner's Narrative will be cited as Tanner, Narrative."), and the
/// plain full title it announces: the words in capitals from the short title's first word to the
/// imprint before the announcement ("Journals of the Continental Congress, 1774-1789 (Washington,
/// 1904-1937)"). The announcement is what makes a plain title in running prose safe to take: its
/// start is the word the note itself names, its end the imprint.
/// </summary>
internal sealed class PlainAnnouncement
{
    private const int MaxShortForm = 80;
    private const int MaxShortWords = 8;
    private const int MaxTitle = 200;

    private PlainAnnouncement(TextRange shortForm, TextRange? names, TextRange shortTitle, int searchEnd)
    {
        ShortForm = shortForm;
        Names = names;
        ShortTitle = shortTitle;
        SearchEnd = searchEnd;
    }

    /// <summary>The announced short form: "Tanner, Narrative" or "Journals".</summary>
    public TextRange ShortForm { get; }

    /// <summary>Its author's names, when it has any ("Tanner").</summary>
    public TextRange? Names { get; }

    /// <summary>Its title ("Narrative", "Journals").</summary>
    public TextRange ShortTitle { get; }

    /// <summary>Where the words announcing it begin: the full title lies before this.</summary>
    public int SearchEnd { get; }

    /// <summary>The note's plain announcement, or null when it has none (or an italic one, which the title path reads).</summary>
    public static PlainAnnouncement? Find(FlatText flat, CitationPatterns patterns)
    {
        var text = flat.Value;
        if (!patterns.HereafterGate.MayOccurIn(text) || patterns.Announcement.Match(text) is not { Success: true } match)
        {
            return null;
        }

        var start = match.Index + match.Length;
        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return null;
        }

        var end = ShortFormEnd(text, start);
        if (end <= start || end - start > MaxShortForm || flat.OverlapsItalic(start, end))
        {
            return null;
        }

        TextRange? names = null;
        var titleStart = start;
        var comma = text.IndexOf(", ", start, end - start, StringComparison.Ordinal);
        if (comma > start)
        {
            if (NameScanner.ScanForward(text, start, end) is not { } scanned || scanned.End != comma)
            {
                return null;
            }

            names = scanned;
            titleStart = comma + 2;
        }

        var title = new TextRange(titleStart, end);
        var words = text.AsSpan(title.Start, title.Length);
        return title.Length > 0 && words.Count(' ') < MaxShortWords && Continuations.IsTitleCase(words)
            ? new PlainAnnouncement(new TextRange(start, end), names, title, match.Index)
            : null;
    }

    /// <summary>The short form as the declaration the resolver lets later notes cite the work by.</summary>
    public ParsedReference Declaration(FlatText flat)
    {
        var fields = new List<ParsedField>(4);
        if (Names is { } names)
        {
            PersonNames.Split(flat.Value, names, inverted: false, BibFieldKind.Author, fields);
        }

        fields.Add(new ParsedField(BibFieldKind.MonographTitle, ShortTitle));
        return ReferenceAssembler.Assemble(flat, ShortForm, fields, ReferenceForm.Short, invertedNames: false) with { DeclaresShortForm = true };
    }

    /// <summary>
    /// The plain title the short form announces, from <paramref name="floor"/> on: it begins with the
    /// short title's first word (or an article before it), reads as a title, holds no sentence break
    /// and is closed by an imprint; null when no such title stands before the announcement.
    /// </summary>
    public TextRange? FullTitle(FlatText flat, int floor)
    {
        var text = flat.Value;
        var paren = text.LastIndexOf('(', Math.Max(0, SearchEnd - 1));
        while (paren > floor && !Continuations.ImprintFollows(text, paren))
        {
            paren = text.LastIndexOf('(', paren - 1);
        }

        if (paren <= floor)
        {
            return null;
        }

        var firstWord = FirstWord(text, ShortTitle);
        if (firstWord.Length == 0)
        {
            return null;
        }

        var end = paren;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var from = Math.Max(floor, end - MaxTitle);
        var at = text.LastIndexOf(firstWord, end - 1, end - from, StringComparison.Ordinal);
        while (at >= from && !IsWordAt(text, at, firstWord.Length))
        {
            at = at > from ? text.LastIndexOf(firstWord, at - 1, at - from, StringComparison.Ordinal) : -1;
        }

        if (at < from)
        {
            return null;
        }

        var start = WithArticle(text, at, floor);
        var title = new TextRange(start, end);
        return start < end && !HasSentenceBreak(text, title) && Continuations.IsTitleCase(text.AsSpan(title.Start, title.Length))
            && !flat.OverlapsItalic(title.Start, title.End)
            ? title
            : null;
    }

    private static string FirstWord(string text, TextRange title)
    {
        var end = title.Start;
        while (end < title.End && (char.IsLetter(text[end]) || text[end] is '\'' or '’' or '-'))
        {
            end++;
        }

        return text[title.Start..end];
    }

    private static bool IsWordAt(string text, int at, int length) =>
        (at == 0 || !char.IsLetter(text[at - 1])) && (at + length >= text.Length || !char.IsLetter(text[at + length]));

    /// <summary>"A Narrative of …": an article before the short title's word belongs to the full title.</summary>
    private static int WithArticle(string text, int at, int floor)
    {
        foreach (var article in Articles)
        {
            var start = at - article.Length - 1;
            if (start >= floor && text[at - 1] == ' ' && text.AsSpan(start, article.Length).SequenceEqual(article)
                && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return start;
            }
        }

        return at;
    }

    private static readonly string[] Articles = ["The", "An", "A"];

    private static bool HasSentenceBreak(string text, TextRange title)
    {
        for (var i = title.Start; i < title.End - 1; i++)
        {
            if (text[i] == '.' && text[i + 1] == ' ' && !NameScanner.EndsInitial(text, i) && !IsEllipsisDot(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEllipsisDot(string text, int dot) =>
        (dot + 2 < text.Length && text[dot + 1] == ' ' && text[dot + 2] == '.') || (dot >= 2 && text[dot - 1] == ' ' && text[dot - 2] == '.');

    /// <summary>The short form runs to a full stop that is no initial, a bracket, a semicolon or the note's end.</summary>
    private static int ShortFormEnd(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxShortForm + 1);
        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c is ']' or ')' or ';' || (c == '.' && !NameScanner.EndsInitial(text, i)))
            {
                return TrimEnd(text, start, i);
            }
        }

        return limit == text.Length ? TrimEnd(text, start, limit) : -1;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return end;
    }
}
