using Pipeline.Diagnostics;

namespace Pipeline.Reading;

/// <summary>
/// One input format: turns a document's file into the reading-side model. Readers never throw for bad
/// input; what they cannot read is an error diagnostic and a null document.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The name <c>--input-format</c> takes (<c>scrape</c>, <c>pdf</c>, <c>text</c>, <c>pdf2md</c> …).</summary>
    string Format { get; }

    /// <summary>
    /// How sure this reader is that <paramref name="file"/> is its format, from the file's name and first bytes:
    /// 0 means not at all; the converter takes the surest reader, the first in the list on a tie.
    /// </summary>
    int Sniff(DocumentFile file);

    ValueTask<ReadResult> ReadAsync(DocumentFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken);
}
