using System.Globalization;
using Pipeline.Language;

namespace Pipeline.Reading.ExtractedText;

/// <summary>
/// Where a note continued from the page before resumes when a figure and its caption stand between
/// the page's body and its foot. A figure set at the bottom of the text area puts its caption right
/// above the foot, and the extractor prints the rest of the note after the caption, not after the
/// body: the line right above the foot is then only the note's last line. mutool prints the caption
/// and the note as two blocks, a blank line between them. The continuation is taken to start after
/// the last blank line above the foot when a caption opened above that blank (a display label, a
/// number and a full stop or colon: <c>Figure 3. High-frequency topics …</c>), the line before the
/// blank stops short of a sentence end (the caption's sentence goes on elsewhere, so what follows
/// the gap is not the caption) and the line after it opens in lower case (the note stopped
/// mid-sentence). Without a blank line (pdftotext) nothing tells the caption's last line from the
/// note's first, and the continuation stays the line right above the foot.
/// </summary>
internal static class CaptionBeforeContinuation
{
    /// <summary>
    /// How many lines above the foot the caption may open: a caption of a few lines and a continuation
    /// of up to a dozen (a third of a page), as far as <see cref="ContinuedNote"/> looks for a cut word and more.
    /// </summary>
    private const int Reach = 20;

    /// <summary>The index of the continuation's first line, or null when no caption stands before it.</summary>
    public static int? Start(List<TextLine> lines, int foot)
    {
        var from = Math.Max(1, foot - Reach);
        var blank = -1;
        for (var k = foot - 1; k > from; k--)
        {
            if (lines[k].AfterBlank)
            {
                blank = k;
                break;
            }
        }

        if (blank < 0 || !StartsLower(lines[blank].Text) || EndsSentenceOrWord(lines[blank - 1].Text))
        {
            return null;
        }

        for (var k = blank - 1; k >= from - 1; k--)
        {
            if (OpensCaption(lines[k].Text))
            {
                return blank;
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> opens with a capitalised display label, its number and a full stop or colon.</summary>
    internal static bool OpensCaption(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !char.IsUpper(text[0]) || !DisplayLabels.IsLabel(text[..space].TrimEnd('.')))
        {
            return false;
        }

        var rest = text[(space + 1)..];
        var digits = rest.TakeWhile(char.IsDigit).Count();
        return digits > 0
            && int.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            && digits < rest.Length && rest[digits] is '.' or ':';
    }

    private static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>A sentence end, or a hyphen whose word the next line completes: either way the gap is not inside a sentence.</summary>
    private static bool EndsSentenceOrWord(string text) =>
        ParagraphLines.EndsSentence(text) || text.TrimEnd().EndsWith('-');
}
