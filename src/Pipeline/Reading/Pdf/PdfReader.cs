using Pipeline.Diagnostics;
using Pipeline.Ocr;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// The PDF itself, read from its layout (<see cref="PdfLayoutReader"/>) behind the reader seam. The
/// reader owns the OCR engine it is given for scanned pages and disposes it.
/// </summary>
public sealed class PdfReader : IDocumentReader, IDisposable
{
    private readonly PdfLayoutReader _reader;
    private readonly PdfScanOcr? _ocr;

    /// <param name="imageRoot">Where extracted images go, one folder per PDF; null: the system's temporary folder.</param>
    /// <param name="ocr">Reads pages that are only a scan; null leaves them unread.</param>
    /// <param name="pageWorkers">At most this many threads parse pages; null: <see cref="PdfLayoutReader.DefaultPageWorkers"/>.</param>
    public PdfReader(string? imageRoot = null, PdfScanOcr? ocr = null, int? pageWorkers = null)
    {
        _reader = new PdfLayoutReader(imageRoot, ocr: ocr, pageWorkers: pageWorkers);
        _ocr = ocr;
    }

    /// <summary>A reader that OCRs pages without a text layer with Tesseract, started on the first such page.</summary>
    public static PdfReader WithScanOcr()
    {
        var options = new OcrOptions();
        return new PdfReader(ocr: new PdfScanOcr(new LazyOcrEngine(() => new TesseractOcrEngine(options.Language, options.DataPath)), options));
    }

    public string Format => "pdf";

    public int Sniff(DocumentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Head(5).SequenceEqual("%PDF-"u8))
        {
            return 100;
        }

        // A damaged PDF may have lost its header; its name still says what it was meant to be.
        return Path.GetExtension(file.FileName).Equals(".pdf", StringComparison.OrdinalIgnoreCase) ? 60 : 0;
    }

    public async ValueTask<ReadResult> ReadAsync(DocumentFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = await _reader.ReadAsync(file.Id, file.SourceDirectory, file.Bytes, diagnostics, cancellationToken).ConfigureAwait(false);
        return new ReadResult(document, null);
    }

    public void Dispose() => (_ocr?.Engine as IDisposable)?.Dispose();
}
