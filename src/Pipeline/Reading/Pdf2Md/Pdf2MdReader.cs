using Pipeline.Conversion;
using Pipeline.Diagnostics;
using Pipeline.Reading.ExtractedText;

namespace Pipeline.Reading.Pdf2Md;

/// <summary>
/// The markdown of <c>@opendocsg/pdf2md</c> (pdf.js) behind the reader seam: recognised by its
/// <c>&lt;!-- PAGE_BREAK --&gt;</c> marks, rewritten line per block (<see cref="Pdf2MdText"/>) and
/// read by the extracted-text reader. Diagnostics name lines of that rewritten text.
/// </summary>
public sealed class Pdf2MdReader : IDocumentReader
{
    private const int SniffBytes = 64 * 1024;
    private readonly ExtractedTextReader _reader = new();

    public string Format => "pdf2md";

    public int Sniff(DocumentFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var head = file.Head(SniffBytes);
        if (head.StartsWith("%PDF"u8) || head.IndexOf((byte)0) >= 0)
        {
            return 0;
        }

        return head.IndexOf("<!-- PAGE_BREAK -->"u8) >= 0 ? 90 : 0;
    }

    public ValueTask<ReadResult> ReadAsync(DocumentFile file, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        var markdown = SourceText.Decode(file.Bytes, file.FileName, diagnostics);
        if (markdown is null)
        {
            return ValueTask.FromResult(ReadResult.Unreadable);
        }

        var text = Pdf2MdText.ToLines(markdown, diagnostics);
        var document = _reader.Read(file.Id, file.SourceDirectory, text, diagnostics);
        document = new SpacedHyphens().Rewrite(document);
        return ValueTask.FromResult(new ReadResult(document, text));
    }
}
