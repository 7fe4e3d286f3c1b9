using Pipeline.Model;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// A work cited in full with no author or editor (a dictionary, a collection of records: "see
/// Dictionary of American Biography (New York 1928—), XIII, 215.") is cited again by its whole title
/// and a locator ("see Dictionary of American Biography, VII, 1."). In plain text nothing else marks
/// those words as a title, and they do not read as an author's names; having been cited as a title,
/// at a citation start and before a locator, they are that title again.
/// </summary>
internal static class AuthorlessTitles
{
    // The title is looked for within this many characters of the citation start, as plain titles are.
    private const int MaxTitle = 200;

    /// <summary>Keeps the title of <paramref name="reference"/> when it is a full one with no names.</summary>
    public static void Add(ParsedReference reference, List<string> keys)
    {
        if (reference.Parts is { Form: ReferenceForm.Full, Authors.IsEmpty: true, Editors.IsEmpty: true, ArticleTitle: null, JournalTitle: null }
            && MatchKey.Of(reference.Parts.MonographTitle) is { Length: > 0 } key && !keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    public static bool Contains(List<string> keys, ReadOnlySpan<char> words) =>
        keys.Count > 0 && keys.Contains(MatchKey.Of(words.ToString()));

    /// <summary>
    /// At a citation start: the words up to a comma and the locator that ends the citation, when they
    /// are such a title. Null otherwise, and for any sentence break, semicolon or bracket before them.
    /// </summary>
    public static ParsedReference? TryRepeat(FlatText flat, int position, CitationPatterns patterns, AnnouncedTitles? announced)
    {
        var text = flat.Value;
        if (announced is not { HasAuthorlessTitles: true } || !char.IsUpper(text[position]))
        {
            return null;
        }

        var limit = Math.Min(text.Length, position + MaxTitle);
        for (var i = position + 1; i < limit; i++)
        {
            var c = text[i];
            if (c is ';' or '(' or ')' or '[' or ']' || (c == '.' && !NameScanner.EndsInitial(text, i)))
            {
                return null;
            }

            if (c != ',' || patterns.LocatorAt(text, i) is not { } locator || locator.Start != i
                || !announced.IsAuthorlessTitle(text.AsSpan(position, i - position)))
            {
                continue;
            }

            var fields = new List<ParsedField>(4) { new(BibFieldKind.MonographTitle, new TextRange(position, i)) };
            var end = Locators.Read(text, i, patterns, fields);
            return end < locator.End
                ? null
                : ReferenceAssembler.Assemble(flat, new TextRange(position, end), fields, ReferenceForm.Short, invertedNames: false);
        }

        return null;
    }
}
