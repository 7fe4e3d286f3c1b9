using Pipeline.Diagnostics;
using Pipeline.Ocr;
using Pipeline.Stages.Dehyphenation;

namespace Pipeline.Reading.Pdf;

/// <summary>The OCR a PDF reader uses for pages without a text layer: an engine and its options.</summary>
public sealed record PdfScanOcr(IOcrEngine Engine, OcrOptions Options);

/// <summary>
/// Pages of a PDF that hold no text, only a picture covering the page (a scan), read by OCR into
/// the lines a born-digital page gives: each recognised word becomes glyphs placed where the word
/// stands on the page, each OCR line one line, consecutive OCR blocks one above the other one
/// column. The page goes through the figures' reflow (<see cref="OcrReflow.JoinHyphenatedParagraphs"/>):
/// a word the judge carries over a line end is placed whole where it starts, and each line says
/// whether it starts one of the reflow's paragraphs, which the reader keeps; headings, notes, and a
/// paragraph running on over a page break are the reader's as on any other page. The page's
/// picture is no figure any more: its text is the page's text.
/// </summary>
internal static class ScannedPages
{
    public const string ReadCode = "pdf.ocr-page";
    public const string FailedCode = "pdf.ocr-failed";

    /// <summary>A picture covering at least this share of the page is a scan of it.</summary>
    private const double PageShare = 0.7;

    /// <summary>Blocks whose line heights are within this share of the page's are set in its type.</summary>
    private const double SameSize = 0.15;

    /// <summary>
    /// Reads every page without lines whose picture covers it, in place: the page gets its OCR lines,
    /// loses the picture, and every line of the document is numbered again in reading order.
    /// <paramref name="words"/> is the dictionary of the hyphenation judge, asked for only when a page is read.
    /// </summary>
    public static async Task ReadAsync(
        List<PdfPageLayout> pages,
        List<(PdfImageBox Box, byte[] Bytes)> images,
        PdfScanOcr? ocr,
        Func<IWordList?> words,
        DiagnosticBag diagnostics,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (ocr is null)
        {
            return;
        }

        var read = false;
        foreach (var page in pages.Where(p => !p.Lines.Any()))
        {
            var scan = images.FindIndex(i => page.Images.Contains(i.Box) && Covers(i.Box, page));
            if (scan < 0)
            {
                continue;
            }

            var (box, bytes) = images[scan];
            OcrPage result;
            try
            {
                result = await ocr.Engine.RecognizeAsync(bytes, ocr.Options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnostics.Warning(FailedCode, 0, $"page {page.Number} has no text layer and its picture could not be read by OCR: {e.Message}");
                continue;
            }

            // The judge's own evidence is the document's text: typeset pages and this page's OCR.
            var judge = HyphenationJudge.Create(pages.SelectMany(p => p.Lines).Select(l => l.Text).Append(result.PlainText), words());
            var (joined, starts) = OcrReflow.JoinHyphenatedParagraphs(result, judge);
            var columns = Columns(joined, starts, box, page.Number);
            if (columns.Count == 0)
            {
                diagnostics.Warning(FailedCode, 0, $"page {page.Number} has no text layer and OCR found no text in its picture");
                continue;
            }

            page.Columns.Clear();
            page.Columns.AddRange(columns);
            page.Images.Remove(box);
            images.RemoveAt(scan);
            read = true;
            diagnostics.Info(
                ReadCode,
                0,
                $"page {page.Number} has no text layer: read by OCR ({ocr.Engine.Name}), {columns.Sum(c => c.Count)} lines, mean word confidence {result.MeanConfidence:P0}");
        }

        if (read)
        {
            var number = 0;
            foreach (var line in pages.SelectMany(p => p.Lines))
            {
                line.Number = ++number;
            }
        }
    }

    private static bool Covers(PdfImageBox box, PdfPageLayout page) =>
        (box.Right - box.Left) * (box.Top - box.Bottom) >= PageShare * page.Width * page.Height;

    /// <summary>The OCR page's text blocks as columns of lines in PDF points, in the OCR's reading order.</summary>
    private static List<List<PdfLine>> Columns(OcrPage result, IReadOnlySet<OcrLine> starts, PdfImageBox box, int pageNumber)
    {
        var blocks = result.Blocks.Where(b => b.Kind.IsText() && !b.Lines.IsEmpty).ToList();
        if (blocks.Count == 0 || result.Width <= 0 || result.Height <= 0)
        {
            return [];
        }

        var scaleX = (box.Right - box.Left) / result.Width;
        var scaleY = (box.Top - box.Bottom) / result.Height;
        var pageHeight = Median(blocks.SelectMany(b => b.Lines).Select(l => l.Box.Bottom - l.Box.Top));
        var columns = new List<List<PdfLine>>();
        OcrBlock? previous = null;
        foreach (var block in blocks)
        {
            var blockHeight = Median(block.Lines.Select(l => l.Box.Bottom - l.Box.Top));
            var height = Math.Abs(blockHeight - pageHeight) <= SameSize * pageHeight ? pageHeight : blockHeight;
            var size = Math.Round(height * scaleY * 2) / 2;
            if (previous is null || !Below(previous, block))
            {
                columns.Add([]);
            }

            foreach (var line in block.Lines.Where(l => !l.Words.IsEmpty))
            {
                columns[^1].Add(new PdfLine(Glyphs(line, box, scaleX, scaleY, size), pageNumber) { StartsParagraph = starts.Contains(line) });
            }

            previous = block;
        }

        return columns.Where(c => c.Count > 0).ToList();
    }

    /// <summary>A block goes on the previous one's column when it stands below it, sharing most of its width.</summary>
    private static bool Below(OcrBlock upper, OcrBlock lower)
    {
        var shared = Math.Min(upper.Box.Right, lower.Box.Right) - Math.Max(upper.Box.Left, lower.Box.Left);
        var narrower = Math.Min(upper.Box.Right - upper.Box.Left, lower.Box.Right - lower.Box.Left);
        return lower.Box.Top >= upper.Box.Top && shared * 2 >= narrower;
    }

    /// <summary>
    /// A line's words as glyphs: each word's letters share its box evenly, a space glyph stands
    /// between words, and every glyph sits on the line's foot so the line stays one.
    /// </summary>
    private static List<PdfGlyph> Glyphs(OcrLine line, PdfImageBox box, double scaleX, double scaleY, double size)
    {
        var baseline = box.Top - (line.Box.Bottom * scaleY);
        var glyphs = new List<PdfGlyph>();
        double? lastRight = null;
        foreach (var word in line.Words)
        {
            var left = box.Left + (word.Box.Left * scaleX);
            var right = box.Left + (word.Box.Right * scaleX);
            if (lastRight is { } previous)
            {
                glyphs.Add(new PdfGlyph(" ", previous, Math.Max(previous, left), baseline, size, FontFace.Regular, false, null));
            }

            var letters = System.Globalization.StringInfo.GetTextElementEnumerator(word.Text);
            var elements = new List<string>();
            while (letters.MoveNext())
            {
                elements.Add(letters.GetTextElement());
            }

            var width = (right - left) / Math.Max(1, elements.Count);
            for (var i = 0; i < elements.Count; i++)
            {
                glyphs.Add(new PdfGlyph(elements[i], left + (i * width), left + ((i + 1) * width), baseline, size, FontFace.Regular, i == 0 && lastRight is not null, null));
            }

            lastRight = right;
        }

        return glyphs;
    }

    private static int Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
