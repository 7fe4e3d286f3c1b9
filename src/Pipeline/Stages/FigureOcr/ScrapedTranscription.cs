using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Ocr;

namespace Pipeline.Stages.FigureOcr;

/// <summary>
/// Finds the scraped paragraphs beside a figure that transcribe it: the longest run of consecutive
/// paragraphs (or headings) whose words nearly all occur in the recognised text. Citations and
/// commentary around the clipping share few of its words and fall outside the run.
/// </summary>
internal static class ScrapedTranscription
{
    private const double WordShare = 0.8;

    /// <summary>The scraped text of the run, or null when no block beside the figure matches.</summary>
    public static string? Find(ImmutableArray<Block> siblings, string recognised)
    {
        var known = Words(recognised).ToHashSet(StringComparer.Ordinal);
        var best = new List<string>();
        var current = new List<string>();
        foreach (var block in siblings)
        {
            var text = block switch
            {
                Paragraph p => PlainText.Of(p.Content),
                Heading h => PlainText.Of(h.Content),
                _ => null,
            };
            if (text is not null && Matches(text, known))
            {
                current.Add(text);
                if (current.Count > best.Count)
                {
                    best = [.. current];
                }
            }
            else if (block is not Figure)
            {
                current.Clear();
            }
        }

        return best.Count == 0 ? null : string.Join("\n\n", best);
    }

    private static bool Matches(string text, HashSet<string> known)
    {
        var words = Words(text).ToList();
        return words.Count > 0 && words.Count(known.Contains) >= WordShare * words.Count;
    }

    private static IEnumerable<string> Words(string text) =>
        CharacterErrorRate.Normalize(text)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('.', ',', ';', ':', '"', '\'', '(', ')', '!', '?', '*').ToLowerInvariant())
            .Where(w => w.Length > 0);
}
