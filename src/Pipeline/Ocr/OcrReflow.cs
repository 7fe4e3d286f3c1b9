using System.Collections.Immutable;
using Pipeline.Model;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Ocr;

/// <summary>
/// Turns recognised lines into paragraphs: a block always starts a paragraph; inside a block a
/// first-line indent, or a short line before, starts a new one. A line ending in a hyphen before a
/// line starting with a letter goes to the hyphenation judge, the same one that de-hyphenates the
/// scraped text: a syllable break loses its hyphen and the next line continues the word; a compound
/// keeps it and is written whole. A hyphen before a capitalised word that only its capital calls a
/// compound ("Non-" + "Recurring", "pre-" + "War") stays at the line end with the next line a word of
/// its own, unless the text uses the compound elsewhere: a capital tells a hyphen from a syllable
/// break, not a compound from a dash or a suspended prefix, and the word list cannot either (Hunspell
/// accepts any two known words joined by a hyphen).
/// </summary>
public static class OcrReflow
{
    public static ReflowedText Reflow(OcrPage page, IHyphenationJudge judge)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(judge);
        return new ReflowedText([.. Paragraphs(page).Select(p => new TranscribedParagraph(Dehyphenate(p, judge)))]);
    }

    /// <summary>
    /// The page with every word that the judge carries over a line end (as <see cref="Reflow"/> does)
    /// written whole on the line where it starts, its syllable-break hyphen gone, and the rest taken
    /// from the next line (a line left empty goes): for a reader that places each line's words on the
    /// page and makes its own paragraphs, so the de-hyphenation of OCR lines is the same as a figure's.
    /// </summary>
    public static OcrPage JoinHyphenated(OcrPage page, IHyphenationJudge judge) => JoinHyphenatedParagraphs(page, judge).Page;

    /// <summary>
    /// As <see cref="JoinHyphenated"/>, with the lines of the returned page that start a paragraph
    /// (by reference), the paragraphs <see cref="Reflow"/> finds: a reader that places the lines can
    /// keep the figures' paragraphs instead of finding its own.
    /// </summary>
    public static (OcrPage Page, IReadOnlySet<OcrLine> ParagraphStarts) JoinHyphenatedParagraphs(OcrPage page, IHyphenationJudge judge)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(judge);
        var replaced = new Dictionary<OcrLine, OcrLine?>(ReferenceEqualityComparer.Instance);
        var starts = new HashSet<OcrLine>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in Paragraphs(page))
        {
            var lines = Dehyphenate(paragraph, judge);
            var current = paragraph.ToList();
            for (var i = 0; i + 1 < current.Count; i++)
            {
                if (!lines[i + 1].ContinuesWord || current[i].Words.IsEmpty || current[i + 1].Words.IsEmpty)
                {
                    continue;
                }

                var (upper, lower) = (current[i], current[i + 1]);
                var last = upper.Words[^1];
                var rest = lower.Words[0];
                var kept = LastWord(lines[i].Text);
                var whole = new OcrWord(kept + rest.Text, last.Box, Math.Min(last.Confidence, rest.Confidence));
                current[i] = upper with { Words = upper.Words.SetItem(upper.Words.Length - 1, whole) };
                current[i + 1] = lower with { Words = lower.Words.RemoveAt(0) };
            }

            // The first line never loses its words: only a continued line gives its first word away.
            starts.Add(current[0]);
            for (var i = 0; i < paragraph.Count; i++)
            {
                if (!ReferenceEquals(current[i], paragraph[i]))
                {
                    replaced[paragraph[i]] = current[i].Words.IsEmpty ? null : current[i];
                }
            }
        }

        if (replaced.Count == 0)
        {
            return (page, starts);
        }

        return (page with
        {
            Blocks = [.. page.Blocks.Select(b => b with
            {
                Lines = [.. b.Lines.Select(l => replaced.TryGetValue(l, out var r) ? r : l).OfType<OcrLine>()],
            })],
        }, starts);
    }

    /// <summary>The page's text lines as paragraphs, in reading order, a word broken at a block's foot joined to the next block.</summary>
    private static List<List<OcrLine>> Paragraphs(OcrPage page)
    {
        var paragraphs = new List<List<OcrLine>>();
        foreach (var block in page.Blocks.Where(b => b.Kind.IsText()))
        {
            foreach (var lines in SplitParagraphs(block))
            {
                // A word hyphenated at the foot of a column or block goes on in the next one.
                if (paragraphs.Count > 0 && EndsWithHyphen(paragraphs[^1][^1].Text) && StartsLowercase(lines[0].Text))
                {
                    paragraphs[^1].AddRange(lines);
                }
                else
                {
                    paragraphs.Add(lines);
                }
            }
        }

        return paragraphs;
    }

    private static bool StartsLowercase(string text) => text.Length > 0 && char.IsLower(text[0]);

    private static List<List<OcrLine>> SplitParagraphs(OcrBlock block)
    {
        var result = new List<List<OcrLine>>();
        if (block.Lines.IsEmpty)
        {
            return result;
        }

        var heights = block.Lines.Select(l => l.Box.Bottom - l.Box.Top).Order().ToList();
        var lineHeight = Math.Max(1, heights[heights.Count / 2]);
        var left = block.Lines.Min(l => l.Box.Left);
        var right = block.Lines.Max(l => l.Box.Right);
        var justified = block.Lines.Count(l => l.Box.Right >= right - lineHeight) * 2 > block.Lines.Length;
        var centred = !justified && IsCentred(block, lineHeight);
        var current = new List<OcrLine>();
        OcrLine? previous = null;
        foreach (var line in block.Lines)
        {
            if (previous is not null && (centred || StartsParagraph(previous, line, left, right, lineHeight, justified)))
            {
                result.Add(current);
                current = [];
            }

            current.Add(line);
            previous = line;
        }

        result.Add(current);
        return result;
    }

    /// <summary>Centred decks and headlines: left edges wander while centres stay put.</summary>
    private static bool IsCentred(OcrBlock block, int lineHeight)
    {
        if (block.Lines.Length < 2)
        {
            return false;
        }

        var lefts = block.Lines.Select(l => l.Box.Left).ToList();
        var centres = block.Lines.Select(l => (l.Box.Left + l.Box.Right) / 2).ToList();
        return lefts.Max() - lefts.Min() > lineHeight && centres.Max() - centres.Min() <= lineHeight;
    }

    private static bool StartsParagraph(OcrLine previous, OcrLine line, int left, int right, int lineHeight, bool justified)
    {
        if (EndsWithHyphen(previous.Text) && StartsLowercase(line.Text))
        {
            // The word goes on: whatever the spacing says, this is the same paragraph.
            return false;
        }

        var spaced = line.Box.Top - previous.Box.Bottom > 1.2 * lineHeight;
        var previousHeight = TypeHeight(previous);
        var height = TypeHeight(line);
        if (spaced || Math.Max(previousHeight, height) > 1.4 * Math.Min(previousHeight, height))
        {
            // A gap or a change of type size: a heading or a new item.
            return true;
        }

        if (!justified)
        {
            return false;
        }

        if (IsCentredIn(previous, left, right, lineHeight) || IsCentredIn(line, left, right, lineHeight))
        {
            // A centred heading above (or a centred credit below) justified text.
            return true;
        }

        var indented = line.Box.Left >= left + (0.6 * lineHeight) && line.Box.Left - left <= 4 * lineHeight;
        var previousShort = previous.Box.Right < right - (1.5 * lineHeight);
        return indented || (previousShort && !EndsWithHyphen(previous.Text));
    }

    private static bool IsCentredIn(OcrLine line, int left, int right, int lineHeight)
    {
        var leftMargin = line.Box.Left - left;
        var rightMargin = right - line.Box.Right;
        return leftMargin > 0.5 * lineHeight && rightMargin > 0.5 * lineHeight && Math.Abs(leftMargin - rightMargin) < lineHeight;
    }

    /// <summary>
    /// The tallest word box of a line: a measure of type size that, unlike the line box, does not
    /// grow with the skew of a long line.
    /// </summary>
    private static int TypeHeight(OcrLine line) =>
        Math.Max(1, line.Words.IsEmpty ? line.Box.Bottom - line.Box.Top : line.Words.Max(w => w.Box.Bottom - w.Box.Top));

    private static ImmutableArray<TranscribedLine> Dehyphenate(List<OcrLine> lines, IHyphenationJudge judge)
    {
        var texts = lines.Select(l => l.Text).ToArray();
        var continues = new bool[lines.Count];
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (!EndsWithHyphen(texts[i]) || texts[i + 1].Length == 0 || !char.IsLetter(texts[i + 1][0]))
            {
                continue;
            }

            var left = LastWord(texts[i])[..^1];
            var right = FirstWord(texts[i + 1]);
            var verdict = judge.Judge(left, right);
            if (verdict.Decision == HyphenDecision.Join)
            {
                texts[i] = texts[i][..^1];
            }
            else if (verdict.Reason == HyphenReason.CapitalAfterHyphen)
            {
                continue;
            }

            continues[i + 1] = true;
        }

        return [.. lines.Select((l, i) => new TranscribedLine(texts[i], l.Box, l.Confidence, continues[i]))];
    }

    private static bool EndsWithHyphen(string text) =>
        text.Length >= 2 && text[^1] is '-' or '\u00AD' or '\u2010' && char.IsLetter(text[^2]);

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static string FirstWord(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '\'' or '\u2019'))
        {
            end++;
        }

        return text[..end];
    }
}
