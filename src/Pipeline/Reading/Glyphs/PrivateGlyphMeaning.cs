using System.Collections.Immutable;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Reading.Glyphs;

/// <summary>Where a word stands in its sentence, as far as the text before it tells.</summary>
internal enum SentencePosition
{
    Unknown,
    Start,
    Inside,
}

/// <summary>One word holding a private-use glyph: the word with the glyph's own character in it, and where it stands.</summary>
internal readonly record struct GlyphWord(string Word, SentencePosition Position);

/// <summary>What the words of a glyph said: the letters chosen (null: none), and how many words each reading made.</summary>
internal sealed record GlyphVerdict(string? Letters, int Words, int Hits, int RunnerUpHits);

/// <summary>
/// What the rest of the document says: how often the glyph's font sets each reading with ordinary
/// glyphs (a font with a ligature uses it, so a reading it sets plainly more often than the glyph
/// occurs is not the glyph), and the words the document prints in plain letters, lower-cased.
/// </summary>
internal sealed record GlyphEvidence(IReadOnlyDictionary<string, int> PlainInFont, IReadOnlySet<string> DocumentWords)
{
    public static GlyphEvidence None { get; } = new(new Dictionary<string, int>(), new HashSet<string>());
}

/// <summary>
/// Decides which letters a private-use glyph (U+E000–F8FF, a font's own ligature with no Unicode
/// name) stands for, once for all its words: each ligature reading is put in every word and the
/// dictionary asked; a reading is taken only when it makes more than half of the words known words
/// and more than any other reading does (on a tie, more of them words the document prints in plain
/// letters). Capitals count as the sentence wants them: "The" inside a sentence, before a lower-case
/// word, is no hit when "the" is a word; "the" at a sentence start is none either. A reading the
/// font sets with ordinary glyphs more often than it uses the glyph is not considered.
/// </summary>
internal static class PrivateGlyphMeaning
{
    /// <summary>The ligatures fonts draw as one glyph, in the order a tie would not break anyway.</summary>
    public static readonly ImmutableArray<string> Readings = ["th", "Th", "fi", "fl", "ff", "ffi", "ffl", "ft", "st", "ct", "fj", "tt"];

    public static bool IsPrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';

    /// <summary>Adds to <paramref name="counts"/> how often <paramref name="text"/>, in plain letters, holds each reading.</summary>
    public static void CountReadings(string text, Dictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        foreach (var reading in Readings)
        {
            var n = 0;
            for (var i = text.IndexOf(reading, StringComparison.Ordinal); i >= 0; i = text.IndexOf(reading, i + 1, StringComparison.Ordinal))
            {
                n++;
            }

            if (n > 0)
            {
                counts[reading] = counts.GetValueOrDefault(reading) + n;
            }
        }
    }

    public static GlyphVerdict Decide(char glyph, IReadOnlyList<GlyphWord> words, IWordList dictionary, GlyphEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(evidence);
        var counted = words
            .Where(w => w.Word.Contains(glyph, StringComparison.Ordinal) && !w.Word.Any(c => c != glyph && IsPrivateUse(c)))
            .GroupBy(w => w)
            .Select(g => (g.Key, Count: g.Count()))
            .ToList();
        var total = counted.Sum(c => c.Count);
        var scores = new List<(string Reading, int Hits, int Own)>();
        foreach (var reading in Readings)
        {
            if (evidence.PlainInFont.TryGetValue(reading, out var plain) && plain > total)
            {
                continue;
            }

            var (hits, own) = (0, 0);
            foreach (var (word, count) in counted)
            {
                if (Makes(word, glyph, reading, dictionary, out var read))
                {
                    hits += count;
                    own += read.All(r => evidence.DocumentWords.Contains(r.ToLowerInvariant())) ? count : 0;
                }
            }

            scores.Add((reading, hits, own));
        }

        var ranked = scores.OrderByDescending(s => s.Hits).ThenByDescending(s => s.Own).ToList();
        if (ranked.Count == 0)
        {
            return new GlyphVerdict(null, total, 0, 0);
        }

        var best = ranked[0];
        var second = ranked.Count > 1 ? ranked[1] : (Reading: string.Empty, Hits: 0, Own: 0);
        var ahead = best.Hits > second.Hits || (best.Hits == second.Hits && best.Own > second.Own);
        var taken = ahead && best.Hits * 2 > total;
        return new GlyphVerdict(taken ? best.Reading : null, total, best.Hits, second.Hits);
    }

    /// <summary>True when every part of the word (between hyphens and slashes) that holds the glyph is a known word with the reading in it.</summary>
    private static bool Makes(GlyphWord word, char glyph, string reading, IWordList dictionary, out List<string> read)
    {
        read = [];
        foreach (var part in word.Word.Split(PartSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var core = part.Trim(Punctuation);
            if (!core.Contains(glyph, StringComparison.Ordinal))
            {
                continue;
            }

            var formed = core.Replace(glyph.ToString(), reading, StringComparison.Ordinal);
            if (!formed.All(c => char.IsLetter(c) || c is '\'' or '\u2019') || !dictionary.Contains(formed))
            {
                return false;
            }

            if (core[0] == glyph && !CaseFits(formed, reading, word.Position, dictionary))
            {
                return false;
            }

            read.Add(formed);
        }

        return read.Count > 0;
    }

    private static bool CaseFits(string read, string reading, SentencePosition position, IWordList dictionary)
    {
        var capital = char.IsUpper(reading[0]);
        if (capital && position == SentencePosition.Inside && read.Skip(1).Any(char.IsLower))
        {
            // A capital inside a sentence is a name's only when the lower-case word does not exist.
            return !dictionary.Contains(char.ToLowerInvariant(read[0]) + read[1..]);
        }

        return capital || position != SentencePosition.Start;
    }

    private static readonly char[] PartSeparators = ['-', '\u2010', '\u2011', '\u2013', '\u2014', '/'];

    private static readonly char[] Punctuation =
        ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', '*', '\u2026'];
}
