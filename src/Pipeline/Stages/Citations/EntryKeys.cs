using System.Collections.Immutable;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The comparison keys of one reference or bibliography entry, computed once: matching compares every
/// reference with the entries, and folding the same titles again for each pair was most of its cost.
/// </summary>
internal sealed record EntryKeys(ImmutableArray<string> Surnames, string Article, string Monograph, string MainTitle, string? Year, bool HasArticle)
{
    public static EntryKeys Of(BibliographicReference parts)
    {
        var article = MatchKey.Of(parts.ArticleTitle);
        var monograph = MatchKey.Of(parts.MonographTitle);
        var title = parts.ArticleTitle ?? parts.MonographTitle;

        // A title without a colon is its own main title, whose key is already made.
        var colon = title?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        var mainTitle = colon < 0 ? (parts.ArticleTitle is not null ? article : monograph) : MatchKey.Of(title![..colon]);
        // A newspaper's unsigned piece is known by the paper's name, as an article by its author's.
        var surnames = BibliographyMatcher.Surnames(parts);
        if (surnames.IsEmpty && parts.ArticleTitle is not null && MatchKey.Of(parts.JournalTitle) is { Length: > 0 } periodical)
        {
            surnames = [periodical];
        }

        return new(surnames, article, monograph, mainTitle, MatchKey.Year(parts.Date), parts.ArticleTitle is not null);
    }

    /// <summary>True when the names agree: this side names nobody, or the two share a surname.</summary>
    public bool NamesAgreeWith(EntryKeys other)
    {
        if (Surnames.IsEmpty)
        {
            return true;
        }

        foreach (var surname in Surnames)
        {
            foreach (var theirs in other.Surnames)
            {
                // A body's name may be given in full on one side: "United States Department of
                // Agriculture" and "United States Department of Agriculture, National Institute …".
                if (surname == theirs || (surname.Contains(' ', StringComparison.Ordinal) && theirs.Contains(' ', StringComparison.Ordinal)
                    && (MatchKey.StartsWithWords(surname, theirs) || MatchKey.StartsWithWords(theirs, surname))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True unless both sides give a year and the years differ.</summary>
    public bool YearsAgreeWith(EntryKeys other) => Year is null || other.Year is null || Year == other.Year;
}
