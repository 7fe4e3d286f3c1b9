using System.Collections.Immutable;

namespace Pipeline.Reading;

/// <summary>
/// The input formats, one reader each. Adding a format means one new folder under <c>Reading/</c> and one
/// line here.
/// </summary>
public static class DocumentReaders
{
    /// <summary>The readers; a scanned PDF page stays unread (no OCR engine).</summary>
    public static ImmutableArray<IDocumentReader> Default() => Default(null);

    /// <summary>The readers, the PDF reader recognising scanned pages with <paramref name="ocr"/>' engines.</summary>
    public static ImmutableArray<IDocumentReader> Default(Ocr.OcrEngines? ocr) =>
    [
        new ScrapeReader(),
        new Pdf.PdfReader(ocr: ocr),
        new ExtractedText.PlainTextReader(),
        new Pdf2Md.Pdf2MdReader(),
    ];

    /// <summary>
    /// The reader for <paramref name="file"/>: the one named by <paramref name="format"/> when given, else the
    /// surest by sniffing (the first on a tie). Null when none takes the file; <paramref name="error"/> says why.
    /// </summary>
    public static IDocumentReader? Choose(IReadOnlyList<IDocumentReader> readers, DocumentFile file, string? format, out string? error)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(file);
        error = null;
        if (format is not null)
        {
            var named = readers.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
            if (named is null)
            {
                error = $"unknown input format '{format}' (known: {string.Join(", ", readers.Select(r => r.Format))}).";
            }

            return named;
        }

        IDocumentReader? best = null;
        var bestScore = 0;
        foreach (var reader in readers)
        {
            var score = reader.Sniff(file);
            if (score > bestScore)
            {
                best = reader;
                bestScore = score;
            }
        }

        if (best is null)
        {
            error = $"{file.FileName} is in no known input format (known: {string.Join(", ", readers.Select(r => r.Format))}); name one with --input-format.";
        }

        return best;
    }
}
