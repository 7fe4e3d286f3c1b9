using System.Collections.Immutable;

namespace Pipeline.Stages.Citations;

/// <summary>
/// The titles of a document's bibliography entries as match keys, so that a note naming one of them
/// in running prose ("Roosevelt’s *Report of the Country Life Commission*") is read as citing it.
/// Only titles of at least <see cref="MinimumWords"/> words count: a short one ("Genre") is too
/// likely to be an ordinary phrase.
/// </summary>
internal sealed class KnownTitles
{
    public const int MinimumWords = 3;

    private readonly HashSet<string> _keys;
    private readonly ImmutableArray<EntryKeys> _entries;

    private KnownTitles(HashSet<string> keys, ImmutableArray<EntryKeys> entries)
    {
        _keys = keys;
        _entries = entries;
    }

    public static KnownTitles None { get; } = new([], []);

    public static KnownTitles Of(IEnumerable<BibliographyItem> entries) => Of([.. entries.Select(e => EntryKeys.Of(e.Parts))]);

    /// <param name="entries">The entries' keys, as the document's one index of its bibliography holds them.</param>
    public static KnownTitles Of(ImmutableArray<EntryKeys> entries)
    {
        // A set built and read once per document: a hash set costs less to build than a frozen one.
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entryKeys in entries)
        {
            AddLong(keys, entryKeys.Article);
            AddLong(keys, entryKeys.Monograph);
            AddLong(keys, entryKeys.MainTitle);
        }

        return entries.IsEmpty ? None : new KnownTitles(keys, entries);
    }

    private static void AddLong(HashSet<string> keys, string key)
    {
        if (key.Count(' ') + 1 >= MinimumWords)
        {
            keys.Add(key);
        }
    }

    /// <summary>
    /// True when a short form written in plain words ("Worster, Dust Bowl.") names an entry: one by
    /// the same author whose title is those words or begins with them. Short titles of any length
    /// count here, since the author's name is evidence too.
    /// </summary>
    public bool FitsShortForm(EntryKeys reference)
    {
        var title = reference.Monograph;
        if (title.Length == 0 || reference.Surnames.IsEmpty)
        {
            return false;
        }

        foreach (var entry in _entries)
        {
            if (reference.NamesAgreeWith(entry) && (Fits(entry.Article, title) || Fits(entry.Monograph, title) || Fits(entry.MainTitle, title)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Fits(string key, string title) => key.Length > 0 && (key == title || MatchKey.StartsWithWords(key, title));

    public bool Contains(ReadOnlySpan<char> title) =>
        _keys.Count > 0 && Continuations.IsTitleCase(title) && _keys.Contains(MatchKey.Of(title.ToString()));
}
