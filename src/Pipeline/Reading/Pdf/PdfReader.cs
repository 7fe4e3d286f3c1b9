using Pipeline.Diagnostics;
using Pipeline.Ocr;

namespace Pipeline.Reading.Pdf;

/// <summary>
/// The PDF itself, read from its layout (<see cref="PdfLayoutReader"/>) behind the reader seam.
/// Pages that are only a scan are recognised with the engine the given OCR engines hold for the
/// file's OCR options (<see cref="DocumentFile.Ocr"/>), when both are there; the engines belong to
/// whoever gave them (the converter).
/// </summary>
/// <param name="imageRoot">Where extracted images go; null: the system's temporary folder.</param>
/// <param name="ocr">The conversion's OCR engines; null: scanned pages stay unread.</param>
/// <param name="pageWorkers">At most this many threads parse pages; null: <see cref="PdfLayoutReader.DefaultPageWorkers"/>.</param>
public sealed class PdfReader(string? imageRoot = null, OcrEngines? ocr = null, int? pageWorkers = null) : IDocumentReader
{
    private readonly PdfLayoutReader _reader = new(imageRoot, pageWorkers: pageWorkers);

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
        var scan = ocr is not null && file.Ocr is { } options ? new PdfScanOcr(ocr.For(options), options) : null;
        var document = await _reader.ReadAsync(file.Id, file.SourceDirectory, file.Bytes, scan, diagnostics, cancellationToken).ConfigureAwait(false);
        return new ReadResult(document, null);
    }
}
