using System.Text.RegularExpressions;
using Pipeline.Stages.Structure.Front;

namespace Pipeline.Stages.Structure.Bibliography;

/// <summary>
/// How a bibliography entry opens and ends, read from the text alone (extracted text has lost the
/// hanging indent). An entry opens with its author as a catalogue heading ("Surname, Forename.",
/// "Surname, F., and Other, Name.", "van Herpen, Marcel H."), with repeat dashes for the author
/// above ("———."), or, with weaker evidence, with a corporate author or a quoted title. It ends
/// with a full stop or a URL.
/// </summary>
internal static partial class EntryStart
{
    /// <summary>Most words a surname (particles included) may have.</summary>
    private const int MaxSurnameWords = 4;

    /// <summary>Most words a corporate author or a newspaper's name may have before its full stop.</summary>
    private const int MaxCorporateWords = 14;

    /// <summary>
    /// True when the text from <paramref name="start"/> opens with an author heading: repeat
    /// dashes, or a surname, a comma and given names or initials up to the first full stop (or,
    /// when <paramref name="lineStart"/>, up to the line's end: a long list of authors runs on).
    /// </summary>
    public static bool IsAuthorHeading(string text, int start, bool lineStart, FrontVocabulary vocabulary)
    {
        if (RepeatDashes().IsMatch(text.AsSpan(start)))
        {
            return true;
        }

        var end = SegmentEnd(text, start);
        if (end < 0)
        {
            if (!lineStart)
            {
                return false;
            }

            end = text.Length;
        }

        var segment = text[start..end];
        var comma = segment.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0)
        {
            return false;
        }

        var surname = segment[..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var given = segment[(comma + 2)..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);

        // "Colorado Agriculture Bibliography, Water Resources Archive, …" is shaped like a name but names an institution.
        if (surname.Concat(given).Any(word => vocabulary.Organisations.Contains(word.TrimEnd('.'))))
        {
            return false;
        }

        if (surname.Length > MaxSurnameWords || !surname.Any(IsNameWord) || vocabulary.NotNames.Contains(surname[0])
            || !surname.All(word => IsNameWord(word) || vocabulary.NameParticles.Contains(word)))
        {
            return false;
        }

        if (given.Length == 0 || !(IsNameWord(given[0]) || IsInitials(given[0])) || vocabulary.NotNames.Contains(given[0]))
        {
            return false;
        }

        return given.All(word => IsNameWord(word) || IsInitials(word) || vocabulary.AndWords.Contains(word)
            || vocabulary.NameParticles.Contains(word) || vocabulary.NameSuffixes.Contains(word) || word is "et" or "al" or "al.");
    }

    /// <summary>
    /// True when the line opens with what may be a corporate author, a newspaper or a quoted title
    /// ("Agricultural Extension Service.", "Denison Review (Denison, IA).", "“Stalingrad Name
    /// Changed”.") or a statute or case by its name ("First Morrill Act, 7 U.S.C. § 301 (1862)."): weaker evidence, taken only where the line before ended short.
    /// </summary>
    public static bool IsOtherHeading(string text, FrontVocabulary vocabulary)
    {
        if ((text.Length > 1 && OpeningQuote().IsMatch(text) && char.IsUpper(text[1])) || LegalCitationHeading.IsAt(text))
        {
            return true;
        }

        var end = SegmentEnd(text, 0);
        if (end < 0)
        {
            return false;
        }

        var words = text[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxCorporateWords || !char.IsUpper(words[0][0]) || words.Any(word => word.Any(char.IsDigit)))
        {
            return false;
        }

        return words.All(word => CorporateWord().IsMatch(word) || vocabulary.OrganisationConnectors.Contains(word.Trim('(', ')', ',')));
    }

    /// <summary>True when a line ending in this text may close an entry: a full stop (inside a closing quotation mark too) or a complete URL.</summary>
    public static bool EndsEntry(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var space = trimmed.LastIndexOf(' ');
        var last = trimmed[(space + 1)..];
        if (IsUrl(last))
        {
            return !UrlCutShort().IsMatch(last);
        }

        return ClosingStop().IsMatch(trimmed);
    }

    /// <summary>True when the text ends in a whole URL or DOI (with or without its full stop), not one cut at the line's end.</summary>
    public static bool EndsInUrl(string text)
    {
        var trimmed = text.TrimEnd();
        var last = trimmed[(trimmed.LastIndexOf(' ') + 1)..];
        return last.Length > 0 && IsUrl(last) && !UrlCutShort().IsMatch(last);
    }

    /// <summary>True when both texts open with the same heading up to its full stop ("Agricultural Extension Service.").</summary>
    public static bool SameHeading(string text, string entry)
    {
        var end = SegmentEnd(text, 0);
        return end > 0 && entry.Length > end && entry[end] == '.' && text.AsSpan(0, end).SequenceEqual(entry.AsSpan(0, end));
    }

    /// <summary>True when the token is a URL or a DOI, the end of an entry that prints one.</summary>
    public static bool IsUrl(string token) =>
        token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("doi:", StringComparison.OrdinalIgnoreCase) || UrlPath().IsMatch(token);

    /// <summary>True when the entry so far names a year or says it has none: the least a whole entry carries.</summary>
    public static bool HasYear(string text) => Year().IsMatch(text);

    /// <summary>The first full stop followed by a space (or the text's end), skipping initials glued to the next letter.</summary>
    private static int SegmentEnd(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && !Abbreviation().IsMatch(text.AsSpan(start, i - start)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A capitalised name with at least one small letter ("Herpen", "McCracken", "O’Brien", "Doering-Manteuffel"); "UK" and "NY" are not names.</summary>
    private static bool IsNameWord(string word) => NameWord().IsMatch(word);

    private static bool IsInitials(string word) => Initials().IsMatch(word);

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*$")]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^(?:\p{Lu}\.?-?){1,3}$")]
    private static partial Regex Initials();

    [GeneratedRegex(@"^(?:[—–―]{2,}|-{3,}|_{3,})")]
    private static partial Regex RepeatDashes();

    // A word of a corporate name: capitalised (or an acronym), or a place in brackets "(Denison, IA)".
    [GeneratedRegex(@"^\(?\p{Lu}[\p{L}'’\-&]*\.?\)?,?$")]
    private static partial Regex CorporateWord();

    // The rest of a URL wrapped onto the next line: a path of two or more segments ("11/11/archives/name.html").
    [GeneratedRegex(@"^[\w.~%+\-]+(?:/[\w.~%+#?=&\-]*){2,}$")]
    private static partial Regex UrlPath();

    [GeneratedRegex(@"^[“""‘]")]
    private static partial Regex OpeningQuote();

    [GeneratedRegex(@"\.[”’""']?$")]
    private static partial Regex ClosingStop();

    [GeneratedRegex(@"(?:/|://|www\.|-)$", RegexOptions.IgnoreCase)]
    private static partial Regex UrlCutShort();

    // "St. Johnsbury", "Mt. Vernon": a full stop that does not end the heading.
    [GeneratedRegex(@"(?:^|\s|\()(?:St|Mt|Ft|Dr|Mr|Mrs|Ms)$")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"\b(?:1[4-9]\d\d|20\d\d)\b|\bn\.\s?d\.")]
    private static partial Regex Year();
}
