using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// A note that opens with an author's surname and goes on in prose to quote that author with the
/// page in brackets: "Trace, in researching 4-H records, points to “their origins …” (276)." The
/// surname is a short form of the author's one work cited before; the resolver takes it only then
/// (<see cref="ParsedReference.InProse"/>), so a note that merely names a person stays prose.
/// </summary>
internal static class AuthorInProse
{
    // Pages above this read as a year ("“Salt Roads” (1998)."): the bracket then dates a title.
    private const int MaxPage = 999;

    public static ParsedReference? TryParse(FlatText flat, int position, CitationPatterns patterns)
    {
        var text = flat.Value;
        if (position != 0 || text.Length == 0 || !char.IsUpper(text[0])
            || NameScanner.ScanForward(text, 0, text.Length) is not { } names
            || names.End + 2 >= text.Length || text[names.End] != ',' || text[names.End + 1] != ' ' || !char.IsLower(text[names.End + 2])
            || !NameScanner.IsAuthorOnly(text.AsSpan(names.Start, names.Length), patterns, maxWords: 1)
            || !QuotedPageClosesSentence(text, names.End))
        {
            return null;
        }

        var fields = new List<ParsedField>();
        PersonNames.Split(text, names, inverted: false, BibFieldKind.Author, fields);
        return ReferenceAssembler.Assemble(flat, names, fields, ReferenceForm.Short, invertedNames: false) with { InProse = true };
    }

    /// <summary>
    /// True when the sentence from <paramref name="from"/> ends in a closing quotation mark and a
    /// bracketed page ("” (276)."), with no sentence break outside the quotation before it.
    /// </summary>
    private static bool QuotedPageClosesSentence(string text, int from)
    {
        var quoted = false;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '“')
            {
                quoted = true;
            }
            else if (c == '”')
            {
                quoted = false;
                if (PageAfterQuote(text, i + 1))
                {
                    return true;
                }
            }
            else if (!quoted && (c is '.' or '?' or '!' or ';') && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return false;
    }

    private static bool PageAfterQuote(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i == position || i >= text.Length || text[i] != '(')
        {
            return false;
        }

        var end = text.IndexOf(')', i);
        if (end < 0 || (end + 1 < text.Length && text[end + 1] != '.'))
        {
            return false;
        }

        var pages = text.AsSpan(i + 1, end - i - 1);
        var dash = pages.IndexOfAny('–', '-');
        return IsPage(dash < 0 ? pages : pages[..dash]) && (dash < 0 || IsPage(pages[(dash + 1)..]));
    }

    private static bool IsPage(ReadOnlySpan<char> digits) =>
        !digits.IsEmpty && digits.Length <= 3 && !digits.ContainsAnyExceptInRange('0', '9') && int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= MaxPage;
}
