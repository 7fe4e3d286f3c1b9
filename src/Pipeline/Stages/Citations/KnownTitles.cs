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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly ImmutableArray<EntryKeys> _entries;

    // The first two words of each title's key, and the most words a title has: a title written in
    // plain words is looked for only where its first two words stand.
    private readonly HashSet<string> _openings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _openingLookup;
    private readonly int _maxWords;

    // The lengths the keys have: a run of words whose key has none of them is no title, and is
    // passed over without hashing its key (a run is tried at every length up to the longest title).
    private readonly bool[] _keyLengths;

    // The first word of each title, looked up by span without case: most capitalised words of a
    // note are no title's first word and are passed over without computing a key.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstWords;

    private KnownTitles(HashSet<string> keys, ImmutableArray<EntryKeys> entries)
    {
        _keys = keys;
        _entries = entries;
        _openings = new HashSet<string>(StringComparer.Ordinal);
        var firstWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var key in keys)
        {
            var first = key.IndexOf(' ', StringComparison.Ordinal);
            var second = key.IndexOf(' ', first + 1);
            _openings.Add(second < 0 ? key : key[..second]);
            firstWords.Add(first < 0 ? key : key[..first]);
            _maxWords = Math.Max(_maxWords, key.Count(' ') + 1);
        }

        _keyLengths = new bool[keys.Count == 0 ? 0 : keys.Max(k => k.Length) + 1];
        foreach (var key in keys)
        {
            _keyLengths[key.Length] = true;
        }

        _firstWords = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _keyLookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _openingLookup = _openings.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>
    /// The known titles written in plain words in <paramref name="text"/> ("pointed out in Theodore
    /// Roosevelt’s Report of the Country Life Commission, which …"): each a whole run of words in
    /// title case whose key is a known title's, the longest at each place. Null when there is none.
    /// </summary>
    public List<TextRange>? FindPlain(string text)
    {
        if (_openings.Count == 0)
        {
            return null;
        }

        // Keys are written into one buffer and looked up by span: most candidates are no title, and
        // a string per candidate was most of this search's cost.
        var room = MatchKey.Room(text);
        var keyBuffer = room <= 512 ? stackalloc char[room] : new char[room];
        var ends = _maxWords <= 64 ? stackalloc int[_maxWords] : new int[_maxWords];
        var keyEnds = _maxWords <= 64 ? stackalloc int[_maxWords] : new int[_maxWords];
        List<TextRange>? found = null;
        for (var start = NextWord(text, 0); start < text.Length; start = NextWord(text, WordEnd(text, start)))
        {
            var firstEnd = WordEnd(text, start);
            if (!char.IsUpper(text[start]) || !MayOpenTitle(text.AsSpan(start, firstEnd - start)))
            {
                continue;
            }

            // The ends of the words from this one on: first as many as the shortest title has, which
            // is enough to test the opening; the rest, up to the longest title, only for an opening
            // that is a title's (most capitalised words open none, and a note's words are many).
            var count = Fill(text, start, ends, 0, Math.Min(MinimumWords, _maxWords));
            if (count < MinimumWords)
            {
                continue;
            }

            var key = new MatchKeyWriter(keyBuffer);
            key.Append(text.AsSpan(start, ends[1] - start));
            if (!_openingLookup.Contains(key.Written))
            {
                continue;
            }

            count = Fill(text, start, ends, count, _maxWords);

            // The key of every run of words from here, in one pass: a run's key is the longer run's
            // key cut where that run ends (the punctuation trimmed off a title's end adds nothing to it).
            keyEnds[1] = key.Length;
            for (var k = 2; k < count; k++)
            {
                key.Append(text.AsSpan(ends[k - 1], ends[k] - ends[k - 1]));
                keyEnds[k] = key.Length;
            }

            for (var j = count - 1; j >= MinimumWords - 1; j--)
            {
                var end = ends[j];
                while (end > start && text[end - 1] is ',' or '.' or ';' or ':' or '”' or '’' or ')')
                {
                    end--;
                }

                if (keyEnds[j] < _keyLengths.Length && _keyLengths[keyEnds[j]] && _keyLookup.Contains(keyBuffer[..keyEnds[j]]) && Continuations.IsTitleCase(text.AsSpan(start, end - start)))
                {
                    (found ??= []).Add(new TextRange(start, end));
                    // The search goes on after the title's last word.
                    start = ends[j] - 1;
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Writes the ends of the words from <paramref name="start"/> on into <paramref name="ends"/>, from
    /// the <paramref name="count"/> already written up to <paramref name="limit"/>; returns how many it holds.
    /// </summary>
    private static int Fill(string text, int start, Span<int> ends, int count, int limit)
    {
        for (var at = count == 0 ? start : NextWord(text, ends[count - 1]); count < limit && at < text.Length; at = NextWord(text, ends[count - 1]))
        {
            ends[count++] = WordEnd(text, at);
        }

        return count;
    }

    private static int NextWord(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        return from;
    }

    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>False when the word, in plain ASCII letters, is no title's first word; true otherwise.</summary>
    private bool MayOpenTitle(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd(",.;:”’)");
        foreach (var c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return _firstWords.Contains(word);
    }

    public bool Contains(ReadOnlySpan<char> title)
    {
        if (_keys.Count == 0 || !Continuations.IsTitleCase(title))
        {
            return false;
        }

        var room = MatchKey.Room(title);
        var keyBuffer = room <= 512 ? stackalloc char[room] : new char[room];
        return _keyLookup.Contains(keyBuffer[..MatchKey.Write(title, keyBuffer)]);
    }
}
