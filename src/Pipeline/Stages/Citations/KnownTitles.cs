using System.Collections.Frozen;

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

    private readonly FrozenSet<string> _keys;

    private KnownTitles(FrozenSet<string> keys) => _keys = keys;

    public static KnownTitles None { get; } = new(FrozenSet<string>.Empty);

    public static KnownTitles Of(IEnumerable<BibliographyItem> entries)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var parts = entry.Parts;
            var entryKeys = EntryKeys.Of(parts);
            foreach (var key in new[] { entryKeys.Article, entryKeys.Monograph, entryKeys.MainTitle })
            {
                if (key.Count(' ') + 1 >= MinimumWords)
                {
                    keys.Add(key);
                }
            }
        }

        return keys.Count == 0 ? None : new KnownTitles(keys.ToFrozenSet(StringComparer.Ordinal));
    }

    public bool Contains(ReadOnlySpan<char> title) =>
        _keys.Count > 0 && Continuations.IsTitleCase(title) && _keys.Contains(MatchKey.Of(title.ToString()));
}
