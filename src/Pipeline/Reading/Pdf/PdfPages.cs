using System.Runtime.ExceptionServices;
using Pipeline.Diagnostics;
using UglyToad.PdfPig;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Reads a PDF's pages into glyph lines, columns, images and rules, one page at a time or spread over
/// several workers. A PdfPig document is not safe to share between threads, so each further worker
/// opens its own over the same bytes and takes every n-th page; the pages are merged in page order,
/// their diagnostics replayed in that order and their lines numbered after, so the result is the
/// same, byte for byte, whatever the number of workers.
/// </summary>
internal static class PdfPages
{
    /// <summary>How every worker opens the PDF (a new object each time: PdfPig's options are mutable).</summary>
    public static ParsingOptions Options() => new() { UseLenientParsing = true, SkipMissingFonts = true };

    /// <summary>Opens <paramref name="bytes"/> with its pages read by <see cref="PdfGlyphPageFactory"/>.</summary>
    public static PdfDocument Open(byte[] bytes)
    {
        var pdf = PdfDocument.Open(bytes, Options());
        pdf.AddPageFactory<PdfPageContent, PdfGlyphPageFactory>();
        return pdf;
    }

    /// <summary>Another worker pays for opening the document again only with at least this many pages to read.</summary>
    private const int PagesPerWorker = 4;

    /// <summary>How many workers read <paramref name="pages"/> pages when at most <paramref name="maximum"/> may.</summary>
    public static int Workers(int pages, int maximum) => Math.Max(1, Math.Min(maximum, pages / PagesPerWorker));

    public static (List<PdfPageLayout> Pages, Dictionary<int, List<HorizontalRule>> Rules, List<(PdfImageBox Box, byte[] Bytes)> Images) Read(
        PdfDocument pdf, byte[] bytes, int workers, DiagnosticBag diagnostics, PhaseClock? clock, CancellationToken cancellationToken)
    {
        var count = pdf.NumberOfPages;
        var read = new PageRead?[count];
        var failures = new Exception?[count];
        if (workers <= 1)
        {
            for (var i = 0; i < count; i++)
            {
                read[i] = ReadPage(pdf.GetPage<PdfPageContent>(i + 1), diagnostics.Document, clock, cancellationToken);
            }
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
            {
                using var own = worker == 0 ? null : Open(bytes);
                var document = own ?? pdf;
                for (var i = worker; i < count; i += workers)
                {
                    try
                    {
                        read[i] = ReadPage(document.GetPage<PdfPageContent>(i + 1), diagnostics.Document, null, cancellationToken);
                    }
                    catch (Exception e)
                    {
                        // Kept by page, so the error reported is the first page's, as when read one by one.
                        failures[i] = e;
                        return;
                    }
                }
            });
            clock?.Lap($"pages on {workers} workers (PdfPig, glyphs, lines, images, rules)");
            if (Array.Find(failures, f => f is not null) is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }
        }

        var pages = new List<PdfPageLayout>(count);
        var rules = new Dictionary<int, List<HorizontalRule>>();
        var images = new List<(PdfImageBox, byte[])>();
        var number = 0;
        foreach (var page in read)
        {
            var (layout, pageRules, pageImages, pageDiagnostics) = page!;
            foreach (var line in layout.Lines)
            {
                line.Number = ++number;
            }

            foreach (var diagnostic in pageDiagnostics.Items)
            {
                diagnostics.Report(diagnostic.Code, diagnostic.Severity, diagnostic.Line, diagnostic.Message);
            }

            pages.Add(layout);
            images.AddRange(pageImages);
            rules[layout.Number] = pageRules;
        }

        return (pages, rules, images);
    }

    private sealed record PageRead(PdfPageLayout Layout, List<HorizontalRule> Rules, List<(PdfImageBox Box, byte[] Bytes)> Images, DiagnosticBag Diagnostics);

    private static PageRead ReadPage(PdfPageContent page, string documentId, PhaseClock? clock, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        clock?.Lap("PdfPig: pages (content streams, fonts, glyphs, links)");
        var glyphs = page.Glyphs;
        var columns = glyphs.Count == 0 ? [] : LineBuilder.Build(glyphs, page.Number, page.Width);
        clock?.Lap("lines and columns");
        var diagnostics = new DiagnosticBag(documentId);
        var images = PdfImages.Of(page, diagnostics);
        var layout = new PdfPageLayout(page.Number, page.Width, page.Height, columns, images.Select(i => i.Box).ToList());
        clock?.Lap("images");
        var rules = Rules(page);
        clock?.Lap("rules");
        return new PageRead(layout, rules, images, diagnostics);
    }

    private static List<HorizontalRule> Rules(PdfPageContent page)
    {
        var rules = new List<HorizontalRule>();
        foreach (var path in page.Paths)
        {
            if (path.GetBoundingRectangle() is { } box && box.Height <= 2 && box.Width >= 20 && (path.IsStroked || path.IsFilled))
            {
                rules.Add(new HorizontalRule(box.Left, box.Right, (box.Top + box.Bottom) / 2));
            }
        }

        return rules;
    }
}
