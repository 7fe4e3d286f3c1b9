using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Pipeline.Model;

namespace Pipeline.Stages.Structure.Language;

/// <summary>
/// Guesses the essay's language from the function words of its running text. Answers only when
/// one language clearly leads (enough evidence, well ahead of the next): a miss leaves the header
/// without a language rather than with a wrong one.
/// </summary>
internal static partial class LanguageGuess
{
    private const int MaxWords = 5000;
    private const int MinHits = 30;
    private const double MinLead = 2.0;

    // Longer than any function word of the tables: longer words are counted but never looked up.
    private const int MaxFunctionWordLength = 16;

    public static DocumentLanguage? Of(ImmutableArray<Block> blocks)
    {
        var tables = LanguageTable.All;
        var lookups = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[tables.Count];
        for (var i = 0; i < lookups.Length; i++)
        {
            lookups[i] = tables[i].FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        // Words are matched and lower-cased in place: a guess over thousands of words allocates nothing per word.
        var hits = new int[tables.Count];
        Span<char> lower = stackalloc char[MaxFunctionWordLength];
        var words = 0;
        foreach (var paragraph in blocks.OfType<Paragraph>())
        {
            var text = PlainText.Of(paragraph.Content);
            foreach (var word in Word().EnumerateMatches(text))
            {
                if (word.Length <= MaxFunctionWordLength)
                {
                    var lowered = lower[..text.AsSpan(word.Index, word.Length).ToLowerInvariant(lower)];
                    for (var i = 0; i < hits.Length; i++)
                    {
                        if (lookups[i].Contains(lowered))
                        {
                            hits[i]++;
                        }
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

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();
}
