using Pipeline.Model;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// A paragraph the page's end cut where no sentence ending shows it: its last line runs as far as
/// the full lines above it (their median) in the same paragraph (so the paragraph did not end there: a paragraph's
/// last line stops short), and the next page's first line neither starts a paragraph (no indent,
/// nothing centred) nor stops short of the margin itself (a heading, a one-line paragraph). The two
/// are one paragraph, the page break a seam in it; the sentence evidence the page-repair stage reads
/// cannot see this when the page ends on a full stop. A paragraph of one line at the page's end
/// shows nothing to measure it by and is left as it is.
/// </summary>
internal static class PageRunOn
{
    /// <summary>How many lines above the last one it is measured against.</summary>
    private const int Measure = 3;

    /// <summary>True when the paragraph of <paramref name="lines"/>, cut by the page's end, goes on with the next page's <paramref name="first"/> line.</summary>
    public static bool Continues(ParagraphLines rules, List<TextLine> lines, TextLine first)
    {
        if (lines.Count < 2)
        {
            return false;
        }

        var last = lines[^1];
        var above = lines.Take(lines.Count - 1).TakeLast(Measure).Select(l => l.Right).Order().ToList();
        var full = above[above.Count / 2];
        return last.Right >= full
            // The blank above a page's first line is the page head's, not a paragraph's.
            && !rules.StartsAt(last, first with { AfterBlank = false })
            && !rules.EndsAfter(first, first.Text);
    }

    /// <summary>The paragraph <paramref name="before"/> with <paramref name="after"/> run on after a page seam.</summary>
    public static Paragraph Join(Paragraph before, Paragraph after) =>
        new(
            [.. before.Content, new LineEnd(LineEndKind.Page, before.Span.LastLine) { NextPage = after.Span.Page }, .. after.Content],
            before.Span.Through(after.Span));
}
