using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Diagnostics;
using Pipeline.Reading.Glyphs;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Gives private-use characters their letters: an extractor copies a font's own ligature (a "Th"
/// with no Unicode name) as the font's private code point, and without the font only the words
/// can tell what it was. Each code point is one meaning for the whole document, decided from all
/// the words it stands in (<see cref="PrivateGlyphMeaning"/>, the vote the PDF reader takes per
/// font); a code point no reading makes words of keeps its character, with a warning.
/// </summary>
internal static partial class TextGlyphs
{
    public static IReadOnlyDictionary<char, string> Read(string text, Func<IWordList?> dictionary, DiagnosticBag diagnostics)
    {
        var meanings = new Dictionary<char, string>();
        if (!text.Any(PrivateGlyphMeaning.IsPrivateUse))
        {
            return meanings;
        }

        var (found, plain, readings) = Collect(text);
        var words = dictionary();
        var evidence = new GlyphEvidence(new Dictionary<string, int>(), plain);
        var withPlainReadings = new GlyphEvidence(readings, plain);
        foreach (var (glyph, occurrences) in found.OrderBy(f => f.Key))
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"U+{(int)glyph:X4}");
            var example = occurrences.Words[0].Word;
            if (words is null)
            {
                diagnostics.Warning(ExtractedTextCodes.PrivateGlyphUnread, occurrences.FirstLine, $"character {name} ({occurrences.Words.Count} words, first \"{example}\" on line {occurrences.FirstLine}) is a font's private glyph and no dictionary could be opened to read it; kept as it is");
                continue;
            }

            var verdict = PrivateGlyphMeaning.Decide(glyph, occurrences.Words, words, evidence);
            if (verdict.Letters is null && verdict.Hits == verdict.RunnerUpHits && verdict.Hits * 2 > verdict.Words)
            {
                // A tie ("The Complete Writings": "the" or "The"?). A font with a ligature uses it
                // wherever the letters stand, so a reading the text prints in plain letters more
                // often than the glyph occurs is not what the glyph is.
                verdict = PrivateGlyphMeaning.Decide(glyph, occurrences.Words, words, withPlainReadings);
            }

            if (verdict.Letters is null)
            {
                diagnostics.Warning(ExtractedTextCodes.PrivateGlyphUnread, occurrences.FirstLine, $"character {name} ({verdict.Words} words, first \"{example}\" on line {occurrences.FirstLine}) is a font's private glyph and no ligature reading makes most of its words known words (best: {verdict.Hits}, next: {verdict.RunnerUpHits}); kept as it is");
                continue;
            }

            meanings[glyph] = verdict.Letters;
            diagnostics.Info(ExtractedTextCodes.PrivateGlyphRead, occurrences.FirstLine, $"character {name} read as \"{verdict.Letters}\": {verdict.Hits} of its {verdict.Words} words are known words so read (the next reading: {verdict.RunnerUpHits})");
        }

        return meanings;
    }

    /// <summary>
    /// Every word holding a private-use character, by character; the document's words in plain
    /// letters, lower-cased; and how often those words hold each ligature reading.
    /// </summary>
    private static (Dictionary<char, Occurrences> Found, HashSet<string> Plain, Dictionary<string, int> Readings) Collect(string text)
    {
        var found = new Dictionary<char, Occurrences>();
        var plain = new HashSet<string>(StringComparer.Ordinal);
        var readings = new Dictionary<string, int>(StringComparer.Ordinal);
        var tokens = Words().Matches(text).Select(m => (m.Index, Text: Bare(m.Value))).Where(t => t.Text.Length > 0).ToList();
        var line = 1;
        var counted = 0;
        for (var w = 0; w < tokens.Count; w++)
        {
            var word = tokens[w].Text;
            var glyphs = word.Where(PrivateGlyphMeaning.IsPrivateUse).Distinct().ToList();
            if (glyphs.Count == 0)
            {
                var core = word.Trim(Trimmed).ToLowerInvariant();
                if (core.Length > 0)
                {
                    plain.Add(core);
                }

                PrivateGlyphMeaning.CountReadings(word, readings);
                continue;
            }

            line += text.AsSpan(counted, tokens[w].Index - counted).Count('\n');
            counted = tokens[w].Index;
            var position = SentencePositions.Of(w > 0 ? tokens[w - 1].Text : null, w + 1 < tokens.Count ? tokens[w + 1].Text : null);
            foreach (var glyph in glyphs)
            {
                if (!found.TryGetValue(glyph, out var occurrences))
                {
                    occurrences = new Occurrences(line);
                    found[glyph] = occurrences;
                }

                occurrences.Words.Add(new GlyphWord(word, position));
            }
        }

        return (found, plain, readings);
    }

    /// <summary>The word without the marks extractors put around it: markdown emphasis and headings, a call-out glued to its end.</summary>
    private static string Bare(string token) => Marks().Replace(token, string.Empty);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^[_*#]+|(?<=[^\d^])\^?\d+$|[_*]+(?=[^\w]*$)")]
    private static partial Regex Marks();

    private static readonly char[] Trimmed = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D'];

    private sealed class Occurrences(int firstLine)
    {
        public int FirstLine { get; } = firstLine;

        public List<GlyphWord> Words { get; } = [];
    }
}
