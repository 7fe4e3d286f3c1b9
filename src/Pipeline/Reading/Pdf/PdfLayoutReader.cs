using System.Security.Cryptography;
using Pipeline.Diagnostics;
using Pipeline.IO;
using Pipeline.Model;
using Pipeline.Stages.Dehyphenation;
using UglyToad.PdfPig.Exceptions;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// Reads an essay's PDF from its own layout (PdfPig): glyphs with their fonts, sizes and places
/// become lines, columns, paragraphs, headings, call-outs, foot zones and endnotes, in the blocks the
/// scrape reader emits, so the stages after it work unchanged. Page furniture is dropped here, where
/// its place on the page is known. Embedded images are written to an image folder (named by the
/// PDF's hash) and become figures, which the document's source folder then points at.
/// </summary>
public sealed class PdfLayoutReader
{
    private readonly string _imageRoot;
    private readonly Lazy<IWordList?> _words;
    private readonly PdfScanOcr? _ocr;
    private readonly int _pageWorkers;

    /// <param name="imageRoot">Where extracted images go, one folder per PDF; null: the system's temporary folder.</param>
    /// <param name="words">
    /// The dictionary that reads private-use glyphs, asked for only when a PDF has some; null: the
    /// Hunspell dictionaries de-hyphenation uses.
    /// </param>
    /// <param name="ocr">Reads pages that are only a scan (<see cref="ScannedPages"/>); null leaves them unread.</param>
    /// <param name="pageWorkers">
    /// At most this many threads parse pages (<see cref="PdfPages"/>); null: <see cref="DefaultPageWorkers"/>; 1: one by one.
    /// </param>
    public PdfLayoutReader(string? imageRoot = null, Func<IWordList?>? words = null, PdfScanOcr? ocr = null, int? pageWorkers = null)
    {
        _pageWorkers = Math.Max(1, pageWorkers ?? DefaultPageWorkers);
        _imageRoot = imageRoot ?? Path.Combine(Path.GetTempPath(), "pipeline-pdf-images");
        _words = new(words ?? (() => HunspellWordList.TryOpen(new DehyphenationOptions(), out _)));
        _ocr = ocr;
    }

    /// <summary>
    /// One: `bench pdf` on two cores shows page workers slower than one thread (each parses the
    /// document's fonts again), and a batch already converts documents side by side. A caller with
    /// cores to spare on one long PDF asks for up to <see cref="MaxPageWorkers"/>.
    /// </summary>
    public static int DefaultPageWorkers => 1;

    /// <summary>The cores, up to four: more workers each parse the document's fonts again for few pages each.</summary>
    public static int MaxPageWorkers => Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Reads <paramref name="bytes"/>; returns null (with an error diagnostic saying why) for a
    /// damaged, encrypted, image-only or empty PDF. Never throws for any input.
    /// </summary>
    public ValueTask<Document?> ReadAsync(string documentId, string sourceDirectory, byte[] bytes, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        ReadAsync(documentId, sourceDirectory, bytes, _ocr, diagnostics, null, cancellationToken);

    /// <summary>As the other overload, scanned pages read with <paramref name="ocr"/> (null: left unread) instead of the reader's own.</summary>
    public ValueTask<Document?> ReadAsync(
        string documentId, string sourceDirectory, byte[] bytes, PdfScanOcr? ocr, DiagnosticBag diagnostics, CancellationToken cancellationToken) =>
        ReadAsync(documentId, sourceDirectory, bytes, ocr, diagnostics, null, cancellationToken);

    /// <summary>As <see cref="ReadAsync(string, string, byte[], PdfScanOcr, DiagnosticBag, CancellationToken)"/>, each phase timed on <paramref name="clock"/>.</summary>
    internal async ValueTask<Document?> ReadAsync(
        string documentId, string sourceDirectory, byte[] bytes, PdfScanOcr? ocr, DiagnosticBag diagnostics, PhaseClock? clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(diagnostics);
        List<PdfPageLayout> pages;
        Dictionary<int, List<HorizontalRule>> rules;
        List<(PdfImageBox Box, byte[] Bytes)> images;
        try
        {
            clock?.Restart();
            using var pdf = PdfPages.Open(bytes);
            clock?.Lap("PdfPig: open");
            (pages, rules, images) = PdfPages.Read(pdf, bytes, PdfPages.Workers(pdf.NumberOfPages, _pageWorkers), diagnostics, clock, cancellationToken);
        }
        catch (PdfDocumentEncryptedException e)
        {
            diagnostics.Error(PdfReadingCodes.Encrypted, 0, $"the PDF is encrypted and cannot be opened without its password ({e.Message})");
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Error(PdfReadingCodes.Damaged, 0, $"the PDF cannot be read, it is damaged or not a PDF: {e.GetType().Name}: {e.Message}");
            return null;
        }

        clock?.Restart();
        await ScannedPages.ReadAsync(pages, images, ocr, () => _words.Value, diagnostics, cancellationToken).ConfigureAwait(false);
        clock?.Lap("scanned pages");
        var glyphCount = pages.Sum(p => p.Lines.Count());
        if (glyphCount == 0)
        {
            if (images.Count > 0 || pages.Any(p => p.Images.Count > 0))
            {
                diagnostics.Error(PdfReadingCodes.NoTextLayer, 0, $"the PDF has no text layer ({pages.Count} pages of images only, a scan?); " + (ocr is null ? "OCR is switched off, so its pages are not read" : "OCR found no text in them"));
            }
            else
            {
                diagnostics.Error(PdfReadingCodes.Empty, 0, $"the PDF holds no text ({pages.Count} pages)");
            }

            return null;
        }

        PrivateGlyphs.Resolve(pages, () => _words.Value, diagnostics);
        clock?.Lap("private-use glyphs");
        var bodySize = LayoutMetrics.BodySizeOf(pages);
        PageFurnitureFinder.Remove(pages, bodySize, diagnostics);
        clock?.Lap("page furniture");
        var metrics = LayoutMetrics.Measure(pages, bodySize);
        var assembler = new BlockAssembler(metrics, new InlineBuilder(diagnostics), diagnostics);
        var blocks = assembler.Assemble(pages, page => rules.TryGetValue(page.Number, out var list) ? list : []);
        clock?.Lap("blocks (metrics, paragraphs, notes, inlines)");

        var directory = sourceDirectory ?? string.Empty;
        if (images.Count > 0)
        {
            directory = Path.Combine(_imageRoot, Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]);
            foreach (var (box, data) in images)
            {
                try
                {
                    var path = Path.Combine(directory, box.FileName);
                    if (!File.Exists(path) || new FileInfo(path).Length != data.Length)
                    {
                        await AtomicFile.WriteAsync(path, (stream, token) => stream.WriteAsync(data, token).AsTask(), cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Warning(PdfReadingCodes.ImageWriteFailed, 0, $"image {box.FileName} could not be written to {directory}: {e.Message}");
                }
            }
        }

        clock?.Lap("image files");
        return new Document
        {
            Id = documentId ?? string.Empty,
            SourceDirectory = directory,
            Blocks = blocks,
            PageLabels = PrintedPageNumbers.From(pages.SelectMany(p => p.Furniture.Select(line => (p.Number, line)))),
        };
    }
}
