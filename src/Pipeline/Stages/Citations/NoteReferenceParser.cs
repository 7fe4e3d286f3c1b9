using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Finds the references in a footnote. A reference is anchored on its title (italic, or quoted and
/// followed by what follows titles), takes the names written just before it as its author(s), and
/// runs to the end of its pages, imprint or link; or it is an ibid ("Ibid., 12."), an author's
/// op. cit., or an author and a locator alone ("Smith, 25."). Everything else stays commentary.
/// </summary>
internal static class NoteReferenceParser
{
    public static ImmutableArray<ParsedReference> Parse(FlatText flat) => Parse(flat, CitationPatterns.English, KnownTitles.None);

    /// <param name="flat">The note paragraph's text.</param>
    /// <param name="patterns">The citation vocabulary's patterns.</param>
    /// <param name="titles">The bibliography's titles: a title in the note that is one of them is a reference on its own.</param>
    /// <param name="announced">The short titles earlier notes announced without an author; this note's announcements are added.</param>
    public static ImmutableArray<ParsedReference> Parse(FlatText flat, CitationPatterns patterns, KnownTitles titles, AnnouncedTitles? announced = null)
    {
        ArgumentNullException.ThrowIfNull(flat);
        ArgumentNullException.ThrowIfNull(patterns);
        var text = flat.Value;
        var output = ImmutableArray.CreateBuilder<ParsedReference>();
        var starts = CitationStarts.Find(text, patterns);
        var floor = 0;
        var position = 0;
        var afterFull = 0;
        var announcement = PlainAnnouncement.Find(flat, patterns);
        var announcedTitle = announcement?.FullTitle(flat, 0);
        var containers = ContainerStarts(text, patterns);
        var plainTitles = titles.FindPlain(text);
        var cuedTitles = CuedTitleStarts(text, patterns, announcement, announcedTitle, containers, plainTitles);
        while ((position = NextCandidate(flat, position, starts, cuedTitles)) < text.Length)
        {
            var atStart = starts.IsCitationStart(position, floor);
            var found = TryAnnounced(flat, position, afterFull, announcement, announcedTitle, patterns)
                ?? TryCuedTitle(flat, position, floor, cuedTitles, patterns)
                ?? TryIbid(flat, position, atStart, patterns)
                ?? TryOpCit(flat, position, floor, patterns)
                ?? TryReference(flat, position, floor, afterFull, atStart, patterns, titles)
                ?? (atStart ? AuthorlessTitles.TryRepeat(flat, position, patterns, announced) ?? TryAuthorAndLocator(flat, position, patterns, announced) ?? TryPlainReference(flat, position, patterns, titles) ?? TitleFirstEdited.TryParse(flat, position, patterns) ?? CuedPlainTitle.TryParse(flat, position, patterns) ?? AuthorInProse.TryParse(flat, position, patterns) : null)
                ?? TryContained(flat, position, containers, patterns, titles)
                ?? TryKnownPlainTitle(flat, position, floor, plainTitles);
            if (found is null)
            {
                position++;
                continue;
            }

            output.Add(found);
            announced?.Add(found);
            position = floor = found.Range.End;
            if (found.Parts.Form == ReferenceForm.Full)
            {
                afterFull = found.Range.End;
            }
        }

        return output.ToImmutable();
    }

    private static int NextCandidate(FlatText flat, int from, CitationStarts starts, List<int>? extra)
    {
        var next = Math.Min(TitleHead.NextCandidate(flat, from), starts.Next(from));
        if (extra is not null)
        {
            foreach (var candidate in extra)
            {
                if (candidate >= from && candidate < next)
                {
                    next = candidate;
                }
            }
        }

        return next;
    }

    /// <summary>
    /// The places where a plain title may begin although no citation starts there: after "entitled",
    /// a bibliography title in plain words, and the announced title and short form. Null for the
    /// many notes that have none.
    /// </summary>
    private static List<int>? CuedTitleStarts(string text, CitationPatterns patterns, PlainAnnouncement? announcement, TextRange? announcedTitle, List<int>? containers, List<TextRange>? plainTitles)
    {
        List<int>? extra = containers is null ? null : [.. containers];
        if (plainTitles is not null)
        {
            foreach (var plain in plainTitles)
            {
                (extra ??= []).Add(plain.Start);
            }
        }

        if (patterns.TitleCueGate.MayOccurIn(text))
        {
            foreach (var match in patterns.TitleCue.EnumerateMatches(text))
            {
                (extra ??= []).Add(match.Index + match.Length);
            }
        }

        if (announcedTitle is { } title)
        {
            (extra ??= []).Add(title.Start);
        }

        if (announcement is not null)
        {
            (extra ??= []).Add(announcement.ShortForm.Start);
        }

        return extra;
    }

    /// <summary>Where a container's plain reference may begin: after ", in " before a capital.</summary>
    private static List<int>? ContainerStarts(string text, CitationPatterns patterns)
    {
        List<int>? starts = null;
        foreach (var match in patterns.ContainerStart.EnumerateMatches(text))
        {
            (starts ??= []).Add(match.Index + match.Length);
        }

        return starts;
    }

    /// <summary>
    /// "“Letter from …,” July 15, 1778, in Edmund C. Burnett, Letters of Members … , vol. III
    /// (Washington, 1926), 333.": after ", in " a plain reference is taken only when it is full,
    /// its title closed by an imprint; a short one there is as likely prose ("in London, 1850").
    /// </summary>
    private static ParsedReference? TryContained(FlatText flat, int position, List<int>? containers, CitationPatterns patterns, KnownTitles titles) =>
        containers is not null && containers.Contains(position) && TryPlainReference(flat, position, patterns, titles) is { Parts.Form: ReferenceForm.Full } reference
            ? reference
            : null;

    /// <summary>
    /// A bibliography title named in plain words in the prose of a note, with no italics or quotation
    /// marks to show it: a reference to that work by its title alone. Names before it (a possessive,
    /// "Roosevelt’s") are kept as the sentence's, not taken as its author.
    /// </summary>
    private static ParsedReference? TryKnownPlainTitle(FlatText flat, int position, int floor, List<TextRange>? plainTitles)
    {
        if (plainTitles is null)
        {
            return null;
        }

        foreach (var title in plainTitles)
        {
            if (title.Start == position && !flat.OverlapsItalic(title.Start, title.End))
            {
                List<ParsedField> fields = [new(BibFieldKind.MonographTitle, title)];
                return ReferenceAssembler.Assemble(flat, title, fields, ReferenceForm.Full, invertedNames: false)
                    with
                { Mentioned = MentionedNames(flat.Value, floor, position) };
            }
        }

        return null;
    }

    /// <summary>
    /// "a work by Robert Fortenbaugh entitled The Nine Capitols of the United States (York, Pa., 1948)":
    /// after a title cue, plain words that read as a title, hold no sentence break and are closed by
    /// an imprint are the work's title; the names of its sentence are kept for a later "op. cit.".
    /// </summary>
    private static ParsedReference? TryCuedTitle(FlatText flat, int position, int floor, List<int>? cued, CitationPatterns patterns)
    {
        var text = flat.Value;
        if (cued is null || !cued.Contains(position) || !char.IsUpper(text[position]))
        {
            return null;
        }

        var cueStart = BackToCue(text, position);
        if (cueStart == position || patterns.TitleCueAt(text, cueStart) is not { } cue || cue.End != position)
        {
            return null;
        }

        var end = ImprintAfterPlainWords(text, position);
        if (end < 0)
        {
            return null;
        }

        var title = new TextRange(position, TrimEnd(text, position, end));
        if (!Continuations.IsTitleCase(text.AsSpan(title.Start, title.Length)) || flat.OverlapsItalic(position, end))
        {
            return null;
        }

        var fields = new List<ParsedField>(12) { new(BibFieldKind.MonographTitle, title) };
        var tail = ReferenceTailParser.Parse(flat, title.End, text.Length, quotedTitle: false, allowLooseTail: false, fields, out var facts, patterns);
        return tail > title.End && (facts.HasDate || facts.HasPublication)
            ? ReferenceAssembler.Assemble(flat, new TextRange(title.Start, TrimEnd(text, title.Start, tail)), fields, ReferenceForm.Full, invertedNames: false)
                with
            { Mentioned = MentionedNames(text, floor, position) }
            : null;
    }

    /// <summary>
    /// Where plain title words from <paramref name="start"/> meet their imprint: the index of the
    /// imprint's opening bracket, in the same sentence and before any semicolon, closing bracket or
    /// quotation mark; -1 when no imprint closes them.
    /// </summary>
    private static int ImprintAfterPlainWords(string text, int start)
    {
        var limit = Math.Min(text.Length, start + MaxPlainTitle);
        for (var end = start + 1; end < limit; end++)
        {
            var c = text[end];
            if ((c == '.' && end + 1 < text.Length && text[end + 1] == ' ' && !NameScanner.EndsInitial(text, end) && !IsEllipsisDot(text, end))
                || c is ';' or ')' or '“' or '”' or '"')
            {
                return -1;
            }

            if (c == '(' && Continuations.ImprintFollows(text, end))
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>The start of the cue word (with its comma: "book, ") that ends just before <paramref name="position"/>.</summary>
    private static int BackToCue(string text, int position)
    {
        var start = position;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        if (start > 0 && text[start - 1] == ',')
        {
            start--;
        }

        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// A plain "[Hereafter cited as Journals.]" and the plain title it announces: the full reference
    /// runs from the title through its imprint and locator; the announcement is taken only once a
    /// full reference stands before it in the note.
    /// </summary>
    private static ParsedReference? TryAnnounced(FlatText flat, int position, int afterFull, PlainAnnouncement? announcement, TextRange? announcedTitle, CitationPatterns patterns)
    {
        if (announcement is null)
        {
            return null;
        }

        if (position == announcement.ShortForm.Start)
        {
            return afterFull > 0 ? announcement.Declaration(flat) : null;
        }

        if (announcedTitle is not { } title || position != title.Start)
        {
            return null;
        }

        var text = flat.Value;
        var fields = new List<ParsedField>(12) { new(BibFieldKind.MonographTitle, title) };
        var tail = ReferenceTailParser.Parse(flat, title.End, announcement.SearchEnd, quotedTitle: false, allowLooseTail: false, fields, out var facts, patterns);
        return tail > title.End && (facts.HasDate || facts.HasPublication)
            ? ReferenceAssembler.Assemble(flat, new TextRange(title.Start, TrimEnd(text, title.Start, tail)), fields, ReferenceForm.Full, invertedNames: false)
            : null;
    }

    private static ParsedReference? TryIbid(FlatText flat, int position, bool atStart, CitationPatterns patterns)
    {
        var text = flat.Value;
        var match = patterns.IbidWordAt(text, position);
        if (match is null && atStart)
        {
            match = patterns.IbidAtStartWordAt(text, position);
        }

        if (match is not { } ibid)
        {
            return null;
        }

        // An italic "*Ibid.,*" is wrapped whole.
        var end = flat.ItalicAt(position) is { } italic && italic.End > ibid.End && text.AsSpan(ibid.End, italic.End - ibid.End).Trim(" .,").IsEmpty
            ? italic.End
            : ibid.End;
        var fields = new List<ParsedField>();
        end = Locators.Read(text, end, patterns, fields);
        return ReferenceAssembler.Assemble(flat, new TextRange(position, TrimEnd(text, position, end)), fields, ReferenceForm.Ibid, invertedNames: false);
    }

    /// <summary>"Smith, op. cit., 25.": the work of that author cited before.</summary>
    private static ParsedReference? TryOpCit(FlatText flat, int position, int floor, CitationPatterns patterns)
    {
        var text = flat.Value;
        if (patterns.OpCitWordAt(text, position) is not { } opCit || opCit.Start != position
            || AuthorBefore(text, position, floor) is not { } names)
        {
            return null;
        }

        var end = flat.ItalicAt(position) is { } italic && italic.End > opCit.End && text.AsSpan(opCit.End, italic.End - opCit.End).Trim(" .,").IsEmpty
            ? italic.End
            : opCit.End;
        var fields = new List<ParsedField>();
        AuthorAndTitle(text, names, fields);
        end = Locators.Read(text, end, patterns, fields);
        return ReferenceAssembler.Assemble(flat, new TextRange(names.Start, TrimEnd(text, names.Start, end)), fields, ReferenceForm.Short, invertedNames: false)
            with
        { OpCit = true };
    }

    /// <summary>
    /// The names before a plain "op. cit.": "Burnett, The Continental Congress, op. cit." names the
    /// author and a short title, which the name scanner reads as one run of capitalised words. The
    /// words after the first comma are a title only when they cannot be names: they open with an
    /// article or hold a lowercase word, and join nobody with "and".
    /// </summary>
    private static void AuthorAndTitle(string text, TextRange names, List<ParsedField> fields)
    {
        var comma = text.IndexOf(", ", names.Start, names.Length, StringComparison.Ordinal);
        if (comma > names.Start && NameScanner.ScanForward(text, names.Start, comma) is { } author && author.End == comma)
        {
            var title = new TextRange(comma + 2, names.End);
            var words = text.AsSpan(title.Start, title.Length);
            if (Continuations.IsTitleCase(words) && ReadsAsTitle(words))
            {
                PersonNames.Split(text, author, inverted: false, BibFieldKind.Author, fields);
                fields.Add(new ParsedField(BibFieldKind.MonographTitle, title));
                return;
            }
        }

        PersonNames.Split(text, names, inverted: false, BibFieldKind.Author, fields);
    }

    private static bool ReadsAsTitle(ReadOnlySpan<char> words)
    {
        if (words.Contains(" and ", StringComparison.Ordinal) || words.Contains('&') || words.Contains(',') || words.IndexOf(' ') < 0)
        {
            return false;
        }

        var opensWithArticle = words.StartsWith("The ", StringComparison.Ordinal) || words.StartsWith("A ", StringComparison.Ordinal) || words.StartsWith("An ", StringComparison.Ordinal);
        var lowercase = false;
        foreach (var range in words.Split(' '))
        {
            lowercase |= !words[range].IsEmpty && char.IsLower(words[range][0]);
        }

        return opensWithArticle || lowercase;
    }

    /// <summary>
    /// "Smith, 25." at the start of a citation: the author's work cited before, at that place; or
    /// "Journals, I, 102.", an announced short title and a locator.
    /// </summary>
    private static ParsedReference? TryAuthorAndLocator(FlatText flat, int position, CitationPatterns patterns, AnnouncedTitles? announced)
    {
        var text = flat.Value;
        if (!char.IsUpper(text[position]) || NameScanner.ScanForward(text, position, text.Length) is not { } names
            || names.End >= text.Length || text[names.End] != ','
            || !NameScanner.IsAuthorOnly(text.AsSpan(names.Start, names.Length), patterns)
            || patterns.LocatorAt(text, names.End) is not { } locator)
        {
            return null;
        }

        var fields = new List<ParsedField>();
        if (announced is not null && announced.Contains(text.AsSpan(names.Start, names.Length)))
        {
            fields.Add(new ParsedField(BibFieldKind.MonographTitle, names));
        }
        else
        {
            PersonNames.Split(text, names, inverted: false, BibFieldKind.Author, fields);
        }

        var end = Locators.Read(text, names.End, patterns, fields);
        return end <= names.End || end < locator.End
            ? null
            : ReferenceAssembler.Assemble(flat, new TextRange(names.Start, TrimEnd(text, names.Start, end)), fields, ReferenceForm.Short, invertedNames: false);
    }

    /// <summary>
    /// A reference whose title is neither italic nor quoted, as plain-text scrapes give them: "Names,
    /// Title Words (Place: Publisher, Year), 3." or "Names, Title Words, 27." at a citation start. The
    /// title must read as a title and hold no sentence break, and the imprint or the locator must
    /// close it, or the citation end there with an author and title that fit a bibliography entry
    /// ("Worster, Dust Bowl."); anything less is left as prose.
    /// </summary>
    private static ParsedReference? TryPlainReference(FlatText flat, int position, CitationPatterns patterns, KnownTitles titles)
    {
        var text = flat.Value;
        if (!char.IsUpper(text[position]) || NameScanner.ScanForward(text, position, text.Length) is not { } names
            || names.End + 2 >= text.Length || text[names.End] != ',' || text[names.End + 1] != ' '
            || !NameScanner.IsAuthorOnly(text.AsSpan(names.Start, names.Length), patterns, maxWords: 8))
        {
            return null;
        }

        // "Francis Wharton, ed., The Revolutionary …": the names are the editors'.
        var titleStart = names.End + 2;
        var nameKind = BibFieldKind.Author;
        if (MatchRanges.At(patterns.EditorAfterNames, text, names.End) is { } editors && editors.Start == names.End)
        {
            titleStart = editors.End;
            nameKind = BibFieldKind.Editor;
        }

        // "Robert C. Tucker, ‘The Politics …’": a quoted title is the quoted-title reader's, not a plain one.
        if (titleStart < text.Length && text[titleStart] is '‘' or '’' or '“' or '”' or '"' or '\'')
        {
            return null;
        }

        var limit = Math.Min(text.Length, titleStart + MaxPlainTitle);
        for (var end = titleStart + 1; end < limit; end++)
        {
            var c = text[end];
            if (c == '.' && IsEllipsisDot(text, end))
            {
                // "… the American Frontiers. . . . (Philadelphia, 1851)": an elided title goes on.
                continue;
            }

            if (c == ';' && SubtitleToImprint(text, end + 1, limit))
            {
                // "The Department of State of the United States; Its History and Functions (New Haven, 1914)".
                continue;
            }

            if (c == ';' || (c == '.' && (end + 1 == text.Length || text[end + 1] == ' ') && !NameScanner.EndsInitial(text, end)))
            {
                return nameKind == BibFieldKind.Author ? ShortByTitle(flat, names, new TextRange(titleStart, end), titles) : null;
            }

            if (c is ')' or '“' or '”' or '"')
            {
                return null;
            }

            // ", vol. III (Washington, 1926)": the imprint may follow the title's comma and a volume.
            // "(New York 1931)": or be a place and a year without the comma (PlaceYearImprint).
            var opens = ((c is '(' or ',') && Continuations.ImprintFollows(text, end)) || (c == '(' && PlaceYearImprint.Follows(text, end, patterns));
            // "Burnett, The Continental Congress pp. 576-580.": a locator word may follow the title without a comma.
            var locates = (c == ',' || (c == ' ' && end + 1 < text.Length && char.IsLower(text[end + 1])))
                && patterns.LocatorAt(text, end) is { } locator && locator.Start == end;
            if (!opens && !locates)
            {
                continue;
            }

            var title = new TextRange(titleStart, TrimEnd(text, titleStart, end));
            // "in Maryland, 1649-1887 (Annapolis, 1887)": a title of numbers alone is a date range after a place.
            var titleWords = text.AsSpan(title.Start, title.Length);
            if (!Continuations.IsTitleCase(titleWords) || !titleWords.ContainsAnyExcept(NotLetters) || flat.OverlapsItalic(titleStart, end))
            {
                return null;
            }

            var fields = new List<ParsedField>(12);
            PersonNames.Split(text, names, inverted: false, nameKind, fields);
            fields.Add(new ParsedField(BibFieldKind.MonographTitle, title));
            var tail = ReferenceTailParser.Parse(flat, title.End, text.Length, quotedTitle: false, allowLooseTail: false, fields, out var facts, patterns);
            if (tail == title.End)
            {
                return null;
            }

            var form = facts.HasDate || facts.HasPublication ? ReferenceForm.Full : ReferenceForm.Short;
            return ReferenceAssembler.Assemble(flat, new TextRange(names.Start, TrimEnd(text, names.Start, tail)), fields, form, invertedNames: false);
        }

        return limit == text.Length ? ShortByTitle(flat, names, new TextRange(titleStart, limit), titles) : null;
    }

    private const int MaxPlainTitle = 200;

    /// <summary>
    /// Where a plain subtitle after a quoted title ends: the quotation closed by a full stop inside
    /// its marks (“The Ancient City.” A History …) or followed by a dash (“… Guests”—The Congress …),
    /// then words that read as a title, in one sentence, up to an imprint. Null for anything else: a
    /// quoted title closed by a comma is a piece in a periodical or book.
    /// </summary>
    private static int? PlainSubtitleEnd(FlatText flat, TitleHead head)
    {
        var text = flat.Value;
        var close = head.End - 1;
        int start;
        if (close >= 1 && text[close - 1] == '.' && head.End + 1 < text.Length && text[head.End] == ' ')
        {
            start = head.End + 1;
        }
        else if (head.End + 1 < text.Length && text[head.End] is '—' or '–')
        {
            start = head.End + 1;
        }
        else
        {
            return null;
        }

        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return null;
        }

        var end = ImprintAfterPlainWords(text, start);
        if (end < 0)
        {
            return null;
        }

        var subtitleEnd = TrimEnd(text, start, end);
        return Continuations.IsTitleCase(text.AsSpan(start, subtitleEnd - start)) && !flat.OverlapsItalic(start, end)
            ? subtitleEnd
            : null;
    }

    // What a title of numbers holds besides its digits.
    private static readonly System.Buffers.SearchValues<char> NotLetters = System.Buffers.SearchValues.Create("0123456789-–—/., ");

    /// <summary>True when a capitalised subtitle runs from <paramref name="start"/> to an imprint, with no sentence break or other semicolon.</summary>
    private static bool SubtitleToImprint(string text, int start, int limit)
    {
        while (start < limit && text[start] == ' ')
        {
            start++;
        }

        if (start >= limit || !char.IsUpper(text[start]))
        {
            return false;
        }

        for (var i = start; i < limit; i++)
        {
            var c = text[i];
            if (c == '(')
            {
                return Continuations.ImprintFollows(text, i);
            }

            if (c is ';' or ')' or '“' or '”' or '"' || (c == '.' && i + 1 < text.Length && text[i + 1] == ' ' && !NameScanner.EndsInitial(text, i) && !IsEllipsisDot(text, i)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// True for a full stop of an ellipsis: spaced (". . .", another full stop two places before or
    /// after it) or run together as some extractors give it ("Frontiers.... (Philadelphia"), the last
    /// of three or more full stops.
    /// </summary>
    private static bool IsEllipsisDot(string text, int dot) =>
        (dot + 2 < text.Length && text[dot + 1] == ' ' && text[dot + 2] == '.') || (dot >= 2 && text[dot - 1] == ' ' && text[dot - 2] == '.')
        || (dot >= 2 && text[dot - 1] == '.' && text[dot - 2] == '.');

    /// <summary>"Names, Title" closing a citation, taken only when an entry by that author has that title (or begins with it).</summary>
    private static ParsedReference? ShortByTitle(FlatText flat, TextRange names, TextRange title, KnownTitles titles)
    {
        var text = flat.Value;
        title = new TextRange(title.Start, TrimEnd(text, title.Start, title.End));
        if (title.Length == 0 || !Continuations.IsTitleCase(text.AsSpan(title.Start, title.Length))
            || flat.OverlapsItalic(title.Start, title.End))
        {
            return null;
        }

        var fields = new List<ParsedField>(4);
        PersonNames.Split(text, names, inverted: false, BibFieldKind.Author, fields);
        fields.Add(new ParsedField(BibFieldKind.MonographTitle, title));
        var parsed = ReferenceAssembler.Assemble(flat, new TextRange(names.Start, title.End), fields, ReferenceForm.Short, invertedNames: false);
        return titles.FitsShortForm(EntryKeys.Of(parsed.Parts)) ? parsed : null;
    }

    private static ParsedReference? TryReference(
        FlatText flat,
        int position,
        int floor,
        int afterFull,
        bool citationStart,
        CitationPatterns patterns,
        KnownTitles titles)
    {
        if (TitleHead.At(flat, position) is not { } head)
        {
            return null;
        }

        var text = flat.Value;
        // "Tanner*, Narrative*": an italic that starts with the comma after the name.
        var author = AuthorBefore(text, head.Title.Start > position && !head.Quoted ? head.Title.Start : position, floor)
            ?? (head.Quoted ? null : AuthorBeforeOpeningQuote(text, position, floor));
        var opCitInTitle = false;
        if (!head.Quoted && patterns.OpCitAtEndGate.MayOccurIn(text.AsSpan(head.Title.Start, head.Title.Length))
            && MatchRanges.Within(patterns.OpCitAtEnd, text, head.Title.Start, head.Title.End) is { } opCitEnd && opCitEnd.Start > head.Title.Start)
        {
            // "*The Continental Congress, op. cit.,*": the title without its op. cit.
            head = head with { Title = new TextRange(head.Title.Start, opCitEnd.Start) };
            opCitInTitle = true;
        }

        if (patterns.IsOpCitTitle(text.AsSpan(head.Title.Start, head.Title.Length)))
        {
            // An italic "*op. cit.*" is no title: the author's earlier work.
            return author is null ? null : TryOpCitAfter(flat, head, author.Value, patterns);
        }

        if (head.Quoted && author is not null && PlainSubtitleEnd(flat, head) is { } subtitleEnd)
        {
            // "Elihu S. Riley, “The Ancient City.” A History of Annapolis … (Annapolis, 1887)": a book's title.
            head = new TitleHead(new TextRange(position, subtitleEnd), subtitleEnd, Quoted: false);
        }

        var before = text.AsSpan(floor, position - floor);
        var trigger = patterns.CueGate.MayOccurIn(before) && patterns.Cue.IsMatch(before);
        var declared = afterFull > 0 && patterns.HereafterGate.MayOccurIn(text.AsSpan(afterFull, position - afterFull)) && patterns.Hereafter.IsMatch(text.AsSpan(afterFull, position - afterFull));
        // A citation starts the note or a sentence, or follows another in a list ("…; *Denison Review*, “…”").
        var atStart = citationStart || (before.IsWhiteSpace() && floor == 0) || before.TrimEnd().EndsWith(';');
        // The evidence is weighed lazily, cheapest first: most title heads tried are no reference, and
        // each further test looks ahead into the note again.
        var accepted = trigger || declared
            || ((author is not null || atStart) && FollowsTitle(flat, head, patterns))
            || (author is not null && (opCitInTitle || Continuations.EndsCitation(flat, head, patterns)))
            || (!head.Quoted && Continuations.ImprintFollows(text, head.End))
            || titles.Contains(text.AsSpan(head.Title.Start, head.Title.Length));
        if (!accepted)
        {
            return null;
        }

        // Room for the fields of a long reference, so the list seldom grows.
        var fields = new List<ParsedField>(16);
        if (author is { } names)
        {
            PersonNames.Split(text, names, inverted: false, BibFieldKind.Author, fields);
        }

        var titleKind = head.Quoted ? BibFieldKind.ArticleTitle : BibFieldKind.MonographTitle;
        var titleField = fields.Count;
        fields.Add(new ParsedField(titleKind, head.Title));
        var end = ReferenceTailParser.Parse(flat, head.End, text.Length, head.Quoted, allowLooseTail: trigger, fields, out var facts, patterns);
        while (end > head.End && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (!head.Quoted && facts.IsJournal)
        {
            // A periodical's title read as the work's own: "*The Historical Journal* 41.3 (1998)".
            fields[titleField] = new ParsedField(BibFieldKind.JournalTitle, head.Title);
        }

        var form = facts.HasDate || facts.HasContainer || facts.HasPublication ? ReferenceForm.Full : ReferenceForm.Short;
        var start = author?.Start ?? position;
        var parsed = ReferenceAssembler.Assemble(flat, new TextRange(start, end), fields, declared ? ReferenceForm.Short : form, invertedNames: false);
        if (declared)
        {
            return parsed with { DeclaresShortForm = true };
        }

        return author is null && form == ReferenceForm.Full ? parsed with { Mentioned = MentionedNames(text, floor, position) } : parsed;
    }

    /// <summary>True when what follows the title is what follows a cited title: its continuation, a locator, op. cit., or an article's tail.</summary>
    private static bool FollowsTitle(FlatText flat, TitleHead head, CitationPatterns patterns) =>
        Continuations.Follows(flat, head.End, head.Quoted)
        || patterns.LocatorAt(flat.Value, head.End) is not null
        || patterns.OpCitWordAt(flat.Value, head.End) is not null
        || (!head.Quoted && Continuations.ArticleFollows(flat, head.End));

    private static ParsedReference TryOpCitAfter(FlatText flat, TitleHead head, TextRange names, CitationPatterns patterns)
    {
        var text = flat.Value;
        var fields = new List<ParsedField>();
        PersonNames.Split(text, names, inverted: false, BibFieldKind.Author, fields);
        var end = Locators.Read(text, head.End, patterns, fields);
        return ReferenceAssembler.Assemble(flat, new TextRange(names.Start, TrimEnd(text, names.Start, end)), fields, ReferenceForm.Short, invertedNames: false)
            with
        { OpCit = true };
    }

    /// <summary>The match keys of the capitalised words from the sentence's start to <paramref name="position"/>.</summary>
    private static ImmutableArray<string> MentionedNames(string text, int floor, int position)
    {
        var start = position;
        while (start > floor && !(text[start - 1] is '.' or ';' && start < text.Length && char.IsWhiteSpace(text[start])))
        {
            start--;
        }

        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var range in text.AsSpan(start, position - start).Split(' '))
        {
            var word = text.AsSpan(start, position - start)[range].Trim(",.;:’'s“”\"()");
            if (word.Length > 1 && char.IsUpper(word[0]) && MatchKey.Of(word.ToString()) is { Length: > 1 } key && !names.Contains(key))
            {
                names.Add(key);
            }
        }

        return names.DrainToImmutable();
    }

    /// <summary>
    /// The names before an italic title whose opening quotation mark and elided start stand before the
    /// italic: "Gary B. Nash, “... *and Distinguished Guests”—The Congress*".
    /// </summary>
    private static TextRange? AuthorBeforeOpeningQuote(string text, int position, int floor)
    {
        var start = position;
        while (start > floor && (char.IsWhiteSpace(text[start - 1]) || text[start - 1] is '.' or '…'))
        {
            start--;
        }

        return start > floor && position - start <= MaxElidedOpening && text[start - 1] is '“' or '‘' or '"'
            ? AuthorBefore(text, start - 1, floor)
            : null;
    }

    private const int MaxElidedOpening = 8;

    /// <summary>The names ending just before the comma or full stop that precedes a title.</summary>
    private static TextRange? AuthorBefore(string text, int position, int floor)
    {
        var end = position;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == floor || text[end - 1] is not (',' or '.'))
        {
            return null;
        }

        return NameScanner.ScanBackward(text, end - 1, floor);
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
