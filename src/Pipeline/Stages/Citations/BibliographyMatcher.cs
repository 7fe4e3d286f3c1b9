using System.Collections.Immutable;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Looks references up in the bibliography. A match is strong when the title agrees (the article
/// with the article, the book with the book, or a chapter's book with an entry for the whole book),
/// a name agrees and the years do not disagree; anything less is weak and only reported.
/// </summary>
internal sealed class BibliographyMatcher(ImmutableArray<BibliographyItem> entries)
{
    public ImmutableArray<BibliographyItem> Entries { get; } = entries;

    /// <summary>Looks up a reference written in full.</summary>
    public EntryMatch MatchFull(BibliographicReference reference)
    {
        var strong = new List<(BibliographyItem Entry, int Level)>();
        var weak = new List<(BibliographyItem Entry, string Why, int Rank)>();
        foreach (var entry in Entries)
        {
            var level = TitleLevel(reference, entry.Parts);
            if (level == 0)
            {
                if (NamesAgree(reference, entry.Parts) && MainTitleAgrees(reference, entry.Parts))
                {
                    weak.Add((entry, "same author and main title, different subtitle", 0));
                }

                continue;
            }

            var namesAgree = NamesAgree(reference, entry.Parts);
            var yearsAgree = YearsAgree(reference, entry.Parts);
            if (namesAgree && yearsAgree)
            {
                strong.Add((entry, level));
            }
            else
            {
                weak.Add((entry, namesAgree ? "same title, different year" : "same title, different author", level));
            }
        }

        if (strong.Count > 0)
        {
            var best = strong.Max(s => s.Level);
            var top = strong.Where(s => s.Level == best).ToList();
            return top.Count == 1
                ? new EntryMatch(MatchStrength.Strong, top[0].Entry, LevelReason(best))
                : new EntryMatch(MatchStrength.Weak, top[0].Entry, $"ambiguous: {top.Count} entries match equally ({string.Join("; ", top.Select(t => t.Entry.Id))})");
        }

        var closest = weak.OrderByDescending(w => w.Rank).FirstOrDefault();
        return weak.Count > 0
            ? new EntryMatch(MatchStrength.Weak, closest.Entry, closest.Why)
            : EntryMatch.NoMatch("no bibliography entry has this title");
    }

    /// <summary>
    /// Looks up a short form directly (when no full reference precedes it): a name must agree and
    /// the short title must be the start of exactly one entry's title.
    /// </summary>
    public EntryMatch MatchShort(BibliographicReference reference)
    {
        var shortTitle = MatchKey.Of(reference.ArticleTitle ?? reference.MonographTitle);
        var exact = new List<BibliographyItem>();
        var prefix = new List<BibliographyItem>();
        foreach (var entry in Entries.Where(e => NamesAgree(reference, e.Parts)))
        {
            foreach (var title in new[] { entry.Parts.ArticleTitle, entry.Parts.MonographTitle })
            {
                var key = MatchKey.Of(title);
                if (key.Length == 0)
                {
                    continue;
                }

                if (key == shortTitle)
                {
                    exact.Add(entry);
                }
                else if (MatchKey.StartsWithWords(key, shortTitle))
                {
                    prefix.Add(entry);
                }
            }
        }

        if (exact.Distinct().Count() == 1)
        {
            return new EntryMatch(MatchStrength.Strong, exact[0], "short title equals the entry's title");
        }

        if (exact.Count == 0 && prefix.Distinct().Count() == 1)
        {
            return new EntryMatch(MatchStrength.Strong, prefix[0], "short title begins the entry's title");
        }

        var candidates = exact.Count > 0 ? exact : prefix;
        return candidates.Count > 0
            ? new EntryMatch(MatchStrength.Weak, candidates[0], $"ambiguous short form: {candidates.Distinct().Count()} entries fit")
            : EntryMatch.NoMatch("no earlier full reference and no bibliography entry fits this short form");
    }

    /// <summary>Names of authors and editors, folded, without suffixes.</summary>
    public static ImmutableHashSet<string> Surnames(BibliographicReference parts) =>
        [.. parts.Authors.Concat(parts.Editors).Select(p => MatchKey.Of(p.Surname)).Where(k => k.Length > 0)];

    private static bool NamesAgree(BibliographicReference reference, BibliographicReference entry)
    {
        var mine = Surnames(reference);
        return mine.IsEmpty || mine.Overlaps(Surnames(entry));
    }

    private static bool YearsAgree(BibliographicReference reference, BibliographicReference entry)
    {
        var mine = MatchKey.Year(reference.Date);
        var theirs = MatchKey.Year(entry.Date);
        return mine is null || theirs is null || mine == theirs;
    }

    /// <summary>3: same article; 2: same book; 1: the chapter's book is the entry; 0: no title match.</summary>
    private static int TitleLevel(BibliographicReference reference, BibliographicReference entry)
    {
        var article = MatchKey.Of(reference.ArticleTitle);
        var book = MatchKey.Of(reference.MonographTitle);
        if (article.Length > 0 && article == MatchKey.Of(entry.ArticleTitle))
        {
            return 3;
        }

        if (book.Length > 0 && entry.ArticleTitle is null && book == MatchKey.Of(entry.MonographTitle))
        {
            return article.Length == 0 ? 2 : 1;
        }

        return 0;
    }

    private static bool MainTitleAgrees(BibliographicReference reference, BibliographicReference entry)
    {
        static string Main(string? title) => MatchKey.Of(title?.Split(':')[0]);
        var mine = Main(reference.ArticleTitle ?? reference.MonographTitle);
        var theirs = Main(entry.ArticleTitle ?? entry.MonographTitle);
        return mine.Length > 0 && mine == theirs;
    }

    private static string LevelReason(int level) => level switch
    {
        3 => "same article title",
        2 => "same book title",
        _ => "the chapter's book is listed as a whole",
    };
}
