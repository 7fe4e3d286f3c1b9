using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Reads what follows a reference's title, piece by piece in whatever order it comes: the container
/// ("in *Book*", a journal), editors, volume and issue, the imprint, pages, "Available at:" and the
/// link. Stops at the first thing that is none of these; that is where the reference ends.
/// </summary>
internal sealed partial class ReferenceTailParser
{
    private readonly FlatText _flat;
    private readonly string _text;
    private readonly int _limit;
    private readonly List<ParsedField> _fields;
    private readonly bool _quotedTitle;
    private readonly CitationPatterns _patterns;
    private int _cursor;
    private TailLookahead _next;

    private ReferenceTailParser(FlatText flat, int cursor, int limit, bool quotedTitle, List<ParsedField> fields, CitationPatterns patterns)
    {
        _patterns = patterns;
        _flat = flat;
        _text = flat.Value;
        _cursor = cursor;
        _limit = limit;
        _quotedTitle = quotedTitle;
        _fields = fields;
    }

    public TailFacts Facts { get; } = new();

    /// <summary>Parses from <paramref name="cursor"/>; returns where the reference ends.</summary>
    public static int Parse(
        FlatText flat,
        int cursor,
        int limit,
        bool quotedTitle,
        bool allowLooseTail,
        List<ParsedField> fields,
        out TailFacts facts,
        CitationPatterns? patterns = null)
    {
        var parser = new ReferenceTailParser(flat, cursor, limit, quotedTitle, fields, patterns ?? CitationPatterns.English);
        var end = parser.Run(allowLooseTail);
        facts = parser.Facts;
        return end;
    }

    private int Run(bool allowLooseTail)
    {
        while (_cursor < _limit)
        {
            _next = TailLookahead.At(_text, _cursor);
            var read = TryArticleAfterPeriodical() || TryContainer() || TryEditors() || TryVolume() || TryBookVolume() || TryIssue() || TryParenthesis()
                || TryJournalDate() || TryImprint() || TryPages() || TryOpCit() || TryLocator() || TryAccess() || TryLink()
                || (allowLooseTail && !Facts.ReadAnything && TryLooseTail());
            if (!read)
            {
                break;
            }

            Facts.ReadAnything = true;
        }

        return _cursor;
    }

    /// <summary>
    /// After a periodical's italic title, the quoted title of the piece in it ("*Norwich Bulletin*,
    /// “Extension Service …”"), perhaps after the paper's place in parentheses.
    /// </summary>
    private bool TryArticleAfterPeriodical()
    {
        if (_quotedTitle || Facts.ReadAnything || Within(MatchRanges.At(BeforeArticle(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        var close = QuoteScanner.FindClosing(_flat, match.End, _limit);
        if (close < 0 || !Continuations.IsTitleCase(_text.AsSpan(match.End + 1, close - match.End - 1)))
        {
            return false;
        }

        var end = close;
        while (end > match.End + 1 && _text[end - 1] is ',' or '.' or ';' or ' ')
        {
            end--;
        }

        Add(BibFieldKind.ArticleTitle, new TextRange(match.End + 1, end));
        Facts.IsJournal = true;
        Facts.HasContainer = true;
        _cursor = close + 1;
        return true;
    }

    private bool TryOpCit()
    {
        if (Within(_patterns.OpCitWordAt(_text, _cursor)) is not { } match)
        {
            return false;
        }

        var italic = _flat.ItalicAt(Continuations.AfterSeparator(_text, _cursor));
        _cursor = italic is { } run && run.End > match.End && run.End <= _limit ? run.End : match.End;
        return true;
    }

    private bool TryLocator()
    {
        if (Facts.HasPages)
        {
            return false;
        }

        var end = Locators.Read(_text, _cursor, _patterns, _fields);
        if (end == _cursor || end > _limit)
        {
            return false;
        }

        Facts.HasPages = true;
        _cursor = end;
        return true;
    }

    private bool TryContainer()
    {
        if (!_quotedTitle && !Facts.ReadAnything && !Facts.IsJournal && Within(MatchRanges.At(JournalIssueAfterTitle(), _text, _cursor)) is not null)
        {
            // "*Annals of Iowa* 8 (October 1907): 180": the italic title is the journal's.
            Facts.IsJournal = true;
        }

        if (!_quotedTitle || Facts.HasContainer)
        {
            return false;
        }

        if (_next.Word is 'I' or 'i' && Within(MatchRanges.At(InContainer(), _text, _cursor)) is { } match)
        {
            var italic = _flat.ItalicAt(match.End);
            if (italic is { } inBook)
            {
                var journal = Ends(inBook.End) || JournalFollows(inBook.End);
                Add(journal ? BibFieldKind.JournalTitle : BibFieldKind.MonographTitle, Trim(inBook));
                Facts.IsJournal = journal;
                Facts.HasContainer = true;
                _cursor = inBook.End;
                return true;
            }

            var book = PlainBook().Match(_text, _cursor);
            if (book.Success && book.Index + book.Length <= _limit && Continuations.IsTitleCase(book.Groups["title"].ValueSpan))
            {
                // "'The Beria Affair,' in Heretics and Renegades (London, 1955)": a plain book title, closed by its editors or imprint.
                var title = book.Groups["title"];
                Add(BibFieldKind.MonographTitle, new TextRange(title.Index, title.Index + title.Length));
                Facts.HasContainer = true;
                _cursor = title.Index + title.Length;
                return true;
            }

            var plain = PlainContainer().Match(_text, _cursor);
            if (plain.Success && plain.Index + plain.Length <= _limit)
            {
                var title = plain.Groups["title"];
                Add(BibFieldKind.JournalTitle, new TextRange(title.Index, title.Index + title.Length));
                Facts.IsJournal = true;
                Facts.HasContainer = true;
                _cursor = title.Index + title.Length;
                return true;
            }
        }

        var periodical = PlainPeriodical().Match(_text, _cursor);
        if (!Facts.ReadAnything && periodical.Success && periodical.Index + periodical.Length <= _limit
            && _flat.ItalicAt(Continuations.AfterSeparator(_text, _cursor)) is null
            && Continuations.IsTitleCase(periodical.Groups["title"].ValueSpan))
        {
            // "'Fifty Years Later,' The Hungarian Quarterly 182 (2006)": a plain periodical's title, then its volume and date.
            var title = periodical.Groups["title"];
            Add(BibFieldKind.JournalTitle, new TextRange(title.Index, title.Index + title.Length));
            Facts.IsJournal = true;
            Facts.HasContainer = true;
            _cursor = title.Index + title.Length;
            return true;
        }

        var direct = _flat.ItalicAt(Continuations.AfterSeparator(_text, _cursor));
        if (direct is { } container && container.End <= _limit)
        {
            var journal = JournalFollows(container.End);
            Add(journal ? BibFieldKind.JournalTitle : BibFieldKind.MonographTitle, Trim(container));
            Facts.IsJournal = journal;
            Facts.HasContainer = true;
            _cursor = container.End;
            return true;
        }

        return false;
    }

    private bool TryEditors()
    {
        if (Facts.HasEditors)
        {
            return false;
        }

        if (_next.Word != 'e' || MatchRanges.At(EditorsIntro(), _text, _cursor) is not { } match)
        {
            return false;
        }

        var names = NameScanner.ScanForward(_text, match.End, _limit);
        if (names is not { } range)
        {
            return false;
        }

        PersonNames.Split(_text, range, inverted: false, BibFieldKind.Editor, _fields);

        Facts.HasEditors = true;
        _cursor = range.End;
        if (Within(MatchRanges.At(EditorPages(), _text, _cursor)) is { } editorPages)
        {
            var pages = MatchRanges.FromFirstLetterOrDigit(_text, editorPages);
            Add(BibFieldKind.Pages, pages);
            Facts.HasPages = true;
            _cursor = pages.End;
        }

        return true;
    }

    private bool TryVolume()
    {
        if (!Facts.IsJournal || Facts.HasVolume || Facts.HasDate)
        {
            return false;
        }

        if (!_next.WordIsDigitOr('v') || Within(MatchRanges.At(Volume(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        Add(BibFieldKind.Volume, MatchRanges.TrailingDigits(_text, match));
        Facts.HasVolume = true;
        _cursor = match.End;
        if (Within(MatchRanges.At(DotIssue(), _text, _cursor)) is { } issue)
        {
            // "41.3": volume 41, issue 3.
            Add(BibFieldKind.Issue, new TextRange(issue.Start + 1, issue.End));
            _cursor = issue.End;
        }

        return true;
    }

    /// <summary>A volume of a book before its imprint: "*Letters of Members …,* vol. III (Washington, 1926)".</summary>
    private bool TryBookVolume()
    {
        if (Facts.IsJournal || Facts.HasVolume || Facts.HasDate || _next.Word != 'v'
            || Within(MatchRanges.At(BookVolume(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        Add(BibFieldKind.Volume, VolumeNumber(match));
        Facts.HasVolume = true;
        _cursor = match.End;
        return true;
    }

    private TextRange VolumeNumber(TextRange match)
    {
        var start = match.End;
        while (start > match.Start && !char.IsWhiteSpace(_text[start - 1]) && _text[start - 1] != '.')
        {
            start--;
        }

        return new TextRange(start, match.End);
    }

    private bool TryIssue()
    {
        if (!Facts.IsJournal || _next is not { Lead: ',', Word: 'n' } || Within(MatchRanges.At(Issue(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        Add(BibFieldKind.Issue, MatchRanges.TrailingDigits(_text, match));
        _cursor = match.End;
        return true;
    }

    private bool TryParenthesis()
    {
        if (Facts.HasDate)
        {
            return false;
        }

        if (_next.Word != '(' || Within(MatchRanges.At(Parenthesis(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        // The inside runs from the match's only opening parenthesis to its closing one, the last character.
        var open = _text.IndexOf('(', match.Start);
        if (Facts.IsJournal && MatchRanges.Within(JournalDateInside(), _text, open + 1, match.End - 1) is { } date
            && date.Start == open + 1 && date.End == match.End - 1)
        {
            // A journal issue's date: "(Autumn 1998)", "(October 1907)", "(1981)".
            Add(BibFieldKind.Date, date);
        }
        else if (!PublicationParser.Parse(_text, open + 1, match.End - 1, _fields))
        {
            return false;
        }

        Facts.HasDate = true;
        Facts.HasPublication = true;
        _cursor = match.End;
        return true;
    }

    private bool TryJournalDate()
    {
        if (!Facts.IsJournal || Facts.HasDate)
        {
            return false;
        }

        if (_next.Lead != ',' || Within(MatchRanges.At(JournalDate(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        Add(BibFieldKind.Date, MatchRanges.FromFirstLetterOrDigit(_text, match));
        Facts.HasDate = true;
        _cursor = match.End;
        return true;
    }

    private bool TryImprint()
    {
        if (Facts.HasDate)
        {
            return false;
        }

        if (_next.Lead is not ('.' or ',') || Within(MatchRanges.At(Imprint(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        // The imprint follows the white space, the one full stop or comma and the white space the
        // match starts with (the greedy spaces leave none to the imprint).
        var imprintStart = Continuations.AfterSeparator(_text, SkipWhiteSpace(match.Start));
        // An imprint names a place or publisher: ", which was sent to Congress in 1909" is prose.
        if (imprintStart >= _text.Length || char.IsLower(_text[imprintStart]) || SentenceBreak().IsMatch(_text.AsSpan(imprintStart, match.End - imprintStart))
            || !PublicationParser.Parse(_text, imprintStart, match.End, _fields))
        {
            return false;
        }

        Facts.HasDate = true;
        Facts.HasPublication = true;
        _cursor = match.End;
        return true;
    }

    private bool TryPages()
    {
        if (Facts.HasPages)
        {
            return false;
        }

        // A quoted title keeps its comma inside the quotes: "Tucker, 'The Politics …,' 174."
        var afterQuote = _quotedTitle && !Facts.ReadAnything;
        var possible = afterQuote ? _next.WordIsDigitOr('p') : _next.Lead is ':' or ',';
        var pattern = afterQuote ? PagesAfterQuote() : Pages();
        if (!possible || Within(MatchRanges.At(pattern, _text, _cursor)) is not { } match)
        {
            return false;
        }

        Add(BibFieldKind.Pages, MatchRanges.FromFirstLetterOrDigit(_text, match));
        Facts.HasPages = true;
        _cursor = match.End;
        return true;
    }

    private bool TryAccess()
    {
        if (_next.Word != 'A' || Within(MatchRanges.At(Access(), _text, _cursor)) is not { } match)
        {
            return false;
        }

        _cursor = match.End;
        return true;
    }

    private bool TryLink()
    {
        var link = _flat.LinkAt(Continuations.AfterSeparator(_text, _cursor));
        if (link is null || link.Range.End > _limit)
        {
            return false;
        }

        _cursor = link.Range.End;
        return true;
    }

    /// <summary>
    /// The loose form of an archival or web source: everything up to the end of the sentence, with
    /// the first full date and any "pp." range labelled.
    /// </summary>
    private bool TryLooseTail()
    {
        var match = LooseTail().Match(_text, _cursor);
        if (!match.Success || match.Index + match.Length > _limit)
        {
            return false;
        }

        var body = match.Groups["body"];
        var date = LooseDate().Match(body.Value);
        if (date.Success)
        {
            Add(BibFieldKind.Date, new TextRange(body.Index + date.Index, body.Index + date.Index + date.Length));
            Facts.HasDate = true;
        }

        var pages = LoosePages().Match(body.Value);
        if (pages.Success)
        {
            var group = pages.Groups["pages"];
            Add(BibFieldKind.Pages, new TextRange(body.Index + group.Index, body.Index + group.Index + group.Length));
            Facts.HasPages = true;
        }

        _cursor = body.Index + body.Length;
        return true;
    }

    /// <summary>The match, unless it runs past the end of the reference.</summary>
    private TextRange? Within(TextRange? match) => match is { } range && range.End <= _limit ? range : null;

    private int SkipWhiteSpace(int position)
    {
        while (position < _text.Length && char.IsWhiteSpace(_text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>True when "in" and a plain book title closed by its editors or imprint follow at <paramref name="position"/>.</summary>
    public static bool PlainBookFollows(string text, int position) =>
        PlainBook().Match(text, position) is { Success: true } book && Continuations.IsTitleCase(book.Groups["title"].ValueSpan);

    /// <summary>True when a plain periodical's title, then its volume and date, follow at <paramref name="position"/>: "The Coastal Quarterly 182 (2006)".</summary>
    public static bool PlainPeriodicalFollows(string text, int position) =>
        PlainPeriodical().Match(text, position) is { Success: true } periodical && Continuations.IsTitleCase(periodical.Groups["title"].ValueSpan);

    private bool Ends(int position) => EndOfReference().IsMatch(_text, position);

    private bool JournalFollows(int position) => JournalTail().IsMatch(_text, position);

    private TextRange Trim(TextRange range)
    {
        var end = range.End;
        while (end > range.Start && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] is ',' or '.'))
        {
            end--;
        }

        return new TextRange(range.Start, end);
    }

    private void Add(BibFieldKind kind, TextRange range) => _fields.Add(new ParsedField(kind, range));

    [GeneratedRegex(@"\G[,.]?\s*[Ii]n\s+")]
    private static partial Regex InContainer();

    [GeneratedRegex(@"\G\s*[,.]?\s*(?:\([^()]{1,60}\)\s*[.,]?\s*)?(?=[“""])")]
    private static partial Regex BeforeArticle();

    [GeneratedRegex(@"\G\s*,?\s*(?:vol\.\s*)?\d+(?:\.\d+)?(?:\s*,?\s*no\.\s*\d+)?\s*\([^()]*\b(?:1[5-9]\d\d|20\d\d)\)")]
    private static partial Regex JournalIssueAfterTitle();

    [GeneratedRegex(@"\G\s*,?\s*vols?\.\s*(?:[IVXLCDM]+|\d+)(?=\s*\()")]
    private static partial Regex BookVolume();

    [GeneratedRegex(@"\G\.\d+(?=\s*[,(])")]
    private static partial Regex DotIssue();

    [GeneratedRegex(@"^(?:(?:\p{Lu}\p{Ll}+\.?|\d{1,2})[\s,/–-]+){0,3}(?:1[5-9]\d\d|20\d\d)$")]
    private static partial Regex JournalDateInside();

    [GeneratedRegex(@"\G[,.]?\s*In\s+(?<title>\p{Lu}[^.*<()]*?)(?=\.)")]
    private static partial Regex PlainContainer();

    [GeneratedRegex(@"\G[,.]?\s*[Ii]n\s+(?<title>\p{Lu}[^.*<()“”""]{0,200}?)(?=\s*(?:,\s*(?:eds?\.|edited by)\s|\((?=[^()]*\b(?:1[5-9]\d\d|20\d\d)\b)))")]
    private static partial Regex PlainBook();

    [GeneratedRegex(@"\G[,.]?\s*(?<title>\p{Lu}[^.*<()“”"",;:]{0,120}?)(?=\s*,?\s*(?:vol\.\s*)?\d+(?:\.\d+)?(?:\s*,\s*no\.\s*\d+)?\s*\((?:[^()]*\s)?(?:1[5-9]\d\d|20\d\d)\))")]
    private static partial Regex PlainPeriodical();

    [GeneratedRegex(@"\G[,.]?\s*(?:eds?\.|edited by)\s+")]
    private static partial Regex EditorsIntro();

    [GeneratedRegex(@"\G,\s*(?<pages>\d+\s*[-–]\s*\d+)(?=\s*\.)")]
    private static partial Regex EditorPages();

    [GeneratedRegex(@"\G\s*,?\s*(?:vol\.\s*)?(?<volume>\d+)(?=\s*[,(]|\s*$|\.\d+\s*[,(])")]
    private static partial Regex Volume();

    [GeneratedRegex(@"\G\s*,\s*no\.\s*(?<issue>\d+)")]
    private static partial Regex Issue();

    [GeneratedRegex(@"\G\s*,?\s*\((?<inner>[^()]*)\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"\G\s*,\s*(?<date>(?:\p{Lu}\p{Ll}+,?\s+)?(?:1[5-9]\d\d|20\d\d))(?=\s*[.;]|\s*$)")]
    private static partial Regex JournalDate();

    [GeneratedRegex(@"\G\s*[.,]\s*(?<imprint>[^()<;]{0,160}?(?:\((?:1[5-9]\d\d|20\d\d)\)|\b(?:1[5-9]\d\d|20\d\d)\b))(?=\s*[.:;,]|\s*$)")]
    private static partial Regex Imprint();

    [GeneratedRegex(@"(?<!\b\p{Lu})(?<!\bLtd)(?<!\bInc)(?<!\bCo)\.\s+\p{Lu}")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\G\s*[:,]\s*(?<pages>(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)(?=\s*[.;]|\s*$)")]
    private static partial Regex Pages();

    [GeneratedRegex(@"\G\s*[:,]?\s*(?<pages>(?:pp?\.\s*)?\d+(?:\s*[-–]\s*\d+)?)(?=\s*[.;]|\s*$)")]
    private static partial Regex PagesAfterQuote();

    [GeneratedRegex(@"\G\s*\.?\s*(?:Available at:|Accessed:[^<]*?\.(?=\s|$))")]
    private static partial Regex Access();

    [GeneratedRegex(@"\G,?\s+(?<body>.+?)(?=\.\s+\p{Lu}|\.?\s*$)")]
    private static partial Regex LooseTail();

    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}")]
    private static partial Regex LooseDate();

    [GeneratedRegex(@"\bpp\.\s*(?<pages>\d+\s*[-–]\s*\d+)")]
    private static partial Regex LoosePages();

    [GeneratedRegex(@"\G\s*(?:\.\s*(?:Available|Accessed)\b|\.?\s*$)")]
    private static partial Regex EndOfReference();

    [GeneratedRegex(@"\G\s*(?:,?\s*(?:vol\.\s*)?\d+(?:\.\d+)?\s*[,(]|,?\s*(?:vol\.\s*)?\d+\s*$|\(\d{4}\)|,\s*(?:\p{Lu}\p{Ll}+,?\s+)?\d{4}\s*(?:\.|$))")]
    private static partial Regex JournalTail();
}
