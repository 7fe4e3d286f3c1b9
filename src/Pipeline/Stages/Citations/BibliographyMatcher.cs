using System.Collections.Immutable;
using Pipeline.Model.Citations;

namespace Pipeline.Stages.Citations;

/// <summary>
/// Looks references up in the bibliography. A match is strong when the title agrees (the article
/// with the article, the book with the book, or a chapter's book with an entry for the whole book),
/// a name agrees and the years do not disagree; anything less is weak and only reported.
/// </summary>
internal sealed class BibliographyMatcher
{
    private readonly ImmutableArray<EntryKeys> _keys;
    private readonly Dictionary<string, List<int>> _byArticle = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byBook = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byMainTitle = new(StringComparer.Ordinal);

    // Scratch lists reused by every lookup of the document: each lookup clears them before use.
    private readonly List<int> _candidates = [];
    private readonly List<(BibliographyItem Entry, int Level)> _strong = [];
    private readonly List<(BibliographyItem Entry, string Why, int Rank)> _weak = [];
    private readonly List<BibliographyItem> _exact = [];
    private readonly List<BibliographyItem> _prefix = [];

    public BibliographyMatcher(ImmutableArray<BibliographyItem> entries)
        : this(entries, [.. entries.Select(e => EntryKeys.Of(e.Parts))])
    {
    }

    /// <param name="entries">The bibliography.</param>
    /// <param name="keys">The entries' keys, one each in the same order, computed once per document.</param>
    public BibliographyMatcher(ImmutableArray<BibliographyItem> entries, ImmutableArray<EntryKeys> keys)
    {
        Entries = entries;
        _keys = keys;
        for (var i = 0; i < _keys.Length; i++)
        {
            var entryKeys = _keys[i];
            Index(_byArticle, entryKeys.Article, i);
            Index(_byMainTitle, entryKeys.MainTitle, i);
            if (!entryKeys.HasArticle)
            {
                Index(_byBook, entryKeys.Monograph, i);
            }
        }
    }

    public ImmutableArray<BibliographyItem> Entries { get; }

    /// <summary>The keys of <paramref name="entry"/>, one of <see cref="Entries"/>: those computed for the document, not folded again.</summary>
    public EntryKeys KeysOf(BibliographyItem entry)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            if (ReferenceEquals(Entries[i], entry))
            {
                return _keys[i];
            }
        }

        return EntryKeys.Of(entry.Parts);
    }

    /// <summary>Looks up a reference written in full.</summary>
    public EntryMatch MatchFull(EntryKeys mine)
    {
        var strong = _strong;
        var weak = _weak;
        strong.Clear();
        weak.Clear();

        // Only entries sharing a title key can match at all; they are visited in bibliography order,
        // as a scan of every entry would, so ties break the same way.
        foreach (var i in Candidates(mine))
        {
            var entry = Entries[i];
            var theirs = _keys[i];
            var level = TitleLevel(mine, theirs);
            if (level == 0)
            {
                if (mine.NamesAgreeWith(theirs) && mine.MainTitle.Length > 0 && mine.MainTitle == theirs.MainTitle)
                {
                    weak.Add((entry, "same author and main title, different subtitle", 0));
                }

                continue;
            }

            var namesAgree = mine.NamesAgreeWith(theirs);
            if (namesAgree && mine.YearsAgreeWith(theirs))
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
            var (first, best, atBest) = (strong[0], 0, 0);
            foreach (var candidate in strong)
            {
                if (candidate.Level > best)
                {
                    (first, best, atBest) = (candidate, candidate.Level, 1);
                }
                else if (candidate.Level == best)
                {
                    atBest++;
                }
            }

            if (atBest == 1)
            {
                return new EntryMatch(MatchStrength.Strong, first.Entry, LevelReason(best));
            }

            var top = strong.Where(s => s.Level == best).ToList();
            return new EntryMatch(MatchStrength.Weak, top[0].Entry, $"ambiguous: {top.Count} entries match equally ({string.Join("; ", top.Select(t => t.Entry.Id))})");
        }

        if (weak.Count == 0)
        {
            return EntryMatch.NoMatch("no bibliography entry has this title");
        }

        // The first of the highest rank, as a stable sort by rank would put first.
        var closest = weak[0];
        foreach (var candidate in weak)
        {
            closest = candidate.Rank > closest.Rank ? candidate : closest;
        }

        return new EntryMatch(MatchStrength.Weak, closest.Entry, closest.Why);
    }

    /// <summary>
    /// Looks up a short form directly (when no full reference precedes it): a name must agree and
    /// the short title must be the start of exactly one entry's title.
    /// </summary>
    public EntryMatch MatchShort(EntryKeys mine)
    {
        var shortTitle = mine.HasArticle ? mine.Article : mine.Monograph;
        var exact = _exact;
        var prefix = _prefix;
        exact.Clear();
        prefix.Clear();
        for (var i = 0; i < Entries.Length; i++)
        {
            var theirs = _keys[i];
            if (!mine.NamesAgreeWith(theirs))
            {
                continue;
            }

            Compare(theirs.Article, shortTitle, Entries[i], exact, prefix);
            Compare(theirs.Monograph, shortTitle, Entries[i], exact, prefix);
        }

        if (CountDistinct(exact) == 1)
        {
            return new EntryMatch(MatchStrength.Strong, exact[0], "short title equals the entry's title");
        }

        if (exact.Count == 0 && CountDistinct(prefix) == 1)
        {
            return new EntryMatch(MatchStrength.Strong, prefix[0], "short title begins the entry's title");
        }

        var candidates = exact.Count > 0 ? exact : prefix;
        return candidates.Count > 0
            ? new EntryMatch(MatchStrength.Weak, candidates[0], $"ambiguous short form: {CountDistinct(candidates)} entries fit")
            : EntryMatch.NoMatch("no earlier full reference and no bibliography entry fits this short form");
    }

    /// <summary>A reference naming only its author: the one entry by that author, if there is only one.</summary>
    public EntryMatch MatchAuthor(EntryKeys mine)
    {
        var exact = _exact;
        exact.Clear();
        for (var i = 0; i < Entries.Length; i++)
        {
            if (!mine.Surnames.IsEmpty && mine.NamesAgreeWith(_keys[i]))
            {
                exact.Add(Entries[i]);
            }
        }

        return CountDistinct(exact) switch
        {
            1 => new EntryMatch(MatchStrength.Strong, exact[0], "the only entry by this author"),
            0 => EntryMatch.NoMatch("no earlier reference and no bibliography entry by this author"),
            var n => new EntryMatch(MatchStrength.Weak, exact[0], $"author named alone, but {n} entries are by this author"),
        };
    }

    /// <summary>Names of authors and editors, folded, without suffixes, each once.</summary>
    public static ImmutableArray<string> Surnames(BibliographicReference parts)
    {
        var surnames = ImmutableArray.CreateBuilder<string>(parts.Authors.Length + parts.Editors.Length);
        foreach (var person in parts.Authors)
        {
            AddOnce(surnames, MatchKey.Of(person.Surname));
        }

        foreach (var person in parts.Editors)
        {
            AddOnce(surnames, MatchKey.Of(person.Surname));
        }

        return surnames.DrainToImmutable();
    }

    private static void AddOnce(ImmutableArray<string>.Builder surnames, string key)
    {
        if (key.Length > 0 && !surnames.Contains(key))
        {
            surnames.Add(key);
        }
    }

    private static void Compare(string key, string shortTitle, BibliographyItem entry, List<BibliographyItem> exact, List<BibliographyItem> prefix)
    {
        if (key.Length == 0)
        {
            return;
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

    /// <summary>3: same article; 2: same book; 1: the chapter's book is the entry; 0: no title match.</summary>
    private static int TitleLevel(EntryKeys reference, EntryKeys entry)
    {
        if (reference.Article.Length > 0 && reference.Article == entry.Article)
        {
            return 3;
        }

        if (reference.Monograph.Length > 0 && !entry.HasArticle && reference.Monograph == entry.Monograph)
        {
            return reference.Article.Length == 0 ? 2 : 1;
        }

        return 0;
    }

    /// <summary>The entries sharing a title key with <paramref name="reference"/>, in bibliography order, each once.</summary>
    private List<int> Candidates(EntryKeys reference)
    {
        var found = _candidates;
        found.Clear();
        Collect(_byArticle, reference.Article, found);
        Collect(_byBook, reference.Monograph, found);
        Collect(_byMainTitle, reference.MainTitle, found);
        found.Sort();
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
        {
            if (i == 0 || found[i] != found[i - 1])
            {
                found[kept++] = found[i];
            }
        }

        found.RemoveRange(kept, found.Count - kept);
        return found;
    }

    /// <summary>How many different entries <paramref name="entries"/> holds (a handful at most).</summary>
    private static int CountDistinct(List<BibliographyItem> entries)
    {
        var distinct = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = EqualityComparer<BibliographyItem>.Default.Equals(entries[i], entries[j]);
            }

            distinct += seen ? 0 : 1;
        }

        return distinct;
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int entry)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(entry);
    }

    private static void Collect(Dictionary<string, List<int>> index, string key, List<int> found)
    {
        if (key.Length > 0 && index.TryGetValue(key, out var list))
        {
            found.AddRange(list);
        }
    }

    private static string LevelReason(int level) => level switch
    {
        3 => "same article title",
        2 => "same book title",
        _ => "the chapter's book is listed as a whole",
    };
}
