using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Pipeline.Model;

namespace Pipeline.Stages.Structure.Language;

/// <summary>
/// Guesses the essay's language from the function words of its running text. Answers only when
/// one language clearly leads (enough evidence, well ahead of the next): a miss leaves the header
/// without a language rather than with a wrong one.
/// </summary>
internal static class LanguageGuess
{
    private const int MaxWords = 5000;
    private const int MinHits = 30;
    private const double MinLead = 2.0;

    // One look-up per word for all languages: each function word maps to the set (bit i = table i) of the
    // languages that have it, so a word several languages share ("de", "in") is one probe, not one per table.
    private static readonly FrozenDictionary<string, int> LanguagesOfWord = BuildLanguagesOfWord();

    // The longest function word of the tables. Lower-casing keeps a word's length (one char for one char),
    // so a longer word cannot be one: it is counted but neither lower-cased nor looked up.
    private static readonly int LongestFunctionWord = LanguagesOfWord.Keys.Max(word => word.Length);

    public static DocumentLanguage? Of(ImmutableArray<Block> blocks)
    {
        var lookup = LanguagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();

        // Words are found and lower-cased in place: a guess over thousands of words allocates nothing per word.
        var hits = new int[LanguageTable.All.Count];
        Span<char> lower = stackalloc char[LongestFunctionWord];
        var words = 0;
        foreach (var paragraph in blocks.OfType<Paragraph>())
        {
            var text = PlainText.Of(paragraph.Content).AsSpan();
            var at = 0;

            // A word is a run of letters (what the pattern \p{L}+ matched; char.IsLetter is the same Unicode categories).
            while (at < text.Length)
            {
                if (!char.IsLetter(text[at]))
                {
                    at++;
                    continue;
                }

                var start = at;
                while (at < text.Length && char.IsLetter(text[at]))
                {
                    at++;
                }

                var word = text[start..at];
                if (word.Length <= LongestFunctionWord
                    && lookup.TryGetValue(Lower(word, lower), out var languages))
                {
                    for (var i = 0; i < hits.Length; i++)
                    {
                        hits[i] += (languages >> i) & 1;
                    }
                }

                if (++words >= MaxWords)
                {
                    return Decide(hits);
                }
            }
        }

        return Decide(hits);
    }

    /// <summary>
    /// <paramref name="word"/> lower-cased into <paramref name="lower"/>, as <see cref="MemoryExtensions.ToLowerInvariant"/>
    /// does; most words of the languages guessed are ASCII, which takes the short path.
    /// </summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> lower)
    {
        var length = Ascii.ToLower(word, lower, out var written) == OperationStatus.Done
            ? written
            : word.ToLowerInvariant(lower);
        return lower[..length];
    }

    private static DocumentLanguage? Decide(int[] hits)
    {
        var order = Enumerable.Range(0, hits.Length).OrderByDescending(i => hits[i]).ToList();
        var best = order[0];
        var second = hits[order[1]];
        if (hits[best] < MinHits || hits[best] < MinLead * second)
        {
            return null;
        }

        var table = LanguageTable.All[best];
        return new DocumentLanguage(table.Tag, table.Name, Detected: true);
    }

    private static FrozenDictionary<string, int> BuildLanguagesOfWord()
    {
        var tables = LanguageTable.All;
        if (tables.Count > 31)
        {
            throw new InvalidOperationException("The language guess keeps a language set in an int: at most 31 tables.");
        }

        var languages = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tables.Count; i++)
        {
            foreach (var word in tables[i].FunctionWords)
            {
                languages[word] = languages.GetValueOrDefault(word) | (1 << i);
            }
        }

        return languages.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
