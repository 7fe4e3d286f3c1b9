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

    public static DocumentLanguage? Of(ImmutableArray<Block> blocks)
    {
        var hits = new int[LanguageTable.All.Count];
        var words = 0;
        foreach (var paragraph in blocks.OfType<Paragraph>())
        {
            foreach (Match word in Word().Matches(PlainText.Of(paragraph.Content)))
            {
                var lower = word.Value.ToLowerInvariant();
                for (var i = 0; i < hits.Length; i++)
                {
                    if (LanguageTable.All[i].FunctionWords.Contains(lower))
                    {
                        hits[i]++;
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
