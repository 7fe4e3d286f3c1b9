using System.Globalization;
using Pipeline.Diagnostics;
using Pipeline.Reading.Glyphs;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Gives private-use glyphs their letters: every glyph of one font and one code point is one
/// meaning for the whole document, decided from all the words it stands in
/// (<see cref="PrivateGlyphMeaning"/>) and then applied everywhere. A glyph no reading makes words
/// of keeps its own character, with a warning.
/// </summary>
internal static class PrivateGlyphs
{
    public static void Resolve(List<PdfPageLayout> pages, Func<IWordList?> dictionary, DiagnosticBag diagnostics)
    {
        var found = Collect(pages);
        if (found.Count == 0)
        {
            return;
        }

        var words = dictionary();
        var (plainByFont, documentWords) = Evidence(pages, found.Keys.Select(k => k.Font));
        var meanings = new Dictionary<(string Font, char Glyph), string>();
        foreach (var ((font, glyph), occurrences) in found.OrderBy(f => f.Key.Font, StringComparer.Ordinal).ThenBy(f => f.Key.Glyph))
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"U+{(int)glyph:X4} of font {font}");
            var example = occurrences.Words[0].Word;
            if (words is null)
            {
                diagnostics.Warning(PdfReadingCodes.PrivateGlyphUnread, occurrences.FirstLine, $"glyph {name} ({occurrences.Words.Count} words, first \"{example}\" on line {occurrences.FirstLine}) has no Unicode letters and no dictionary could be opened to read it; kept as it is");
                continue;
            }

            var verdict = PrivateGlyphMeaning.Decide(glyph, occurrences.Words, words, new GlyphEvidence(plainByFont[font], documentWords));
            if (verdict.Letters is null)
            {
                diagnostics.Warning(PdfReadingCodes.PrivateGlyphUnread, occurrences.FirstLine, $"glyph {name} ({verdict.Words} words, first \"{example}\" on line {occurrences.FirstLine}) has no Unicode letters and no ligature reading makes most of its words known words (best: {verdict.Hits}, next: {verdict.RunnerUpHits}); kept as it is");
                continue;
            }

            meanings[(font, glyph)] = verdict.Letters;
            diagnostics.Info(PdfReadingCodes.PrivateGlyphRead, occurrences.FirstLine, $"glyph {name} read as \"{verdict.Letters}\": {verdict.Hits} of its {verdict.Words} words are known words so read (the next reading: {verdict.RunnerUpHits})");
        }

        if (meanings.Count == 0)
        {
            return;
        }

        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            if (line.AllGlyphs.Any(g => IsPrivate(g)))
            {
                line.Map(g => IsPrivate(g) && meanings.TryGetValue((g.Font, g.Value[0]), out var letters) ? g with { Value = letters } : g);
            }
        }
    }

    private static bool IsPrivate(PdfGlyph glyph) => glyph.Value.Length == 1 && PrivateGlyphMeaning.IsPrivateUse(glyph.Value[0]);

    /// <summary>Looked for glyph by glyph in each line's own list: every glyph of every document passes here.</summary>
    private static bool HasPrivate(List<PdfPageLayout> pages)
    {
        foreach (var page in pages)
        {
            foreach (var column in page.Columns)
            {
                foreach (var line in column)
                {
                    var glyphs = line.AllGlyphs;
                    for (var i = 0; i < glyphs.Count; i++)
                    {
                        if (IsPrivate(glyphs[i]))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static Dictionary<(string Font, char Glyph), Occurrences> Collect(List<PdfPageLayout> pages)
    {
        var found = new Dictionary<(string, char), Occurrences>();

        // Most PDFs have no private-use glyph at all: then no page needs cutting into words.
        if (!HasPrivate(pages))
        {
            return found;
        }

        foreach (var page in pages)
        {
            var words = page.Lines.SelectMany(line => Words(line).Select(word => (Line: line.Number, word.Text, word.Glyphs))).ToList();
            for (var w = 0; w < words.Count; w++)
            {
                var keys = words[w].Glyphs.Where(IsPrivate).Select(g => (g.Font, g.Value[0])).Distinct().ToList();
                if (keys.Count == 0)
                {
                    continue;
                }

                var position = SentencePositions.Of(w > 0 ? words[w - 1].Text : null, w + 1 < words.Count ? words[w + 1].Text : null);
                foreach (var key in keys)
                {
                    if (!found.TryGetValue(key, out var occurrences))
                    {
                        occurrences = new Occurrences(words[w].Line);
                        found[key] = occurrences;
                    }

                    occurrences.Words.Add(new GlyphWord(words[w].Text, position));
                }
            }
        }

        return found;
    }

    /// <summary>How often each font sets each reading with ordinary glyphs, and the document's plain words.</summary>
    private static (Dictionary<string, Dictionary<string, int>> PlainByFont, HashSet<string> Words) Evidence(List<PdfPageLayout> pages, IEnumerable<string> fonts)
    {
        var wanted = fonts.ToHashSet(StringComparer.Ordinal);
        var byFont = wanted.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
        var plain = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            foreach (var (text, glyphs) in Words(line))
            {
                if (glyphs.Any(IsPrivate))
                {
                    continue;
                }

                var core = text.Trim(Trimmed).ToLowerInvariant();
                if (core.Length > 0)
                {
                    plain.Add(core);
                }

                var start = 0;
                while (start < glyphs.Count)
                {
                    var end = start;
                    while (end < glyphs.Count && glyphs[end].Font == glyphs[start].Font)
                    {
                        end++;
                    }

                    if (byFont.TryGetValue(glyphs[start].Font, out var counts))
                    {
                        PrivateGlyphMeaning.CountReadings(string.Concat(glyphs.Skip(start).Take(end - start).Select(g => g.Value)), counts);
                    }

                    start = end;
                }
            }
        }

        return (byFont, plain);
    }

    /// <summary>The line's words (raised call-outs left out), each with its glyphs.</summary>
    private static IEnumerable<(string Text, List<PdfGlyph> Glyphs)> Words(PdfLine line)
    {
        var glyphs = new List<PdfGlyph>();
        foreach (var glyph in line.Glyphs)
        {
            if (glyph.Raised)
            {
                continue;
            }

            if (glyph.SpaceBefore && glyphs.Count > 0)
            {
                yield return (string.Concat(glyphs.Select(g => g.Value)), glyphs);
                glyphs = [];
            }

            glyphs.Add(glyph);
        }

        if (glyphs.Count > 0)
        {
            yield return (string.Concat(glyphs.Select(g => g.Value)), glyphs);
        }
    }

    private static readonly char[] Trimmed = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D'];

    private sealed class Occurrences(int firstLine)
    {
        public int FirstLine { get; } = firstLine;

        public List<GlyphWord> Words { get; } = [];
    }
}
