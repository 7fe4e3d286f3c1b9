using System.Text;
using Pipeline.Conversion;
using Pipeline.Diagnostics;

namespace Pipeline.Reading;

/// <summary>
/// The seed's markdown-like scrape (<c>&lt;sup&gt;N&lt;/sup&gt;</c> call-outs, each page's notes after a
/// <c>---</c> rule) behind the reader seam.
/// </summary>
public sealed class ScrapeReader : IDocumentReader
{
    private const int SniffBytes = 64 * 1024;
    private readonly ScrapedTextReader _reader = new();

    public string Format => "scrape";

    public int Sniff(DocumentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var extension = Path.GetExtension(file.FileName);
        if (!extension.Equals(".md", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".markdown", StringComparison.OrdinalIgnoreCase))
        {
            // Any other text is read as a scrape only when no reader is surer of it.
            return file.Head(4).StartsWith("%PDF"u8) ? 0 : 1;
        }

        var head = Encoding.UTF8.GetString(file.Head(SniffBytes));
        return head.Contains("<sup>", StringComparison.OrdinalIgnoreCase) || head.Contains("\n---\n", StringComparison.Ordinal) ? 80 : 50;
    }

    public ValueTask<ReadResult> ReadAsync(DocumentFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var text = SourceText.Decode(file.Bytes, file.FileName, diagnostics);
        if (text is null)
        {
            return ValueTask.FromResult(ReadResult.Unreadable);
        }

        var document = _reader.Read(file.Id, file.SourceDirectory, text, diagnostics);
        return ValueTask.FromResult(new ReadResult(document, text));
    }
}
